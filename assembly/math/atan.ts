// Vectorised arctan and arctan2, f64x2 and f32x4.
//
// f64 arctan: fdlibm's s_atan.c, lane-parallel. |x| is reduced by one of five rules chosen by
// its interval, t = (a |x| − b) / (c + d |x|) with (a, b, c, d) = (1, 0, 1, 0) below 7/16,
// (2, 1, 2, 1) below 11/16, (1, 1, 1, 1) below 19/16, (1, 3/2, 1, 3/2) below 39/16 and (0, 1, 0, 1)
// beyond (t = −1/|x|), read with atan of the interval's anchor (atanhi + atanlo) from a small
// table by each lane's interval; then atan|x| = atanhi − ((t (s1 + s2) − atanlo) − t) with
// fdlibm's polynomial in t²: below 1 ulp. The sign is put back at the end (atan(±0) = ±0,
// atan(±inf) = ±π/2, NaN → NaN).
//
// f64 arctan2(y, x): after fdlibm's e_atan2.c: θ = atan|y/x| (the quotient's exact rounding error
// δ carried as θ + δ/(1 + t²)), then ±θ, or ±(π − θ) for x < 0, π − θ formed from pi + pi_lo and
// θ's anchor and rest so that it is rounded once; C99's special cases (Annex F:
// atan2(±0, −0) = ±π, atan2(±inf, ±inf) = ±π/4 or ±3π/4, …).
//
// f32: through float64 lanes (widen.ts).

import { madd } from "../simd";
import { fastSumErr, prodErr } from "./dd";
import { highF64, lowF64, narrowF32 } from "./widen";

// Per interval: [a, b, c, d, atanhi, atanlo, 0, 0] (64 bytes).
const RULES = memory.data<f64>([
  1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0,
  2.0, 1.0, 2.0, 1.0, 4.63647609000806093515e-01, 2.26987774529616870924e-17, 0.0, 0.0,
  1.0, 1.0, 1.0, 1.0, 7.85398163397448278999e-01, 3.06161699786838301793e-17, 0.0, 0.0,
  1.0, 1.5, 1.0, 1.5, 9.82793723247329054082e-01, 1.39033110312309984516e-17, 0.0, 0.0,
  0.0, 1.0, 0.0, 1.0, 1.57079632679489655800e+00, 6.12323399573676603587e-17, 0.0, 0.0,
], 16);
const EDGES = memory.data<f64>([
  0.4375, 0.4375, 0.6875, 0.6875, 1.1875, 1.1875, 2.4375, 2.4375,
], 16);
// aT[0…10] (fdlibm)
const AT = memory.data<f64>([
  3.33333333333329318027e-01, 3.33333333333329318027e-01,
  -1.99999999998764832476e-01, -1.99999999998764832476e-01,
  1.42857142725034663711e-01, 1.42857142725034663711e-01,
  -1.11111104054623557880e-01, -1.11111104054623557880e-01,
  9.09088713343650656196e-02, 9.09088713343650656196e-02,
  -7.69187620504482999495e-02, -7.69187620504482999495e-02,
  6.66107313738753120669e-02, 6.66107313738753120669e-02,
  -5.83357013379057348645e-02, -5.83357013379057348645e-02,
  4.97687799461593236017e-02, 4.97687799461593236017e-02,
  -3.65315727442169155270e-02, -3.65315727442169155270e-02,
  1.62858201153657823623e-02, 1.62858201153657823623e-02,
], 16);
const SIGN64 = memory.data<i64>([i64.MIN_VALUE, i64.MIN_VALUE], 16);
const ABS64 = memory.data<i64>([i64.MAX_VALUE, i64.MAX_VALUE], 16);
const ONE64 = memory.data<f64>([1.0, 1.0], 16);
const HUGE64 = memory.data<f64>([1.0715086071862673e+301, 1.0715086071862673e+301], 16); // 2^1000

// The interval number (0…4) of one lane's |x|, from the comparison masks' sum.
@inline function rule(m: i64): usize {
  return <usize>(-m) << 6;
}

/**
 * atan(a) + δ for a ≥ 0 (or NaN), δ a small addend (with `withD`; atan2's correction for its
 * quotient's rounding): the table reduction and fdlibm's polynomial.
 */
@inline export function atanPos64(a: v128, d: v128, withD: bool, split: bool = false): v128 {
  // beyond 2^1000 atan rounds to π/2 anyway; the clamp keeps 0·inf out of the reduction
  a = f64x2.pmin(a, v128.load(HUGE64));
  const e = EDGES;
  let m = i64x2.add(f64x2.ge(a, v128.load(e)), f64x2.ge(a, v128.load(e, 16)));
  m = i64x2.add(m, i64x2.add(f64x2.ge(a, v128.load(e, 32)), f64x2.ge(a, v128.load(e, 48))));
  const p0 = RULES + rule(i64x2.extract_lane(m, 0)), p1 = RULES + rule(i64x2.extract_lane(m, 1));
  const ab0 = v128.load(p0), ab1 = v128.load(p1);
  const cd0 = v128.load(p0, 16), cd1 = v128.load(p1, 16);
  const hl0 = v128.load(p0, 32), hl1 = v128.load(p1, 32);
  const num = f64x2.sub(f64x2.mul(i64x2.shuffle(ab0, ab1, 0, 2), a), i64x2.shuffle(ab0, ab1, 1, 3));
  const den = madd<f64>(i64x2.shuffle(cd0, cd1, 1, 3), a, i64x2.shuffle(cd0, cd1, 0, 2));
  const t = f64x2.div(num, den);
  const z = f64x2.mul(t, t);
  const w = f64x2.mul(z, z);
  const c = AT;
  const w2 = f64x2.mul(w, w);
  const w4 = f64x2.mul(w2, w2);
  // s1 = z (aT0 + w aT2 + … + w^5 aT10), s2 = w (aT1 + w aT3 + … + w^4 aT9), by Estrin's scheme
  const s1 = f64x2.mul(z, madd<f64>(w4, madd<f64>(w, v128.load(c, 160), v128.load(c, 128)),
    madd<f64>(w2, madd<f64>(w, v128.load(c, 96), v128.load(c, 64)), madd<f64>(w, v128.load(c, 32), v128.load(c)))));
  const s2 = f64x2.mul(w, madd<f64>(w4, v128.load(c, 144),
    madd<f64>(w2, madd<f64>(w, v128.load(c, 112), v128.load(c, 80)), madd<f64>(w, v128.load(c, 48), v128.load(c, 16)))));
  let lo = i64x2.shuffle(hl0, hl1, 1, 3);
  if (withD) lo = f64x2.add(lo, d);
  const hi = i64x2.shuffle(hl0, hl1, 0, 2);
  const rest = f64x2.sub(t, f64x2.sub(f64x2.mul(t, f64x2.add(s1, s2)), lo));
  if (split) {
    atanRest = rest;
    return hi;
  }
  return f64x2.add(hi, rest);
}

/** With `split`, atanPos64 returns the anchor's atanhi and leaves the rest here. */
let atanRest: v128 = i64x2.splat(0);

function atan64(x: v128): v128 {
  const sign = v128.and(x, v128.load(SIGN64));
  return v128.or(atanPos64(v128.xor(x, sign), x, false), sign);
}

const PI64 = memory.data<f64>([
  3.1415926535897931160e+00, 3.1415926535897931160e+00, // 0: pi
  1.2246467991473531772e-16, 1.2246467991473531772e-16, // 16: pi_lo
  0.7853981633974483, 0.7853981633974483, // 32: π/4
  2.356194490192345, 2.356194490192345, // 48: 3π/4
  Infinity, Infinity, // 64
  0.0, 0.0, // 80
  2.004168360008973e-292, 2.004168360008973e-292, // 96: 2^-969
], 16);

// atan2(y, x) without C99's zero and infinity cases (patched by the caller).
@inline function atan2Core64(y: v128, x: v128): v128 {
  const ay = v128.and(y, v128.load(ABS64)), ax = v128.and(x, v128.load(ABS64));
  const t = f64x2.div(ay, ax);
  // the quotient's rounding error, exactly: (ay − t ax) / ax, ay − t·ax = (ay − p) − e
  const p = f64x2.mul(t, ax);
  const rem = f64x2.sub(f64x2.sub(ay, p), prodErr(t, ax, p));
  const d = f64x2.div(f64x2.div(rem, ax), madd<f64>(t, t, v128.load(ONE64)));
  // d is kept only where the products above are exact: not for |y| near the underflow (nor for
  // quotients beyond 2^996, where it is NaN)
  const zh = atanPos64(t, v128.and(d, v128.and(f64x2.eq(d, d), f64x2.ge(ay, v128.load(PI64, 96)))), true, true);
  const zr = atanRest;
  const pi = v128.load(PI64), pilo = v128.load(PI64, 16);
  // x < 0: π − z = (pi − atanhi, exactly as a pair) + (pi_lo − rest)
  const neg = i64x2.shr_s(x, 63);
  const dh = f64x2.sub(pi, zh);
  const far = f64x2.add(dh, f64x2.add(fastSumErr(pi, f64x2.neg(zh), dh), f64x2.sub(pilo, zr)));
  const r = v128.bitselect(far, f64x2.add(zh, zr), neg);
  return v128.or(r, v128.and(y, v128.load(SIGN64)));
}

function atan2_64(y: v128, x: v128): v128 {
  let r = atan2Core64(y, x);
  const sy = v128.and(y, v128.load(SIGN64));
  const neg = i64x2.shr_s(x, 63);
  const zero = v128.load(PI64, 80), inf = v128.load(PI64, 64);
  // y = ±0: ±0 for x > 0 or +0, ±π for x < 0 or −0 (NaN x stays NaN)
  const yz = v128.andnot(f64x2.eq(y, zero), f64x2.ne(x, x));
  r = v128.bitselect(v128.or(v128.and(v128.load(PI64), neg), sy), r, yz);
  // y = ±inf, x = ±inf: ±π/4 (x = +inf), ±3π/4 (x = −inf)
  const both = v128.and(f64x2.eq(v128.xor(y, sy), inf), f64x2.eq(v128.and(x, v128.load(ABS64)), inf));
  r = v128.bitselect(v128.or(v128.bitselect(v128.load(PI64, 48), v128.load(PI64, 32), neg), sy), r, both);
  return r;
}

/** arctan2(y, x) of each pair of lanes (T = f64: f64x2, T = f32: f32x4). */
@inline export function varctan2<T>(y: v128, x: v128): v128 {
  if (sizeof<T>() == 8) return atan2_64(y, x);
  return narrowF32(atan2_64(lowF64(y), lowF64(x)), atan2_64(highF64(y), highF64(x)));
}

/** arctan of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function varctan<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return atan64(x);
  return narrowF32(atan64(lowF64(x)), atan64(highF64(x)));
}
