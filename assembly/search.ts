// np.searchsorted: NumPy's binsearch / argbinsearch (numpy/_core/src/npysort/binsearch.cpp),
// including its reuse of the previous key's bounds, so results match NumPy's even where `a`
// is not sorted. Order is NumPy's sort order (NaN last).
//
//   searchsorted_<t>(a, n, sa, keys, m, sk, out, right)
//   searchsorted_sorter_<t>(a, n, sa, sorter, ss, keys, m, sk, out, right): i32
//
// a: n values, byte stride sa; keys: m values, byte stride sk (already cast to a's dtype);
// out: m contiguous i64; right: 0 for side="left", 1 for side="right". sorter: n i64 positions
// into a, byte stride ss. The sorter form returns 1 when it meets a sorter entry outside [0, n)
// (NumPy: ValueError "Sorter index out of range."), else 0; out is then incomplete.

import { less } from "./sorting/keys";

/** side="left" looks for the first a[i] ≥ key (a[i] < key moves right); "right" for the first a[i] > key. */
@inline function before<T>(x: T, key: T, right: bool): bool {
  return right ? !less<T>(key, x) : less<T>(x, key);
}

@inline function search<T>(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: bool, indirect: bool): i32 {
  if (m == 0) return 0;
  let lo = 0;
  let hi = n;
  let last = load<T>(keys);
  for (let i = 0; i < m; i++) {
    const key = load<T>(keys + <usize>(<isize>i * sk));
    // Keys in increasing order keep the lower bound; otherwise restart from 0 (NumPy's trick).
    if (before<T>(last, key, right)) {
      hi = n;
    } else {
      lo = 0;
      hi = hi < n ? hi + 1 : n;
    }
    last = key;
    while (lo < hi) {
      const mid = lo + ((hi - lo) >> 1);
      let x: T;
      if (indirect) {
        const s = load<i64>(sorter + <usize>(<isize>mid * ss));
        if (s < 0 || s >= <i64>n) return 1;
        x = load<T>(a + <usize>(<isize>(<i32>s) * sa));
      } else {
        x = load<T>(a + <usize>(<isize>mid * sa));
      }
      if (before<T>(x, key, right)) lo = mid + 1;
      else hi = mid;
    }
    store<i64>(out + (<usize>i << 3), <i64>lo);
  }
  return 0;
}

@inline function searchsorted<T>(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void {
  if (right != 0) search<T>(a, n, sa, 0, 0, keys, m, sk, out, true, false);
  else search<T>(a, n, sa, 0, 0, keys, m, sk, out, false, false);
}

@inline function searchsortedSorter<T>(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 {
  if (right != 0) return search<T>(a, n, sa, sorter, ss, keys, m, sk, out, true, true);
  return search<T>(a, n, sa, sorter, ss, keys, m, sk, out, false, true);
}

export function searchsorted_f64(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<f64>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_f32(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<f32>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_i64(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<i64>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_i32(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<i32>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_i16(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<i16>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_i8(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<i8>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_u64(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<u64>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_u32(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<u32>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_u16(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<u16>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_u8(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<u8>(a, n, sa, keys, m, sk, out, right); }
export function searchsorted_bool(a: usize, n: i32, sa: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): void { searchsorted<u8>(a, n, sa, keys, m, sk, out, right); }

export function searchsorted_sorter_f64(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<f64>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_f32(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<f32>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_i64(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<i64>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_i32(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<i32>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_i16(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<i16>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_i8(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<i8>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_u64(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<u64>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_u32(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<u32>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_u16(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<u16>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_u8(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<u8>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
export function searchsorted_sorter_bool(a: usize, n: i32, sa: isize, sorter: usize, ss: isize, keys: usize, m: i32, sk: isize, out: usize, right: i32): i32 { return searchsortedSorter<u8>(a, n, sa, sorter, ss, keys, m, sk, out, right); }
