// Vectorised sin, cos and tan, f64x2 and f32x4.
//
// f64, fdlibm's __rem_pio2 (medium case) and __kernel_sin / __kernel_cos / __kernel_tan,
// lane-parallel: n = x·2/π rounded, y = x − n·π/2 as an unevaluated sum y0 + y1, π/2 subtracted
// in three 33-bit pieces (n·piece exact for |n| < 2^20) whose rounding errors are recovered
// exactly and carried along, so y stays accurate where x lies close to a multiple of π/2. Then
// sin(y) or cos(y) by the quadrant n mod 4, negated in quadrants 2 and 3 (cos x is sin x one
// quadrant on), or tan(y) / −1/tan(y) for even / odd n; fdlibm's polynomials and its careful
// −1/tan. Below 1 ulp (fdlibm's bounds; measured in test/vmath.test.ts).
//
// f32 sin and cos go through float32 lanes (trig32.ts), which hands this path the lanes it cannot
// take. f32 tan and those lanes: musl's sinf / cosf / tanf, lane-parallel: the lanes are widened
// to f64 and reduced with π/2 in a 25-bit and a 53-bit piece (n·piece exact for |n| < 2^28);
// sin / cos / tan of y are approximated in f64 to 2^-37 / 2^-34 / 2^-25.5, so the rounding to f32
// dominates: below 1 ulp.
//
// Lanes beyond the vector reduction's range (|x| > 2^20 for f64, 2^27 for f32), infinities and
// NaN are reduced one at a time by remPio2Large (Payne–Hanek, rempio2.ts) before the polynomials.

import { remPio2Large, remY0, remY1 } from "./rempio2";
import { madd } from "../simd";
import { vsincos32 } from "./trig32";

const F64 = memory.data<f64>([
  1048576.0, 1048576.0, // 0: |x| up to which the f64 vector reduction is used (2^20)
  0.6366197723675814, 0.6366197723675814, // 16: 2/π
  6755399441055744.0, 6755399441055744.0, // 32: 1.5 · 2^52
  1.5707963267341256, 1.5707963267341256, // 48: pio2_1, π/2 to 33 bits
  6.077100506303966e-11, 6.077100506303966e-11, // 64: pio2_2, the next 33 bits
  2.0222662487111665e-21, 2.0222662487111665e-21, // 80: pio2_3, the next 33 bits
  8.4784276603689e-32, 8.4784276603689e-32, // 96: pio2_3t, the rest
  0.5, 0.5, // 112
  1.0, 1.0, // 128
  // 144…224: S1…S6 (fdlibm __kernel_sin)
  -0.16666666666666632, -0.16666666666666632,
  0.00833333333332249, 0.00833333333332249,
  -0.0001984126982985795, -0.0001984126982985795,
  2.7557313707070068e-06, 2.7557313707070068e-06,
  -2.5050760253406863e-08, -2.5050760253406863e-08,
  1.58969099521155e-10, 1.58969099521155e-10,
  // 240…320: C1…C6 (fdlibm __kernel_cos)
  0.0416666666666666, 0.0416666666666666,
  -0.001388888888887411, -0.001388888888887411,
  2.480158728947673e-05, 2.480158728947673e-05,
  -2.7557314351390663e-07, -2.7557314351390663e-07,
  2.087572321298175e-09, 2.087572321298175e-09,
  -1.1359647557788195e-11, -1.1359647557788195e-11,
  // 336…528: T0…T12 (fdlibm __kernel_tan)
  0.3333333333333341, 0.3333333333333341,
  0.13333333333320124, 0.13333333333320124,
  0.05396825397622605, 0.05396825397622605,
  0.021869488294859542, 0.021869488294859542,
  0.0088632398235993, 0.0088632398235993,
  0.0035920791075913124, 0.0035920791075913124,
  0.0014562094543252903, 0.0014562094543252903,
  0.0005880412408202641, 0.0005880412408202641,
  0.0002464631348184699, 0.0002464631348184699,
  7.817944429395571e-05, 7.817944429395571e-05,
  7.140724913826082e-05, 7.140724913826082e-05,
  -1.8558637485527546e-05, -1.8558637485527546e-05,
  2.590730518636337e-05, 2.590730518636337e-05,
  0.7853981633974483, 0.7853981633974483, // 544: π/4
  3.061616997868383e-17, 3.061616997868383e-17, // 560: π/4 − the above
  0.6743354797363281, 0.6743354797363281, // 576: from here tan y goes through tan(π/4 − y)
  -1.0, -1.0, // 592
  2.0, 2.0, // 608
  0.0, 0.0, // 624
  // The f32 kernels, in f64:
  134217728.0, 134217728.0, // 640: |x| up to which the f32 vector reduction is used (2^27)
  1.5707963109016418, 1.5707963109016418, // 656: π/2 to 25 bits
  1.5893254773528196e-08, 1.5893254773528196e-08, // 672: the rest of π/2, to 53 bits
  // 688…736: S1…S4 (musl __sindf)
  -0.16666666641626524, -0.16666666641626524,
  0.008333329385889463, 0.008333329385889463,
  -0.00019839334836096632, -0.00019839334836096632,
  2.718311493989822e-06, 2.718311493989822e-06,
  // 752…800: C0…C3 (musl __cosdf)
  -0.499999997251031, -0.499999997251031,
  0.04166662332373906, 0.04166662332373906,
  -0.001388676377460993, -0.001388676377460993,
  2.439044879627741e-05, 2.439044879627741e-05,
  // 816…896: T0…T5 (musl __tandf)
  0.3333313950307914, 0.3333313950307914,
  0.13339200271297674, 0.13339200271297674,
  0.05338123784456704, 0.05338123784456704,
  0.024528318116654728, 0.024528318116654728,
  0.002974357433599673, 0.002974357433599673,
  0.009465647849436732, 0.009465647849436732,
], 16);

const I64 = memory.data<i64>([
  1, 1, // 0
  2, 2, // 16
  0xFFFFFFFF00000000, 0xFFFFFFFF00000000, // 32: the high word
  i64.MIN_VALUE, i64.MIN_VALUE, // 48: the sign
], 16);

const F32 = memory.data<f32>([
  134217728.0, 134217728.0, 134217728.0, 134217728.0, // 0: 2^27
  0.0, 0.0, 0.0, 0.0, // 16
], 16);

// fdlibm __kernel_sin(y0, y1) = y0 − ((z (y1/2 − v r) − y1) − v S1), v = z y0, z = y0².
@inline function ksin64(y0: v128, y1: v128, z: v128): v128 {
  const t = F64;
  const w = f64x2.mul(z, z);
  const r = madd<f64>(f64x2.mul(z, w), madd<f64>(z, v128.load(t, 224), v128.load(t, 208)),
    madd<f64>(z, madd<f64>(z, v128.load(t, 192), v128.load(t, 176)), v128.load(t, 160)));
  const v = f64x2.mul(z, y0);
  const u = f64x2.sub(f64x2.mul(z, f64x2.sub(f64x2.mul(v128.load(t, 112), y1), f64x2.mul(v, r))), y1);
  return f64x2.sub(y0, f64x2.sub(u, f64x2.mul(v, v128.load(t, 144))));
}

// fdlibm __kernel_cos(y0, y1) = h + (((1 − h) − z/2) + (z r − y0 y1)), h = 1 − z/2.
@inline function kcos64(y0: v128, y1: v128, z: v128): v128 {
  const t = F64;
  const w = f64x2.mul(z, z);
  const lo = madd<f64>(z, madd<f64>(z, v128.load(t, 272), v128.load(t, 256)), v128.load(t, 240));
  const hi = madd<f64>(z, madd<f64>(z, v128.load(t, 320), v128.load(t, 304)), v128.load(t, 288));
  const r = madd<f64>(f64x2.mul(w, w), hi, f64x2.mul(z, lo));
  const one = v128.load(t, 128);
  const hz = f64x2.mul(v128.load(t, 112), z);
  const h = f64x2.sub(one, hz);
  return f64x2.add(h, f64x2.add(f64x2.sub(f64x2.sub(one, h), hz), f64x2.sub(f64x2.mul(z, r), f64x2.mul(y0, y1))));
}

// fdlibm __kernel_tan(y0, y1): tan y in even quadrants, −1/tan y in odd ones.
@inline function ktan64(x: v128, y: v128, odd: v128): v128 {
  const t = F64;
  // |y| ≥ 0.6744: tan |y| from tan(π/4 − |y|), the sign put back at the end
  const sign = v128.and(x, v128.load(I64, 48));
  const big = f64x2.ge(f64x2.abs(x), v128.load(t, 576));
  const xb = f64x2.add(f64x2.sub(v128.load(t, 544), v128.xor(x, sign)), f64x2.sub(v128.load(t, 560), v128.xor(y, sign)));
  x = v128.bitselect(xb, x, big);
  y = v128.andnot(y, big);
  const z = f64x2.mul(x, x);
  const w = f64x2.mul(z, z);
  // r = T1 + w T3 + … + w^5 T11, v = z (T2 + w T4 + … + w^5 T12), by Estrin's scheme
  const w2 = f64x2.mul(w, w);
  const w4 = f64x2.mul(w2, w2);
  let r = madd<f64>(w4, madd<f64>(w, v128.load(t, 512), v128.load(t, 480)),
    madd<f64>(w2, madd<f64>(w, v128.load(t, 448), v128.load(t, 416)), madd<f64>(w, v128.load(t, 384), v128.load(t, 352))));
  let v = madd<f64>(w4, madd<f64>(w, v128.load(t, 528), v128.load(t, 496)),
    madd<f64>(w2, madd<f64>(w, v128.load(t, 464), v128.load(t, 432)), madd<f64>(w, v128.load(t, 400), v128.load(t, 368))));
  v = f64x2.mul(z, v);
  const s = f64x2.mul(z, x);
  r = f64x2.add(f64x2.add(y, f64x2.mul(z, f64x2.add(f64x2.mul(s, f64x2.add(r, v)), y))), f64x2.mul(s, v128.load(t, 336)));
  const wv = f64x2.add(x, r);
  // One division serves both cases: w²/(w ± 1) for big lanes, −1/w for the others.
  const s1 = v128.bitselect(v128.load(t, 592), v128.load(t, 128), odd);
  const q = f64x2.div(v128.bitselect(f64x2.mul(wv, wv), v128.load(t, 592), big), v128.bitselect(f64x2.add(wv, s1), wv, big));
  const vb = v128.xor(f64x2.sub(s1, f64x2.mul(v128.load(t, 608), f64x2.add(x, f64x2.sub(r, q)))), sign);
  // −1/w to within an ulp: a0 + a (1 + a0 w0 + a0 v), a = −1/w, a0 and w0 cut to their high words
  const hiWord = v128.load(I64, 32);
  const w0 = v128.and(wv, hiWord);
  const a0 = v128.and(q, hiWord);
  const vv = f64x2.sub(r, f64x2.sub(w0, x));
  const inv = f64x2.add(a0, f64x2.mul(q, f64x2.add(f64x2.add(v128.load(t, 128), f64x2.mul(a0, w0)), f64x2.mul(a0, vv))));
  return v128.bitselect(vb, v128.bitselect(inv, wv, odd), big);
}

// The quadrant's choice: cos where n + q is odd, negated where bit 1 of n + q is set.
@inline function quadrant(kd: v128, q: i32, sn: v128, cs: v128): v128 {
  const k = q == 0 ? kd : i64x2.add(kd, v128.load(I64));
  const odd = i64x2.eq(v128.and(k, v128.load(I64)), v128.load(I64));
  const negate = i64x2.shl(v128.and(k, v128.load(I64, 16)), 62);
  return v128.xor(v128.bitselect(cs, sn, odd), negate);
}

// sin (q = 0), cos (q = 1) or tan (q = 2) of f64 lanes; `large`: some lane may lie beyond the
// vector reduction's range. n's low bits are those of kd = n + 1.5·2^52.
@inline function trig64(x: v128, q: i32, large: bool): v128 {
  const t = F64;
  const shift = v128.load(t, 32);
  let kd = madd<f64>(x, v128.load(t, 16), shift);
  const n = f64x2.sub(kd, shift);
  // x − n·pio2_1 is exact; then n·pio2_2 and n·pio2_3 (exact products) are subtracted, their
  // rounding errors e2, e3 recovered exactly (Fast2Sum) and carried with n·pio2_3t in the tail w.
  let a = f64x2.sub(x, f64x2.mul(n, v128.load(t, 48)));
  let p = f64x2.mul(n, v128.load(t, 64));
  let r = f64x2.sub(a, p);
  const e2 = f64x2.sub(f64x2.sub(a, r), p);
  a = r;
  p = f64x2.mul(n, v128.load(t, 80));
  r = f64x2.sub(a, p);
  const w = f64x2.sub(f64x2.sub(f64x2.mul(n, v128.load(t, 96)), f64x2.sub(f64x2.sub(a, r), p)), e2);
  let y0 = f64x2.sub(r, w);
  let y1 = f64x2.sub(f64x2.sub(r, y0), w);
  if (large) {
    const inRange = f64x2.le(f64x2.abs(x), v128.load(t));
    if (!i64x2.extract_lane(inRange, 0)) {
      kd = i64x2.replace_lane(kd, 0, <i64>remPio2Large(f64x2.extract_lane(x, 0)));
      y0 = f64x2.replace_lane(y0, 0, remY0);
      y1 = f64x2.replace_lane(y1, 0, remY1);
    }
    if (!i64x2.extract_lane(inRange, 1)) {
      kd = i64x2.replace_lane(kd, 1, <i64>remPio2Large(f64x2.extract_lane(x, 1)));
      y0 = f64x2.replace_lane(y0, 1, remY0);
      y1 = f64x2.replace_lane(y1, 1, remY1);
    }
  }
  let res: v128;
  if (q == 2) {
    res = ktan64(y0, y1, i64x2.eq(v128.and(kd, v128.load(I64)), v128.load(I64)));
  } else {
    const z = f64x2.mul(y0, y0);
    res = quadrant(kd, q, ksin64(y0, y1, z), kcos64(y0, y1, z));
  }
  // sin(±0) = tan(±0) = ±0, whatever the sign of the polynomials' zero terms
  if (q != 1) res = v128.bitselect(x, res, f64x2.eq(x, v128.load(t, 624)));
  return res;
}

// Vectors with a lane beyond the reduction's range (or inf, NaN) take these calls, so that the
// common loop carries no live values across a call.
function sinLarge64(x: v128): v128 { return trig64(x, 0, true); }
function cosLarge64(x: v128): v128 { return trig64(x, 1, true); }
function tanLarge64(x: v128): v128 { return trig64(x, 2, true); }

@inline function vtrig64(x: v128, q: i32): v128 {
  if (i64x2.all_true(f64x2.le(f64x2.abs(x), v128.load(F64)))) return trig64(x, q, false);
  return q == 0 ? sinLarge64(x) : q == 1 ? cosLarge64(x) : tanLarge64(x);
}

// sin (q = 0), cos (q = 1) or tan (q = 2) of two widened f32 lanes; `large` as trig64.
@inline function core32(x: v128, q: i32, large: bool): v128 {
  const t = F64;
  const shift = v128.load(t, 32);
  let kd = madd<f64>(x, v128.load(t, 16), shift);
  const n = f64x2.sub(kd, shift);
  let y = f64x2.sub(f64x2.sub(x, f64x2.mul(n, v128.load(t, 656))), f64x2.mul(n, v128.load(t, 672)));
  if (large) {
    const inRange = f64x2.le(f64x2.abs(x), v128.load(t, 640));
    if (!i64x2.extract_lane(inRange, 0)) {
      kd = i64x2.replace_lane(kd, 0, <i64>remPio2Large(f64x2.extract_lane(x, 0)));
      y = f64x2.replace_lane(y, 0, remY0 + remY1);
    }
    if (!i64x2.extract_lane(inRange, 1)) {
      kd = i64x2.replace_lane(kd, 1, <i64>remPio2Large(f64x2.extract_lane(x, 1)));
      y = f64x2.replace_lane(y, 1, remY0 + remY1);
    }
  }
  const z = f64x2.mul(y, y);
  const w = f64x2.mul(z, z);
  const s = f64x2.mul(z, y);
  if (q == 2) {
    // tan y = (y + s (T0 + z T1)) + s w ((T2 + z T3) + w (T4 + z T5)); −1 / tan y in odd quadrants
    const u = madd<f64>(z, v128.load(t, 832), v128.load(t, 816));
    const v = madd<f64>(w, madd<f64>(z, v128.load(t, 896), v128.load(t, 880)), madd<f64>(z, v128.load(t, 864), v128.load(t, 848)));
    const r = f64x2.add(madd<f64>(s, u, y), f64x2.mul(f64x2.mul(s, w), v));
    const odd = i64x2.eq(v128.and(kd, v128.load(I64)), v128.load(I64));
    return v128.bitselect(f64x2.div(v128.load(t, 592), r), r, odd);
  }
  // sin y = (y + s (S1 + z S2)) + s w (S3 + z S4)
  const sn = f64x2.add(madd<f64>(s, madd<f64>(z, v128.load(t, 704), v128.load(t, 688)), y),
    f64x2.mul(f64x2.mul(s, w), madd<f64>(z, v128.load(t, 736), v128.load(t, 720))));
  // cos y = ((1 + z C0) + w C1) + w z (C2 + z C3)
  const cs = f64x2.add(madd<f64>(w, v128.load(t, 768), madd<f64>(z, v128.load(t, 752), v128.load(t, 128))),
    f64x2.mul(f64x2.mul(w, z), madd<f64>(z, v128.load(t, 800), v128.load(t, 784))));
  return quadrant(kd, q, sn, cs);
}

/** sin (q = 0), cos (1) or tan (2) of f32x4 lanes through float64; `large`: any argument. */
@inline export function trig32(x: v128, q: i32, large: bool): v128 {
  const lo = core32(f64x2.promote_low_f32x4(x), q, large);
  const hi = core32(f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 0, 1)), q, large);
  const r = i32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
  if (q == 1) return r;
  return v128.bitselect(x, r, f32x4.eq(x, v128.load(F32, 16)));
}

function tanLarge32(x: v128): v128 { return trig32(x, 2, true); }

@inline function vtrig32(x: v128, q: i32): v128 {
  if (q != 2) return vsincos32(x, q == 1);
  if (i32x4.all_true(f32x4.le(f32x4.abs(x), v128.load(F32)))) return trig32(x, q, false);
  return tanLarge32(x);
}

/** sin of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vsin<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return vtrig64(x, 0);
  return vtrig32(x, 0);
}

/** cos of each lane. */
@inline export function vcos<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return vtrig64(x, 1);
  return vtrig32(x, 1);
}

/** tan of each lane. */
@inline export function vtan<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return vtrig64(x, 2);
  return vtrig32(x, 2);
}
