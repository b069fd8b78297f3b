// Sizes and argument preparation for the sorting kernels (assembly/sort.ts, partition.ts,
// search.ts, unique.ts): pure functions of dtype names and lengths, mirrored from the kernels'
// workspace layouts.

/** NumPy's real dtypes, which every sorting kernel covers (suffixes in SORT_SUFFIX). */
export type SortDType =
  | "bool" | "int8" | "int16" | "int32" | "int64"
  | "uint8" | "uint16" | "uint32" | "uint64" | "float32" | "float64";

/** Kernel name suffix per dtype: `sort_${SORT_SUFFIX[dtype]}`. */
export const SORT_SUFFIX = {
  bool: "bool", int8: "i8", int16: "i16", int32: "i32", int64: "i64",
  uint8: "u8", uint16: "u16", uint32: "u32", uint64: "u64", float32: "f32", float64: "f64",
} as const satisfies Record<SortDType, string>;

const ITEMSIZE: Record<SortDType, number> = {
  bool: 1, int8: 1, int16: 2, int32: 4, int64: 8, uint8: 1, uint16: 2, uint32: 4, uint64: 8, float32: 4, float64: 8,
};

/** Bits per radix digit: a histogram of 256 buckets per key byte. */
export const RADIX_BITS = 8;

const align16 = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/** Most digit passes a radix sort of this dtype makes (passes whose digit never varies are skipped). */
export function radixPasses(dtype: SortDType): number {
  return Math.ceil((ITEMSIZE[dtype] * 8) / RADIX_BITS);
}

/** Bytes of the histograms at the start of a sort/argsort workspace. */
export function histogramBytes(dtype: SortDType): number {
  return align16(radixPasses(dtype) * (1 << RADIX_BITS) * 4);
}

/** Workspace bytes of sort_<t>(data, rows, n, work): histograms, then n values. */
export function sortWorkspaceBytes(dtype: SortDType, n: number): number {
  return histogramBytes(dtype) + align16(n * ITEMSIZE[dtype]);
}

/** Workspace bytes of argsort_<t>(data, rows, n, out, work): histograms, two i32 index buffers, two value buffers. */
export function argsortWorkspaceBytes(dtype: SortDType, n: number): number {
  return histogramBytes(dtype) + 2 * align16(n * 4) + 2 * align16(n * ITEMSIZE[dtype]);
}

/** Workspace bytes of partition_<t> / argpartition_<t>: NumPy's pivot stack (a count and 50 i32). */
export const PARTITION_WORKSPACE_BYTES = 4 + 4 * 50;

/** Workspace bytes of argsort_rows_<t>(data, rows, cols, out, work): two i32 index buffers. */
export function rowArgsortWorkspaceBytes(rows: number): number {
  return 2 * align16(rows * 4);
}

/**
 * NumPy's partition_prep_kth_array: kth values made non-negative (k + n) and sorted, as the i32
 * array partition_<t> takes; or NumPy's ValueError text for the first one out of range. `n` is
 * the length of the partitioned axis, `size` the array's size (an empty array accepts any kth).
 */
export function prepareKth(kth: readonly number[], n: number, size: number): { kth: Int32Array } | { error: string } {
  const out = new Int32Array(kth.length);
  for (let i = 0; i < kth.length; i++) {
    const k = kth[i]! < 0 ? kth[i]! + n : kth[i]!;
    if (size !== 0 && (k < 0 || k >= n)) return { error: `kth(=${k}) out of bounds (${n})` };
    out[i] = k;
  }
  return { kth: out.sort() };
}

