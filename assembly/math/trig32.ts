// sin and cos of float32 lanes through f32x4 (four lanes a vector), no float64 on the common path.
//
// On a = |x| (sin is odd: its sign is put back at the end, so sin(±0) = ±0 for free; cos is
// even): a = n π/2 + y, n = round(a 2/π), π/2 in three pieces, the first two 12 bits long so that
// n·piece is exact for n < 2^11 (a ≤ 4096), the roundings of the two subtractions recovered
// (Fast2Sum) and carried as y + yl. By the quadrant n mod 4 (n + 1 for cos):
//   ±sin(y + yl) = ±(y + (y³ S(y²) + yl)),
//   ±cos(y + yl) = ±(w + (((1 − w) − y²/2) + (y⁴ C(y²) − y yl))),  w = 1 − y²/2 rounded,
// on |y| ≤ π/4, S and C minimax (test/fixtures/fit_math.py). Every intermediate error together
// stays below 0.6 ulp before the last rounding: within 1 ulp of the correctly rounded result
// (every float32 checked by test/scripts/vmath-soak.mjs).
// Lanes beyond 4096 (and inf, NaN), and those where y lost more than ten bits to cancellation
// (a close to a multiple of π/2, where the 48-bit π/2 is not enough), take the float64 kernel of
// trig.ts, lane by lane, so each lane's bits are its own whatever its neighbours.

import { madd } from "../simd";
import { trig32 } from "./trig";

const T = memory.data<f32>([
  0.6366197466850281, 0.6366197466850281, 0.6366197466850281, 0.6366197466850281, // 0: 2/π
  12582912.0, 12582912.0, 12582912.0, 12582912.0, // 16: 1.5 · 2^23
  -1.57080078125, -1.57080078125, -1.57080078125, -1.57080078125, // 32: −π/2, first 12 bits
  4.453584551811218e-06, 4.453584551811218e-06, 4.453584551811218e-06, 4.453584551811218e-06, // 48: the next 12
  8.705515752716053e-10, 8.705515752716053e-10, 8.705515752716053e-10, 8.705515752716053e-10, // 64: the next 24
  1.0, 1.0, 1.0, 1.0, // 80
  0.0, 0.0, 0.0, 0.0, // 96
  0.5, 0.5, 0.5, 0.5, // 112
  // 128…160: S1…S3
  -0.16666653752326965, -0.16666653752326965, -0.16666653752326965, -0.16666653752326965,
  0.008332150988280773, 0.008332150988280773, 0.008332150988280773, 0.008332150988280773,
  -0.0001951398007804528, -0.0001951398007804528, -0.0001951398007804528, -0.0001951398007804528,
  // 176…208: C2…C4
  0.04166661947965622, 0.04166661947965622, 0.04166661947965622, 0.04166661947965622,
  -0.0013886663364246488, -0.0013886663364246488, -0.0013886663364246488, -0.0013886663364246488,
  2.4381875846302137e-05, 2.4381875846302137e-05, 2.4381875846302137e-05, 2.4381875846302137e-05,
], 16);

const I = memory.data<i32>([
  0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, // 0: |x|
  i32.MIN_VALUE, i32.MIN_VALUE, i32.MIN_VALUE, i32.MIN_VALUE, // 16: the sign
  0x45800000, 0x45800000, 0x45800000, 0x45800000, // 32: bits(4096)
  1, 1, 1, 1, // 48
  10 << 23, 10 << 23, 10 << 23, 10 << 23, // 64: 2^10 in the exponent field
], 16);

/** The lanes the fast path leaves to the slow one (all bits set), from the last sincosFast32. */
export let sincosBad: v128 = i64x2.splat(0);

/** sin or cos of f32x4 lanes by the fast path; sets sincosBad. */
@inline export function sincosFast32(x: v128, cos: bool): v128 {
  const t = T;
  const a = v128.and(x, v128.load(I));
  const shift = v128.load(t, 16);
  const z = madd<f32>(a, v128.load(t), shift);
  const n = f32x4.sub(z, shift);
  const y1 = madd<f32>(n, v128.load(t, 32), a);
  const p2 = f32x4.mul(n, v128.load(t, 48));
  const y2 = f32x4.add(y1, p2);
  const p3 = f32x4.mul(n, v128.load(t, 64));
  const y = f32x4.add(y2, p3);
  const yl = f32x4.add(f32x4.add(f32x4.sub(y1, y2), p2), f32x4.add(f32x4.sub(y2, y), p3));
  const yy = f32x4.mul(y, y);
  // sin: y + (y³ S(y²) + yl)
  const sp = madd<f32>(yy, madd<f32>(yy, v128.load(t, 160), v128.load(t, 144)), v128.load(t, 128));
  const sn = f32x4.add(y, madd<f32>(f32x4.mul(y, yy), sp, yl));
  // cos: w = 1 − y²/2 with its rounding error recovered (fdlibm's __kernel_cos), then the rest
  const cp = madd<f32>(yy, madd<f32>(yy, v128.load(t, 208), v128.load(t, 192)), v128.load(t, 176));
  const hz = f32x4.mul(yy, v128.load(t, 112));
  const one = v128.load(t, 80);
  const w = f32x4.sub(one, hz);
  const cs = f32x4.add(w, f32x4.add(f32x4.sub(f32x4.sub(one, w), hz), f32x4.sub(f32x4.mul(f32x4.mul(yy, yy), cp), f32x4.mul(y, yl))));
  // n's low bits are z's: odd quadrants take cos (sin), bit 1 the sign
  const q = cos ? i32x4.add(z, v128.load(I, 48)) : z;
  let r = v128.bitselect(cs, sn, i32x4.shr_s(i32x4.shl(q, 31), 31));
  let sign = i32x4.shl(q, 30);
  if (!cos) sign = v128.xor(sign, x);
  r = v128.xor(r, v128.and(sign, v128.load(I, 16)));
  // beyond 4096 (and NaN, inf), or |y| < 2^-10 a (y subnormal or 0 included):
  // as integers: a > min(bits(2^10 |y|), bits(4096)); NaN, inf compare above
  const yk = i32x4.add(v128.and(y, v128.load(I)), v128.load(I, 64));
  sincosBad = i32x4.gt_s(a, i32x4.min_s(yk, v128.load(I, 32)));
  return r;
}

// The float64 path, out of line: the common loop carries no live values across a call.
function sinLarge32(x: v128): v128 { return trig32(x, 0, true); }
function cosLarge32(x: v128): v128 { return trig32(x, 1, true); }

/** r with the lanes in bad replaced by the slow path's sin or cos of x. */
@inline export function sincosFix32(x: v128, r: v128, bad: v128, cos: bool): v128 {
  return v128.bitselect(cos ? cosLarge32(x) : sinLarge32(x), r, bad);
}

/** sin (cos = false) or cos (cos = true) of f32x4 lanes. */
@inline export function vsincos32(x: v128, cos: bool): v128 {
  const r = sincosFast32(x, cos);
  const bad = sincosBad;
  if (!v128.any_true(bad)) return r;
  return sincosFix32(x, r, bad, cos);
}

/**
 * out[i] = sin (cos = false) or cos of a[i] over contiguous float32 elements, two vectors a step
 * with one test for lanes that need the slow path: the two vectors' work overlaps where one
 * branch each would order it. Returns how many elements it did (a multiple of 8, at most n);
 * each element gets vsincos32's bits.
 */
@inline export function sincosPairs32(cos: bool, out: usize, a: usize, n: i32): i32 {
  const end = <usize>(n & ~7) << 2;
  for (let i: usize = 0; i < end; i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    let r0 = sincosFast32(x0, cos);
    const b0 = sincosBad;
    let r1 = sincosFast32(x1, cos);
    const b1 = sincosBad;
    if (v128.any_true(v128.or(b0, b1))) {
      r0 = sincosFix32(x0, r0, b0, cos);
      r1 = sincosFix32(x1, r1, b1, cos);
    }
    v128.store(out + i, r0);
    v128.store(out + i, r1, 16);
  }
  return n & ~7;
}
