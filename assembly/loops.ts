// Generic strided loops. TypeScript has already broadcast (stride 0), coalesced and checked
// everything: a loop here runs over raw pointers with byte strides and never fails.
//
// Every loop takes its innermost axis as scalars (n, strides) and, when `outer` is non-zero,
// the remaining axes from an argument block of i32 words written by TypeScript:
//   [nd, shape[nd], strides of out [nd], of a [nd], (of b [nd]), counters [nd]]
// outermost axis first, strides in bytes.

import { rowCount } from "./rows";
import { hasVector, hasVectorMath, hasVectorUnary, scalarBinary, scalarUnary, vectorBinary, vectorUnary } from "./ops";

@inline function binary1d<T>(op: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let i = 0;
  if (hasVector<T>(op) && so == S) {
    if (sa == S && sb == S) {
      for (; i + L <= n; i += L) {
        v128.store(out, vectorBinary<T>(op, v128.load(a), v128.load(b)));
        out += 16; a += 16; b += 16;
      }
    } else if (sa == S && sb == 0) {
      const vb = v128.splat<T>(load<T>(b));
      for (; i + L <= n; i += L) {
        v128.store(out, vectorBinary<T>(op, v128.load(a), vb));
        out += 16; a += 16;
      }
    } else if (sa == 0 && sb == S) {
      const va = v128.splat<T>(load<T>(a));
      for (; i + L <= n; i += L) {
        v128.store(out, vectorBinary<T>(op, va, v128.load(b)));
        out += 16; b += 16;
      }
    }
  }
  for (; i < n; i++) {
    store<T>(out, scalarBinary<T>(op, load<T>(a), load<T>(b)));
    out += so; a += sa; b += sb;
  }
}

/** L strided elements in one vector (L = 2 for f64, 4 for f32). */
@inline function gather<T>(a: usize, sa: isize): v128 {
  if (sizeof<T>() == 8) return v128.load64_lane(a + sa, v128.load64_zero(a), 1);
  let v = v128.load32_zero(a);
  v = v128.load32_lane(a + sa, v, 1);
  v = v128.load32_lane(a + 2 * sa, v, 2);
  return v128.load32_lane(a + 3 * sa, v, 3);
}

@inline function scatter<T>(out: usize, so: isize, v: v128): void {
  if (sizeof<T>() == 8) {
    v128.store64_lane(out, v, 0);
    v128.store64_lane(out + so, v, 1);
    return;
  }
  v128.store32_lane(out, v, 0);
  v128.store32_lane(out + so, v, 1);
  v128.store32_lane(out + 2 * so, v, 2);
  v128.store32_lane(out + 3 * so, v, 3);
}

@inline function unary1d<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let i = 0;
  if (hasVectorUnary<T>(op) && so == S && sa == S) {
    for (; i + L <= n; i += L) {
      v128.store(out, vectorUnary<T>(op, v128.load(a)));
      out += 16; a += 16;
    }
  } else if (hasVectorMath<T>(op)) {
    // Strided: the maths outweighs moving lanes in and out of a vector.
    for (; i + L <= n; i += L) {
      scatter<T>(out, so, vectorUnary<T>(op, gather<T>(a, sa)));
      out += so * L; a += sa * L;
    }
  }
  for (; i < n; i++) {
    store<T>(out, scalarUnary<T>(op, load<T>(a)));
    out += so; a += sa;
  }
}

/** NumPy's C casts on x86: float to int32 truncates, and NaN or out-of-range gives INT_MIN. */
@inline function convert<S, D>(x: S): D {
  if (sizeof<D>() == 1) return <D>(x != <S>0);
  if (isFloat<S>() && !isFloat<D>()) {
    const f = <f64>x;
    return f > -2147483649.0 && f < 2147483648.0 ? <D><i32>f : <D>i32.MIN_VALUE;
  }
  return <D>x;
}

@inline function cast1d<S, D>(out: usize, a: usize, n: i32, so: isize, sa: isize): void {
  if (sizeof<S>() == sizeof<D>() && isFloat<S>() == isFloat<D>() && so == sa && so == <isize>sizeof<S>()) {
    memory.copy(out, a, <usize>n * sizeof<S>());
    return;
  }
  for (let i = 0; i < n; i++) {
    store<D>(out, convert<S, D>(load<S>(a)));
    out += so; a += sa;
  }
}

// Outer axes: an odometer whose counters live in the argument block (row `rows - 1`), so the
// loops need no allocation. Row 0 holds the sizes, rows 1.. the operands' byte strides.
@inline function word(outer: usize, nd: i32, row: i32, d: i32): usize {
  return outer + 4 + ((<usize>(row * nd + d)) << 2);
}

/** Number of inner rows, after zeroing the counters. */
@inline export function rows(outer: usize, nd: i32, operands: i32): i32 {
  memory.fill(word(outer, nd, operands + 1, 0), 0, <usize>nd << 2);
  return rowCount(outer);
}

/** Steps the odometer; returns the axis that advanced (inner ones wrapped to 0). */
@inline export function advance(outer: usize, nd: i32, operands: i32): i32 {
  let d = nd - 1;
  for (; d > 0; d--) {
    const counter = word(outer, nd, operands + 1, d);
    const i = load<i32>(counter) + 1;
    if (i < load<i32>(word(outer, nd, 0, d))) { store<i32>(counter, i); return d; }
    store<i32>(counter, 0);
  }
  const counter = word(outer, nd, operands + 1, 0);
  store<i32>(counter, load<i32>(counter) + 1);
  return 0;
}

/** Byte offset for operand `k` (1-based row) when axis `d` advanced and the axes inside it wrapped. */
@inline export function delta(outer: usize, nd: i32, k: i32, d: i32): isize {
  let step = <isize>load<i32>(word(outer, nd, k, d));
  for (let e = d + 1; e < nd; e++) {
    step -= <isize>load<i32>(word(outer, nd, k, e)) * <isize>(load<i32>(word(outer, nd, 0, e)) - 1);
  }
  return step;
}

@inline export function binary<T>(op: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void {
  if (outer == 0) {
    binary1d<T>(op, out, a, b, n, so, sa, sb);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 3); it > 0; it--) {
    binary1d<T>(op, out, a, b, n, so, sa, sb);
    if (it == 1) break;
    const d = advance(outer, nd, 3);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
    b += delta(outer, nd, 3, d);
  }
}

@inline export function unary<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void {
  if (outer == 0) {
    unary1d<T>(op, out, a, n, so, sa);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 2); it > 0; it--) {
    unary1d<T>(op, out, a, n, so, sa);
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}

@inline export function cast<S, D>(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void {
  if (outer == 0) {
    cast1d<S, D>(out, a, n, so, sa);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 2); it > 0; it--) {
    cast1d<S, D>(out, a, n, so, sa);
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}
