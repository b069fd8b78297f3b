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

/** np.unique's keywords (`equalNan` default true). */
export interface UniqueOptions {
  returnIndex?: boolean;
  returnInverse?: boolean;
  returnCounts?: boolean;
  axis?: number | null;
  equalNan?: boolean;
}

type I64 = NDArray<"int64">;
/** np.unique's tuple as an object: `values` and the int64 arrays asked for. */
export interface UniqueResult<D extends DType = DType> {
  values: NDArray<D>;
  index?: I64;
  inverse?: I64;
  counts?: I64;
}

type On<O, K extends string, T extends string> = O extends Record<K, true> ? Record<T, I64> : unknown;
type Full<D extends DType, O> = UniqueResult<D> & On<O, "returnIndex", "index"> & On<O, "returnInverse", "inverse"> & On<O, "returnCounts", "counts">;
type Any = Record<"returnIndex", true> | Record<"returnInverse", true> | Record<"returnCounts", true>;

/** What np.unique returns for options O: an NDArray, the object, or either when a flag is not a literal. */
export type UniqueReturn<D extends DType, O> = O extends Any ? Full<D, O> : true extends O[keyof O & ("returnIndex" | "returnInverse" | "returnCounts")] ? NDArray<D> | Full<D, O> : NDArray<D>;

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
 * np.unique: sorted unique values, with `return…` options `{ values, index?, inverse?, counts? }`.
 * @example
 * nd.unique([3, 1, 3], { returnCounts: true }).counts // array([1, 2])
 */
export function unique<D extends DType = DType>(a: NDArray<D> | Operand): NDArray<D>;
export function unique<O extends UniqueOptions, D extends DType = DType>(a: NDArray<D> | Operand, options: O): UniqueReturn<D, O>;
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
