// Vectorised power x^y, f64x2 and f32x4, with C99's special cases (Annex F), as NumPy gives them.
//
// f64: x^y = e^(y log|x|): log|x| = hi + lo to about 2^-75 of itself (log.ts: logParts64,
// LOG_PRECISE), y·hi with its exact rounding error plus y·lo (dd.ts), and e^(P + Pe) from exp's
// table with Pe joining its reduced argument (exp.ts). An error of 2^-75 in log|x| is at most
// 2^-65 in y log|x| while the result is finite and nonzero (|y log x| < 746), so the result is
// within about 0.52 ulp. Overflow gives ±inf, underflow ±0 or a subnormal rounded once.
// Negative x: |x|^y, negated for odd integer y, NaN for non-integer y.
// Special cases (after C99 and NumPy): x^±0 = 1 and 1^y = 1 for any x, y (even NaN);
// (−1)^±inf = 1; otherwise NaN → NaN; ±0^y = ±inf (y < 0 odd), +inf (y < 0), ±0 (y > 0 odd),
// +0 (y > 0); x^−inf = +inf (|x| < 1), +0 (|x| > 1); x^+inf = +0 (|x| < 1), +inf (|x| > 1);
// ±inf^y as 1/(±0)^y.
//
// f32: the same steps in float64 lanes, with log's fast form (its 2^-63 relative error costs
// 2^-45 of the float64 result, far below float32's last place), then rounded to float32: within
// half an ulp plus 2^-29.

import { madd } from "../simd";
import { LOG_FAST, LOG_PRECISE, logHx64, logLo, logOutside64, logParts64 } from "./log";
import { expClamp64, expHalfK64, expOutside64, expParts64, pow2i64 } from "./exp";
import { prodErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

const C64 = memory.data<f64>([
  18446744073709551616.0, 18446744073709551616.0, // 0: 2^64
  -18446744073709551616.0, -18446744073709551616.0, // 16
  1.0, 1.0, // 32
  0.5, 0.5, // 48
  0.0, 0.0, // 64
  Infinity, Infinity, // 80
  NaN, NaN, // 96
], 16);
const I64 = memory.data<i64>([
  0x0009980000000000, 0x0009980000000000, // 0: log's D
  i64.MAX_VALUE, i64.MAX_VALUE, // 16: |x|
  0x43F0000000000000, 0x43F0000000000000, // 32: bits(2^64)
  i64.MIN_VALUE, i64.MIN_VALUE, // 48: the sign
], 16);

// y log|x| = P + Pe for the lanes hx = bits(|x|) + D (`slow`: specials and subnormals among
// them), |y| ≤ 2^64. Returns P, Pe in gPe.
let gPe: v128 = i64x2.splat(0);
@inline function ylog(hx: v128, y: v128, slow: bool, precise: bool): v128 {
  if (precise) {
    const hi = logParts64(hx, slow, hx, false, LOG_PRECISE, false);
    const lo = logLo;
    const p = f64x2.mul(y, hi);
    gPe = madd<f64>(y, lo, prodErr(y, hi, p));
    return p;
  }
  return f64x2.mul(y, logParts64(hx, slow, hx, false, LOG_FAST, true));
}

// Any lanes.
@inline function slow64(x: v128, y: v128, precise: bool): v128 {
  const c = C64;
  const ax = v128.and(x, v128.load(I64, 16));
  const yc = f64x2.pmax(f64x2.pmin(y, v128.load(c)), v128.load(c, 16));
  const p = ylog(logHx64(ax), yc, true, precise);
  const pc = expClamp64(p);
  // the low part only where p was not clamped (and is finite)
  const pe = precise ? v128.and(gPe, f64x2.eq(p, pc)) : p;
  const k2 = expHalfK64(pc);
  const mag = f64x2.mul(expParts64(pc, v128.and(pe, f64x2.eq(pe, pe)), precise, true, true, i64x2.shl(k2, 52)), pow2i64(k2));
  // integer and odd y (|y| ≥ 2^53 is even; ±inf counts as even)
  const yint = f64x2.eq(f64x2.nearest(y), y);
  const half = f64x2.mul(y, v128.load(c, 48));
  const yodd = v128.andnot(yint, f64x2.eq(f64x2.nearest(half), half));
  const negx = i64x2.shr_s(x, 63);
  const flip = v128.and(v128.and(negx, yodd), v128.load(I64, 48));
  let r = v128.xor(mag, flip);
  // negative finite x, non-integer y: NaN
  r = v128.bitselect(v128.load(c, 96), r, v128.andnot(negx, yint));
  // x = ±0, ±inf or y = ±inf: 0 or inf by whether |x| > 1 and y > 0 agree, signed as above
  const one = v128.load(c, 32), inf = v128.load(c, 80);
  const zeroOrInf = v128.or(f64x2.eq(ax, v128.load(c, 64)), f64x2.eq(ax, inf));
  const edge = v128.or(zeroOrInf, f64x2.eq(f64x2.abs(y), inf));
  const big = v128.not(v128.xor(f64x2.gt(ax, one), f64x2.gt(y, v128.load(c, 64))));
  r = v128.bitselect(v128.xor(v128.and(inf, big), flip), r, edge);
  // NaN operands, then the cases that give 1 whatever the other operand
  r = v128.bitselect(v128.load(c, 96), r, v128.or(f64x2.ne(x, x), f64x2.ne(y, y)));
  const unit = v128.or(v128.or(f64x2.eq(y, v128.load(c, 64)), f64x2.eq(x, one)), v128.and(f64x2.eq(ax, one), f64x2.eq(f64x2.abs(y), inf)));
  return v128.bitselect(one, r, unit);
}

@inline function vpow64(x: v128, y: v128, precise: bool): v128 {
  const hx = i64x2.add(x, v128.load(I64));
  // x positive, normal and finite; |y| ≤ 2^64 (NaN y fails)
  const ybad = i64x2.gt_s(v128.and(y, v128.load(I64, 16)), v128.load(I64, 32));
  if (!logOutside64(hx) && !i8x16.bitmask(ybad)) {
    const p = ylog(hx, y, false, precise);
    if (!expOutside64(p)) return expParts64(p, gPe, precise, true, false, p);
  }
  return precise ? slowPrecise64(x, y) : slowFast64(x, y);
}

function slowPrecise64(x: v128, y: v128): v128 {
  return slow64(x, y, true);
}

function slowFast64(x: v128, y: v128): v128 {
  return slow64(x, y, false);
}

function pow64(x: v128, y: v128): v128 {
  return vpow64(x, y, true);
}

// float32 operands in float64 lanes
function powWide64(x: v128, y: v128): v128 {
  return vpow64(x, y, false);
}

/** x^y of each pair of lanes (T = f64: f64x2, T = f32: f32x4). */
@inline export function vpower<T>(x: v128, y: v128): v128 {
  if (sizeof<T>() == 8) return pow64(x, y);
  return narrowF32(powWide64(lowF64(x), lowF64(y)), powWide64(highF64(x), highF64(y)));
}
