// Vectorised arcsinh, arccosh and arctanh, f64x2 and f32x4.
//
// f64: each is log1p of an argument formed as an unevaluated sum u + e to about 2^-100 of itself
// (products, square roots and quotients with their exact rounding errors, dd.ts), through
// log1p's table core (log1p.ts: log1pParts64, which takes u + e):
//   arcsinh|x| = log1p(|x| + √(x² + 1) − 1),
//   arccosh x = log1p(t + √(t (x + 1))), t = x − 1 (exact),
//   arctanh|x| = log1p(2|x| / (1 − |x|)) / 2,
// so the argument's own error is negligible and the result is log1p's: below 0.6 ulp, with the
// relative accuracy near 0 that log1p keeps. Beyond 2^498 (where x² would leave the range)
// arcsinh |x| = arccosh x = log x + ln 2. Specials: arcsinh(±0) = ±0, ±inf → ±inf;
// arccosh(1) = 0, x < 1 → NaN, inf → inf; arctanh(±0) = ±0, ±1 → ±inf, |x| > 1 → NaN; NaN → NaN.
//
// f32: through float64 lanes (widen.ts).

import { LOG_ACCURATE, logHx64, logLo, logParts64, logSpecial64 } from "./log";
import { log1pParts64 } from "./log1p";
import { fastSumErr, prodErr, sumErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

const C64 = memory.data<f64>([
  1.0, 1.0, // 0
  0.5, 0.5, // 16
  2.0, 2.0, // 32
  0.0, 0.0, // 48
  0.6931471805599453, 0.6931471805599453, // 64: ln2 hi
  2.3190468138462996e-17, 2.3190468138462996e-17, // 80: ln2 lo
  2.2250738585072014e-308, 2.2250738585072014e-308, // 96
  Infinity, Infinity, // 112
  NaN, NaN, // 128
], 16);
const I64 = memory.data<i64>([
  i64.MIN_VALUE, i64.MIN_VALUE, // 0: the sign
  0x5F10000000000000, 0x5F10000000000000, // 16: bits(2^498)
  0x3FF0000000000000, 0x3FF0000000000000, // 32: bits(1)
], 16);

// √(h + l) as s + its correction, for h ≥ 0 (h + l to about 2^-104 of itself).
let gSqrtLo: v128 = i64x2.splat(0);
@inline function sqrt2(h: v128, l: v128): v128 {
  const s = f64x2.sqrt(h);
  const ss = f64x2.mul(s, s);
  const num = f64x2.add(f64x2.sub(f64x2.sub(h, ss), prodErr(s, s, ss)), l);
  gSqrtLo = f64x2.div(num, f64x2.pmax(f64x2.add(s, s), v128.load(C64, 96)));
  return s;
}

// log x + ln 2 for huge x (and the specials of log: inf → inf, NaN → NaN).
@inline function logTwice64(x: v128): v128 {
  const hi = logParts64(logHx64(x), true, x, false, LOG_ACCURATE, false);
  const lo = f64x2.add(f64x2.add(logLo, v128.load(C64, 80)), v128.load(C64, 64));
  return logSpecial64(x, f64x2.add(hi, lo));
}

// arcsinh a for 0 ≤ a ≤ 2^498: log1p(a + (s − 1)), s = √(1 + a²) (s − 1 exact: 1 ≤ s < 2^250).
@inline function asinhCore64(a: v128): v128 {
  const one = v128.load(C64);
  const a2 = f64x2.mul(a, a);
  const q = f64x2.add(one, a2);
  const s = sqrt2(q, f64x2.add(sumErr(one, a2, q), prodErr(a, a, a2)));
  // s − 1 keeps few bits near 0: its correction joins it before a does (t ≪ a there)
  const t = f64x2.add(f64x2.sub(s, one), gSqrtLo);
  const u = f64x2.add(a, t);
  return log1pParts64(u, sumErr(a, t, u), true, true);
}

function asinh64(x: v128): v128 {
  const sign = v128.and(x, v128.load(I64));
  const a = v128.xor(x, sign);
  const big = i64x2.gt_s(a, v128.load(I64, 16));
  let y: v128;
  if (i8x16.bitmask(big)) y = v128.bitselect(logTwice64(a), asinhCore64(v128.andnot(a, big)), big);
  else y = asinhCore64(a);
  return v128.or(y, sign);
}

// arccosh x for 1 ≤ x ≤ 2^498.
@inline function acoshCore64(x: v128): v128 {
  const one = v128.load(C64);
  const t = f64x2.sub(x, one);
  const w = f64x2.add(x, one);
  const q = f64x2.mul(t, w);
  const s = sqrt2(q, f64x2.add(prodErr(t, w, q), f64x2.mul(t, fastSumErr(x, one, w))));
  const u = f64x2.add(t, s);
  return log1pParts64(u, f64x2.add(sumErr(t, s, u), gSqrtLo), true, true);
}

function acosh64(x: v128): v128 {
  // 1 ≤ x ≤ 2^498 as integers (negative x, NaN of either sign fall outside)
  const lowOut = i64x2.gt_s(v128.load(I64, 32), x);
  const highOut = i64x2.gt_s(x, v128.load(I64, 16));
  if (!i8x16.bitmask(v128.or(lowOut, highOut))) return acoshCore64(x);
  const ok = v128.not(v128.or(lowOut, highOut));
  let y = v128.bitselect(acoshCore64(v128.bitselect(x, v128.load(C64), ok)), logTwice64(x), ok);
  // x < 1 (and −inf, −0): NaN
  return v128.bitselect(v128.load(C64, 128), y, f64x2.lt(x, v128.load(C64)));
}

// arctanh a for 0 ≤ a < 1.
@inline function atanhCore64(a: v128): v128 {
  const one = v128.load(C64);
  const d = f64x2.sub(one, a);
  const de = fastSumErr(one, f64x2.neg(a), d);
  const n = f64x2.add(a, a);
  const u = f64x2.div(n, d);
  const p = f64x2.mul(u, d);
  const ul = f64x2.div(f64x2.sub(f64x2.sub(f64x2.sub(n, p), prodErr(u, d, p)), f64x2.mul(u, de)), d);
  return f64x2.mul(log1pParts64(u, ul, true, true), v128.load(C64, 16));
}

function atanh64(x: v128): v128 {
  const sign = v128.and(x, v128.load(I64));
  const a = v128.xor(x, sign);
  const out = i64x2.gt_s(a, i64x2.sub(v128.load(I64, 32), i64x2.splat(1))); // a ≥ 1 or NaN
  let y: v128;
  if (i8x16.bitmask(out)) {
    y = atanhCore64(v128.andnot(a, out));
    // 1 → inf, beyond → NaN, NaN stays NaN
    const special = v128.bitselect(v128.load(C64, 112), v128.load(C64, 128), f64x2.eq(a, v128.load(C64)));
    y = v128.bitselect(special, y, out);
  } else {
    y = atanhCore64(a);
  }
  return v128.or(y, sign);
}

/** arcsinh of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function varcsinh<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return asinh64(x);
  return narrowF32(asinh64(lowF64(x)), asinh64(highF64(x)));
}

/** arccosh of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function varccosh<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return acosh64(x);
  return narrowF32(acosh64(lowF64(x)), acosh64(highF64(x)));
}

/** arctanh of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function varctanh<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return atanh64(x);
  return narrowF32(atanh64(lowF64(x)), atanh64(highF64(x)));
}
