// np.partition and np.argpartition: NumPy's introselect (numpy/_core/src/npysort/selection.cpp,
// introselect_), step for step, so every element lands where NumPy's introselect puts it. NumPy
// runs introselect for several kth, for bool and 8-bit dtypes, for 16-bit argpartition, and on
// machines without x86 AVX2/AVX-512. With them, a single kth of a 16-, 32- or 64-bit partition
// (32- or 64-bit argpartition) goes to x86-simd-sort, which orders the other elements differently.
//
//   partition_<t>(data, rows, n, kth, nkth, work)          each row of data in place
//   argpartition_<t>(data, rows, n, kth, nkth, out, work)  out: rows × n i64 indices
//
// kth: nkth i32 positions in [0, n), ascending (NumPy sorts them; repeats allowed).
// work: 4 + 4 * MAX_PIVOTS bytes (NumPy's per-row pivot stack; sort-plan.ts PARTITION_WORKSPACE_BYTES).
//
// The generics take the type I of the index array: i64 for argpartition (NumPy's `tosort`,
// which is what moves), void for partition (the values move).

import { less } from "./sorting/keys";

/** NumPy's NPY_MAX_PIVOT_STACK. */
const MAX_PIVOTS = 50;
/** Position i's value: v[i], or v[ts[i]] when indices move. */
@inline function get<T, I>(v: usize, ts: usize, i: i32): T {
  if (isInteger<I>()) return load<T>(v + (<usize>(<i32>load<i64>(ts + (<usize>i << 3))) << alignof<T>()));
  return load<T>(v + (<usize>i << alignof<T>()));
}

@inline function swap<T, I>(v: usize, ts: usize, i: i32, j: i32): void {
  if (isInteger<I>()) {
    const a = ts + (<usize>i << 3);
    const b = ts + (<usize>j << 3);
    const t = load<i64>(a);
    store<i64>(a, load<i64>(b));
    store<i64>(b, t);
  } else {
    const a = v + (<usize>i << alignof<T>());
    const b = v + (<usize>j << alignof<T>());
    const t = load<T>(a);
    store<T>(a, load<T>(b));
    store<T>(b, t);
  }
}

// The sub-array that starts at position `off` (NumPy's `v + (arg ? 0 : off)`, `tosort + (arg ? off : 0)`).
@inline function subV<T, I>(v: usize, off: i32): usize {
  return isInteger<I>() ? v : v + (<usize>off << alignof<T>());
}
@inline function subI<I>(ts: usize, off: i32): usize {
  return isInteger<I>() ? ts + (<usize>off << 3) : ts;
}

/** NumPy's store_pivot; `piv` is the stack ([count, pivots…]) or 0 for none. */
@inline function storePivot(pivot: i32, kth: i32, piv: usize): void {
  if (piv == 0) return;
  const npiv = load<i32>(piv);
  if (pivot == kth && npiv == MAX_PIVOTS) {
    store<i32>(piv + 4 + (<usize>(npiv - 1) << 2), pivot);
  } else if (pivot >= kth && npiv < MAX_PIVOTS) {
    store<i32>(piv + 4 + (<usize>npiv << 2), pivot);
    store<i32>(piv, npiv + 1);
  }
}

/** Median of v[low], v[mid], v[high] to low, the smallest to low + 1 (guards the partition). */
@inline function median3Swap<T, I>(v: usize, ts: usize, low: i32, mid: i32, high: i32): void {
  if (less<T>(get<T, I>(v, ts, high), get<T, I>(v, ts, mid))) swap<T, I>(v, ts, high, mid);
  if (less<T>(get<T, I>(v, ts, high), get<T, I>(v, ts, low))) swap<T, I>(v, ts, high, low);
  if (less<T>(get<T, I>(v, ts, low), get<T, I>(v, ts, mid))) swap<T, I>(v, ts, low, mid);
  swap<T, I>(v, ts, mid, low + 1);
}

/** Position of the median of the five at 0..4 (NumPy's exchanges included). */
@inline function median5<T, I>(v: usize, ts: usize): i32 {
  if (less<T>(get<T, I>(v, ts, 1), get<T, I>(v, ts, 0))) swap<T, I>(v, ts, 1, 0);
  if (less<T>(get<T, I>(v, ts, 4), get<T, I>(v, ts, 3))) swap<T, I>(v, ts, 4, 3);
  if (less<T>(get<T, I>(v, ts, 3), get<T, I>(v, ts, 0))) swap<T, I>(v, ts, 3, 0);
  if (less<T>(get<T, I>(v, ts, 4), get<T, I>(v, ts, 1))) swap<T, I>(v, ts, 4, 1);
  if (less<T>(get<T, I>(v, ts, 2), get<T, I>(v, ts, 1))) swap<T, I>(v, ts, 2, 1);
  if (less<T>(get<T, I>(v, ts, 3), get<T, I>(v, ts, 2))) {
    return less<T>(get<T, I>(v, ts, 3), get<T, I>(v, ts, 1)) ? 1 : 3;
  }
  return 2;
}

/**
 * Median of the medians of groups of 5 in [0, num): a pivot that splits at worst 30/70.
 * Returns its position. Not inline: it recurses into the selection.
 */
function medianOfMedians5<T, I>(v: usize, ts: usize, num: i32): i32 {
  const nmed = num / 5;
  for (let i = 0, sub = 0; i < nmed; i++, sub += 5) {
    const m = median5<T, I>(subV<T, I>(v, sub), subI<I>(ts, sub));
    swap<T, I>(v, ts, sub + m, i);
  }
  if (nmed > 2) introselect<T, I>(v, ts, nmed, nmed / 2, 0);
  return nmed / 2;
}

/** O(n·kth) selection for a kth near the start (NumPy's dumb_select_). */
@inline function dumbSelect<T, I>(v: usize, ts: usize, num: i32, kth: i32): void {
  for (let i = 0; i <= kth; i++) {
    let minIdx = i;
    let minVal = get<T, I>(v, ts, i);
    for (let k = i + 1; k < num; k++) {
      const x = get<T, I>(v, ts, k);
      if (less<T>(x, minVal)) {
        minIdx = k;
        minVal = x;
      }
    }
    swap<T, I>(v, ts, i, minIdx);
  }
}

/**
 * NumPy's introselect_ for one kth over positions [0, num). `piv` carries the pivots found by
 * earlier kth of the same row (they bound the range left to search).
 */
function introselect<T, I>(v: usize, ts: usize, num: i32, kth: i32, piv: usize): void {
  let low = 0;
  let high = num - 1;

  while (piv != 0 && load<i32>(piv) > 0) {
    const npiv = load<i32>(piv);
    const top = load<i32>(piv + 4 + (<usize>(npiv - 1) << 2));
    if (top > kth) {
      high = top - 1;
      break;
    } else if (top == kth) {
      return;
    }
    low = top + 1;
    store<i32>(piv, npiv - 1);
  }

  if (kth - low < 3) {
    dumbSelect<T, I>(subV<T, I>(v, low), subI<I>(ts, low), high - low + 1, kth - low);
    storePivot(kth, kth, piv);
    return;
  } else if (isFloat<T>() && kth == num - 1) {
    // The maximum directly (NumPy's NaN check partition(d, (x, -1))): the last of equal maxima.
    let maxIdx = low;
    let maxVal = get<T, I>(v, ts, low);
    for (let k = low + 1; k < num; k++) {
      const x = get<T, I>(v, ts, k);
      if (!less<T>(x, maxVal)) {
        maxIdx = k;
        maxVal = x;
      }
    }
    swap<T, I>(v, ts, kth, maxIdx);
    return;
  }

  // NumPy's npy_get_msb(num) * 2.
  let depthLimit = num > 0 ? (31 - clz(num)) * 2 : 0;

  while (low + 1 < high) {
    let ll = low + 1;
    let hh = high;
    if (depthLimit > 0 || hh - ll < 5) {
      median3Swap<T, I>(v, ts, low, low + (high - low) / 2, high);
    } else {
      const mid = ll + medianOfMedians5<T, I>(subV<T, I>(v, ll), subI<I>(ts, ll), hh - ll);
      swap<T, I>(v, ts, mid, low);
      ll--;
      hh++;
    }
    depthLimit--;

    // NumPy's unguarded_partition_: the median-of-3 exchanges guard both scans.
    const pivot = get<T, I>(v, ts, low);
    while (true) {
      do ll++; while (less<T>(get<T, I>(v, ts, ll), pivot));
      do hh--; while (less<T>(pivot, get<T, I>(v, ts, hh)));
      if (hh < ll) break;
      swap<T, I>(v, ts, ll, hh);
    }
    swap<T, I>(v, ts, low, hh);

    if (hh != kth) storePivot(hh, kth, piv);
    if (hh >= kth) high = hh - 1;
    if (hh <= kth) low = ll;
  }

  if (high == low + 1 && less<T>(get<T, I>(v, ts, high), get<T, I>(v, ts, low))) swap<T, I>(v, ts, high, low);
  storePivot(kth, kth, piv);
}

@inline function partitionRows<T>(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void {
  if (n <= 1) return;
  const stride = <usize>n << alignof<T>();
  for (let r = 0; r < rows; r++) {
    const row = data + <usize>r * stride;
    store<i32>(work, 0);
    for (let i = 0; i < nkth; i++) introselect<T, void>(row, 0, n, load<i32>(kth + (<usize>i << 2)), work);
  }
}

@inline function argpartitionRows<T>(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void {
  const stride = <usize>n << alignof<T>();
  for (let r = 0; r < rows; r++) {
    const row = data + <usize>r * stride;
    const ts = out + <usize>r * (<usize>n << 3);
    for (let i = 0; i < n; i++) store<i64>(ts + (<usize>i << 3), <i64>i);
    if (n <= 1) continue;
    store<i32>(work, 0);
    for (let i = 0; i < nkth; i++) introselect<T, i64>(row, ts, n, load<i32>(kth + (<usize>i << 2)), work);
  }
}

export function partition_f64(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<f64>(data, rows, n, kth, nkth, work); }
export function partition_f32(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<f32>(data, rows, n, kth, nkth, work); }
export function partition_i64(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<i64>(data, rows, n, kth, nkth, work); }
export function partition_i32(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<i32>(data, rows, n, kth, nkth, work); }
export function partition_i16(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<i16>(data, rows, n, kth, nkth, work); }
export function partition_i8(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<i8>(data, rows, n, kth, nkth, work); }
export function partition_u64(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<u64>(data, rows, n, kth, nkth, work); }
export function partition_u32(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<u32>(data, rows, n, kth, nkth, work); }
export function partition_u16(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<u16>(data, rows, n, kth, nkth, work); }
export function partition_u8(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<u8>(data, rows, n, kth, nkth, work); }
export function partition_bool(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, work: usize): void { partitionRows<u8>(data, rows, n, kth, nkth, work); }

export function argpartition_f64(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<f64>(data, rows, n, kth, nkth, out, work); }
export function argpartition_f32(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<f32>(data, rows, n, kth, nkth, out, work); }
export function argpartition_i64(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<i64>(data, rows, n, kth, nkth, out, work); }
export function argpartition_i32(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<i32>(data, rows, n, kth, nkth, out, work); }
export function argpartition_i16(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<i16>(data, rows, n, kth, nkth, out, work); }
export function argpartition_i8(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<i8>(data, rows, n, kth, nkth, out, work); }
export function argpartition_u64(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<u64>(data, rows, n, kth, nkth, out, work); }
export function argpartition_u32(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<u32>(data, rows, n, kth, nkth, out, work); }
export function argpartition_u16(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<u16>(data, rows, n, kth, nkth, out, work); }
export function argpartition_u8(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<u8>(data, rows, n, kth, nkth, out, work); }
export function argpartition_bool(data: usize, rows: i32, n: i32, kth: usize, nkth: i32, out: usize, work: usize): void { argpartitionRows<u8>(data, rows, n, kth, nkth, out, work); }
