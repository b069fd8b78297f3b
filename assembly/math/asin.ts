// Vectorised arcsin and arccos, f64x2 and f32x4.
//
// f64: fdlibm's e_asin.c and e_acos.c, lane-parallel. Both use R(z) = z P(z) / Q(z), fdlibm's
// rational approximation of (asin √z − √z) / √z, at z = x² for |x| < 1/2 and z = (1 − |x|)/2
// beyond, so one R serves both halves of every vector:
//   |x| < 1/2: asin x = x + x R(x²), acos x = pio2_hi − (x − (pio2_lo − x R(x²))),
//   |x| ≥ 1/2: s = √z split into f (its high 32 bits) + c, c = (z − f²)/(s + f);
//     asin|x| = pio4_hi − ((2 s R − (pio2_lo − 2 c)) − (pio4_hi − 2 f)),
//     acos x = 2 (f + (c + R s)) for x > 0, π − 2 (s + (R s − pio2_lo)) (as pio2 − …) for x < 0.
// Below 1 ulp. asin(±0) = ±0, asin(±1) = ±π/2, |x| > 1 → NaN, NaN → NaN.
//
// f32: through float64 lanes (widen.ts).

import { madd } from "../simd";
import { highF64, lowF64, narrowF32 } from "./widen";

const C64 = memory.data<f64>([
  // 0…80: pS0…pS5
  1.66666666666666657415e-01, 1.66666666666666657415e-01,
  -3.25565818622400915405e-01, -3.25565818622400915405e-01,
  2.01212532134862925881e-01, 2.01212532134862925881e-01,
  -4.00555345006794114027e-02, -4.00555345006794114027e-02,
  7.91534994289814532176e-04, 7.91534994289814532176e-04,
  3.47933107596021167570e-05, 3.47933107596021167570e-05,
  // 96…144: qS1…qS4
  -2.40339491173441421878e+00, -2.40339491173441421878e+00,
  2.02094576023350569471e+00, 2.02094576023350569471e+00,
  -6.88283971605453293030e-01, -6.88283971605453293030e-01,
  7.70381505559019352791e-02, 7.70381505559019352791e-02,
  1.0, 1.0, // 160
  0.5, 0.5, // 176
  1.57079632679489655800e+00, 1.57079632679489655800e+00, // 192: pio2_hi
  6.12323399573676603587e-17, 6.12323399573676603587e-17, // 208: pio2_lo
  7.85398163397448278999e-01, 7.85398163397448278999e-01, // 224: pio4_hi
  2.0, 2.0, // 240
  2.2250738585072014e-308, 2.2250738585072014e-308, // 256: s + f's floor (|x| = 1: c = 0/0 otherwise)
], 16);
const I64 = memory.data<i64>([
  i64.MIN_VALUE, i64.MIN_VALUE, // 0: the sign
  0xFFFFFFFF00000000, 0xFFFFFFFF00000000, // 16: the high word
], 16);

let gR: v128 = i64x2.splat(0);
let gS: v128 = i64x2.splat(0);
let gF: v128 = i64x2.splat(0);
let gC: v128 = i64x2.splat(0);

// The shared part for |x| = a: returns the mask of lanes with a < 1/2; R(z), s, f, c in globals.
@inline function common64(a: v128): v128 {
  const t = C64;
  const small = f64x2.lt(a, v128.load(t, 176));
  const zb = f64x2.mul(f64x2.sub(v128.load(t, 160), a), v128.load(t, 176));
  const z = v128.bitselect(f64x2.mul(a, a), zb, small);
  const z2 = f64x2.mul(z, z);
  const z4 = f64x2.mul(z2, z2);
  // P(z) = z (pS0 + z pS1 + … + z^5 pS5), Q(z) = 1 + z qS1 + … + z^4 qS4
  const p = f64x2.mul(z, madd<f64>(z4, madd<f64>(z, v128.load(t, 80), v128.load(t, 64)),
    madd<f64>(z2, madd<f64>(z, v128.load(t, 48), v128.load(t, 32)), madd<f64>(z, v128.load(t, 16), v128.load(t)))));
  const q = madd<f64>(z4, v128.load(t, 144), madd<f64>(z2, madd<f64>(z, v128.load(t, 128), v128.load(t, 112)),
    madd<f64>(z, v128.load(t, 96), v128.load(t, 160))));
  gR = f64x2.div(p, q);
  const s = f64x2.sqrt(zb);
  const f = v128.and(s, v128.load(I64, 16));
  gS = s;
  gF = f;
  gC = f64x2.div(f64x2.sub(zb, f64x2.mul(f, f)), f64x2.pmax(f64x2.add(s, f), v128.load(t, 256)));
  return small;
}

function asin64(x: v128): v128 {
  const t = C64;
  const sign = v128.and(x, v128.load(I64));
  const a = v128.xor(x, sign);
  const small = common64(a);
  const r = gR, s = gS, f = gF, c = gC;
  const two = v128.load(t, 240);
  const near = madd<f64>(a, r, a);
  const pio4 = v128.load(t, 224);
  const far = f64x2.sub(pio4, f64x2.sub(f64x2.sub(f64x2.mul(f64x2.mul(two, s), r), f64x2.sub(v128.load(t, 208), f64x2.mul(two, c))),
    f64x2.sub(pio4, f64x2.mul(two, f))));
  return v128.or(v128.bitselect(near, far, small), sign);
}

function acos64(x: v128): v128 {
  const t = C64;
  const a = v128.andnot(x, v128.load(I64));
  const small = common64(a);
  const r = gR, s = gS, f = gF, c = gC;
  const two = v128.load(t, 240);
  const pio2 = v128.load(t, 192), pio2lo = v128.load(t, 208);
  const near = f64x2.sub(pio2, f64x2.sub(x, f64x2.sub(pio2lo, f64x2.mul(x, r))));
  const pos = f64x2.mul(two, f64x2.add(f, madd<f64>(r, s, c)));
  const neg = f64x2.mul(two, f64x2.sub(pio2, f64x2.add(s, f64x2.sub(f64x2.mul(r, s), pio2lo))));
  const far = v128.bitselect(neg, pos, i64x2.shr_s(x, 63));
  return v128.bitselect(near, far, small);
}

/** arcsin of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function varcsin<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return asin64(x);
  return narrowF32(asin64(lowF64(x)), asin64(highF64(x)));
}

/** arccos of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function varccos<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return acos64(x);
  return narrowF32(acos64(lowF64(x)), acos64(highF64(x)));
}
