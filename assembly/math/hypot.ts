// Vectorised hypot(x, y) = √(x² + y²), f64x2 and f32x4.
//
// f64: musl's hypot, lane-parallel: with a = max(|x|, |y|), b = min, both scaled by 2^-700 when
// a > 2^510 and by 2^700 when b < 2^-450 (and a is within 2^64 of b; beyond, b does not reach a's
// last place and the result is a), x² + y² is formed exactly as a pair sh + sl (dd.ts) and its
// square root as q + (sh − q² + sl) / 2q, q = √sh: rounded about once, below 0.6 ulp. C99: hypot(±inf, anything, even NaN) =
// +inf; otherwise NaN → NaN; hypot(x, ±0) = |x|.
//
// f32: float64 lanes: x² and y² are exact there, their sum rounded once, and the square root
// rounded to float32 within half an ulp (plus 2^-29).

import { fastSumErr, prodErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

const C64 = memory.data<f64>([
  1.0, 1.0, // 0
  1.90109156629516e-211, 1.90109156629516e-211, // 16: 2^-700
  5.260135901548374e+210, 5.260135901548374e+210, // 32: 2^700
  3.3519519824856493e+153, 3.3519519824856493e+153, // 48: 2^510
  3.4395525670743494e-136, 3.4395525670743494e-136, // 64: 2^-450
  18446744073709551616.0, 18446744073709551616.0, // 80: 2^64
  Infinity, Infinity, // 96
  2.2250738585072014e-308, 2.2250738585072014e-308, // 112
], 16);
const ABS64 = memory.data<i64>([i64.MAX_VALUE, i64.MAX_VALUE], 16);

function hypot64(x: v128, y: v128): v128 {
  const t = C64;
  const ax = v128.and(x, v128.load(ABS64)), ay = v128.and(y, v128.load(ABS64));
  const a = f64x2.pmax(ax, ay), b = f64x2.pmin(ay, ax); // a NaN operand reaches a or b
  const one = v128.load(t);
  const down = f64x2.gt(a, v128.load(t, 48));
  const up = f64x2.lt(b, v128.load(t, 64));
  const scale = v128.bitselect(v128.load(t, 16), v128.bitselect(v128.load(t, 32), one, up), down);
  const unscale = v128.bitselect(v128.load(t, 32), v128.bitselect(v128.load(t, 16), one, up), down);
  // b below a's last place: a alone (the scaling above need not suit those lanes)
  const far = f64x2.gt(a, f64x2.mul(b, v128.load(t, 80)));
  const as = f64x2.mul(a, scale), bs = f64x2.mul(b, scale);
  const ah = f64x2.mul(as, as), bh = f64x2.mul(bs, bs);
  const sh = f64x2.add(ah, bh); // ah ≥ bh
  const sl = f64x2.add(f64x2.add(fastSumErr(ah, bh, sh), prodErr(as, as, ah)), prodErr(bs, bs, bh));
  // √(sh + sl) = q + (sh − q² + sl) / 2q, q² with its exact rounding error
  const q = f64x2.sqrt(sh);
  const qq = f64x2.mul(q, q);
  const num = f64x2.add(f64x2.sub(f64x2.sub(sh, qq), prodErr(q, q, qq)), sl);
  const root = f64x2.add(q, f64x2.div(num, f64x2.pmax(f64x2.add(q, q), v128.load(t, 112))));
  const r = v128.bitselect(a, f64x2.mul(root, unscale), far);
  // an infinite operand wins over NaN
  const inf = v128.load(t, 96);
  return v128.bitselect(inf, r, v128.or(f64x2.eq(ax, inf), f64x2.eq(ay, inf)));
}

// f64 lanes of float32 values: the squares are exact and their sum rounded once.
@inline function small64(x: v128, y: v128): v128 {
  const inf = v128.load(C64, 96);
  const r = f64x2.sqrt(f64x2.add(f64x2.mul(x, x), f64x2.mul(y, y)));
  return v128.bitselect(inf, r, v128.or(f64x2.eq(f64x2.abs(x), inf), f64x2.eq(f64x2.abs(y), inf)));
}

function hypot32(x: v128, y: v128): v128 {
  return narrowF32(small64(lowF64(x), lowF64(y)), small64(highF64(x), highF64(y)));
}

/** hypot(x, y) of each pair of lanes (T = f64: f64x2, T = f32: f32x4). */
@inline export function vhypot<T>(x: v128, y: v128): v128 {
  if (sizeof<T>() == 8) return hypot64(x, y);
  return hypot32(x, y);
}
