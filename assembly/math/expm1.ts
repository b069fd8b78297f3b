// Vectorised e^x − 1, f64x2 and f32x4, accurate near 0.
//
// f64: e^x = S (1 + T) by exp's table (exp.ts: S = 2^k 2^(j/256) rounded, T = tail + e^r − 1,
// x = (256 k + j) ln2/256 + r, r = rh + rl with rh = x − n ln2hi exact), so
// e^x − 1 = (S − 1) + S rh + S (T − rh): S − 1 with its rounding error (none while S ≥ 1/2),
// S rh with its rounding error (dd.ts), the two added with theirs, and the small rest: the result
// is rounded about once, below 0.6 ulp. Near 0 (k = j = 0) S = 1 and r = x: the relative accuracy holds down
// to the subnormals. Beyond ±708 the slow path gives e^x − 1 = e^x (x > 40, exp's slow path),
// −1 (x < −40), NaN → NaN; ±0 → ±0.
//
// f32: in float32 lanes, x = k ln2 + r (Cody–Waite, |r| ≤ ln2/2), e^r − 1 = r + r² P(r)
// (minimax, test/fixtures/fit_math.py), e^x − 1 = (2^k − 1) + 2^k (e^r − 1) with 2^k − 1 exact
// for −1 ≤ k ≤ 24 and its rounding error carried otherwise.

import { madd } from "../simd";
import { expRHi64, expRLo64, expS, expTable64, expZ64, vexp } from "./exp";
import { fastSumErr, prodErr, sumErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

const X64 = memory.data<f64>([
  -1.0, -1.0, // 0
  40.0, 40.0, // 16
  -40.0, -40.0, // 32
  0.0, 0.0, // 48
], 16);
const XI64 = memory.data<i64>([
  0x7FFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, // 0: |x|
  0x4080000000000000, 0x4080000000000000, // 16: bits(512): S stays below 2^740, so S·rh splits (dd.ts)
], 16);

// e^x − 1 for |x| ≤ 512 (other lanes: garbage).
@inline function core64(x: v128): v128 {
  const z = expZ64(x);
  const rh = expRHi64(x, z); // exact
  const rl = expRLo64(z);
  const small = f64x2.add(expTable64(z, f64x2.add(rh, rl), false, false, x, true, true), rl); // tail + r² q + rl
  const s = expS;
  const m1 = v128.load(X64);
  const a = f64x2.add(s, m1); // S − 1
  const p = f64x2.mul(s, rh);
  const h = f64x2.add(a, p); // |S − 1| ≥ |S rh| or S = 1
  const lo = f64x2.add(f64x2.add(sumErr(s, m1, a), prodErr(s, rh, p)), fastSumErr(a, p, h));
  return f64x2.add(h, madd<f64>(s, small, lo));
}

function slow64(x: v128): v128 {
  const t = X64;
  const mid = core64(f64x2.pmax(f64x2.pmin(x, v128.load(t, 16)), v128.load(t, 32))); // NaN stays
  // x > 40: e^x − 1 = e^x to the last place (exp's own slow path); x < −40: −1; NaN stays
  let y = v128.bitselect(vexp<f64>(x), mid, f64x2.gt(x, v128.load(t, 16)));
  return v128.bitselect(v128.load(t), y, f64x2.lt(x, v128.load(t, 32)));
}

function expm1_64(x: v128): v128 {
  let y: v128;
  if (i8x16.bitmask(i64x2.gt_s(v128.and(x, v128.load(XI64)), v128.load(XI64, 16)))) y = slow64(x);
  else y = core64(x);
  // ±0 → ±0 (the sum above gives +0 for −0)
  return v128.bitselect(x, y, f64x2.eq(x, v128.load(X64, 48)));
}

/** e^x − 1 of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vexpm1<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return expm1_64(x);
  return vexpm1_32(x);
}

const X32 = memory.data<f32>([
  1.4426950216293335, 1.4426950216293335, 1.4426950216293335, 1.4426950216293335, // 0: 1/ln2
  12582912.0, 12582912.0, 12582912.0, 12582912.0, // 16: 1.5 · 2^23
  -0.693145751953125, -0.693145751953125, -0.693145751953125, -0.693145751953125, // 32: −ln2hi (15 bits)
  -1.428606765330187e-6, -1.428606765330187e-6, -1.428606765330187e-6, -1.428606765330187e-6, // 48: −ln2lo
  // 64…128: e^r − 1 = r + r² (P0 + P1 r + … + P4 r⁴) on |r| ≤ ln2/2
  0.4999999701976776, 0.4999999701976776, 0.4999999701976776, 0.4999999701976776,
  0.16666539013385773, 0.16666539013385773, 0.16666539013385773, 0.16666539013385773,
  0.04166722297668457, 0.04166722297668457, 0.04166722297668457, 0.04166722297668457,
  0.008367180824279785, 0.008367180824279785, 0.008367180824279785, 0.008367180824279785,
  0.0013882394414395094, 0.0013882394414395094, 0.0013882394414395094, 0.0013882394414395094,
  -1.0, -1.0, -1.0, -1.0, // 144
  0.0, 0.0, 0.0, 0.0, // 160
], 16);
const XI32 = memory.data<i32>([
  0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, // 0: |x|
  0x42AE0000, 0x42AE0000, 0x42AE0000, 0x42AE0000, // 16: bits(87)
  127 << 23, 127 << 23, 127 << 23, 127 << 23, // 32: bits(1.0)
], 16);

// e^x − 1 for |x| ≤ 87: x = k ln2 + rh + rl (rh = x − k ln2hi exact), then
// (2^k − 1) + 2^k rh (both exact) rounded once, plus 2^k (rl + r² P(r)).
@inline function core32(x: v128): v128 {
  const t = X32;
  const shift = v128.load(t, 16);
  const z = madd<f32>(x, v128.load(t), shift);
  const kf = f32x4.sub(z, shift);
  const rh = madd<f32>(kf, v128.load(t, 32), x);
  const rl = f32x4.mul(kf, v128.load(t, 48));
  const r = f32x4.add(rh, rl);
  const r2 = f32x4.mul(r, r);
  const p = madd<f32>(r2, madd<f32>(r2, v128.load(t, 128), madd<f32>(r, v128.load(t, 112), v128.load(t, 96))),
    madd<f32>(r, v128.load(t, 80), v128.load(t, 64)));
  const small = madd<f32>(r2, p, rl);
  const s = i32x4.add(i32x4.shl(i32x4.sub(z, shift), 23), v128.load(XI32, 32)); // 2^k
  const h = f32x4.add(f32x4.add(s, v128.load(t, 144)), f32x4.mul(s, rh));
  return madd<f32>(s, small, h);
}

// Lanes beyond ±87 (and NaN) through float64; the others keep the float32 lanes' bits.
function slow32(x: v128, bad: v128): v128 {
  return v128.bitselect(narrowF32(expm1_64(lowF64(x)), expm1_64(highF64(x))), core32(x), bad);
}

@inline function vexpm1_32(x: v128): v128 {
  const bad = i32x4.gt_s(v128.and(x, v128.load(XI32)), v128.load(XI32, 16));
  const y = i8x16.bitmask(bad) ? slow32(x, bad) : core32(x);
  return v128.bitselect(x, y, f32x4.eq(x, v128.load(X32, 160)));
}
