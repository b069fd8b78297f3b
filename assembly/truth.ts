// Order-free reductions of truth values: np.any, np.all, np.count_nonzero, and the NaN tallies
// behind np.nanmean / np.nanvar (how many values are not NaN) and np.nanargmax (whether a lane is
// all NaN). No rounding depends on the order, so the input is walked as a broadcast binary loop:
// `out` has stride 0 along the reduced axes and arrives holding the identity (0 for any and the
// counts, 1 for all).
//
// <op>_<t>(out, a, n, so, sa, outer): innermost axis n with byte strides so / sa, the other axes
// in a call block with operands [out, a]. `any`, `all` and `all_nan` write bool (one byte),
// `tally_*` int64. Integers are read by size (truth does not depend on the sign); bool as i8.

import { advance, delta, rows } from "./callblock";

const ANY = 0;
const ALL = 1;
/** Counts the non-zero values. */
const COUNT = 2;
/** Counts the values that are not NaN. */
const VALID = 3;
/** Whether every value is NaN. */
const ALLNAN = 4;

@inline function truth<T>(op: i32, x: T): bool {
  if (op == VALID) return x == x;
  if (op == ALLNAN) return x != x;
  return x != <T>0;
}

/** Folds a run of n contiguous elements into one output value. */
@inline function runOf<T>(op: i32, o: usize, a: usize, n: i32): void {
  const L = 16 / sizeof<T>();
  const zero = v128.splat<T>(<T>0);
  let i = 0;
  if (op == ANY) {
    if (load<u8>(o) != 0) return;
    for (; i + 2 * L <= n; i += 2 * L) {
      const p = a + (<usize>i) * sizeof<T>();
      if (v128.any_true(v128.or(v128.ne<T>(v128.load(p), zero), v128.ne<T>(v128.load(p, 16), zero)))) {
        store<u8>(o, 1);
        return;
      }
    }
    for (; i < n; i++) {
      if (truth<T>(op, load<T>(a + (<usize>i) * sizeof<T>()))) {
        store<u8>(o, 1);
        return;
      }
    }
    return;
  }
  if (op == ALL || op == ALLNAN) {
    if (load<u8>(o) == 0) return;
    for (; i + 2 * L <= n; i += 2 * L) {
      const p = a + (<usize>i) * sizeof<T>();
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      // ALL fails on a zero; ALLNAN fails on a value equal to itself.
      const fail = op == ALL ? v128.or(v128.eq<T>(x0, zero), v128.eq<T>(x1, zero)) : v128.or(v128.eq<T>(x0, x0), v128.eq<T>(x1, x1));
      if (v128.any_true(fail)) {
        store<u8>(o, 0);
        return;
      }
    }
    for (; i < n; i++) {
      if (!truth<T>(op, load<T>(a + (<usize>i) * sizeof<T>()))) {
        store<u8>(o, 0);
        return;
      }
    }
    return;
  }
  // Counts: lanes of matches (all ones = -1) subtracted, for 4- and 8-byte elements.
  let count: i64 = 0;
  if (sizeof<T>() >= 4) {
    let c0 = v128.splat<i32>(0);
    let c1 = c0;
    for (; i + 2 * L <= n; i += 2 * L) {
      const p = a + (<usize>i) * sizeof<T>();
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      const m0 = op == VALID ? v128.eq<T>(x0, x0) : v128.ne<T>(x0, zero);
      const m1 = op == VALID ? v128.eq<T>(x1, x1) : v128.ne<T>(x1, zero);
      if (sizeof<T>() == 8) {
        c0 = i64x2.sub(c0, m0);
        c1 = i64x2.sub(c1, m1);
      } else {
        c0 = i32x4.sub(c0, m0);
        c1 = i32x4.sub(c1, m1);
      }
    }
    if (sizeof<T>() == 8) {
      const c = i64x2.add(c0, c1);
      count = i64x2.extract_lane(c, 0) + i64x2.extract_lane(c, 1);
    } else {
      const c = i32x4.add(c0, c1);
      count = <i64>(<u32>i32x4.extract_lane(c, 0)) + <i64>(<u32>i32x4.extract_lane(c, 1)) + <i64>(<u32>i32x4.extract_lane(c, 2)) + <i64>(<u32>i32x4.extract_lane(c, 3));
    }
  }
  for (; i < n; i++) count += <i64>truth<T>(op, load<T>(a + (<usize>i) * sizeof<T>()));
  store<i64>(o, load<i64>(o) + count);
}

@inline function fold1d<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize): void {
  if (so == 0 && sa == <isize>sizeof<T>()) {
    runOf<T>(op, out, a, n);
    return;
  }
  for (let i = 0; i < n; i++) {
    const t = truth<T>(op, load<T>(a));
    if (op == ANY) store<u8>(out, load<u8>(out) | <u8>t);
    else if (op == ALL || op == ALLNAN) store<u8>(out, load<u8>(out) & <u8>t);
    else store<i64>(out, load<i64>(out) + <i64>t);
    out += so;
    a += sa;
  }
}

@inline function fold<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void {
  if (outer == 0) {
    fold1d<T>(op, out, a, n, so, sa);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 2); it > 0; it--) {
    fold1d<T>(op, out, a, n, so, sa);
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}

export function any_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i8>(ANY, out, a, n, so, sa, outer); }
export function any_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i16>(ANY, out, a, n, so, sa, outer); }
export function any_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i32>(ANY, out, a, n, so, sa, outer); }
export function any_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i64>(ANY, out, a, n, so, sa, outer); }
export function any_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f32>(ANY, out, a, n, so, sa, outer); }
export function any_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f64>(ANY, out, a, n, so, sa, outer); }

export function all_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i8>(ALL, out, a, n, so, sa, outer); }
export function all_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i16>(ALL, out, a, n, so, sa, outer); }
export function all_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i32>(ALL, out, a, n, so, sa, outer); }
export function all_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i64>(ALL, out, a, n, so, sa, outer); }
export function all_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f32>(ALL, out, a, n, so, sa, outer); }
export function all_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f64>(ALL, out, a, n, so, sa, outer); }

/** Adds the number of non-zero values to each int64 output. */
export function tally_nonzero_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i8>(COUNT, out, a, n, so, sa, outer); }
export function tally_nonzero_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i16>(COUNT, out, a, n, so, sa, outer); }
export function tally_nonzero_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i32>(COUNT, out, a, n, so, sa, outer); }
export function tally_nonzero_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<i64>(COUNT, out, a, n, so, sa, outer); }
export function tally_nonzero_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f32>(COUNT, out, a, n, so, sa, outer); }
export function tally_nonzero_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f64>(COUNT, out, a, n, so, sa, outer); }

/** Adds the number of values that are not NaN. */
export function tally_valid_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f32>(VALID, out, a, n, so, sa, outer); }
export function tally_valid_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f64>(VALID, out, a, n, so, sa, outer); }

/** Clears each bool output whose values are not all NaN. */
export function all_nan_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f32>(ALLNAN, out, a, n, so, sa, outer); }
export function all_nan_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { fold<f64>(ALLNAN, out, a, n, so, sa, outer); }
