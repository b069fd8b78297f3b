// Vectorised natural log, f64x2 and f32x4.
//
// f64: x = 2^k z with z in [OFF, 2 OFF), OFF ≈ 0.70, read off hx = bits(x) + D: hx's exponent
// field is k + 1023 and its top 8 mantissa bits number the interval of z (256 of them; 1.0 lies
// at the centre of one). Per interval a table (tables.ts: LOG64) holds invc ≈ 1/c, c near the
// interval's centre, with 26 significant bits, and log c = logc_hi + logc_lo; a second one
// (LOG64K, filled at start) holds k ln2 = k ln2hi + k ln2lo, so that no lane converts k to a
// float. Then
//   r = z invc − 1, exactly rounded (z split into 26 + 27 bits: both products are exact and so is
//       the subtraction; the relaxed build's fused multiply-add rounds the same value),
//   log x = (W + r) + (Lo + p(r)), W = k ln2hi + logc_hi (exact: both are multiples of 2^-42),
//   Lo = k ln2lo + logc_lo, p(r) = log1p(r) − r = r² (A2 + A3 r + … + A6 r⁴),
// a minimax fit (test/fixtures/fit_math.py) within 2^-61.4 |r| on |r| ≤ 2^-9, and the rounding
// error of W + r carried into the small terms. Within 1 ulp of the exact value: at most 0.952 ulp
// over 4 million points (test/scripts/vmath_soak64.py). Subnormal lanes are scaled by 2^54 first and the special lanes
// patched: log(±0) = −inf, log(x < 0) = NaN, log(inf) = inf, NaN → NaN.
//
// f32: fdlibm's e_logf.c, lane-parallel: x = 2^k (1 + f), s = f / (2 + f),
// log(1 + f) = f − f²/2 + s (f²/2 + R(s²)), fdlibm's minimax R; below 1 ulp. log2 and log10
// (logbase.ts) from the same pieces as FreeBSD's e_log2f.c and e_log10f.c do.

import { madd } from "../simd";
import { LOG64 } from "./tables";

// [k ln2hi, k ln2lo] for k = −1100…1024, ln2hi = ln 2 to 42 fractional bits (k ln2hi is exact),
// filled when the core module starts (2125 entries: cheaper to compute than to ship). The
// relaxed-SIMD part shares the core's memory and must not write it, so its build skips the fill.
export const LOG64K = memory.data(2125 * 16, 16);
const LN2HI: f64 = 0.6931471805598903;
const LN2LO: f64 = 5.497923018708371e-14;
if (!ASC_FEATURE_RELAXED_SIMD) {
  for (let k = -1100; k <= 1024; k++) {
    const p = LOG64K + (<usize>(k + 1100) << 4);
    store<f64>(p, <f64>k * LN2HI);
    store<f64>(p, <f64>k * LN2LO, 8);
  }
}
import { fastSumErr, prodErr, sumErr } from "./dd";

export const D64 = memory.data<i64>([0x0009980000000000, 0x0009980000000000], 16); // D: 153·2^44 + 2^43
export const MANT64 = memory.data<i64>([0x000FFFFFFFFFFFFF, 0x000FFFFFFFFFFFFF], 16);
export const OFF64 = memory.data<i64>([0x3FE6680000000000, 0x3FE6680000000000], 16); // bits(OFF)
const LOW64 = memory.data<i64>([0x0019980000000000, 0x0019980000000000], 16); // hx of the smallest normal
const HIGH64 = memory.data<i64>([0x7FF997FFFFFFFFFF, 0x7FF997FFFFFFFFFF], 16); // hx of the largest finite
export const SPLIT64 = memory.data<i64>([0xFFFFFFFFF8000000, 0xFFFFFFFFF8000000], 16); // the top 26 significant bits
export const ONE64 = memory.data<f64>([1.0, 1.0], 16);
export const A64 = memory.data<f64>([
  -0.5, -0.5, // A2
  0.33333333333240145, 0.33333333333240145, // A3
  -0.24999999999796987, -0.24999999999796987, // A4
  0.20000077399982572, 0.20000077399982572, // A5
  -0.1666676047799044, -0.1666676047799044, // A6
], 16);
const TINY64 = memory.data<f64>([2.2250738585072014e-308, 2.2250738585072014e-308], 16);
const SCALE64 = memory.data<f64>([18014398509481984.0, 18014398509481984.0], 16); // 2^54
const EXP54 = memory.data<i64>([54 << 52, 54 << 52], 16);
const NINF64 = memory.data<f64>([-Infinity, -Infinity], 16);
const NAN64 = memory.data<f64>([NaN, NaN], 16);
const INF64 = memory.data<f64>([Infinity, Infinity], 16);
const A64P = memory.data<f64>([
  -0.5, -0.5, // A2
  0.3333333333333333, 0.3333333333333333, // A3
  -0.25, -0.25, // A4
  0.20000000001434462, 0.20000000001434462, // A5
  -0.16666666666643712, -0.16666666666643712, // A6
  0.14285499623467657, 0.14285499623467657, // A7
  -0.12500036924736496, -0.12500036924736496, // A8
], 16);
const ZERO64 = memory.data<f64>([0.0, 0.0], 16);

const F32 = memory.data<f32>([
  1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, // 0
  3.4028234663852886e38, 3.4028234663852886e38, 3.4028234663852886e38, 3.4028234663852886e38, // 16
  0.6931381225585938, 0.6931381225585938, 0.6931381225585938, 0.6931381225585938, // 32: ln2hi (fdlibm)
  9.05800061445916e-06, 9.05800061445916e-06, 9.05800061445916e-06, 9.05800061445916e-06, // 48: ln2lo
  // 64…112: Lg1…Lg4 (fdlibm)
  0.6666666269302368, 0.6666666269302368, 0.6666666269302368, 0.6666666269302368,
  0.40000972151756287, 0.40000972151756287, 0.40000972151756287, 0.40000972151756287,
  0.2849878668785095, 0.2849878668785095, 0.2849878668785095, 0.2849878668785095,
  0.24279078841209412, 0.24279078841209412, 0.24279078841209412, 0.24279078841209412,
  1.0, 1.0, 1.0, 1.0, // 128
  2.0, 2.0, 2.0, 2.0, // 144
  0.5, 0.5, 0.5, 0.5, // 160
  33554432.0, 33554432.0, 33554432.0, 33554432.0, // 176: 2^25
  -Infinity, -Infinity, -Infinity, -Infinity, // 192
  NaN, NaN, NaN, NaN, // 208
  0.0, 0.0, 0.0, 0.0, // 224
], 16);

const BASE32 = memory.data<f32>([
  reinterpret<f32>(0xFFFFF000), reinterpret<f32>(0xFFFFF000), reinterpret<f32>(0xFFFFF000), reinterpret<f32>(0xFFFFF000), // 0: the top 12 significant bits
  0.0, 0.0, 0.0, 0.0, // 16
  1.4423828125, 1.4423828125, 1.4423828125, 1.4423828125, // 32: 1/ln2, hi (12 bits)
  0.00031222839606925845, 0.00031222839606925845, 0.00031222839606925845, 0.00031222839606925845, // 48: 1/ln2, lo
  0.4342041015625, 0.4342041015625, 0.4342041015625, 0.4342041015625, // 64: 1/ln10, hi
  9.038033749675378e-05, 9.038033749675378e-05, 9.038033749675378e-05, 9.038033749675378e-05, // 80: 1/ln10, lo
  0.301025390625, 0.301025390625, 0.301025390625, 0.301025390625, // 96: log10(2), hi
  4.605039066518657e-06, 4.605039066518657e-06, 4.605039066518657e-06, 4.605039066518657e-06, // 112: log10(2), lo
], 16);

const I32 = memory.data<i32>([
  0x004AFB0D, 0x004AFB0D, 0x004AFB0D, 0x004AFB0D, // 0: bits(1.0) − bits(√2/2)
  0x007FFFFF, 0x007FFFFF, 0x007FFFFF, 0x007FFFFF, // 16: mantissa
  0x3F3504F3, 0x3F3504F3, 0x3F3504F3, 0x3F3504F3, // 32: bits(√2/2)
  127, 127, 127, 127, // 48: exponent bias
  152, 152, 152, 152, // 64: bias + 25, for lanes scaled by 2^25
], 16);

/** log (LOG_E), log2 (LOG_2) or log10 (LOG_10) in float32 lanes (core32, vlog32). */
export const LOG_E = 0, LOG_2 = 1, LOG_10 = 2;

@inline function core32(x: v128, bias: v128, base: i32 = LOG_E): v128 {
  const t = F32;
  const hx = i32x4.add(x, v128.load(I32));
  const k = f32x4.convert_i32x4_s(i32x4.sub(i32x4.shr_u(hx, 23), bias));
  const m = i32x4.add(v128.and(hx, v128.load(I32, 16)), v128.load(I32, 32));
  const f = f32x4.sub(m, v128.load(t, 128));
  const s = f32x4.div(f, f32x4.add(f, v128.load(t, 144)));
  const z = f32x4.mul(s, s);
  const w = f32x4.mul(z, z);
  const t1 = f32x4.mul(w, madd<f32>(w, v128.load(t, 112), v128.load(t, 80)));
  const t2 = f32x4.mul(z, madd<f32>(w, v128.load(t, 96), v128.load(t, 64)));
  const r = f32x4.add(t2, t1);
  const hfsq = f32x4.mul(f32x4.mul(v128.load(t, 160), f), f);
  if (base != LOG_E) {
    // FreeBSD's e_log2f.c / e_log10f.c: f − hfsq split into hi (12 bits, so hi times a 12-bit
    // constant is exact) and lo, each multiplied by 1/ln2 (1/ln10) held as hi + lo
    const c = BASE32;
    const hi = v128.and(f32x4.sub(f, hfsq), v128.load(c));
    const lo = f32x4.add(f32x4.sub(f32x4.sub(f, hi), hfsq), f32x4.mul(s, f32x4.add(hfsq, r)));
    if (base == LOG_2) {
      const y = madd<f32>(lo, v128.load(c, 32), f32x4.mul(f32x4.add(lo, hi), v128.load(c, 48)));
      return f32x4.add(madd<f32>(hi, v128.load(c, 32), y), k);
    }
    let y = madd<f32>(f32x4.add(lo, hi), v128.load(c, 80), f32x4.mul(k, v128.load(c, 112)));
    y = madd<f32>(hi, v128.load(c, 64), madd<f32>(lo, v128.load(c, 64), y));
    return madd<f32>(k, v128.load(c, 96), y);
  }
  let y = f32x4.add(f32x4.mul(s, f32x4.add(hfsq, r)), f32x4.mul(k, v128.load(t, 48)));
  y = f32x4.add(f32x4.sub(y, hfsq), f);
  return f32x4.add(y, f32x4.mul(k, v128.load(t, 32)));
}

/** log, log2 or log10 (base: LOG_E, LOG_2, LOG_10) of f32x4 lanes. */
@inline export function vlog32(x: v128, base: i32 = LOG_E): v128 {
  const t = F32;
  const normal = v128.and(f32x4.ge(x, v128.load(t)), f32x4.le(x, v128.load(t, 16)));
  if (i32x4.all_true(normal)) return core32(x, v128.load(I32, 48), base);
  const tiny = f32x4.lt(x, v128.load(t));
  const xs = v128.bitselect(f32x4.mul(x, v128.load(t, 176)), x, tiny);
  const y = core32(xs, v128.bitselect(v128.load(I32, 64), v128.load(I32, 48), tiny), base);
  const zero = v128.load(t, 224);
  let special = v128.bitselect(v128.load(t, 192), x, f32x4.eq(x, zero));
  special = v128.bitselect(v128.load(t, 208), special, f32x4.lt(x, zero));
  const finite = v128.and(f32x4.gt(x, zero), f32x4.le(x, v128.load(t, 16)));
  return v128.bitselect(y, special, finite);
}

// r = z invc − 1, rounded once (see the header).
// `exact`: its rounding error too, in logRErr (both builds split z then).
@inline function reduce64(z: v128, invc: v128, exact: bool): v128 {
  if (ASC_FEATURE_RELAXED_SIMD && !exact) return v128.relaxed_madd<f64>(z, invc, f64x2.neg(v128.load(ONE64)));
  const zh = v128.and(z, v128.load(SPLIT64));
  const zl = f64x2.sub(z, zh);
  const t1 = f64x2.sub(f64x2.mul(zh, invc), v128.load(ONE64)); // exact
  const t2 = f64x2.mul(zl, invc); // exact
  const r = f64x2.add(t1, t2);
  if (exact) logRErr = sumErr(t1, t2, r);
  return r;
}

let logRErr: v128 = i64x2.splat(0);

// The table entries of one lane: (k ln2hi + logc_hi, k ln2lo + logc_lo) and (invc, 0). `slow`:
// k's table index is clamped (lanes holding specials read harmless entries).
@inline function entryW(h: i64, slow: bool): v128 {
  let e = <i32>(h >> 52) + 77; // k + 1100
  if (slow) e = min<i32>(max<i32>(e, 0), 2124);
  return f64x2.add(v128.load(LOG64 + (<usize>(<u64>h >> 39) & 0x1FE0)), v128.load(LOG64K + (<usize>e << 4)));
}

export const LOG_FAST = 0, LOG_ACCURATE = 1, LOG_PRECISE = 2;

/** The low part of the last logParts64 call (see there). */
export let logLo: v128 = i64x2.splat(0);

/**
 * log x = hi + lo for lanes whose hx = bits(x) + D is given (x positive and normal, or a
 * subnormal scaled by 2^54 with 54 taken off hx's exponent field: logHx64), |lo| ≤ ulp(hi).
 * `extra` (with `add`) is added to lo: a small term of the caller's (log1p's correction).
 * `mode`: LOG_FAST (log itself: r rounded, about 2^-63 absolute), LOG_ACCURATE (r's rounding
 * error carried in lo: hi + lo within about 2^-62 |log x|), LOG_PRECISE (also a longer
 * polynomial, within 2^-77 |r| with its coefficients rounded, and r²'s error carried: about
 * 2^-75 |log x|, for power).
 * `whole`: returns hi + lo; otherwise returns hi and leaves lo in logLo.
 * `slow`: lanes may hold specials (their results are garbage, for the caller to patch).
 */
@inline export function logParts64(hx: v128, slow: bool, extra: v128, add: bool, mode: i32, whole: bool): v128 {
  const h0 = i64x2.extract_lane(hx, 0), h1 = i64x2.extract_lane(hx, 1);
  const a0 = entryW(h0, slow), a1 = entryW(h1, slow);
  const b0 = v128.load(LOG64 + (<usize>(<u64>h0 >> 39) & 0x1FE0), 16), b1 = v128.load(LOG64 + (<usize>(<u64>h1 >> 39) & 0x1FE0), 16);
  const w = i64x2.shuffle(a0, a1, 0, 2);
  let lo = i64x2.shuffle(a0, a1, 1, 3);
  const invc = i64x2.shuffle(b0, b1, 0, 2);
  const z = i64x2.add(v128.and(hx, v128.load(MANT64)), v128.load(OFF64));
  const r = reduce64(z, invc, mode != LOG_FAST);
  const r2 = f64x2.mul(r, r);
  if (add) lo = f64x2.add(lo, extra);
  // r's error e enters as log1p(r + e) − log1p(r) = e (1 − r + …)
  if (mode != LOG_FAST) lo = f64x2.add(lo, madd<f64>(logRErr, f64x2.neg(r), logRErr));
  const hi = f64x2.add(w, r); // W + r, its rounding error recovered below (|W| ≥ |r| or W = 0)
  if (mode == LOG_PRECISE) {
    // p = −r²/2 + r³ Q(r): −r²/2 = −r2/2 − e/2 exactly (e the error of r2) and added to hi
    // with its own rounding error, so that lo stays below 2^-28 and carries 2^-80 of log x.
    const t = A64P;
    const r4 = f64x2.mul(r2, r2);
    const q = madd<f64>(r4, madd<f64>(r, v128.load(t, 96), v128.load(t, 80)),
      madd<f64>(r2, madd<f64>(r, v128.load(t, 64), v128.load(t, 48)), madd<f64>(r, v128.load(t, 32), v128.load(t, 16))));
    const half = v128.load(t); // −1/2
    const pm = f64x2.mul(r2, half);
    const hi2 = f64x2.add(hi, pm);
    lo = f64x2.add(lo, f64x2.add(fastSumErr(w, r, hi), fastSumErr(hi, pm, hi2)));
    lo = madd<f64>(f64x2.mul(r2, r), q, madd<f64>(prodErr(r, r, r2), half, lo));
    if (whole) return f64x2.add(hi2, lo);
    logLo = lo;
    return hi2;
  }
  const t = A64;
  const q = madd<f64>(f64x2.mul(r2, r2), v128.load(t, 64),
    madd<f64>(r2, madd<f64>(r, v128.load(t, 48), v128.load(t, 32)), madd<f64>(r, v128.load(t, 16), v128.load(t))));
  lo = madd<f64>(r2, q, f64x2.add(fastSumErr(w, r, hi), lo));
  if (whole) return f64x2.add(hi, lo);
  logLo = lo;
  return hi;
}

/** hx = bits(x) + D of any lanes, subnormals scaled by 2^54 (with k lowered to match). */
@inline export function logHx64(x: v128): v128 {
  const tiny = f64x2.lt(x, v128.load(TINY64));
  const xs = v128.bitselect(f64x2.mul(x, v128.load(SCALE64)), x, tiny);
  return i64x2.sub(i64x2.add(xs, v128.load(D64)), v128.and(v128.load(EXP54), tiny));
}

/** Whether some lane's hx (bits(x) + D) belongs to no positive, normal, finite x. */
@inline export function logOutside64(hx: v128): i32 {
  return i8x16.bitmask(v128.or(i64x2.gt_s(v128.load(LOW64), hx), i64x2.gt_s(hx, v128.load(HIGH64))));
}

/** y where x is positive and finite; log's specials elsewhere: 0 → −inf, x < 0 → NaN, inf → inf, NaN. */
@inline export function logSpecial64(x: v128, y: v128): v128 {
  const zero = v128.load(ZERO64);
  let special = v128.bitselect(v128.load(NINF64), x, f64x2.eq(x, zero));
  special = v128.bitselect(v128.load(NAN64), special, f64x2.lt(x, zero));
  const finite = v128.and(f64x2.gt(x, zero), f64x2.lt(x, v128.load(INF64)));
  return v128.bitselect(y, special, finite);
}

function slow64(x: v128): v128 {
  return logSpecial64(x, logParts64(logHx64(x), true, x, false, LOG_FAST, true));
}

@inline export function vlog64(x: v128): v128 {
  const hx = i64x2.add(x, v128.load(D64));
  if (logOutside64(hx)) return slow64(x);
  return logParts64(hx, false, x, false, LOG_FAST, true);
}

/** Natural log of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vlog<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return vlog64(x);
  return vlog32(x);
}
