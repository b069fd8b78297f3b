// Vectorised log(1 + x), f64x2 and f32x4, accurate near 0.
//
// f64: u = 1 + x rounded and c its exact rounding error (dd.ts), then
// log(1 + x) = log(u) + c/u (the next term, (c/u)²/2, is below 2^-106) through log's table core
// (log.ts: logParts64), c/u joining its small terms: below 0.6 ulp. Tiny x gives u = 1, log u = 0
// and c/u = x, but below 2^-20 the series x − x²/2 + x³/3 − x⁴/4 is used (u keeps too few of x's
// bits there for c/u to stay a first-order term); ±0 → ±0, −1 → −inf, x < −1 → NaN,
// inf → inf, NaN → NaN. log1pParts64 takes its argument as an unevaluated sum a + b (b ≪ a),
// for arcsinh, arccosh, arctanh and logaddexp.
//
// f32: through float64 lanes (widen.ts): log1p of the widened lanes by the f64 kernel.

import { madd } from "../simd";
import { LOG_ACCURATE, logHx64, logLo, logOutside64, logParts64, logSpecial64 } from "./log";
import { prodErr, sumErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

const ONE64 = memory.data<f64>([1.0, 1.0], 16);
const D64 = memory.data<i64>([0x0009980000000000, 0x0009980000000000], 16);
const ZERO64 = memory.data<f64>([0.0, 0.0], 16);
const SMALL64 = memory.data<f64>([
  9.5367431640625e-7, 9.5367431640625e-7, // 0: 2^-20
  -0.5, -0.5, // 16
  0.3333333333333333, 0.3333333333333333, // 32
  -0.25, -0.25, // 48
], 16);
const ABS64 = memory.data<i64>([i64.MAX_VALUE, i64.MAX_VALUE], 16);

/** The low part of the last log1pParts64 call. */
export let log1pLo: v128 = i64x2.splat(0);

// log(1 + a + b) = hi + lo; `whole`: returns hi + lo, otherwise hi (lo in log1pLo). `withB`: b is
// used (|b| ≤ 2^-50 |a|). Specials patched (from u = 1 + a). For |a| < 2^-20 the series
// a + b − a²/2 + a³/3 − a⁴/4 instead: there u = 1 + a keeps too few of a's bits for c/u to be a
// first-order correction. `mode`: log's (LOG_ACCURATE or LOG_PRECISE).
@inline export function log1pParts64(a: v128, b: v128, withB: bool, whole: bool, mode: i32 = LOG_ACCURATE): v128 {
  const hi = log1pTable64(a, b, withB, whole, mode);
  const k = SMALL64;
  const small = f64x2.lt(v128.and(a, v128.load(ABS64)), v128.load(k));
  if (!i8x16.bitmask(small)) return hi;
  const q = madd<f64>(a, madd<f64>(a, v128.load(k, 48), v128.load(k, 32)), v128.load(k, 16));
  // a² q with a²'s rounding error (a²/2 reaches 2^-21 of a)
  const a2 = f64x2.mul(a, a);
  let lo = madd<f64>(a2, q, f64x2.mul(prodErr(a, a, a2), v128.load(k, 16)));
  if (withB) lo = f64x2.add(lo, b);
  if (whole) return v128.bitselect(f64x2.add(a, lo), hi, small);
  log1pLo = v128.bitselect(lo, log1pLo, small);
  return v128.bitselect(a, hi, small);
}

@inline function log1pTable64(a: v128, b: v128, withB: bool, whole: bool, mode: i32): v128 {
  const one = v128.load(ONE64);
  const u = f64x2.add(one, a);
  let c = sumErr(one, a, u);
  if (withB) c = f64x2.add(c, b);
  const corr = f64x2.div(c, u);
  const hx = i64x2.add(u, v128.load(D64));
  if (logOutside64(hx)) {
    const hi = logParts64(logHx64(u), true, corr, true, mode, false);
    const lo = logLo;
    if (whole) return logSpecial64(u, f64x2.add(hi, lo));
    log1pLo = v128.and(lo, f64x2.eq(hi, hi)); // a NaN hi keeps lo finite: NaN + anything is NaN anyway
    return logSpecial64(u, hi);
  }
  const hi = logParts64(hx, false, corr, true, mode, whole);
  if (!whole) log1pLo = logLo;
  return hi;
}

function log1p64(x: v128): v128 {
  const y = log1pParts64(x, x, false, true);
  return v128.bitselect(x, y, f64x2.eq(x, v128.load(ZERO64)));
}

function log1p32(x: v128): v128 {
  return narrowF32(log1p64(lowF64(x)), log1p64(highF64(x)));
}

/** log(1 + x) of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vlog1p<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return log1p64(x);
  return log1p32(x);
}
