// Vectorised log(1 + x), f64x2 and f32x4, accurate near 0.
//
// f64: u = 1 + x rounded and c its exact rounding error (dd.ts), then
// log(1 + x) = log(u) + c/u (the next term, (c/u)²/2, is below 2^-106) through log's table core
// (log.ts: logParts64), c/u joining its small terms: below 0.6 ulp. Tiny x gives u = 1, log u = 0
// and c/u = x; ±0 → ±0, −1 → −inf, x < −1 → NaN, inf → inf, NaN → NaN. vlog1p2 takes its
// argument as an unevaluated sum a + b (b ≪ a), for arcsinh, arccosh, arctanh and logaddexp.
//
// f32: through float64 lanes (widen.ts): log1p of the widened lanes by the f64 kernel.

import { LOG_ACCURATE, logHx64, logLo, logOutside64, logParts64, logSpecial64 } from "./log";
import { sumErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

const ONE64 = memory.data<f64>([1.0, 1.0], 16);
const D64 = memory.data<i64>([0x0009980000000000, 0x0009980000000000], 16);
const ZERO64 = memory.data<f64>([0.0, 0.0], 16);

/** The low part of the last log1pParts64 call. */
export let log1pLo: v128 = i64x2.splat(0);

// log(1 + a + b) = hi + lo; `whole`: returns hi + lo, otherwise hi (lo in log1pLo). `withB`: b is
// used. Specials patched (from u = 1 + a).
@inline export function log1pParts64(a: v128, b: v128, withB: bool, whole: bool): v128 {
  const one = v128.load(ONE64);
  const u = f64x2.add(one, a);
  let c = sumErr(one, a, u);
  if (withB) c = f64x2.add(c, b);
  const corr = f64x2.div(c, u);
  const hx = i64x2.add(u, v128.load(D64));
  if (logOutside64(hx)) {
    const hi = logParts64(logHx64(u), true, corr, true, LOG_ACCURATE, false);
    const lo = logLo;
    if (whole) return logSpecial64(u, f64x2.add(hi, lo));
    log1pLo = v128.and(lo, f64x2.eq(hi, hi)); // a NaN hi keeps lo finite: NaN + anything is NaN anyway
    return logSpecial64(u, hi);
  }
  const hi = logParts64(hx, false, corr, true, LOG_ACCURATE, whole);
  if (!whole) log1pLo = logLo;
  return hi;
}

@inline function vlog1p64(x: v128): v128 {
  const y = log1pParts64(x, x, false, true);
  return v128.bitselect(x, y, f64x2.eq(x, v128.load(ZERO64)));
}

@inline function vlog1p32(x: v128): v128 {
  return narrowF32(vlog1p64(lowF64(x)), vlog1p64(highF64(x)));
}

/** log(1 + x) of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vlog1p<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return vlog1p64(x);
  return vlog1p32(x);
}
