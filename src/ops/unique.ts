// np.unique: a stable argsort (or an in-place sort when only the values are wanted), then run
// starts, values, first indices, inverse and counts (assembly/unique.ts); with `axis`, the same
// over whole slices compared lexicographically.

import { describe, type DType } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { normalizeAxis } from "../core/shape.js";
import { kernel } from "../backend/wasm/kernels.js";
import { allocBlock, freeBlock } from "../backend/wasm/storage.js";
import { permutedCopy, unpermute, withWorkspace } from "./along-axis.js";
import { asArray, type Operand } from "./operand.js";
import { argsortWorkspaceBytes, rowArgsortWorkspaceBytes, SORT_SUFFIX, sortWorkspaceBytes } from "./sort-plan.js";

/** np.unique's keywords (`return_index` is `returnIndex`, …). */
export interface UniqueOptions {
  /** Also return the index of each unique value's first occurrence. */
  returnIndex?: boolean;
  /** Also return the indices that rebuild the input from the unique values. */
  returnInverse?: boolean;
  /** Also return how often each unique value occurs. */
  returnCounts?: boolean;
  /** The axis whose slices are compared as wholes (default null: the flattened array). */
  axis?: number | null;
  /** Whether all NaNs count as one value (default true; ignored with `axis`, as in NumPy). */
  equalNan?: boolean;
}

/** What np.unique returns with any `return…` option: the values and those asked for. */
export interface UniqueResult<D extends DType = DType> {
  /** The sorted unique values (slices, with `axis`). */
  values: NDArray<D>;
  /** With `returnIndex`: int64 index of each value's first occurrence. */
  index?: NDArray<"int64">;
  /** With `returnInverse`: int64 indices into `values` that rebuild the input (the input's shape, or 1-D with `axis`). */
  inverse?: NDArray<"int64">;
  /** With `returnCounts`: int64 number of occurrences of each value. */
  counts?: NDArray<"int64">;
}

type Flag = "returnIndex" | "returnInverse" | "returnCounts";
type Flags<O> = O extends UniqueOptions ? O[Flag & keyof O] : never;
type Picked<D extends DType, O> = UniqueResult<D> &
  (O extends { returnIndex: true } ? { index: NDArray<"int64"> } : unknown) &
  (O extends { returnInverse: true } ? { inverse: NDArray<"int64"> } : unknown) &
  (O extends { returnCounts: true } ? { counts: NDArray<"int64"> } : unknown);

/** The type np.unique returns for options O: an array when no `return…` option can be true, else the result object. */
export type UniqueReturn<D extends DType, O> = [Flags<O>] extends [false | undefined | never]
  ? NDArray<D>
  : O extends { returnIndex: true } | { returnInverse: true } | { returnCounts: true }
    ? Picked<D, O>
    : NDArray<D> | Picked<D, O>;

type FlagsKernel = (data: number, perm: number, n: number, flags: number, equalNan: number) => number;
type ValuesKernel = (data: number, perm: number, flags: number, n: number, out: number) => void;
type SortKernel = (data: number, rows: number, n: number, work: number) => void;
type ArgsortKernel = (data: number, rows: number, n: number, out: number, work: number) => void;
type RowFlagsKernel = (data: number, rows: number, cols: number, perm: number, flags: number) => number;
type RowsKernel = (data: number, cols: number, perm: number, flags: number, n: number, out: number) => void;
type IndexKernel = (perm: number, flags: number, n: number, out: number) => void;
type CountsKernel = (flags: number, n: number, out: number) => void;

function checkFlag(opts: Partial<UniqueOptions>, key: keyof UniqueOptions): boolean {
  const v = opts[key];
  if (v === undefined || v === null) return key === "equalNan";
  if (typeof v !== "boolean") throw new TypeError(`unique: ${key} must be a boolean, got ${describe(v)}`);
  return v;
}

/** The index, inverse and counts outputs from the permutation (0: identity) and run flags. */
function extras(want: { index: boolean; inverse: boolean; counts: boolean }, perm: number, flags: number, n: number, k: number, inverseShape: readonly number[]): Omit<UniqueResult, "values"> {
  const r: Omit<UniqueResult, "values"> = {};
  try {
    if (want.index) {
      r.index = NDArray.empty([k], "int64");
      if (n > 0) kernel<IndexKernel>("unique", "index")(perm, flags, n, r.index.ptr);
    }
    if (want.inverse) {
      r.inverse = NDArray.empty(inverseShape, "int64");
      if (n > 0) kernel<IndexKernel>("unique", "inverse")(perm, flags, n, r.inverse.ptr);
    }
    if (want.counts) {
      r.counts = NDArray.empty([k], "int64");
      if (n > 0) kernel<CountsKernel>("unique", "counts")(flags, n, r.counts.ptr);
    }
    return r;
  } catch (e) {
    r.index?.dispose();
    r.inverse?.dispose();
    r.counts?.dispose();
    throw e;
  }
}

/** The unique elements of the flattened array. */
function uniqueFlat(a: NDArray, want: { index: boolean; inverse: boolean; counts: boolean }, equalNan: boolean): UniqueResult {
  const n = a.size;
  const s = SORT_SUFFIX[a.dtype];
  const data = a.flatten();
  const indirect = want.index || want.inverse;
  const perm = indirect ? allocBlock(Math.max(16, n * 8)) : 0;
  const flags = allocBlock(Math.max(16, n));
  try {
    if (n > 1) {
      if (indirect) withWorkspace(argsortWorkspaceBytes(a.dtype, n), (w) => kernel<ArgsortKernel>("argsort", s)(data.ptr, 1, n, perm, w));
      else withWorkspace(sortWorkspaceBytes(a.dtype, n), (w) => kernel<SortKernel>("sort", s)(data.ptr, 1, n, w));
    }
    // One element needs no sort: the identity permutation (0) serves.
    const p = indirect && n > 1 ? perm : 0;
    const k = n === 0 ? 0 : kernel<FlagsKernel>("unique_flags", s)(data.ptr, p, n, flags, equalNan ? 1 : 0);
    const values = NDArray.empty([k], a.dtype);
    try {
      if (k > 0) kernel<ValuesKernel>("unique_values", s)(data.ptr, p, flags, n, values.ptr);
      return { values, ...extras(want, p, flags, n, k, a.shape) };
    } catch (e) {
      values.dispose();
      throw e;
    }
  } finally {
    data.dispose();
    if (perm !== 0) freeBlock(perm);
    freeBlock(flags);
  }
}

/** The unique slices along `axis`: each slice a row of the moved, flattened array. */
function uniqueAxis(a: NDArray, axis: number, want: { index: boolean; inverse: boolean; counts: boolean }): UniqueResult {
  const d = normalizeAxis(axis, a.ndim);
  const perm0 = [d, ...a.shape.map((_, i) => i).filter((i) => i !== d)];
  const moved = permutedCopy(a, perm0);
  const rows = a.shape[d]!;
  const cols = rows === 0 ? 0 : moved.size / rows;
  const s = SORT_SUFFIX[a.dtype];
  const perm = allocBlock(Math.max(16, rows * 8));
  const flags = allocBlock(Math.max(16, rows));
  try {
    if (rows > 0) withWorkspace(rowArgsortWorkspaceBytes(rows), (w) => kernel<ArgsortKernel>("argsort_rows", s)(moved.ptr, rows, cols, perm, w));
    const k = rows === 0 ? 0 : kernel<RowFlagsKernel>("unique_row_flags", s)(moved.ptr, rows, cols, perm, flags);
    const shape = [k, ...perm0.slice(1).map((i) => a.shape[i]!)];
    let values = NDArray.empty(shape, a.dtype);
    try {
      if (k > 0 && cols > 0) kernel<RowsKernel>("unique_rows", s)(moved.ptr, cols, perm, flags, rows, values.ptr);
      const rest = extras(want, perm, flags, rows, k, [rows]);
      values = unpermute(values, perm0);
      return { values, ...rest };
    } catch (e) {
      values.dispose();
      throw e;
    }
  } finally {
    moved.dispose();
    freeBlock(perm);
    freeBlock(flags);
  }
}

/**
 * np.unique: the sorted unique elements of `a` (flattened), or of its slices along `axis`. With
 * any of `returnIndex`, `returnInverse`, `returnCounts` true it returns `{ values, index?,
 * inverse?, counts? }` (int64 arrays) instead. NaNs count as one value unless `equalNan` is false.
 * @example
 * nd.unique([3, 1, 3, 2])                                  // array([1, 2, 3])
 * const { values, counts } = nd.unique([3, 1, 3], { returnCounts: true });
 * counts                                                   // array([1, 2])
 * nd.unique([[1, 2], [1, 2], [0, 5]], { axis: 0 })         // array([[0, 5], [1, 2]])
 */
export function unique<D extends DType>(a: NDArray<D>): NDArray<D>;
export function unique<D extends DType, O extends UniqueOptions>(a: NDArray<D>, options: O): UniqueReturn<D, O>;
export function unique(a: Operand): NDArray;
export function unique<O extends UniqueOptions>(a: Operand, options: O): UniqueReturn<DType, O>;
export function unique(x: Operand, options?: UniqueOptions): NDArray | UniqueResult {
  const opts = readOptions<UniqueOptions>(options, "unique", ["returnIndex", "returnInverse", "returnCounts", "axis", "equalNan"]);
  const want = { index: checkFlag(opts, "returnIndex"), inverse: checkFlag(opts, "returnInverse"), counts: checkFlag(opts, "returnCounts") };
  const equalNan = checkFlag(opts, "equalNan");
  const axis = opts.axis ?? null;
  if (axis !== null && typeof axis !== "number") throw new TypeError(`unique: axis must be an integer or null, got ${describe(axis)}`);
  const { array: a, owned } = asArray(x, "ar");
  try {
    const r = axis === null ? uniqueFlat(a, want, equalNan) : uniqueAxis(a, axis, want);
    return want.index || want.inverse || want.counts ? r : r.values;
  } finally {
    if (owned) a.dispose();
  }
}
