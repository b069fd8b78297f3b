// Comparison sorts for short rows: insertion sort, and a bottom-up merge sort over runs that
// insertion sort prepared. Both are stable under NumPy's order (keys.ts `less`). The "pairs"
// forms sort values together with i32 indices (argsort), in parallel arrays.

import { at, less } from "./keys";

/** Length of the runs insertion sort prepares before merging. */
export const RUN = 16;

@inline export function insertionSort<T>(a: usize, n: i32): void {
  for (let i = 1; i < n; i++) {
    const x = load<T>(at<T>(a, i));
    let j = i;
    while (j > 0) {
      const y = load<T>(at<T>(a, j - 1));
      if (!less<T>(x, y)) break;
      store<T>(at<T>(a, j), y);
      j--;
    }
    store<T>(at<T>(a, j), x);
  }
}

@inline export function insertionSortPairs<T>(v: usize, ix: usize, n: i32): void {
  for (let i = 1; i < n; i++) {
    const x = load<T>(at<T>(v, i));
    const xi = load<i32>(at<i32>(ix, i));
    let j = i;
    while (j > 0) {
      const y = load<T>(at<T>(v, j - 1));
      if (!less<T>(x, y)) break;
      store<T>(at<T>(v, j), y);
      store<i32>(at<i32>(ix, j), load<i32>(at<i32>(ix, j - 1)));
      j--;
    }
    store<T>(at<T>(v, j), x);
    store<i32>(at<i32>(ix, j), xi);
  }
}

/** Merges src[lo, mid) and src[mid, hi) into dst[lo, hi); on ties the left run goes first. */
@inline function merge<T>(src: usize, dst: usize, lo: i32, mid: i32, hi: i32): void {
  let i = lo;
  let j = mid;
  let k = lo;
  if (i < mid && j < hi) {
    let x = load<T>(at<T>(src, i));
    let y = load<T>(at<T>(src, j));
    while (true) {
      if (less<T>(y, x)) {
        store<T>(at<T>(dst, k++), y);
        if (++j == hi) break;
        y = load<T>(at<T>(src, j));
      } else {
        store<T>(at<T>(dst, k++), x);
        if (++i == mid) break;
        x = load<T>(at<T>(src, i));
      }
    }
  }
  if (i < mid) memory.copy(at<T>(dst, k), at<T>(src, i), <usize>(mid - i) << alignof<T>());
  else if (j < hi) memory.copy(at<T>(dst, k), at<T>(src, j), <usize>(hi - j) << alignof<T>());
}

@inline function mergePairs<T>(sv: usize, si: usize, dv: usize, di: usize, lo: i32, mid: i32, hi: i32): void {
  let i = lo;
  let j = mid;
  let k = lo;
  if (i < mid && j < hi) {
    let x = load<T>(at<T>(sv, i));
    let y = load<T>(at<T>(sv, j));
    while (true) {
      if (less<T>(y, x)) {
        store<T>(at<T>(dv, k), y);
        store<i32>(at<i32>(di, k++), load<i32>(at<i32>(si, j)));
        if (++j == hi) break;
        y = load<T>(at<T>(sv, j));
      } else {
        store<T>(at<T>(dv, k), x);
        store<i32>(at<i32>(di, k++), load<i32>(at<i32>(si, i)));
        if (++i == mid) break;
        x = load<T>(at<T>(sv, i));
      }
    }
  }
  if (i < mid) {
    memory.copy(at<T>(dv, k), at<T>(sv, i), <usize>(mid - i) << alignof<T>());
    memory.copy(at<i32>(di, k), at<i32>(si, i), <usize>(mid - i) << 2);
  } else if (j < hi) {
    memory.copy(at<T>(dv, k), at<T>(sv, j), <usize>(hi - j) << alignof<T>());
    memory.copy(at<i32>(di, k), at<i32>(si, j), <usize>(hi - j) << 2);
  }
}

/** Stable sort of a[0, n) in place; `buf` holds n values. */
export function mergeSort<T>(a: usize, n: i32, buf: usize): void {
  for (let lo = 0; lo < n; lo += RUN) insertionSort<T>(at<T>(a, lo), min(RUN, n - lo));
  let src = a;
  let dst = buf;
  for (let w = RUN; w < n; w <<= 1) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = min(lo + w, n);
      const hi = min(lo + 2 * w, n);
      // Runs already in order (a sorted or presorted row) are copied, not merged.
      if (mid < hi && less<T>(load<T>(at<T>(src, mid)), load<T>(at<T>(src, mid - 1)))) merge<T>(src, dst, lo, mid, hi);
      else memory.copy(at<T>(dst, lo), at<T>(src, lo), <usize>(hi - lo) << alignof<T>());
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src != a) memory.copy(a, src, <usize>n << alignof<T>());
}

/**
 * Stable sort of the pairs (v[i], ix[i]), i < n, by value. (v, ix) and (bv, bi) are two
 * buffers of n pairs; returns the index array that holds the result (ix or bi).
 */
export function mergeSortPairs<T>(v: usize, ix: usize, bv: usize, bi: usize, n: i32): usize {
  for (let lo = 0; lo < n; lo += RUN) insertionSortPairs<T>(at<T>(v, lo), at<i32>(ix, lo), min(RUN, n - lo));
  let sv = v;
  let si = ix;
  let dv = bv;
  let di = bi;
  for (let w = RUN; w < n; w <<= 1) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = min(lo + w, n);
      const hi = min(lo + 2 * w, n);
      if (mid < hi && less<T>(load<T>(at<T>(sv, mid)), load<T>(at<T>(sv, mid - 1)))) mergePairs<T>(sv, si, dv, di, lo, mid, hi);
      else {
        memory.copy(at<T>(dv, lo), at<T>(sv, lo), <usize>(hi - lo) << alignof<T>());
        memory.copy(at<i32>(di, lo), at<i32>(si, lo), <usize>(hi - lo) << 2);
      }
    }
    let t = sv;
    sv = dv;
    dv = t;
    t = si;
    si = di;
    di = t;
  }
  return si;
}
