// float32 tanh: the library's loop and the alternatives measured against it (bench/ceiling.bench.mjs).
// Every variant runs two vectors a step with its constants in registers, as the library's does.
import { tanhPairs32 } from "../../assembly/math/tanh";
import { F32 as E, expPlusOne32 } from "../../assembly/math/exp";

/** The library: polynomial below 0.8, 1 − 2/(e^2x + 1) above, both computed, one selected. */
export function tanh32_library(out: usize, a: usize, n: i32): void {
  tanhPairs32(out, a, n);
}

@inline function expHalf(x: v128, sgn: v128, clamp: v128, one: v128, two: v128, inv: v128, shift: v128, hi: v128, lo: v128,
  c2: v128, c3: v128, c4: v128, c5: v128, c6: v128): v128 {
  const sign = v128.and(x, sgn);
  const ax = v128.xor(x, sign);
  const s = expPlusOne32(f32x4.pmin(f32x4.add(ax, ax), clamp), inv, shift, hi, lo, one, c2, c3, c4, c5, c6);
  return v128.or(f32x4.sub(one, f32x4.div(two, s)), sign);
}

/** Only the exp-and-division half of the library's tanh (wrong below 0.8). */
export function tanh32_exp_half(out: usize, a: usize, n: i32): void {
  const sgn = i32x4.splat(i32.MIN_VALUE), clamp = f32x4.splat(20), one = f32x4.splat(1), two = f32x4.splat(2);
  const inv = v128.load(E, 32), shift = v128.load(E, 48), hi = v128.load(E, 64), lo = v128.load(E, 80);
  const c2 = v128.load(E, 112), c3 = v128.load(E, 128), c4 = v128.load(E, 144), c5 = v128.load(E, 160), c6 = v128.load(E, 176);
  for (let i: usize = 0; i < (<usize>n << 2); i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    v128.store(out + i, expHalf(x0, sgn, clamp, one, two, inv, shift, hi, lo, c2, c3, c4, c5, c6));
    v128.store(out + i, expHalf(x1, sgn, clamp, one, two, inv, shift, hi, lo, c2, c3, c4, c5, c6), 16);
  }
}

@inline function polyHalf(x: v128, p0: v128, p1: v128, p2: v128, p3: v128, p4: v128, p5: v128): v128 {
  const z = f32x4.mul(x, x), z2 = f32x4.mul(z, z);
  const p = f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(f32x4.add(f32x4.mul(p5, z), p4), z2), f32x4.add(f32x4.mul(p3, z), p2)), z2), f32x4.add(f32x4.mul(p1, z), p0));
  return f32x4.add(f32x4.mul(f32x4.mul(x, z), p), x);
}

/** Only the polynomial half of the library's tanh (wrong above 0.8). */
export function tanh32_poly_half(out: usize, a: usize, n: i32): void {
  const p0 = f32x4.splat(-0.33333298563957214), p1 = f32x4.splat(0.13332241773605347), p2 = f32x4.splat(-0.0538535974919796);
  const p3 = f32x4.splat(0.02130652591586113), p4 = f32x4.splat(-0.007414169609546661), p5 = f32x4.splat(0.0015870383940637112);
  for (let i: usize = 0; i < (<usize>n << 2); i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    v128.store(out + i, polyHalf(x0, p0, p1, p2, p3, p4, p5));
    v128.store(out + i, polyHalf(x1, p0, p1, p2, p3, p4, p5), 16);
  }
}

// tanh x ≈ x P(x²) / Q(x²) on |x| ≤ 9.05 (clamped beyond), P and Q of degree 4, minimax under
// relative error (0.36 ulp of float32), fitted by bench/ceiling/fit_tanh_rational.py.
const RP = memory.data<f64>([0.9999999783464474, 0.13377754446411855, 0.0034917028253602235, 2.0545105979021847e-05, 1.3265847348927009e-08]);
const RQ = memory.data<f64>([1.0, 0.4671106914876053, 0.025862201918780008, 0.00032792795531846696, 7.740248568302372e-07]);

@inline function ratio<T>(x: v128): v128 {
  const s = v128.mul<T>(x, x);
  let p = v128.splat<T>(<T>load<f64>(RP, 32)), q = v128.splat<T>(<T>load<f64>(RQ, 32));
  p = v128.add<T>(v128.mul<T>(p, s), v128.splat<T>(<T>load<f64>(RP, 24)));
  q = v128.add<T>(v128.mul<T>(q, s), v128.splat<T>(<T>load<f64>(RQ, 24)));
  p = v128.add<T>(v128.mul<T>(p, s), v128.splat<T>(<T>load<f64>(RP, 16)));
  q = v128.add<T>(v128.mul<T>(q, s), v128.splat<T>(<T>load<f64>(RQ, 16)));
  p = v128.add<T>(v128.mul<T>(p, s), v128.splat<T>(<T>load<f64>(RP, 8)));
  q = v128.add<T>(v128.mul<T>(q, s), v128.splat<T>(<T>load<f64>(RQ, 8)));
  p = v128.add<T>(v128.mul<T>(p, s), v128.splat<T>(<T>load<f64>(RP)));
  q = v128.add<T>(v128.mul<T>(q, s), v128.splat<T>(<T>load<f64>(RQ)));
  return v128.div<T>(v128.mul<T>(x, p), q);
}

/** The rational in float32 lanes: one path, no exp, but its roundings add up to several ulp. */
export function tanh32_rational_f32(out: usize, a: usize, n: i32): void {
  const cl = f32x4.splat(9.05), ncl = f32x4.splat(-9.05);
  for (let i: usize = 0; i < (<usize>n << 2); i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    v128.store(out + i, ratio<f32>(f32x4.pmax(f32x4.pmin(x0, cl), ncl)));
    v128.store(out + i, ratio<f32>(f32x4.pmax(f32x4.pmin(x1, cl), ncl)), 16);
  }
}

@inline function ratioF64(x: v128): v128 {
  const lo = f32x4.demote_f64x2_zero(ratio<f64>(f64x2.promote_low_f32x4(x)));
  const hi = f32x4.demote_f64x2_zero(ratio<f64>(f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 2, 3))));
  return i64x2.shuffle(lo, hi, 0, 2);
}

/** The rational in float64 lanes, rounded once to float32: within 1 ulp, two f64x2 divisions per vector. */
export function tanh32_rational_f64(out: usize, a: usize, n: i32): void {
  const cl = f32x4.splat(9.05), ncl = f32x4.splat(-9.05);
  for (let i: usize = 0; i < (<usize>n << 2); i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    v128.store(out + i, ratioF64(f32x4.pmax(f32x4.pmin(x0, cl), ncl)));
    v128.store(out + i, ratioF64(f32x4.pmax(f32x4.pmin(x1, cl), ncl)), 16);
  }
}
