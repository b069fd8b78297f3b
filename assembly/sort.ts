// np.sort and np.argsort (kind="stable"): `rows` contiguous rows of `n` elements, each sorted
// ascending in NumPy's order (NaN last, −0.0 equal to +0.0, ties in input order).
//
//   sort_<t>(data, rows, n, work)          sorts each row of data in place
//   argsort_<t>(data, rows, n, out, work)  out: rows × n i64 indices; data is left unchanged
//
// `work` is a block the caller allocated (src/ops/sort-plan.ts: sortWorkspaceBytes /
// argsortWorkspaceBytes of the row length; every row reuses it). Sections start 16-byte aligned:
//   sort:    [histograms][n values]
//   argsort: [histograms][iA: n i32][iB: n i32][vA: n values][vB: n values]
//
// Rows shorter than SMALL take an insertion sort, rows shorter than mergeMax<T>() a merge sort,
// longer rows an LSD radix sort on order-preserving keys (one-byte integers a counting sort); a
// row already in order costs one pass.

import { align16, at, fromKey, less, sortKey } from "./sorting/keys";
import { insertionSort, insertionSortPairs, mergeSort, mergeSortPairs } from "./sorting/merge";
import { digits, radixArgsort, radixSort } from "./sorting/radix";

const SMALL = 16;

/** Digit width of the radix passes. */
@inline function radixBits<T>(): i32 {
  return 8;
}

/**
 * Rows from this length on are radix sorted, shorter ones merge sorted: the radix passes' fixed
 * cost (a histogram per key byte) overtakes the merge sort's ~log2(n/16) passes around here.
 */
@inline function mergeMax<T>(): i32 {
  return sizeof<T>() == 8 ? 96 : 64;
}

/** Bytes of the histogram section. */
@inline function histBytes<T>(): usize {
  return align16(<usize>(digits<T>(radixBits<T>()) << radixBits<T>()) << 2);
}

@inline function isSorted<T>(a: usize, n: i32): bool {
  for (let i = 1; i < n; i++) if (less<T>(load<T>(at<T>(a, i)), load<T>(at<T>(a, i - 1)))) return false;
  return true;
}

/** Counting sort of one-byte values: equal integers are indistinguishable, so no scatter is needed. */
@inline function countingSort<T>(a: usize, n: i32, hist: usize): void {
  memory.fill(hist, 0, 256 << 2);
  for (let i = 0; i < n; i++) {
    const p = hist + (<usize>sortKey<T>(load<T>(at<T>(a, i))) << 2);
    store<u32>(p, load<u32>(p) + 1);
  }
  let o = a;
  for (let b = 0; b < 256; b++) {
    const c = load<u32>(hist + (<usize>b << 2));
    if (c != 0) {
      memory.fill(o, <u8>fromKey<T>(<u64>b), <usize>c);
      o += <usize>c;
    }
  }
}

@inline function sortRow<T>(a: usize, n: i32, work: usize): void {
  if (n < SMALL) {
    insertionSort<T>(a, n);
    return;
  }
  if (isSorted<T>(a, n)) return;
  const hist = work;
  const buf = work + histBytes<T>();
  if (sizeof<T>() == 1 && !isFloat<T>()) countingSort<T>(a, n, hist);
  else if (n < mergeMax<T>()) mergeSort<T>(a, n, buf);
  else radixSort<T>(a, n, buf, hist, radixBits<T>());
}

@inline function argsortRow<T>(a: usize, n: i32, out: usize, work: usize): void {
  const hist = work;
  const iA = hist + histBytes<T>();
  const iB = iA + align16(<usize>n << 2);
  const vA = iB + align16(<usize>n << 2);
  const vB = vA + align16(<usize>n << alignof<T>());
  if (n < SMALL) {
    memory.copy(vA, a, <usize>n << alignof<T>());
    for (let i = 0; i < n; i++) store<i32>(at<i32>(iA, i), i);
    insertionSortPairs<T>(vA, iA, n);
    for (let i = 0; i < n; i++) store<i64>(at<i64>(out, i), <i64>load<i32>(at<i32>(iA, i)));
    return;
  }
  if (isSorted<T>(a, n)) {
    for (let i = 0; i < n; i++) store<i64>(at<i64>(out, i), <i64>i);
    return;
  }
  if (n < mergeMax<T>() && sizeof<T>() > 1) {
    memory.copy(vA, a, <usize>n << alignof<T>());
    for (let i = 0; i < n; i++) store<i32>(at<i32>(iA, i), i);
    const ix = mergeSortPairs<T>(vA, iA, vB, iB, n);
    for (let i = 0; i < n; i++) store<i64>(at<i64>(out, i), <i64>load<i32>(at<i32>(ix, i)));
    return;
  }
  radixArgsort<T>(a, n, out, hist, iA, iB, vA, vB, radixBits<T>());
}

@inline function sortRows<T>(data: usize, rows: i32, n: i32, work: usize): void {
  const stride = <usize>n << alignof<T>();
  for (let r = 0; r < rows; r++) sortRow<T>(data + <usize>r * stride, n, work);
}

@inline function argsortRows<T>(data: usize, rows: i32, n: i32, out: usize, work: usize): void {
  const stride = <usize>n << alignof<T>();
  const ostride = <usize>n << 3;
  for (let r = 0; r < rows; r++) argsortRow<T>(data + <usize>r * stride, n, out + <usize>r * ostride, work);
}

export function sort_f64(data: usize, rows: i32, n: i32, work: usize): void { sortRows<f64>(data, rows, n, work); }
export function sort_f32(data: usize, rows: i32, n: i32, work: usize): void { sortRows<f32>(data, rows, n, work); }
export function sort_i64(data: usize, rows: i32, n: i32, work: usize): void { sortRows<i64>(data, rows, n, work); }
export function sort_i32(data: usize, rows: i32, n: i32, work: usize): void { sortRows<i32>(data, rows, n, work); }
export function sort_i16(data: usize, rows: i32, n: i32, work: usize): void { sortRows<i16>(data, rows, n, work); }
export function sort_i8(data: usize, rows: i32, n: i32, work: usize): void { sortRows<i8>(data, rows, n, work); }
export function sort_u64(data: usize, rows: i32, n: i32, work: usize): void { sortRows<u64>(data, rows, n, work); }
export function sort_u32(data: usize, rows: i32, n: i32, work: usize): void { sortRows<u32>(data, rows, n, work); }
export function sort_u16(data: usize, rows: i32, n: i32, work: usize): void { sortRows<u16>(data, rows, n, work); }
export function sort_u8(data: usize, rows: i32, n: i32, work: usize): void { sortRows<u8>(data, rows, n, work); }
export function sort_bool(data: usize, rows: i32, n: i32, work: usize): void { sortRows<u8>(data, rows, n, work); }

export function argsort_f64(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<f64>(data, rows, n, out, work); }
export function argsort_f32(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<f32>(data, rows, n, out, work); }
export function argsort_i64(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<i64>(data, rows, n, out, work); }
export function argsort_i32(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<i32>(data, rows, n, out, work); }
export function argsort_i16(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<i16>(data, rows, n, out, work); }
export function argsort_i8(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<i8>(data, rows, n, out, work); }
export function argsort_u64(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<u64>(data, rows, n, out, work); }
export function argsort_u32(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<u32>(data, rows, n, out, work); }
export function argsort_u16(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<u16>(data, rows, n, out, work); }
export function argsort_u8(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<u8>(data, rows, n, out, work); }
export function argsort_bool(data: usize, rows: i32, n: i32, out: usize, work: usize): void { argsortRows<u8>(data, rows, n, out, work); }
