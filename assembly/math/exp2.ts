// Vectorised 2^x, f64x2 and f32x4.
//
// f64: x = n/256 + r' with n the integer nearest 256 x and |r'| ≤ 1/512, both exact (256 x is,
// and r' = x − n/256 by Sterbenz), then 2^x = 2^(n/256) e^r, r = r' ln 2 (its rounding costs
// 2^-62 of the result), through exp's table (exp.ts: expTable64). While |x| ≤ 1022 the result is
// normal; otherwise x is clamped to [−1080, 1025] and 2^k split in two factors as exp does, so a
// subnormal result is rounded once and overflow gives inf: +inf → inf, −inf → 0, NaN → NaN.
//
// f32: x = k + r', k the integer nearest x, 2^r' = 1 + r'·P(r') on |r'| ≤ 1/2 (minimax,
// test/fixtures/fit_math.py), then 2^k added to the exponent field; in float32 lanes throughout.

import { madd } from "../simd";
import { expTable64, halfK64, pow2i64 } from "./exp";

const X64 = memory.data<f64>([
  256.0, 256.0, // 0
  6755399441055744.0, 6755399441055744.0, // 16: 1.5 · 2^52
  -0.00390625, -0.00390625, // 32: −1/256
  0.6931471805599453, 0.6931471805599453, // 48: ln 2
  1025.0, 1025.0, // 64: upper clamp
  -1080.0, -1080.0, // 80: lower clamp
], 16);
const XI64 = memory.data<i64>([
  0x7FFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, // 0: |x|
  0x408FF00000000000, 0x408FF00000000000, // 16: bits(1022)
], 16);

@inline function parts64(x: v128, split: bool): v128 {
  const t = X64;
  const z = madd<f64>(x, v128.load(t), v128.load(t, 16));
  const n = f64x2.sub(z, v128.load(t, 16));
  const r = f64x2.mul(madd<f64>(n, v128.load(t, 32), x), v128.load(t, 48));
  if (!split) return expTable64(z, r, true, false, x);
  const k2 = halfK64(z);
  return f64x2.mul(expTable64(z, r, true, true, i64x2.shl(k2, 52)), pow2i64(k2));
}

function slow64(x: v128): v128 {
  return parts64(f64x2.pmax(f64x2.pmin(x, v128.load(X64, 64)), v128.load(X64, 80)), true);
}

@inline function vexp2_64(x: v128): v128 {
  if (i8x16.bitmask(i64x2.gt_s(v128.and(x, v128.load(XI64)), v128.load(XI64, 16)))) return slow64(x);
  return parts64(x, false);
}

/** 2^x of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vexp2<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return vexp2_64(x);
  return vexp2_32(x);
}

const X32 = memory.data<f32>([
  12582912.0, 12582912.0, 12582912.0, 12582912.0, // 0: 1.5 · 2^23
  129.0, 129.0, 129.0, 129.0, // 16: upper clamp
  -151.0, -151.0, -151.0, -151.0, // 32: lower clamp
  1.0, 1.0, 1.0, 1.0, // 48
  // 64…144: 2^r = 1 + r (P0 + P1 r + … + P5 r^5) on |r| ≤ 1/2
  0.6931471824645996, 0.6931471824645996, 0.6931471824645996, 0.6931471824645996,
  0.24022647738456726, 0.24022647738456726, 0.24022647738456726, 0.24022647738456726,
  0.055503323674201965, 0.055503323674201965, 0.055503323674201965, 0.055503323674201965,
  0.00961843691766262, 0.00961843691766262, 0.00961843691766262, 0.00961843691766262,
  0.0013398873852565885, 0.0013398873852565885, 0.0013398873852565885, 0.0013398873852565885,
  0.0001535336341476068, 0.0001535336341476068, 0.0001535336341476068, 0.0001535336341476068,
], 16);
const XI32 = memory.data<i32>([
  0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, // 0: |x|
  0x42FC0000, 0x42FC0000, 0x42FC0000, 0x42FC0000, // 16: bits(126)
  127, 127, 127, 127, // 32
], 16);

// 2^r' for |r'| ≤ 1/2 and k << 23 from x (z holds k in its low bits).
@inline function poly32(x: v128, z: v128): v128 {
  const t = X32;
  const r = f32x4.sub(x, f32x4.sub(z, v128.load(t)));
  const r2 = f32x4.mul(r, r);
  const p = madd<f32>(r2, madd<f32>(r2, madd<f32>(r, v128.load(t, 144), v128.load(t, 128)), madd<f32>(r, v128.load(t, 112), v128.load(t, 96))),
    madd<f32>(r, v128.load(t, 80), v128.load(t, 64)));
  return madd<f32>(r, p, v128.load(t, 48));
}

function slow32(x: v128): v128 {
  const t = X32;
  x = f32x4.pmax(f32x4.pmin(x, v128.load(t, 16)), v128.load(t, 32));
  const z = f32x4.add(x, v128.load(t));
  const k = i32x4.sub(z, v128.load(t));
  const k1 = i32x4.shr_s(k, 1);
  const bias = v128.load(XI32, 32);
  const s1 = i32x4.shl(i32x4.add(k1, bias), 23);
  const s2 = i32x4.shl(i32x4.add(i32x4.sub(k, k1), bias), 23);
  return f32x4.mul(f32x4.mul(poly32(x, z), s1), s2);
}

@inline function vexp2_32(x: v128): v128 {
  if (i8x16.bitmask(i32x4.gt_s(v128.and(x, v128.load(XI32)), v128.load(XI32, 16)))) return slow32(x);
  const z = f32x4.add(x, v128.load(X32));
  return i32x4.add(poly32(x, z), i32x4.shl(z, 23));
}
