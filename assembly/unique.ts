// np.unique (NumPy 2.4's sort-based path in numpy/lib/_arraysetops_impl.py: _unique1d). The
// caller sorts first (sort_<t>, or argsort_<t> when indices are wanted; argsort_rows_<t> for
// `axis`); these kernels then find where the sorted runs change and derive what unique returns.
//
// `perm` is the i64 permutation that sorts the data (argsort's output), or 0 when the data is
// already sorted: element i of the sorted sequence is data[perm[i]] (or data[i]).
//
//   unique_flags_<t>(data, perm, n, flags, equalNan): i32   flags[i] = 1 where a run starts; returns the count
//   unique_values_<t>(data, perm, flags, n, out)            out[k] = the k-th run's first element
//   unique_index(perm, flags, n, out)                       out[k] = perm[i] of the k-th run start (return_index)
//   unique_inverse(perm, flags, n, out)                     out[perm[i]] = run number of i (return_inverse)
//   unique_counts(flags, n, out)                            out[k] = length of run k (return_counts)
//   argsort_rows_<t>(data, rows, cols, out, work)           stable lexicographic argsort of rows
//   unique_row_flags_<t>(data, rows, cols, perm, flags): i32
//   unique_rows_<t>(data, cols, perm, flags, n, out)        the first row of every run
//
// flags: n u8; out: i64 for indices and counts. argsort_rows' work: rowsWorkspaceBytes(rows).

import { align16, less } from "./sorting/keys";
import { RUN } from "./sorting/merge";

@inline function elem<T>(data: usize, perm: usize, i: i32): T {
  const j = perm == 0 ? i : <i32>load<i64>(perm + (<usize>i << 3));
  return load<T>(data + (<usize>j << alignof<T>()));
}

/**
 * Run starts of a sorted sequence: x[i] != x[i-1]. With equalNan (NumPy's default) the NaNs,
 * which sort last, form one run.
 */
@inline function uniqueFlags<T>(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 {
  if (n == 0) return 0;
  store<u8>(flags, 1);
  let count = 1;
  let prev = elem<T>(data, perm, 0);
  for (let i = 1; i < n; i++) {
    const x = elem<T>(data, perm, i);
    let f = x != prev;
    if (isFloat<T>()) f = f && !(equalNan != 0 && x != x && prev != prev);
    store<u8>(flags + <usize>i, <u8>f);
    count += <i32>f;
    prev = x;
  }
  return count;
}

@inline function uniqueValues<T>(data: usize, perm: usize, flags: usize, n: i32, out: usize): void {
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (load<u8>(flags + <usize>i) != 0) store<T>(out + (<usize>(k++) << alignof<T>()), elem<T>(data, perm, i));
  }
}

export function unique_index(perm: usize, flags: usize, n: i32, out: usize): void {
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (load<u8>(flags + <usize>i) != 0) store<i64>(out + (<usize>(k++) << 3), perm == 0 ? <i64>i : load<i64>(perm + (<usize>i << 3)));
  }
}

export function unique_inverse(perm: usize, flags: usize, n: i32, out: usize): void {
  let run: i64 = -1;
  for (let i = 0; i < n; i++) {
    run += <i64>load<u8>(flags + <usize>i);
    const j = perm == 0 ? i : <i32>load<i64>(perm + (<usize>i << 3));
    store<i64>(out + (<usize>j << 3), run);
  }
}

export function unique_counts(flags: usize, n: i32, out: usize): void {
  let k = -1;
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (load<u8>(flags + <usize>i) != 0) {
      if (k >= 0) store<i64>(out + (<usize>k << 3), <i64>(i - start));
      k++;
      start = i;
    }
  }
  if (k >= 0) store<i64>(out + (<usize>k << 3), <i64>(n - start));
}

// ---- rows (unique with axis): NumPy views each row as one structured element whose fields
// compare in order with the dtype's compare (NaN last), and tests runs with field-wise ==.

/** −1, 0 or 1: rows a and b (cols values each) in lexicographic NumPy order. */
@inline function compareRows<T>(a: usize, b: usize, cols: i32): i32 {
  for (let c = 0; c < cols; c++) {
    const x = load<T>(a + (<usize>c << alignof<T>()));
    const y = load<T>(b + (<usize>c << alignof<T>()));
    if (less<T>(x, y)) return -1;
    if (less<T>(y, x)) return 1;
  }
  return 0;
}

@inline function rowAt<T>(data: usize, cols: i32, r: i32): usize {
  return data + <usize>r * (<usize>cols << alignof<T>());
}

/** Row r of ix[] sorts before row s (stable: only when strictly less). */
@inline function rowLess<T>(data: usize, cols: i32, r: i32, s: i32): bool {
  return compareRows<T>(rowAt<T>(data, cols, r), rowAt<T>(data, cols, s), cols) < 0;
}

function mergeSortRows<T>(data: usize, cols: i32, ix: usize, buf: usize, n: i32): usize {
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const r = load<i32>(ix + (<usize>i << 2));
      let j = i;
      while (j > lo) {
        const s = load<i32>(ix + (<usize>(j - 1) << 2));
        if (!rowLess<T>(data, cols, r, s)) break;
        store<i32>(ix + (<usize>j << 2), s);
        j--;
      }
      store<i32>(ix + (<usize>j << 2), r);
    }
  }
  let src = ix;
  let dst = buf;
  for (let w = RUN; w < n; w <<= 1) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = min(lo + w, n);
      const hi = min(lo + 2 * w, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const r = load<i32>(src + (<usize>i << 2));
        const s = load<i32>(src + (<usize>j << 2));
        if (rowLess<T>(data, cols, s, r)) {
          store<i32>(dst + (<usize>(k++) << 2), s);
          j++;
        } else {
          store<i32>(dst + (<usize>(k++) << 2), r);
          i++;
        }
      }
      if (i < mid) memory.copy(dst + (<usize>k << 2), src + (<usize>i << 2), <usize>(mid - i) << 2);
      else if (j < hi) memory.copy(dst + (<usize>k << 2), src + (<usize>j << 2), <usize>(hi - j) << 2);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/** Stable lexicographic argsort of `rows` contiguous rows of `cols` values into out (rows i64). */
@inline function argsortRowsLex<T>(data: usize, rows: i32, cols: i32, out: usize, work: usize): void {
  const iA = work;
  const iB = work + align16(<usize>rows << 2);
  for (let i = 0; i < rows; i++) store<i32>(iA + (<usize>i << 2), i);
  const ix = mergeSortRows<T>(data, cols, iA, iB, rows);
  for (let i = 0; i < rows; i++) store<i64>(out + (<usize>i << 3), <i64>load<i32>(ix + (<usize>i << 2)));
}

/** Run starts over rows in perm order: a row differs when any field differs (NaN != NaN). */
@inline function uniqueRowFlags<T>(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 {
  if (rows == 0) return 0;
  store<u8>(flags, 1);
  let count = 1;
  let prev = rowAt<T>(data, cols, perm == 0 ? 0 : <i32>load<i64>(perm));
  for (let i = 1; i < rows; i++) {
    const row = rowAt<T>(data, cols, perm == 0 ? i : <i32>load<i64>(perm + (<usize>i << 3)));
    let f = false;
    for (let c = 0; c < cols; c++) {
      if (load<T>(row + (<usize>c << alignof<T>())) != load<T>(prev + (<usize>c << alignof<T>()))) {
        f = true;
        break;
      }
    }
    store<u8>(flags + <usize>i, <u8>f);
    count += <i32>f;
    prev = row;
  }
  return count;
}

@inline function uniqueRows<T>(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void {
  const bytes = <usize>cols << alignof<T>();
  let o = out;
  for (let i = 0; i < n; i++) {
    if (load<u8>(flags + <usize>i) != 0) {
      memory.copy(o, rowAt<T>(data, cols, perm == 0 ? i : <i32>load<i64>(perm + (<usize>i << 3))), bytes);
      o += bytes;
    }
  }
}

export function unique_flags_f64(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<f64>(data, perm, n, flags, equalNan); }
export function unique_flags_f32(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<f32>(data, perm, n, flags, equalNan); }
export function unique_flags_i64(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<i64>(data, perm, n, flags, equalNan); }
export function unique_flags_i32(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<i32>(data, perm, n, flags, equalNan); }
export function unique_flags_i16(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<i16>(data, perm, n, flags, equalNan); }
export function unique_flags_i8(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<i8>(data, perm, n, flags, equalNan); }
export function unique_flags_u64(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<u64>(data, perm, n, flags, equalNan); }
export function unique_flags_u32(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<u32>(data, perm, n, flags, equalNan); }
export function unique_flags_u16(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<u16>(data, perm, n, flags, equalNan); }
export function unique_flags_u8(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<u8>(data, perm, n, flags, equalNan); }
export function unique_flags_bool(data: usize, perm: usize, n: i32, flags: usize, equalNan: i32): i32 { return uniqueFlags<u8>(data, perm, n, flags, equalNan); }

export function unique_values_f64(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<f64>(data, perm, flags, n, out); }
export function unique_values_f32(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<f32>(data, perm, flags, n, out); }
export function unique_values_i64(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<i64>(data, perm, flags, n, out); }
export function unique_values_i32(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<i32>(data, perm, flags, n, out); }
export function unique_values_i16(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<i16>(data, perm, flags, n, out); }
export function unique_values_i8(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<i8>(data, perm, flags, n, out); }
export function unique_values_u64(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<u64>(data, perm, flags, n, out); }
export function unique_values_u32(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<u32>(data, perm, flags, n, out); }
export function unique_values_u16(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<u16>(data, perm, flags, n, out); }
export function unique_values_u8(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<u8>(data, perm, flags, n, out); }
export function unique_values_bool(data: usize, perm: usize, flags: usize, n: i32, out: usize): void { uniqueValues<u8>(data, perm, flags, n, out); }

export function argsort_rows_f64(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<f64>(data, rows, cols, out, work); }
export function argsort_rows_f32(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<f32>(data, rows, cols, out, work); }
export function argsort_rows_i64(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<i64>(data, rows, cols, out, work); }
export function argsort_rows_i32(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<i32>(data, rows, cols, out, work); }
export function argsort_rows_i16(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<i16>(data, rows, cols, out, work); }
export function argsort_rows_i8(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<i8>(data, rows, cols, out, work); }
export function argsort_rows_u64(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<u64>(data, rows, cols, out, work); }
export function argsort_rows_u32(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<u32>(data, rows, cols, out, work); }
export function argsort_rows_u16(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<u16>(data, rows, cols, out, work); }
export function argsort_rows_u8(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<u8>(data, rows, cols, out, work); }
export function argsort_rows_bool(data: usize, rows: i32, cols: i32, out: usize, work: usize): void { argsortRowsLex<u8>(data, rows, cols, out, work); }

export function unique_row_flags_f64(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<f64>(data, rows, cols, perm, flags); }
export function unique_row_flags_f32(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<f32>(data, rows, cols, perm, flags); }
export function unique_row_flags_i64(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<i64>(data, rows, cols, perm, flags); }
export function unique_row_flags_i32(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<i32>(data, rows, cols, perm, flags); }
export function unique_row_flags_i16(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<i16>(data, rows, cols, perm, flags); }
export function unique_row_flags_i8(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<i8>(data, rows, cols, perm, flags); }
export function unique_row_flags_u64(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<u64>(data, rows, cols, perm, flags); }
export function unique_row_flags_u32(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<u32>(data, rows, cols, perm, flags); }
export function unique_row_flags_u16(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<u16>(data, rows, cols, perm, flags); }
export function unique_row_flags_u8(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<u8>(data, rows, cols, perm, flags); }
export function unique_row_flags_bool(data: usize, rows: i32, cols: i32, perm: usize, flags: usize): i32 { return uniqueRowFlags<u8>(data, rows, cols, perm, flags); }

export function unique_rows_f64(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<f64>(data, cols, perm, flags, n, out); }
export function unique_rows_f32(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<f32>(data, cols, perm, flags, n, out); }
export function unique_rows_i64(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<i64>(data, cols, perm, flags, n, out); }
export function unique_rows_i32(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<i32>(data, cols, perm, flags, n, out); }
export function unique_rows_i16(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<i16>(data, cols, perm, flags, n, out); }
export function unique_rows_i8(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<i8>(data, cols, perm, flags, n, out); }
export function unique_rows_u64(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<u64>(data, cols, perm, flags, n, out); }
export function unique_rows_u32(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<u32>(data, cols, perm, flags, n, out); }
export function unique_rows_u16(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<u16>(data, cols, perm, flags, n, out); }
export function unique_rows_u8(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<u8>(data, cols, perm, flags, n, out); }
export function unique_rows_bool(data: usize, cols: i32, perm: usize, flags: usize, n: i32, out: usize): void { uniqueRows<u8>(data, cols, perm, flags, n, out); }
