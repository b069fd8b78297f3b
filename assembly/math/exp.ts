// Vectorised exp, f64x2 and f32x4: nd.exp (through ops.ts), the softmax, loss and activation
// kernels, and the exp family of assembly/math (exp2, expm1, sinh, cosh, tanh, logaddexp, power).
//
// f64 (vexp, expParts64, expTable64): x = n ln2/256 + r, n = 256 k + j the integer nearest
// x·256/ln2 (adding 1.5·2^52 rounds it into the low mantissa bits), r = x − n ln2hi − n ln2lo
// (Cody–Waite: n ln2hi and the first subtraction are exact), |r| ≤ ln2/512. A 256-entry table
// (tables.ts: EXP64) holds 2^(j/256) = hi (1 + tail), with hi's bits pre-shifted so that adding
// n << 44 makes S = 2^k hi; then e^x = S + S T, T = tail + r + r² (C2 + C3 r + C4 r²) (minimax,
// test/fixtures/fit_math.py): about 0.52 ulp. While every lane is within ±708 the result is
// normal; otherwise x is clamped with pmin/pmax (NaN passes through as the first operand) and S
// split as 2^(k − k2) · 2^k2, k2 = k >> 1, so a subnormal result is rounded once and overflow
// gives inf (+inf → inf, −inf → 0, NaN → NaN), with the fast path's bits in every normal lane.
//
// f32 (vexp): exp(x) = 2^k · e^r with k = round(x / ln 2) and r = x − k·ln2hi − k·ln2lo,
// e^r = 1 + r + r²·g(r), g of degree 4 fitted on |r| ≤ ln(2)/2 (test/fixtures/fit_nn_polynomials.py).
// While every lane is within ±87 2^k goes into the exponent field; otherwise the clamped, split
// scaling above. Error < 1 ulp, subnormal results included (test/vexp.test.ts).
//
// expPlusOne32: e^x + 1 for tanh's float32 lanes (tanh.ts), rounded once instead of twice.
//
// sumExp: Σ exp(x − m) over a contiguous run whose maximum is m, for log-sum-exp, when the run
// holds no NaN and no +inf (the caller checks). The arguments are then ≤ 0 or −inf; terms below
// e^-708 (f64) / e^-87 (f32) are raised to that floor, which cannot change a sum that is at least 1,
// so every term is normal and 2^k goes into the exponent field. Its constants are loaded once.
//
// Constants live in tables in memory, each one pre-splatted to 16 bytes: V8 rebuilds an inline
// v128 constant at every use, a load is cheaper.

import { madd } from "../simd";
import { EXP64 } from "./tables";

const F64 = memory.data<f64>([
  709.79, 709.79, // 0: upper clamp (exp overflows above 709.7827)
  -746.0, -746.0, // 16: lower clamp (exp rounds to 0 below -745.1332)
  1.4426950408889634, 1.4426950408889634, // 32: 1 / ln 2
  6755399441055744.0, 6755399441055744.0, // 48: 1.5 · 2^52
  0.6931471803691238, 0.6931471803691238, // 64: ln2hi (32 significant bits)
  1.9082149292705877e-10, 1.9082149292705877e-10, // 80: ln2lo
  1.0, 1.0, // 96
  // 112…256: g(r) = c2 + c3 r + … + c11 r^9
  0.5000000000000001, 0.5000000000000001,
  0.16666666666666669, 0.16666666666666669,
  0.041666666666624164, 0.041666666666624164,
  0.008333333333330065, 0.008333333333330065,
  0.0013888888917196719, 0.0013888888917196719,
  0.00019841269863040545, 0.00019841269863040545,
  2.4801521322368692e-5, 2.4801521322368692e-5,
  2.7557268480310024e-6, 2.7557268480310024e-6,
  2.7620075879983367e-7, 2.7620075879983367e-7,
  2.5100375832561234e-8, 2.5100375832561234e-8,
  -708.0, -708.0, // 272: sumExp's floor (e^-708 is normal)
  708.0, 708.0, // 288: |x| up to which exp is normal
], 16);

// Also read by tanh.ts, which passes expPlusOne32's constants.
export const F32 = memory.data<f32>([
  88.8, 88.8, 88.8, 88.8, // 0: upper clamp (expf overflows above 88.7228)
  -104.0, -104.0, -104.0, -104.0, // 16: lower clamp (expf rounds to 0 below -103.9721)
  1.4426950216293335, 1.4426950216293335, 1.4426950216293335, 1.4426950216293335, // 32
  12582912.0, 12582912.0, 12582912.0, 12582912.0, // 48: 1.5 · 2^23
  0.693145751953125, 0.693145751953125, 0.693145751953125, 0.693145751953125, // 64: ln2hi (15 significant bits)
  1.428606765330187e-6, 1.428606765330187e-6, 1.428606765330187e-6, 1.428606765330187e-6, // 80: ln2lo
  1.0, 1.0, 1.0, 1.0, // 96
  // 112…176: g(r) = c2 + c3 r + … + c6 r^4
  0.5, 0.5, 0.5, 0.5,
  0.16666577756404877, 0.16666577756404877, 0.16666577756404877, 0.16666577756404877,
  0.041666556149721146, 0.041666556149721146, 0.041666556149721146, 0.041666556149721146,
  0.008363173343241215, 0.008363173343241215, 0.008363173343241215, 0.008363173343241215,
  0.0013926175888627768, 0.0013926175888627768, 0.0013926175888627768, 0.0013926175888627768,
  -87.0, -87.0, -87.0, -87.0, // 192: sumExp's floor (e^-87 is normal)
  87.0, 87.0, 87.0, 87.0, // 208: |x| up to which expf is normal
], 16);

// Exponent biases, splatted, for building 2^k.
const I64 = memory.data<i64>([1023, 1023], 16);
const I32 = memory.data<i32>([127, 127, 127, 127], 16);

// exp f64 by a 256-entry table (tables.ts: EXP64): x = (256 k + j) ln2/256 + r, |r| ≤ ln2/512,
// e^x = 2^k · 2^(j/256) · e^r with 2^(j/256) = hi (1 + tail) and e^r − 1 = r + r² (C2 + C3 r + C4 r²).
export const X64 = memory.data<f64>([
  369.3299304675746, 369.3299304675746, // 0: 256 / ln 2
  6755399441055744.0, 6755399441055744.0, // 16: 1.5 · 2^52
  -0.0027076061742263846, -0.0027076061742263846, // 32: −ln2/256, high part (33 bits: k·it exact)
  1.6409824502660487e-13, 1.6409824502660487e-13, // 48: −ln2/256, low part
  0.49999999999999756, 0.49999999999999756, // 64: C2
  0.16666667996708975, 0.16666667996708975, // 80: C3
  0.04166667054564919, 0.04166667054564919, // 96: C4
  709.79, 709.79, // 112: upper clamp
  -746.0, -746.0, // 128: lower clamp
], 16);
// e^r − 1 − r = r² (C2 + C3 r + C4 r² + C5 r³) within 2^-61.1 |e^r − 1| on |r| ≤ ln2/512
const XL64 = memory.data<f64>([
  0.49999999999999856, 0.49999999999999856,
  0.16666666666666702, 0.16666666666666702,
  0.04166666985479536, 0.04166666985479536,
  0.008333333419971672, 0.008333333419971672,
], 16);
const XI64 = memory.data<i64>([
  0x7FFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, // 0: |x|
  0x4086200000000000, 0x4086200000000000, // 16: bits(708)
], 16);


// e^r − 1 ≈ r + r² g(r) with g by Estrin's scheme (shorter dependency chains than Horner).
@inline function tail64(r: v128, c2: v128, c3: v128, c4: v128, c5: v128, c6: v128, c7: v128, c8: v128, c9: v128, c10: v128, c11: v128): v128 {
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const lo = madd<f64>(madd<f64>(c5, r, c4), r2, madd<f64>(c3, r, c2));
  const hi = madd<f64>(madd<f64>(madd<f64>(c11, r, c10), r2, madd<f64>(c9, r, c8)), r2, madd<f64>(c7, r, c6));
  return madd<f64>(r2, madd<f64>(hi, r4, lo), r);
}

@inline function tail32(r: v128, c2: v128, c3: v128, c4: v128, c5: v128, c6: v128): v128 {
  const r2 = f32x4.mul(r, r);
  const g = madd<f32>(madd<f32>(c6, r2, madd<f32>(c5, r, c4)), r2, madd<f32>(c3, r, c2));
  return madd<f32>(r2, g, r);
}

// 1 + r + r² g(r)
@inline function poly64(r: v128, one: v128, c2: v128, c3: v128, c4: v128, c5: v128, c6: v128, c7: v128, c8: v128, c9: v128, c10: v128, c11: v128): v128 {
  return f64x2.add(one, tail64(r, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11));
}

@inline function poly32(r: v128, one: v128, c2: v128, c3: v128, c4: v128, c5: v128, c6: v128): v128 {
  return f32x4.add(one, tail32(r, c2, c3, c4, c5, c6));
}

@inline function table64(r: v128): v128 {
  const t = F64;
  return poly64(r, v128.load(t, 96), v128.load(t, 112), v128.load(t, 128), v128.load(t, 144), v128.load(t, 160), v128.load(t, 176),
    v128.load(t, 192), v128.load(t, 208), v128.load(t, 224), v128.load(t, 240), v128.load(t, 256));
}

@inline function table32(r: v128): v128 {
  const t = F32;
  return poly32(r, v128.load(t, 96), v128.load(t, 112), v128.load(t, 128), v128.load(t, 144), v128.load(t, 160), v128.load(t, 176));
}

/** The scale S of the last expParts64 call (see there). */
export let expS: v128 = i64x2.splat(0);

// From z (whose low 8 bits hold j, k above them) and r: S (1 + T) = 2^k 2^(j/256) e^r, S = 2^k hi
// (hi the table's 2^(j/256) rounded), T = tail + (e^r − 1). `whole`: returns S + S T; otherwise
// returns T and leaves S in expS (`noR`: T − r instead of T). `long`: e^r − 1 to 2^-61 of itself
// (C2…C5, for expm1) instead of 2^-57.5 absolute. For lanes with normal S; with `split`,
// `adjust` (a multiple of 2^52) is subtracted from S's exponent field first (the slow paths' split
// scaling).
@inline export function expTable64(z: v128, r: v128, whole: bool, split: bool, adjust: v128, noR: bool = false, long: bool = false): v128 {
  const t = X64;
  // Each entry is 16 bytes.
  // The lanes' indices are read from registers: a static buffer would be shared by the threads.
  const e0 = v128.load(EXP64 + ((<usize>i32x4.extract_lane(z, 0) & 255) << 4));
  const e1 = v128.load(EXP64 + ((<usize>i32x4.extract_lane(z, 2) & 255) << 4));
  const tail = i64x2.shuffle(e0, e1, 0, 2);
  let scale = i64x2.add(i64x2.shuffle(e0, e1, 1, 3), i64x2.shl(z, 44));
  if (split) scale = i64x2.sub(scale, adjust);
  const r2 = f64x2.mul(r, r);
  let q: v128;
  if (long) {
    const u = XL64;
    q = madd<f64>(r2, madd<f64>(r, v128.load(u, 48), v128.load(u, 32)), madd<f64>(r, v128.load(u, 16), v128.load(u)));
  } else {
    q = madd<f64>(r2, v128.load(t, 96), madd<f64>(r, v128.load(t, 80), v128.load(t, 64)));
  }
  if (noR) {
    expS = scale;
    return madd<f64>(r2, q, tail);
  }
  const tmp = madd<f64>(r2, q, f64x2.add(tail, r));
  if (whole) return madd<f64>(scale, tmp, scale);
  expS = scale;
  return tmp;
}

/** z = x 256/ln2 + 1.5·2^52: its low bits hold the integer nearest x 256/ln2 (|x| < 2^40). */
@inline export function expZ64(x: v128): v128 {
  return madd<f64>(x, v128.load(X64), v128.load(X64, 16));
}

/** r = x − n ln2/256, n = z − 1.5·2^52 (Cody–Waite: n ln2hi and the first subtraction are exact). */
@inline export function expR64(x: v128, z: v128): v128 {
  const kd = f64x2.sub(z, v128.load(X64, 16));
  return madd<f64>(kd, v128.load(X64, 48), madd<f64>(kd, v128.load(X64, 32), x));
}

/** The exact first part of r: x − n ln2hi. */
@inline export function expRHi64(x: v128, z: v128): v128 {
  return madd<f64>(f64x2.sub(z, v128.load(X64, 16)), v128.load(X64, 32), x);
}

/** The second part of r: −n ln2lo. */
@inline export function expRLo64(z: v128): v128 {
  return f64x2.mul(f64x2.sub(z, v128.load(X64, 16)), v128.load(X64, 48));
}

/** e^(x + xlo) as expTable64 gives it (see there); xlo (with `lo`) small: |xlo| < 2^-40. */
@inline export function expParts64(x: v128, xlo: v128, lo: bool, whole: bool, split: bool, adjust: v128): v128 {
  const z = expZ64(x);
  let r = expR64(x, z);
  if (lo) r = f64x2.add(r, xlo);
  return expTable64(z, r, whole, split, adjust);
}

// k >> 1 for the split scaling of the slow paths, from x clamped to [−746, 709.79].
@inline export function expHalfK64(x: v128): v128 {
  return halfK64(expZ64(x));
}

/** k >> 1 from a z whose low bits hold 256 k + j (|k| < 2^11). */
@inline export function halfK64(z: v128): v128 {
  return i32x4.shr_s(i64x2.sub(z, v128.load(X64, 16)), 9); // the 32-bit shift of each half is the 64-bit one here
}

/** 2^k for integer lanes k (i64x2, −1022 ≤ k ≤ 1023). */
@inline export function pow2i64(k: v128): v128 {
  return i64x2.shl(i64x2.add(k, v128.load(I64)), 52);
}

/** x clamped to [−746, 709.79], where exp is 0 and inf beyond; NaN stays NaN. */
@inline export function expClamp64(x: v128): v128 {
  return f64x2.pmax(f64x2.pmin(x, v128.load(X64, 112)), v128.load(X64, 128));
}

// Any lane: x clamped to where exp is neither 0 nor inf for sure (NaN stays NaN), and 2^k split
// as 2^(k − k2) · 2^k2, k2 = k >> 1, so both factors are normal and a subnormal result is
// rounded once at the end. Lanes with normal results get the fast path's bits.
@inline function slow64(x: v128): v128 {
  x = expClamp64(x);
  const k2 = expHalfK64(x);
  return f64x2.mul(expParts64(x, x, false, true, true, i64x2.shl(k2, 52)), pow2i64(k2));
}

/** Whether some lane has |x| > 708 or is NaN (f64x2). */
@inline export function expOutside64(x: v128): i32 {
  return i8x16.bitmask(i64x2.gt_s(v128.and(x, v128.load(XI64)), v128.load(XI64, 16)));
}

@inline export function vexp64(x: v128): v128 {
  if (expOutside64(x)) return slow64(x);
  return expParts64(x, x, false, true, false, x);
}

@inline function vexp32(x: v128): v128 {
  const t = F32;
  x = f32x4.pmax(f32x4.pmin(x, v128.load(t)), v128.load(t, 16));
  const shift = v128.load(t, 48);
  let kd = madd<f32>(x, v128.load(t, 32), shift);
  const k = i32x4.sub(kd, shift);
  kd = f32x4.sub(kd, shift);
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(kd, v128.load(t, 64))), f32x4.mul(kd, v128.load(t, 80)));
  const k1 = i32x4.shr_s(k, 1);
  const bias = v128.load(I32);
  const s1 = i32x4.shl(i32x4.add(k1, bias), 23);
  const s2 = i32x4.shl(i32x4.add(i32x4.sub(k, k1), bias), 23);
  return f32x4.mul(f32x4.mul(table32(r), s1), s2);
}

// While every lane is within ±87 the result is normal: 2^k goes straight into the exponent field
// and the clamps are not needed.
@inline function fast32(x: v128): v128 {
  const t = F32;
  const shift = v128.load(t, 48);
  let kd = madd<f32>(x, v128.load(t, 32), shift);
  const scale = i32x4.shl(kd, 23);
  kd = f32x4.sub(kd, shift);
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(kd, v128.load(t, 64))), f32x4.mul(kd, v128.load(t, 80)));
  return i32x4.add(table32(r), scale);
}

/** exp of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vexp<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return vexp64(x);
  if (i32x4.all_true(f32x4.le(f32x4.abs(x), v128.load(F32, 208)))) return fast32(x);
  return vexp32(x);
}

/** exp of one value, by the same lanes (so tails and strided paths match the vector loops bit for bit). */
@inline export function sexp<T>(x: T): T {
  return v128.extract_lane<T>(vexp<T>(v128.splat<T>(x)), 0);
}

/**
 * e^x + 1 of f32x4 lanes for 0 ≤ x ≤ 87, NaN → NaN, with its constants (F32 at 32…176) given:
 * (2^k + 1) + 2^k (e^r − 1), one rounding where exp and then + 1 would make two (2^k + 1 is exact
 * while k ≤ 23; beyond, the 1 lies below the result's last place).
 */
@inline export function expPlusOne32(x: v128, inv: v128, shift: v128, hi: v128, lo: v128, one: v128,
  c2: v128, c3: v128, c4: v128, c5: v128, c6: v128): v128 {
  let kd = madd<f32>(x, inv, shift);
  const scale = i32x4.add(i32x4.shl(kd, 23), one);
  kd = f32x4.sub(kd, shift);
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(kd, hi)), f32x4.mul(kd, lo));
  return madd<f32>(scale, tail32(r, c2, c3, c4, c5, c6), f32x4.add(scale, one));
}

// One sumExp term: the floor, then k in the exponent field (the shifted kd's bits moved up by the
// mantissa width are exactly k << width: the shift constant's own bits move out).
@inline function term64(x: v128, floor: v128, inv: v128, shift: v128, hi: v128, lo: v128, one: v128, c2: v128, c3: v128, c4: v128, c5: v128, c6: v128, c7: v128, c8: v128, c9: v128, c10: v128, c11: v128): v128 {
  const xc = f64x2.pmax(x, floor);
  let kd = madd<f64>(xc, inv, shift);
  const scale = i64x2.shl(kd, 52);
  kd = f64x2.sub(kd, shift);
  const r = f64x2.sub(f64x2.sub(xc, f64x2.mul(kd, hi)), f64x2.mul(kd, lo));
  return i64x2.add(poly64(r, one, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11), scale);
}

@inline function term32(x: v128, floor: v128, inv: v128, shift: v128, hi: v128, lo: v128, one: v128, c2: v128, c3: v128, c4: v128, c5: v128, c6: v128): v128 {
  const xc = f32x4.pmax(x, floor);
  let kd = madd<f32>(xc, inv, shift);
  const scale = i32x4.shl(kd, 23);
  kd = f32x4.sub(kd, shift);
  const r = f32x4.sub(f32x4.sub(xc, f32x4.mul(kd, hi)), f32x4.mul(kd, lo));
  return i32x4.add(poly32(r, one, c2, c3, c4, c5, c6), scale);
}

@inline function sumExp64(x: usize, c: i32, m: f64): f64 {
  const t = F64;
  const floor = v128.load(t, 272), inv = v128.load(t, 32), shift = v128.load(t, 48), hi = v128.load(t, 64), lo = v128.load(t, 80);
  const one = v128.load(t, 96), c2 = v128.load(t, 112), c3 = v128.load(t, 128), c4 = v128.load(t, 144), c5 = v128.load(t, 160);
  const c6 = v128.load(t, 176), c7 = v128.load(t, 192), c8 = v128.load(t, 208), c9 = v128.load(t, 224), c10 = v128.load(t, 240), c11 = v128.load(t, 256);
  const vm = f64x2.splat(m);
  let s0 = f64x2.splat(0);
  let s1 = s0;
  let i = 0;
  for (; i + 8 <= c; i += 8) {
    s0 = f64x2.add(s0, term64(f64x2.sub(v128.load(x), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11));
    s1 = f64x2.add(s1, term64(f64x2.sub(v128.load(x, 16), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11));
    s0 = f64x2.add(s0, term64(f64x2.sub(v128.load(x, 32), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11));
    s1 = f64x2.add(s1, term64(f64x2.sub(v128.load(x, 48), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11));
    x += 64;
  }
  for (; i + 2 <= c; i += 2) {
    s0 = f64x2.add(s0, term64(f64x2.sub(v128.load(x), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11));
    x += 16;
  }
  const s = f64x2.add(s0, s1);
  let sum = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < c; i++) {
    sum += sexp<f64>(load<f64>(x) - m);
    x += 8;
  }
  return sum;
}

@inline function sumExp32(x: usize, c: i32, m: f32): f32 {
  const t = F32;
  const floor = v128.load(t, 192), inv = v128.load(t, 32), shift = v128.load(t, 48), hi = v128.load(t, 64), lo = v128.load(t, 80);
  const one = v128.load(t, 96), c2 = v128.load(t, 112), c3 = v128.load(t, 128), c4 = v128.load(t, 144), c5 = v128.load(t, 160), c6 = v128.load(t, 176);
  const vm = f32x4.splat(m);
  let s0 = f32x4.splat(0);
  let s1 = s0;
  let i = 0;
  for (; i + 16 <= c; i += 16) {
    s0 = f32x4.add(s0, term32(f32x4.sub(v128.load(x), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6));
    s1 = f32x4.add(s1, term32(f32x4.sub(v128.load(x, 16), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6));
    s0 = f32x4.add(s0, term32(f32x4.sub(v128.load(x, 32), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6));
    s1 = f32x4.add(s1, term32(f32x4.sub(v128.load(x, 48), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6));
    x += 64;
  }
  for (; i + 4 <= c; i += 4) {
    s0 = f32x4.add(s0, term32(f32x4.sub(v128.load(x), vm), floor, inv, shift, hi, lo, one, c2, c3, c4, c5, c6));
    x += 16;
  }
  let s = f32x4.add(s0, s1);
  s = f32x4.add(s, i32x4.shuffle(s, s, 2, 3, 0, 1));
  s = f32x4.add(s, i32x4.shuffle(s, s, 1, 0, 3, 2));
  let sum = f32x4.extract_lane(s, 0);
  for (; i < c; i++) {
    sum += sexp<f32>(load<f32>(x) - m);
    x += 4;
  }
  return sum;
}

/** Σ exp(x_i − m) over c contiguous elements, m their maximum (see sumExp above). */
@inline export function sumExp<T>(x: usize, c: i32, m: T): T {
  if (sizeof<T>() == 8) return <T>sumExp64(x, c, <f64>m);
  return <T>sumExp32(x, c, <f32>m);
}
