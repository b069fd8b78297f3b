// Vectorised logaddexp(x, y) = log(e^x + e^y) and logaddexp2(x, y) = log2(2^x + 2^y), f64x2 and
// f32x4, by NumPy's formula m + log1p(e^d), m = max(x, y), d = −|x − y|, evaluated in pairs:
//
// f64: d with its rounding error δ; e^(d + δ) from exp's table (exp.ts, its longer polynomial)
// as E = S + S T rounded once plus its exact remainder; log1p(E + remainder) from log1p's table
// core as hi + lo (log1p.ts, log's precise mode); then m + hi with its rounding error, + lo. logaddexp2 takes 2^(d + δ) from the same
// table (d = n/256 + r/ln2) and multiplies log1p by 1/ln2 as a pair. So the result is rounded
// about once: within an ulp of the correctly rounded value except where m and log1p(e^d) nearly
// cancel (e^x + e^y close to 1), where the error stays below 2^-60 in absolute terms. Where
// d < −708 (−1022) e^d is tiny and taken whole (exp's slow path: subnormal, 0).
// Specials as NumPy: x == y → x + ln2 (x + 1), so logaddexp(inf, inf) = inf and
// logaddexp(−inf, −inf) = −inf; an infinite operand otherwise wins; NaN → NaN.
//
// f32: through float64 lanes (widen.ts).

import { madd } from "../simd";
import { expR64, expS, expTable64, expZ64, vexp } from "./exp";
import { LOG_PRECISE } from "./log";
import { vexp2 } from "./exp2";
import { log1pLo, log1pParts64 } from "./log1p";
import { fastSumErr, prodErr, sumErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

const C64 = memory.data<f64>([
  0.6931471805599453, 0.6931471805599453, // 0: ln2
  2.3190468138462996e-17, 2.3190468138462996e-17, // 16: ln2 lo
  1.0, 1.0, // 32
  -708.0, -708.0, // 48
  -1022.0, -1022.0, // 64
  256.0, 256.0, // 80
  6755399441055744.0, 6755399441055744.0, // 96: 1.5 · 2^52
  -0.00390625, -0.00390625, // 112: −1/256
  1.4426950408889634, 1.4426950408889634, // 128: 1/ln2
  2.0355273740931033e-17, 2.0355273740931033e-17, // 144: 1/ln2 lo
], 16);
const SIGN64 = memory.data<i64>([i64.MIN_VALUE, i64.MIN_VALUE], 16);

let gELo: v128 = i64x2.splat(0);

// e^(d + δ) (base 2: 2^(d + δ)) as E + gELo, for −708 ≤ d ≤ 0 (−1022).
@inline function expPair(d: v128, dl: v128, base2: bool): v128 {
  let t: v128;
  if (base2) {
    const c = C64;
    const z = madd<f64>(d, v128.load(c, 80), v128.load(c, 96));
    const n = f64x2.sub(z, v128.load(c, 96));
    const rp = f64x2.add(madd<f64>(n, v128.load(c, 112), d), dl); // (d − n/256 exact) + δ
    t = expTable64(z, f64x2.mul(rp, v128.load(c)), false, false, d, false, true);
  } else {
    const z = expZ64(d);
    t = expTable64(z, f64x2.add(expR64(d, z), dl), false, false, d, false, true);
  }
  const s = expS;
  const st = f64x2.mul(s, t);
  const e = f64x2.add(s, st);
  gELo = f64x2.add(fastSumErr(s, st, e), prodErr(s, t, st));
  return e;
}

// m + log1p(E + e) (times 1/ln2 for base 2) with the sum's rounding error recovered.
@inline function finish(m: v128, e: v128, el: v128, base2: bool): v128 {
  let hi = log1pParts64(e, el, true, false, LOG_PRECISE);
  let lo = log1pLo;
  if (base2) {
    const c = C64;
    const ih = v128.load(c, 128);
    const p = f64x2.mul(hi, ih);
    lo = madd<f64>(lo, ih, madd<f64>(hi, v128.load(c, 144), prodErr(hi, ih, p)));
    hi = p;
  }
  const r = f64x2.add(m, hi);
  return f64x2.add(r, f64x2.add(sumErr(m, hi, r), lo));
}

@inline function core64(x: v128, y: v128, base2: bool): v128 {
  const c = C64;
  const m = f64x2.max(x, y);
  const diff = f64x2.sub(x, y);
  const dl0 = sumErr(x, f64x2.neg(y), diff);
  // d = −|x − y| with its error negated alike
  const pos = i64x2.shr_s(v128.not(diff), 63); // diff ≥ 0 (or +NaN)
  const d = v128.or(diff, v128.load(SIGN64));
  const dl = v128.xor(dl0, v128.and(pos, v128.load(SIGN64)));
  const floor = base2 ? v128.load(c, 64) : v128.load(c, 48);
  let r: v128;
  if (i8x16.bitmask(v128.not(f64x2.ge(d, floor)))) {
    // some d below the floor, or NaN
    const deep = v128.not(f64x2.ge(d, floor));
    const e = expPair(f64x2.pmax(d, floor), dl, base2);
    const el = gELo;
    const whole = base2 ? vexp2<f64>(d) : vexp<f64>(d);
    r = finish(m, v128.bitselect(whole, e, deep), v128.andnot(el, deep), base2);
  } else {
    const e = expPair(d, dl, base2);
    r = finish(m, e, gELo, base2);
  }
  // an infinite maximum is the result (its rounding error term is NaN)
  r = v128.bitselect(m, r, f64x2.eq(m, f64x2.splat(Infinity)));
  // x == y (the infinities among them): x + ln2 (x + 1)
  const same = f64x2.add(x, base2 ? v128.load(c, 32) : v128.load(c));
  return v128.bitselect(same, r, f64x2.eq(x, y));
}

function logaddexp64(x: v128, y: v128): v128 {
  return core64(x, y, false);
}

function logaddexp2_64(x: v128, y: v128): v128 {
  return core64(x, y, true);
}

/** logaddexp(x, y) of each pair of lanes (T = f64: f64x2, T = f32: f32x4). */
@inline export function vlogaddexp<T>(x: v128, y: v128): v128 {
  if (sizeof<T>() == 8) return logaddexp64(x, y);
  return narrowF32(logaddexp64(lowF64(x), lowF64(y)), logaddexp64(highF64(x), highF64(y)));
}

/** logaddexp2(x, y) of each pair of lanes (T = f64: f64x2, T = f32: f32x4). */
@inline export function vlogaddexp2<T>(x: v128, y: v128): v128 {
  if (sizeof<T>() == 8) return logaddexp2_64(x, y);
  return narrowF32(logaddexp2_64(lowF64(x), lowF64(y)), logaddexp2_64(highF64(x), highF64(y)));
}
