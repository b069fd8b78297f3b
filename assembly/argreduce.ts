// argmax / argmin, NumPy's scan: the first occurrence of the extreme wins and the first NaN is
// extreme (numpy/_core/src/multiarray/arraytypes.c.src, @fname@_argmax).
//
// arg<op>_<t>(out, a, len, stride, n, so, sa, outer): for every lane (n lanes along the
// innermost other axis, further axes in the loops.ts outer block with operands [out, a]),
// scans `len` elements `stride` bytes apart and writes the index as int64.
// arg<op>_flat_<t>(a, n, sa, outer): the flat C-order index over a whole strided array
// (innermost axis n / sa, the others in a one-operand outer block).

import { advance, delta, rows } from "./callblock";
import { R_MAX, R_MIN, extreme } from "./reducers";

const ARGMAX = 0;
const ARGMIN = 1;

/** Whether x replaces the current extreme: NumPy writes !(x <= best) so that NaN wins. */
@inline function better<T>(op: i32, x: T, best: T): bool {
  return op == ARGMAX ? !(x <= best) : !(x >= best);
}

@inline function isNaN<T>(x: T): bool {
  return isFloat<T>() && x != x;
}

/** Index of the first element equal to m (of the first NaN when m is NaN) in n contiguous elements. */
@inline function first<T>(a: usize, n: i32, m: T): i32 {
  const L = 16 / sizeof<T>();
  const nan = isNaN<T>(m);
  const vm = v128.splat<T>(m);
  let i = 0;
  // Four vectors per test; the scalar loop below finds the element within them.
  if (nan) {
    for (; i + 4 * L <= n; i += 4 * L) {
      const p = a + (<usize>i) * sizeof<T>();
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      const x2 = v128.load(p, 32);
      const x3 = v128.load(p, 48);
      if (v128.any_true(v128.or(v128.or(v128.ne<T>(x0, x0), v128.ne<T>(x1, x1)), v128.or(v128.ne<T>(x2, x2), v128.ne<T>(x3, x3))))) break;
    }
  } else {
    for (; i + 4 * L <= n; i += 4 * L) {
      const p = a + (<usize>i) * sizeof<T>();
      const e01 = v128.or(v128.eq<T>(v128.load(p), vm), v128.eq<T>(v128.load(p, 16), vm));
      const e23 = v128.or(v128.eq<T>(v128.load(p, 32), vm), v128.eq<T>(v128.load(p, 48), vm));
      if (v128.any_true(v128.or(e01, e23))) break;
    }
  }
  for (; i < n; i++) {
    const x = load<T>(a + (<usize>i) * sizeof<T>());
    if (nan ? isNaN<T>(x) : x == m) return i;
  }
  return 0;
}

@inline function scan<T>(op: i32, a: usize, len: i32, stride: isize): i32 {
  // Contiguous runs: the extreme by SIMD, then the first element equal to it.
  if (stride == <isize>sizeof<T>() && len >= 64) return first<T>(a, len, extreme<T>(op == ARGMAX ? R_MAX : R_MIN, load<T>(a), a, len));
  let best = load<T>(a);
  if (isNaN<T>(best)) return 0;
  let index = 0;
  for (let i = 1; i < len; i++) {
    a += stride;
    const x = load<T>(a);
    if (better<T>(op, x, best)) {
      best = x;
      index = i;
      if (isNaN<T>(x)) break;
    }
  }
  return index;
}

@inline function lanes<T>(op: i32, out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  for (let it = outer == 0 ? 1 : rows(outer, nd, 2); it > 0; it--) {
    let o = out;
    let p = a;
    for (let j = 0; j < n; j++) {
      store<i64>(o, <i64>scan<T>(op, p, len, stride));
      o += so;
      p += sa;
    }
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}

@inline function flat<T>(op: i32, a: usize, n: i32, sa: isize, outer: usize): i32 {
  if (outer == 0) return scan<T>(op, a, n, sa);
  const nd = load<i32>(outer);
  let best = load<T>(a);
  let index = 0;
  let base = 0;
  if (isNaN<T>(best)) return 0;
  for (let it = outer == 0 ? 1 : rows(outer, nd, 1); it > 0; it--) {
    let p = a;
    for (let j = 0; j < n; j++) {
      const x = load<T>(p);
      if (better<T>(op, x, best)) {
        best = x;
        index = base + j;
        if (isNaN<T>(x)) return index;
      }
      p += sa;
    }
    base += n;
    if (it == 1) break;
    const d = advance(outer, nd, 1);
    a += delta(outer, nd, 1, d);
  }
  return index;
}

export function argmax_i8(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<i8>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_i16(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<i16>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_i32(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<i32>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_i64(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<i64>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_u8(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<u8>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_u16(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<u16>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_u32(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<u32>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_u64(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<u64>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_f32(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<f32>(ARGMAX, out, a, len, stride, n, so, sa, outer); }
export function argmax_f64(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<f64>(ARGMAX, out, a, len, stride, n, so, sa, outer); }

export function argmin_i8(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<i8>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_i16(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<i16>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_i32(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<i32>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_i64(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<i64>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_u8(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<u8>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_u16(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<u16>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_u32(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<u32>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_u64(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<u64>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_f32(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<f32>(ARGMIN, out, a, len, stride, n, so, sa, outer); }
export function argmin_f64(out: usize, a: usize, len: i32, stride: isize, n: i32, so: isize, sa: isize, outer: usize): void { lanes<f64>(ARGMIN, out, a, len, stride, n, so, sa, outer); }

export function argmax_flat_i8(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<i8>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_i16(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<i16>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_i32(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<i32>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_i64(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<i64>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_u8(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<u8>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_u16(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<u16>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_u32(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<u32>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_u64(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<u64>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_f32(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<f32>(ARGMAX, a, n, sa, outer); }
export function argmax_flat_f64(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<f64>(ARGMAX, a, n, sa, outer); }

export function argmin_flat_i8(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<i8>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_i16(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<i16>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_i32(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<i32>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_i64(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<i64>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_u8(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<u8>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_u16(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<u16>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_u32(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<u32>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_u64(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<u64>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_f32(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<f32>(ARGMIN, a, n, sa, outer); }
export function argmin_flat_f64(a: usize, n: i32, sa: isize, outer: usize): i32 { return flat<f64>(ARGMIN, a, n, sa, outer); }
