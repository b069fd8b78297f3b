// float32 sin: the library's loop and the alternatives measured against it (bench/ceiling.bench.mjs).
import { sincosPairs32 } from "../../assembly/math/trig32";

/** The library: 3-piece reduction with its rounding carried (y + yl), sin and cos polynomials, slow lanes patched. */
export function sin32_library(out: usize, a: usize, n: i32): void {
  sincosPairs32(false, out, a, n);
}

// The library's fast path for sin (trig32.ts: sincosFast32), its constants read from memory at
// each use as there (in registers they spill: slower). `carry`: y's rounding error yl is carried
// into both polynomials (the library), or dropped. No slow path: lanes beyond 4096 or near
// multiples of π/2 are left as they come (the accuracy check includes them).
const T = memory.data<f32>([
  0.6366197466850281, 0.6366197466850281, 0.6366197466850281, 0.6366197466850281, // 0: 2/π
  12582912.0, 12582912.0, 12582912.0, 12582912.0, // 16: 1.5 · 2^23
  -1.57080078125, -1.57080078125, -1.57080078125, -1.57080078125, // 32: −π/2 in three pieces
  4.453584551811218e-06, 4.453584551811218e-06, 4.453584551811218e-06, 4.453584551811218e-06, // 48
  8.705515752716053e-10, 8.705515752716053e-10, 8.705515752716053e-10, 8.705515752716053e-10, // 64
  1.0, 1.0, 1.0, 1.0, // 80
  0.5, 0.5, 0.5, 0.5, // 96
  -0.16666653752326965, -0.16666653752326965, -0.16666653752326965, -0.16666653752326965, // 112: S1…S3
  0.008332150988280773, 0.008332150988280773, 0.008332150988280773, 0.008332150988280773,
  -0.0001951398007804528, -0.0001951398007804528, -0.0001951398007804528, -0.0001951398007804528,
  0.04166661947965622, 0.04166661947965622, 0.04166661947965622, 0.04166661947965622, // 160: C2…C4
  -0.0013886663364246488, -0.0013886663364246488, -0.0013886663364246488, -0.0013886663364246488,
  2.4381875846302137e-05, 2.4381875846302137e-05, 2.4381875846302137e-05, 2.4381875846302137e-05,
], 16);
const I = memory.data<i32>([0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, i32.MIN_VALUE, i32.MIN_VALUE, i32.MIN_VALUE, i32.MIN_VALUE], 16);

@inline function fastSin(x: v128, carry: bool): v128 {
  const a = v128.and(x, v128.load(I));
  const shift = v128.load(T, 16);
  const z = f32x4.add(f32x4.mul(a, v128.load(T)), shift);
  const nn = f32x4.sub(z, shift);
  const y1 = f32x4.add(f32x4.mul(nn, v128.load(T, 32)), a);
  const q2 = f32x4.mul(nn, v128.load(T, 48));
  const y2 = f32x4.add(y1, q2);
  const q3 = f32x4.mul(nn, v128.load(T, 64));
  const y = f32x4.add(y2, q3);
  const yy = f32x4.mul(y, y);
  const sp = f32x4.add(f32x4.mul(yy, f32x4.add(f32x4.mul(yy, v128.load(T, 144)), v128.load(T, 128))), v128.load(T, 112));
  const cp = f32x4.add(f32x4.mul(yy, f32x4.add(f32x4.mul(yy, v128.load(T, 192)), v128.load(T, 176))), v128.load(T, 160));
  const one = v128.load(T, 80);
  const hz = f32x4.mul(yy, v128.load(T, 96));
  const w = f32x4.sub(one, hz);
  let sn: v128, cs: v128;
  if (carry) {
    const yl = f32x4.add(f32x4.add(f32x4.sub(y1, y2), q2), f32x4.add(f32x4.sub(y2, y), q3));
    sn = f32x4.add(y, f32x4.add(f32x4.mul(f32x4.mul(y, yy), sp), yl));
    cs = f32x4.add(w, f32x4.add(f32x4.sub(f32x4.sub(one, w), hz), f32x4.sub(f32x4.mul(f32x4.mul(yy, yy), cp), f32x4.mul(y, yl))));
  } else {
    sn = f32x4.add(y, f32x4.mul(f32x4.mul(y, yy), sp));
    cs = f32x4.add(w, f32x4.mul(f32x4.mul(yy, yy), cp));
  }
  const r = v128.bitselect(cs, sn, i32x4.shr_s(i32x4.shl(z, 31), 31));
  return v128.xor(r, v128.and(v128.xor(i32x4.shl(z, 30), x), v128.load(I, 16)));
}

@inline function run(out: usize, a: usize, n: i32, carry: bool): void {
  for (let i: usize = 0; i < (<usize>n << 2); i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    v128.store(out + i, fastSin(x0, carry));
    v128.store(out + i, fastSin(x1, carry), 16);
  }
}

/** The library's fast path alone: no test for slow lanes. */
export function sin32_fast_path(out: usize, a: usize, n: i32): void { run(out, a, n, true); }

/** The fast path without carrying y's rounding error. */
export function sin32_no_carry(out: usize, a: usize, n: i32): void { run(out, a, n, false); }
