// Scans of one strided array that answer a question: how many elements are non-zero, whether any
// is negative. Signature (a, n, sa, outer): innermost axis n / sa bytes, the others in a call
// block with one operand [a].

import { advance, delta, rows } from "./callblock";

@inline function countNonzero<T>(a: usize, n: i32, sa: isize, outer: usize): i32 {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  let count = 0;
  for (let it = outer == 0 ? 1 : rows(outer, nd, 1); it > 0; it--) {
    let p = a;
    for (let i = 0; i < n; i++) {
      count += <i32>(load<T>(p) != <T>0);
      p += sa;
    }
    if (it == 1) break;
    a += delta(outer, nd, 1, advance(outer, nd, 1));
  }
  return count;
}

@inline function anyNegative<T>(a: usize, n: i32, sa: isize, outer: usize): i32 {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  for (let it = outer == 0 ? 1 : rows(outer, nd, 1); it > 0; it--) {
    let p = a;
    for (let i = 0; i < n; i++) {
      if (load<T>(p) < <T>0) return 1;
      p += sa;
    }
    if (it == 1) break;
    a += delta(outer, nd, 1, advance(outer, nd, 1));
  }
  return 0;
}

/** Number of non-zero bytes of a strided bool array. */
export function count_nonzero_bool(a: usize, n: i32, sa: isize, outer: usize): i32 { return countNonzero<u8>(a, n, sa, outer); }

/** 1 if any element is negative, else 0. */
export function any_negative_i8(a: usize, n: i32, sa: isize, outer: usize): i32 { return anyNegative<i8>(a, n, sa, outer); }
export function any_negative_i16(a: usize, n: i32, sa: isize, outer: usize): i32 { return anyNegative<i16>(a, n, sa, outer); }
export function any_negative_i32(a: usize, n: i32, sa: isize, outer: usize): i32 { return anyNegative<i32>(a, n, sa, outer); }
export function any_negative_i64(a: usize, n: i32, sa: isize, outer: usize): i32 { return anyNegative<i64>(a, n, sa, outer); }
