// Vectorised log2 and log10, f64x2 and f32x4.
//
// f64: log x = hi + lo from log's table core (log.ts: logParts64, about 2^-62 relative), times
// 1/ln2 (1/ln10) held as a pair ih + il: hi·ih with its exact rounding error (dd.ts) plus
// hi·il + lo·ih, so the result is rounded about once: below 0.6 ulp; log2(2^k) = k exactly.
// Specials as log: ±0 → −inf, x < 0 → NaN, inf → inf, NaN → NaN.
//
// f32: in float32 lanes, from the pieces of log's float32 core as FreeBSD's e_log2f.c and
// e_log10f.c combine them (log.ts: vlog32).

import { madd } from "../simd";
import { LOG_10, LOG_2, LOG_ACCURATE, logHx64, logLo, logOutside64, logParts64, logSpecial64, vlog32 } from "./log";
import { prodErr } from "./dd";

const D64 = memory.data<i64>([0x0009980000000000, 0x0009980000000000], 16);
const INV_LN2 = memory.data<f64>([1.4426950408889634, 1.4426950408889634, 2.0355273740931033e-17, 2.0355273740931033e-17], 16);
const INV_LN10 = memory.data<f64>([0.4342944819032518, 0.4342944819032518, 1.098319650216765e-17, 1.098319650216765e-17], 16);

// log x · (ih + il) for the lanes hx; `slow` as logParts64.
@inline function scaled64(hx: v128, slow: bool, c: usize): v128 {
  const hi = logParts64(hx, slow, hx, false, LOG_ACCURATE, false);
  const lo = logLo;
  const ih = v128.load(c), il = v128.load(c, 16);
  const p = f64x2.mul(hi, ih);
  return f64x2.add(p, madd<f64>(lo, ih, madd<f64>(hi, il, prodErr(hi, ih, p))));
}

function slow64(x: v128, c: usize): v128 {
  return logSpecial64(x, scaled64(logHx64(x), true, c));
}

@inline function base64(x: v128, c: usize): v128 {
  const hx = i64x2.add(x, v128.load(D64));
  if (logOutside64(hx)) return slow64(x, c);
  return scaled64(hx, false, c);
}

function log2_64(x: v128): v128 {
  return base64(x, INV_LN2);
}

function log10_64(x: v128): v128 {
  return base64(x, INV_LN10);
}

function log2_32(x: v128): v128 {
  return vlog32(x, LOG_2);
}

function log10_32(x: v128): v128 {
  return vlog32(x, LOG_10);
}

/** log2 of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vlog2<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return log2_64(x);
  return log2_32(x);
}

/** log10 of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vlog10<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return log10_64(x);
  return log10_32(x);
}
