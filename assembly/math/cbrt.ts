// Vectorised cube root, f64x2 and f32x4.
//
// f64: FreeBSD's s_cbrt.c, lane-parallel, on |x| with the sign put back: a first guess from the
// exponent bits (high word / 3 + B1, the division by 3 as a multiply by 0xAAAAAAAB and a shift),
// a polynomial step to 23 bits, rounding to 23 bits, and one Newton step to 53 bits: error below
// 0.667 ulp. Subnormals take the guess from x·2^54 (with B2); ±0, ±inf and NaN are returned as
// they are.
//
// f32: through float64 lanes (widen.ts).

import { highF64, lowF64, narrowF32 } from "./widen";

const C64 = memory.data<f64>([
  // 0…64: P0…P4
  1.87595182427177009643, 1.87595182427177009643,
  -1.88497979543377169875, -1.88497979543377169875,
  1.621429720105354466140, 1.621429720105354466140,
  -0.758397934778766047437, -0.758397934778766047437,
  0.145996192886612446982, 0.145996192886612446982,
  18014398509481984.0, 18014398509481984.0, // 80: 2^54
], 16);
const I64 = memory.data<i64>([
  715094163, 715094163, // 0: B1
  696219795, 696219795, // 16: B2
  0x80000000, 0x80000000, // 32
  0xFFFFFFFFC0000000, 0xFFFFFFFFC0000000, // 48: the top 23 significant bits
  i64.MIN_VALUE, i64.MIN_VALUE, // 64: the sign
  0x0010000000000000, 0x0010000000000000, // 80: bits of the smallest normal
  0x7FEFFFFFFFFFFFFF, 0x7FEFFFFFFFFFFFFF, // 96: bits of the largest finite
], 16);
const MAGIC = memory.data<u32>([0xAAAAAAAB, 0xAAAAAAAB, 0xAAAAAAAB, 0xAAAAAAAB], 16);

// cbrt a for positive normal a; the first guess from g (a itself, or a·2^54 with `bias` B2).
@inline function core64(a: v128, g: v128, bias: v128): v128 {
  const t0 = C64;
  const hx = i32x4.shuffle(g, g, 1, 3, 1, 3);
  const q = i64x2.shr_u(i64x2.extmul_low_i32x4_u(hx, v128.load(MAGIC)), 33); // hx / 3
  let t = i64x2.shl(i64x2.add(q, bias), 32);
  let r = f64x2.mul(f64x2.mul(t, t), f64x2.div(t, a));
  const p = f64x2.add(
    f64x2.add(v128.load(t0), f64x2.mul(r, f64x2.add(v128.load(t0, 16), f64x2.mul(r, v128.load(t0, 32))))),
    f64x2.mul(f64x2.mul(f64x2.mul(r, r), r), f64x2.add(v128.load(t0, 48), f64x2.mul(r, v128.load(t0, 64)))));
  t = f64x2.mul(t, p);
  t = v128.and(i64x2.add(t, v128.load(I64, 32)), v128.load(I64, 48));
  const s = f64x2.mul(t, t);
  r = f64x2.div(a, s);
  const w = f64x2.add(t, t);
  r = f64x2.div(f64x2.sub(r, t), f64x2.add(w, r));
  return f64x2.add(t, f64x2.mul(t, r));
}

function slow64(a: v128): v128 {
  const tiny = i64x2.gt_s(v128.load(I64, 80), a);
  const g = v128.bitselect(f64x2.mul(a, v128.load(C64, 80)), a, tiny);
  const y = core64(a, g, v128.bitselect(v128.load(I64, 16), v128.load(I64), tiny));
  // ±0, inf, NaN: themselves
  const keep = v128.or(f64x2.eq(a, f64x2.splat(0)), i64x2.gt_s(a, v128.load(I64, 96)));
  return v128.bitselect(a, y, keep);
}

function cbrt64(x: v128): v128 {
  const sign = v128.and(x, v128.load(I64, 64));
  const a = v128.xor(x, sign);
  const out = v128.or(i64x2.gt_s(v128.load(I64, 80), a), i64x2.gt_s(a, v128.load(I64, 96)));
  const y = i8x16.bitmask(out) ? slow64(a) : core64(a, a, v128.load(I64));
  return v128.or(y, sign);
}

/** Cube root of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vcbrt<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return cbrt64(x);
  return narrowF32(cbrt64(lowF64(x)), cbrt64(highF64(x)));
}
