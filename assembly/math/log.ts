// Vectorised natural log, f64x2 and f32x4: fdlibm's e_log.c / e_logf.c, lane-parallel.
//
// x = 2^k · m with m in [√2/2, √2) (adding 1 − √2/2's bits to x moves k up for the larger m),
// f = m − 1, s = f / (2 + f): log(1 + f) = f − f²/2 + s (f²/2 + R(s²)) with fdlibm's minimax R
// (degree 7 in s² for f64, 4 for f32), and log x = k ln2hi + (log(1 + f) + k ln2lo), ln2hi short
// enough that k·ln2hi is exact. Below 1 ulp (fdlibm's bound; measured in test/vmath.test.ts).
// log(1) = +0.
//
// While every lane is a positive, normal, finite number nothing else is needed. Otherwise
// subnormal lanes are scaled by 2^54 (f64) / 2^25 (f32) first, and the special lanes patched:
// log(±0) = −inf, log(x < 0) = NaN, log(inf) = inf, NaN → NaN.

import { madd } from "../simd";

const F64 = memory.data<f64>([
  2.2250738585072014e-308, 2.2250738585072014e-308, // 0: smallest normal
  1.7976931348623157e308, 1.7976931348623157e308, // 16: largest finite
  0.6931471803691238, 0.6931471803691238, // 32: ln2hi (fdlibm)
  1.9082149292705877e-10, 1.9082149292705877e-10, // 48: ln2lo
  // 64…160: Lg1…Lg7 (fdlibm)
  0.6666666666666735, 0.6666666666666735,
  0.3999999999940942, 0.3999999999940942,
  0.2857142874366239, 0.2857142874366239,
  0.22222198432149784, 0.22222198432149784,
  0.1818357216161805, 0.1818357216161805,
  0.15313837699209373, 0.15313837699209373,
  0.14798198605116586, 0.14798198605116586,
  1.0, 1.0, // 176
  2.0, 2.0, // 192
  0.5, 0.5, // 208
  4503599627371519.0, 4503599627371519.0, // 224: 2^52 + 1023, taking the biased exponent to k
  4503599627371573.0, 4503599627371573.0, // 240: 2^52 + 1023 + 54, for lanes scaled by 2^54
  18014398509481984.0, 18014398509481984.0, // 256: 2^54
  -Infinity, -Infinity, // 272
  NaN, NaN, // 288
  0.0, 0.0, // 304
], 16);

const I64 = memory.data<i64>([
  0x00095F6200000000, 0x00095F6200000000, // 0: bits(1.0) − bits(√2/2), high word (fdlibm)
  0x000FFFFFFFFFFFFF, 0x000FFFFFFFFFFFFF, // 16: mantissa
  0x3FE6A09E00000000, 0x3FE6A09E00000000, // 32: bits(√2/2), high word
  0x4330000000000000, 0x4330000000000000, // 48: bits(2^52)
], 16);

const F32 = memory.data<f32>([
  1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, // 0
  3.4028234663852886e38, 3.4028234663852886e38, 3.4028234663852886e38, 3.4028234663852886e38, // 16
  0.6931381225585938, 0.6931381225585938, 0.6931381225585938, 0.6931381225585938, // 32: ln2hi (fdlibm)
  9.05800061445916e-06, 9.05800061445916e-06, 9.05800061445916e-06, 9.05800061445916e-06, // 48: ln2lo
  // 64…112: Lg1…Lg4 (fdlibm)
  0.6666666269302368, 0.6666666269302368, 0.6666666269302368, 0.6666666269302368,
  0.40000972151756287, 0.40000972151756287, 0.40000972151756287, 0.40000972151756287,
  0.2849878668785095, 0.2849878668785095, 0.2849878668785095, 0.2849878668785095,
  0.24279078841209412, 0.24279078841209412, 0.24279078841209412, 0.24279078841209412,
  1.0, 1.0, 1.0, 1.0, // 128
  2.0, 2.0, 2.0, 2.0, // 144
  0.5, 0.5, 0.5, 0.5, // 160
  33554432.0, 33554432.0, 33554432.0, 33554432.0, // 176: 2^25
  -Infinity, -Infinity, -Infinity, -Infinity, // 192
  NaN, NaN, NaN, NaN, // 208
  0.0, 0.0, 0.0, 0.0, // 224
], 16);

const I32 = memory.data<i32>([
  0x004AFB0D, 0x004AFB0D, 0x004AFB0D, 0x004AFB0D, // 0: bits(1.0) − bits(√2/2)
  0x007FFFFF, 0x007FFFFF, 0x007FFFFF, 0x007FFFFF, // 16: mantissa
  0x3F3504F3, 0x3F3504F3, 0x3F3504F3, 0x3F3504F3, // 32: bits(√2/2)
  127, 127, 127, 127, // 48: exponent bias
  152, 152, 152, 152, // 64: bias + 25, for lanes scaled by 2^25
], 16);

// log x for positive normal x; `bias` turns the biased exponent into k (see the tables).
@inline function core64(x: v128, bias: v128): v128 {
  const t = F64;
  const hx = i64x2.add(x, v128.load(I64));
  const k = f64x2.sub(v128.or(i64x2.shr_u(hx, 52), v128.load(I64, 48)), bias);
  const m = i64x2.add(v128.and(hx, v128.load(I64, 16)), v128.load(I64, 32));
  const f = f64x2.sub(m, v128.load(t, 176));
  const s = f64x2.div(f, f64x2.add(f, v128.load(t, 192)));
  const z = f64x2.mul(s, s);
  const w = f64x2.mul(z, z);
  const t1 = f64x2.mul(w, madd<f64>(w, madd<f64>(w, v128.load(t, 144), v128.load(t, 112)), v128.load(t, 80)));
  const t2 = f64x2.mul(z, madd<f64>(w, madd<f64>(w, madd<f64>(w, v128.load(t, 160), v128.load(t, 128)), v128.load(t, 96)), v128.load(t, 64)));
  const r = f64x2.add(t2, t1);
  const hfsq = f64x2.mul(f64x2.mul(v128.load(t, 208), f), f);
  // s(hfsq + R) + k ln2lo − hfsq + f + k ln2hi, left to right
  let y = f64x2.add(f64x2.mul(s, f64x2.add(hfsq, r)), f64x2.mul(k, v128.load(t, 48)));
  y = f64x2.add(f64x2.sub(y, hfsq), f);
  return f64x2.add(y, f64x2.mul(k, v128.load(t, 32)));
}

@inline function core32(x: v128, bias: v128): v128 {
  const t = F32;
  const hx = i32x4.add(x, v128.load(I32));
  const k = f32x4.convert_i32x4_s(i32x4.sub(i32x4.shr_u(hx, 23), bias));
  const m = i32x4.add(v128.and(hx, v128.load(I32, 16)), v128.load(I32, 32));
  const f = f32x4.sub(m, v128.load(t, 128));
  const s = f32x4.div(f, f32x4.add(f, v128.load(t, 144)));
  const z = f32x4.mul(s, s);
  const w = f32x4.mul(z, z);
  const t1 = f32x4.mul(w, madd<f32>(w, v128.load(t, 112), v128.load(t, 80)));
  const t2 = f32x4.mul(z, madd<f32>(w, v128.load(t, 96), v128.load(t, 64)));
  const r = f32x4.add(t2, t1);
  const hfsq = f32x4.mul(f32x4.mul(v128.load(t, 160), f), f);
  let y = f32x4.add(f32x4.mul(s, f32x4.add(hfsq, r)), f32x4.mul(k, v128.load(t, 48)));
  y = f32x4.add(f32x4.sub(y, hfsq), f);
  return f32x4.add(y, f32x4.mul(k, v128.load(t, 32)));
}

@inline function vlog64(x: v128): v128 {
  const t = F64;
  const normal = v128.and(f64x2.ge(x, v128.load(t)), f64x2.le(x, v128.load(t, 16)));
  if (i64x2.all_true(normal)) return core64(x, v128.load(t, 224));
  const tiny = f64x2.lt(x, v128.load(t));
  const xs = v128.bitselect(f64x2.mul(x, v128.load(t, 256)), x, tiny);
  const y = core64(xs, v128.bitselect(v128.load(t, 240), v128.load(t, 224), tiny));
  // Specials: 0 → −inf, negative → NaN, inf and NaN → themselves.
  const zero = v128.load(t, 304);
  let special = v128.bitselect(v128.load(t, 272), x, f64x2.eq(x, zero));
  special = v128.bitselect(v128.load(t, 288), special, f64x2.lt(x, zero));
  const finite = v128.and(f64x2.gt(x, zero), f64x2.le(x, v128.load(t, 16)));
  return v128.bitselect(y, special, finite);
}

@inline function vlog32(x: v128): v128 {
  const t = F32;
  const normal = v128.and(f32x4.ge(x, v128.load(t)), f32x4.le(x, v128.load(t, 16)));
  if (i32x4.all_true(normal)) return core32(x, v128.load(I32, 48));
  const tiny = f32x4.lt(x, v128.load(t));
  const xs = v128.bitselect(f32x4.mul(x, v128.load(t, 176)), x, tiny);
  const y = core32(xs, v128.bitselect(v128.load(I32, 64), v128.load(I32, 48), tiny));
  const zero = v128.load(t, 224);
  let special = v128.bitselect(v128.load(t, 192), x, f32x4.eq(x, zero));
  special = v128.bitselect(v128.load(t, 208), special, f32x4.lt(x, zero));
  const finite = v128.and(f32x4.gt(x, zero), f32x4.le(x, v128.load(t, 16)));
  return v128.bitselect(y, special, finite);
}

/** Natural log of each lane (T = f64: f64x2, T = f32: f32x4). */
@inline export function vlog<T>(x: v128): v128 {
  if (sizeof<T>() == 8) return vlog64(x);
  return vlog32(x);
}
