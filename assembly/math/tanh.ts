// Vectorised tanh, f64x2 and f32x4, on |x| with the sign put back at the end (tanh is odd).
//
// |x| < 0.8: tanh x = x + x·z·P(z), z = x², P the minimax polynomial for (tanh(x)/x − 1)/z of
// degree 12 (f64) / 5 (f32) under relative error, from test/fixtures/fit_vmath_polynomials.py
// (0.07 / 0.06 ulp before rounding errors). Nothing cancels near 0, so the relative error stays
// small down to the subnormals, and tanh(±0) = ±0.
// |x| ≥ 0.8: tanh |x| = 1 − q, q = 2 / (e^2|x| + 1), with e^2|x| + 1 rounded once (f64: from exp's
// table, exp.ts; f32: expPlusOne32). q ≤ 0.34 and its relative error is about three roundings, which costs at most half an
// ulp of the result in [0.66, 1]: about 1 ulp in all (the threshold 0.8 balances this against
// the polynomial's length). 2|x| is clamped to 40 (f64) / 20 (f32), where tanh rounds to 1;
// ±inf → ±1, NaN → NaN. Measured worst errors: 1.06 ulp (f64), 1.04 ulp (f32).

import { madd } from "../simd";
import { F32 as E32, expParts64, expPlusOne32, expS } from "./exp";
import { fastSumErr } from "./dd";

const F64 = memory.data<f64>([
  0.8, 0.8, // 0: below this |x|, the polynomial
  40.0, 40.0, // 16: clamp for 2|x|
  1.0, 1.0, // 32
  2.0, 2.0, // 48
  // 64…256: P(z) = c0 + c1 z + … + c12 z^12
  -0.33333333333333043, -0.33333333333333043,
  0.13333333333297281, 0.13333333333297281,
  -0.05396825395257259, -0.05396825395257259,
  0.021869488191587648, 0.021869488191587648,
  -0.008863231048238553, -0.008863231048238553,
  0.003592090410393556, 0.003592090410393556,
  -0.001455619705921223, -0.001455619705921223,
  0.0005891690841630316, 0.0005891690841630316,
  -0.00023668473299537102, -0.00023668473299537102,
  9.193345065911208e-05, 9.193345065911208e-05,
  -3.204819589245113e-05, -3.204819589245113e-05,
  8.544034485817717e-06, 8.544034485817717e-06,
  -1.2322774733676578e-06, -1.2322774733676578e-06,
], 16);

const F32 = memory.data<f32>([
  0.8, 0.8, 0.8, 0.8, // 0
  20.0, 20.0, 20.0, 20.0, // 16
  1.0, 1.0, 1.0, 1.0, // 32
  2.0, 2.0, 2.0, 2.0, // 48
  // 64…144: P(z) = c0 + … + c5 z^5
  -0.33333298563957214, -0.33333298563957214, -0.33333298563957214, -0.33333298563957214,
  0.13332241773605347, 0.13332241773605347, 0.13332241773605347, 0.13332241773605347,
  -0.0538535974919796, -0.0538535974919796, -0.0538535974919796, -0.0538535974919796,
  0.02130652591586113, 0.02130652591586113, 0.02130652591586113, 0.02130652591586113,
  -0.007414169609546661, -0.007414169609546661, -0.007414169609546661, -0.007414169609546661,
  0.0015870383940637112, 0.0015870383940637112, 0.0015870383940637112, 0.0015870383940637112,
], 16);

const SIGN64 = memory.data<i64>([i64.MIN_VALUE, i64.MIN_VALUE], 16);
const SIGN32 = memory.data<i32>([i32.MIN_VALUE, i32.MIN_VALUE, i32.MIN_VALUE, i32.MIN_VALUE], 16);

// x + x z P(z) for |x| < 0.8, P by Estrin's scheme.
@inline function small64(a: v128): v128 {
  const t = F64;
  const z = f64x2.mul(a, a);
  const z2 = f64x2.mul(z, z);
  const z4 = f64x2.mul(z2, z2);
  const z8 = f64x2.mul(z4, z4);
  const p01 = madd<f64>(v128.load(t, 80), z, v128.load(t, 64));
  const p23 = madd<f64>(v128.load(t, 112), z, v128.load(t, 96));
  const p45 = madd<f64>(v128.load(t, 144), z, v128.load(t, 128));
  const p67 = madd<f64>(v128.load(t, 176), z, v128.load(t, 160));
  const p89 = madd<f64>(v128.load(t, 208), z, v128.load(t, 192));
  const pab = madd<f64>(v128.load(t, 240), z, v128.load(t, 224));
  const p03 = madd<f64>(p23, z2, p01);
  const p47 = madd<f64>(p67, z2, p45);
  const p8b = madd<f64>(pab, z2, p89);
  const p8c = madd<f64>(v128.load(t, 256), z4, p8b);
  const p = madd<f64>(p8c, z8, madd<f64>(p47, z4, p03));
  return madd<f64>(f64x2.mul(a, z), p, a);
}

// 1 − 2 / (e^2a + 1) for a ≥ 0.8 (and NaN), f64: e^2a = S (1 + T) from exp's table (exp.ts), and
// e^2a + 1 = (S + 1) + S T with S + 1's rounding error recovered: rounded once.
@inline function large64(a: v128): v128 {
  const t = F64;
  const x2 = f64x2.pmin(f64x2.add(a, a), v128.load(t, 16));
  const tt = expParts64(x2, x2, false, false, false, x2);
  const sc = expS;
  const one = v128.load(t, 32);
  const u = f64x2.add(sc, one); // S ≥ 1
  const s = f64x2.add(u, madd<f64>(sc, tt, fastSumErr(sc, one, u)));
  return f64x2.sub(one, f64x2.div(v128.load(t, 48), s));
}

// tanh of f32x4 lanes with every constant given (F32's here, E32's for e^2a + 1): the lane
// function passes loads, the contiguous loop registers (V8 reloads a constant at every use).
// Both cases are computed: four lanes mix them too often for branches to pay.
@inline function tanh32(x: v128, sgn: v128, thr: v128, clamp: v128, one: v128, two: v128,
  p0: v128, p1: v128, p2: v128, p3: v128, p4: v128, p5: v128,
  inv: v128, shift: v128, hi: v128, lo: v128, c2: v128, c3: v128, c4: v128, c5: v128, c6: v128): v128 {
  const sign = v128.and(x, sgn);
  const a = v128.xor(x, sign);
  // |x| < 0.8: a + a z P(z), P by Estrin's scheme
  const z = f32x4.mul(a, a);
  const z2 = f32x4.mul(z, z);
  const p = madd<f32>(madd<f32>(madd<f32>(p5, z, p4), z2, madd<f32>(p3, z, p2)), z2, madd<f32>(p1, z, p0));
  const small = madd<f32>(f32x4.mul(a, z), p, a);
  // otherwise 1 − 2 / (e^2a + 1), e^2a + 1 rounded once (exp.ts: expPlusOne32)
  const x2 = f32x4.pmin(f32x4.add(a, a), clamp);
  const large = f32x4.sub(one, f32x4.div(two, expPlusOne32(x2, inv, shift, hi, lo, one, c2, c3, c4, c5, c6)));
  return v128.or(v128.bitselect(small, large, f32x4.lt(a, thr)), sign);
}

@inline function vtanh32(x: v128): v128 {
  const t = F32, e = E32;
  return tanh32(x, v128.load(SIGN32), v128.load(t), v128.load(t, 16), v128.load(t, 32), v128.load(t, 48),
    v128.load(t, 64), v128.load(t, 80), v128.load(t, 96), v128.load(t, 112), v128.load(t, 128), v128.load(t, 144),
    v128.load(e, 32), v128.load(e, 48), v128.load(e, 64), v128.load(e, 80),
    v128.load(e, 112), v128.load(e, 128), v128.load(e, 144), v128.load(e, 160), v128.load(e, 176));
}

/**
 * out[i] = tanh(a[i]) over contiguous float32 elements, two vectors a step with the constants in
 * registers; each element gets vtanh's bits. Returns how many elements it did (a multiple of 8,
 * at most n). out is a or apart from it.
 */
export function tanhPairs32(out: usize, a: usize, n: i32): i32 {
  const t = F32, e = E32;
  const sgn = v128.load(SIGN32), thr = v128.load(t), clamp = v128.load(t, 16), one = v128.load(t, 32), two = v128.load(t, 48);
  const p0 = v128.load(t, 64), p1 = v128.load(t, 80), p2 = v128.load(t, 96), p3 = v128.load(t, 112), p4 = v128.load(t, 128), p5 = v128.load(t, 144);
  const inv = v128.load(e, 32), shift = v128.load(e, 48), hi = v128.load(e, 64), lo = v128.load(e, 80);
  const c2 = v128.load(e, 112), c3 = v128.load(e, 128), c4 = v128.load(e, 144), c5 = v128.load(e, 160), c6 = v128.load(e, 176);
  const end = <usize>(n & ~7) << 2;
  for (let i: usize = 0; i < end; i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    v128.store(out + i, tanh32(x0, sgn, thr, clamp, one, two, p0, p1, p2, p3, p4, p5, inv, shift, hi, lo, c2, c3, c4, c5, c6));
    v128.store(out + i, tanh32(x1, sgn, thr, clamp, one, two, p0, p1, p2, p3, p4, p5, inv, shift, hi, lo, c2, c3, c4, c5, c6), 16);
  }
  return n & ~7;
}

/** tanh of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vtanh<T>(x: v128): v128 {
  if (sizeof<T>() == 4) return vtanh32(x);
  const t = F64;
  const sign = v128.and(x, v128.load(SIGN64));
  const a = v128.xor(x, sign);
  const near = f64x2.lt(a, v128.load(t));
  let r: v128;
  if (!v128.any_true(near)) {
    r = large64(a);
  } else {
    r = small64(a);
    if (!i64x2.all_true(near)) r = v128.bitselect(r, large64(a), near);
  }
  return v128.or(r, sign);
}
