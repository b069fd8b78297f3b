// Vectorised sinh and cosh, f64x2 and f32x4.
//
// f64: with a = |x| = n ln2/256 + r (exp.ts: n = 256 k + j, r = rh + rl, rh exact), e^a and e^-a
// come from exp's table as S1 (1 + T1) and S2 (1 + T2), S2 the entry for −n and T2 taken at −r
// (T = tail + r + r² q(r); T1', T2' below are T without its r term). Then
//   e^a − e^-a = (S1 − S2) + (S1 + S2) rh + [(S1 + S2) rl + S1 T1' − S2 T2'],
//   e^a + e^-a = (S1 + S2) + (S1 − S2) r + [S1 T1' + S2 T2'],
// the large terms with their rounding errors (dd.ts), so the result is rounded about once:
// below 0.6 ulp. Near 0 (n = 0) S1 = S2 = 1 and sinh keeps its relative accuracy down to the
// subnormals. Beyond |x| = 40 e^-a is negligible: e^a / 2 with exp's split scaling (finite up to
// |x| = 710.47). sinh(±0) = ±0, cosh(±0) = 1, ±inf → ±inf / inf, NaN → NaN.
//
// f32: through float64 lanes (widen.ts).

import { madd } from "../simd";
import { expHalfK64, expParts64, expRHi64, expRLo64, expS, expTable64, expZ64, pow2i64 } from "./exp";
import { fastSumErr, prodErr, sumErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

const X64 = memory.data<f64>([
  13510798882111488.0, 13510798882111488.0, // 0: 3·2^52, so that 3·2^52 − z holds −n as z holds n
  0.5, 0.5, // 16
  711.0, 711.0, // 32: e^a / 2 overflows beyond 710.48
], 16);
const XI64 = memory.data<i64>([
  0x7FFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, // 0: |x|
  0x4044000000000000, 0x4044000000000000, // 16: bits(40): beyond, e^-a is below 2^-115 e^a
  0x8000000000000000, 0x8000000000000000, // 32: the sign
], 16);

let gS2: v128 = i64x2.splat(0);
let gT2: v128 = i64x2.splat(0);
let gR: v128 = i64x2.splat(0);
let gRl: v128 = i64x2.splat(0);

// e^a = S1 (1 + T1) and e^-a = S2 (1 + T2) for 0 ≤ a ≤ 40: returns T1' and leaves S1 in expS,
// S2, T2', rh, rl in the globals above.
@inline function pair64(a: v128): v128 {
  const z = expZ64(a);
  const rh = expRHi64(a, z);
  const rl = expRLo64(z);
  const r = f64x2.add(rh, rl);
  const t2 = expTable64(f64x2.sub(v128.load(X64), z), f64x2.neg(r), false, false, a, true, true);
  gS2 = expS;
  gT2 = t2;
  gR = rh;
  gRl = rl;
  return expTable64(z, r, false, false, a, true, true);
}

// e^a / 2 for any a ≥ 0 (NaN stays NaN): exp with split scaling, one factor halved.
@inline function half64(a: v128): v128 {
  a = f64x2.pmin(a, v128.load(X64, 32));
  const k2 = expHalfK64(a);
  return f64x2.mul(expParts64(a, a, false, true, true, i64x2.shl(k2, 52)), pow2i64(i64x2.sub(k2, i64x2.splat(1))));
}

@inline function sinhCore64(a: v128): v128 {
  const t1 = pair64(a);
  const s1 = expS, s2 = gS2, t2 = gT2, rh = gR, rl = gRl;
  const d = f64x2.sub(s1, s2);
  const de = sumErr(s1, f64x2.neg(s2), d);
  const sp = f64x2.add(s1, s2);
  const spe = sumErr(s1, s2, sp);
  const p = f64x2.mul(sp, rh);
  const h = f64x2.add(d, p); // |d| ≥ |p| or d = 0
  let lo = f64x2.add(f64x2.add(de, prodErr(sp, rh, p)), fastSumErr(d, p, h));
  lo = madd<f64>(spe, rh, madd<f64>(sp, rl, lo));
  lo = f64x2.add(lo, f64x2.sub(f64x2.mul(s1, t1), f64x2.mul(s2, t2)));
  return f64x2.mul(f64x2.add(h, lo), v128.load(X64, 16));
}

@inline function coshCore64(a: v128): v128 {
  const t1 = pair64(a);
  const s1 = expS, s2 = gS2, t2 = gT2, r = f64x2.add(gR, gRl);
  const h = f64x2.add(s1, s2);
  const lo = madd<f64>(f64x2.sub(s1, s2), r, f64x2.add(sumErr(s1, s2, h), madd<f64>(s1, t1, f64x2.mul(s2, t2))));
  return f64x2.mul(f64x2.add(h, lo), v128.load(X64, 16));
}

@inline function outside64(a: v128): i32 {
  return i8x16.bitmask(i64x2.gt_s(a, v128.load(XI64, 16)));
}

function sinhSlow64(a: v128): v128 {
  const big = i64x2.gt_s(a, v128.load(XI64, 16));
  return v128.bitselect(half64(a), sinhCore64(v128.andnot(a, big)), big);
}

function coshSlow64(a: v128): v128 {
  const big = i64x2.gt_s(a, v128.load(XI64, 16));
  return v128.bitselect(half64(a), coshCore64(v128.andnot(a, big)), big);
}

function sinh64(x: v128): v128 {
  const sign = v128.and(x, v128.load(XI64, 32));
  const a = v128.xor(x, sign);
  const y = outside64(a) ? sinhSlow64(a) : sinhCore64(a);
  return v128.or(y, sign);
}

function cosh64(x: v128): v128 {
  const a = v128.and(x, v128.load(XI64));
  return outside64(a) ? coshSlow64(a) : coshCore64(a);
}

/** sinh of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vsinh<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return sinh64(x);
  return narrowF32(sinh64(lowF64(x)), sinh64(highF64(x)));
}

/** cosh of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vcosh<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return cosh64(x);
  return narrowF32(cosh64(lowF64(x)), cosh64(highF64(x)));
}
