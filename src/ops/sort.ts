// np.sort, np.argsort, np.partition, np.argpartition and ndarray.sort: NumPy's argument handling
// and error texts here; the rows along the axis go to the WASM kernels (assembly/sort.ts,
// assembly/partition.ts) as one contiguous block.

import { describe, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { normalizeAxis } from "../core/shape.js";
import { castStrided } from "../backend/wasm/copy.js";
import { kernel } from "../backend/wasm/kernels.js";
import { lastPermutation, permutedCopy, permutedRows, unpermute, withWorkspace } from "./along-axis.js";
import { asArray, type Operand } from "./operand.js";
import { argsortWorkspaceBytes, PARTITION_WORKSPACE_BYTES, prepareKth, SORT_SUFFIX, sortWorkspaceBytes } from "./sort-plan.js";
import { viewAt } from "../backend/wasm/heap.js";

type SortKernel = (data: number, rows: number, n: number, work: number) => void;
type ArgsortKernel = (data: number, rows: number, n: number, out: number, work: number) => void;
type PartitionKernel = (data: number, rows: number, n: number, kth: number, nkth: number, work: number) => void;
type ArgpartitionKernel = (data: number, rows: number, n: number, kth: number, nkth: number, out: number, work: number) => void;

/** np.sort's keywords; every `kind` sorts stably here. */
export interface SortOptions {
  axis?: number | null;
  kind?: string | null;
  stable?: boolean | null;
}

/** np.partition's keywords (`kind`: only "introselect"). */
export interface PartitionOptions {
  axis?: number | null;
  kind?: string;
}

/** np.partition's `kth`: an integer or a list (negative counts from the end). */
export type Kth = number | readonly number[] | NDArray;

const SORT_KEYS = ["axis", "kind", "stable"];

/** NumPy's PyArray_SortkindConverter: the first letter decides (q, h, m or s). */
function checkKind(kind: unknown): void {
  if (kind === undefined || kind === null) return;
  if (typeof kind !== "string") throw new TypeError(`sort kind must be a string, got ${describe(kind)}`);
  if (!"qQhHmMsS".includes(kind[0] ?? "x")) throw new ValueError(`sort kind must be one of 'quick', 'heap', or 'stable' (got '${kind}')`);
}

/** The axis and options of sort / argsort, from `(axis?, options?)` or `(options)`. */
function sortArgs(fn: string, axisOrOptions: unknown, options: unknown): number | null {
  let axis: unknown = -1;
  let opts: Partial<SortOptions>;
  if (typeof axisOrOptions === "object" && axisOrOptions !== null) {
    if (options !== undefined) throw new TypeError(`${fn}: give the axis either as an argument or as an option`);
    opts = readOptions<SortOptions>(axisOrOptions, fn, SORT_KEYS);
    if ("axis" in opts) axis = opts.axis;
  } else {
    if (axisOrOptions !== undefined) axis = axisOrOptions;
    opts = readOptions<SortOptions>(options, fn, ["kind", "stable"]);
  }
  if (opts.stable !== undefined && opts.stable !== null) {
    if (typeof opts.stable !== "boolean") throw new TypeError(`${fn}: stable must be a boolean, got ${describe(opts.stable)}`);
    if (opts.kind !== undefined && opts.kind !== null) throw new ValueError("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
  }
  checkKind(opts.kind);
  if (axis !== null && typeof axis !== "number") throw new TypeError(`${fn}: axis must be an integer or null, got ${describe(axis)}`);
  return axis;
}

/** The array to work on and its permutation: axis null flattens (a 1-D view or copy). */
function along(a: NDArray, axis: number | null): { array: NDArray; perm: number[]; flat: boolean } {
  if (axis === null) return { array: a.ravel(), perm: [0], flat: true };
  const d = normalizeAxis(axis, a.ndim);
  return { array: a, perm: lastPermutation(a.ndim, [d]), flat: false };
}

const sortKernel = (d: DType): SortKernel => kernel<SortKernel>("sort", SORT_SUFFIX[d]);

/** Sorts the rows of a C-contiguous array (last axis) in place. */
function sortRowsInPlace(buf: NDArray): void {
  const n = buf.shape[buf.ndim - 1] ?? 1;
  if (buf.size === 0 || n <= 1) return;
  const rows = buf.size / n;
  withWorkspace(sortWorkspaceBytes(buf.dtype, n), (work) => sortKernel(buf.dtype)(buf.ptr, rows, n, work));
}

/**
 * np.sort: a sorted copy along `axis` (-1; null: flattened), NaN last, stable.
 * @example
 * nd.sort([[3, 1], [0, 2]], 0)         // array([[0, 1], [3, 2]])
 */
export function sort<D extends DType = DType>(x: NDArray<D> | Operand, axisOrOptions?: number | null | SortOptions, options?: SortOptions): NDArray<D> {
  const axis = sortArgs("sort", axisOrOptions, options);
  const { array: a, owned } = asArray(x, "a");
  try {
    const { array, perm, flat } = along(a, axis);
    try {
      const buf = permutedCopy(array, perm);
      try {
        sortRowsInPlace(buf);
      } catch (e) {
        buf.dispose();
        throw e;
      }
      // NumPy sorts a copy made in order "K".
      return unpermute(buf, perm, array._keptOrder()) as NDArray<D>;
    } finally {
      if (flat) array.dispose();
    }
  } finally {
    if (owned) a.dispose();
  }
}

/** @internal ndarray.sort: sorts `a` in place along `axis` (default -1). */
export function sortInPlace(a: NDArray, axisOrOptions?: number | null | SortOptions, options?: SortOptions): void {
  const axis = sortArgs("sort", axisOrOptions, options);
  a.storage; // throws if disposed
  if (axis === null) throw new ValueError("sort with axis=None is not supported in place: use nd.sort(a, null)");
  const d = normalizeAxis(axis, a.ndim);
  a.checkWriteable("sort array");
  const perm = lastPermutation(a.ndim, [d]);
  if (a.isContiguous && d === a.ndim - 1) {
    sortRowsInPlace(a);
    return;
  }
  const buf = permutedCopy(a, perm);
  try {
    sortRowsInPlace(buf);
    const target = a.transpose(perm);
    try {
      castStrided(target.ptr, a.dtype, target.byteStrides, buf.ptr, buf.dtype, buf.byteStrides, buf.shape);
    } finally {
      target.dispose();
    }
  } finally {
    buf.dispose();
  }
}

/**
 * np.argsort (always stable): int64 indices that sort along `axis`.
 * @example
 * nd.argsort([3, 1, 2])                // array([1, 2, 0])
 */
export function argsort(x: Operand, axisOrOptions?: number | null | SortOptions, options?: SortOptions): NDArray<"int64"> {
  const axis = sortArgs("argsort", axisOrOptions, options);
  const { array: a, owned } = asArray(x, "a");
  try {
    const { array, perm, flat } = along(a, axis);
    try {
      const rowsView = permutedRows(array, perm);
      try {
        const src = rowsView.array;
        const out = NDArray.empty(src.shape, "int64");
        const n = src.shape[src.ndim - 1] ?? 1;
        if (src.size > 0) {
          try {
            const k = kernel<ArgsortKernel>("argsort", SORT_SUFFIX[src.dtype]);
            withWorkspace(argsortWorkspaceBytes(src.dtype, n), (work) => k(src.ptr, src.size / n, n, out.ptr, work));
          } catch (e) {
            out.dispose();
            throw e;
          }
        }
        return unpermute(out, perm);
      } finally {
        if (rowsView.owned) rowsView.array.dispose();
      }
    } finally {
      if (flat) array.dispose();
    }
  } finally {
    if (owned) a.dispose();
  }
}

/** kth as a list of integers, with NumPy's errors for booleans and non-integers. */
function kthList(kth: unknown): number[] {
  if (typeof kth === "boolean") throw new ValueError("Booleans unacceptable as partition index");
  if (typeof kth === "number" || typeof kth === "bigint") {
    if (!Number.isInteger(Number(kth))) throw new TypeError("Partition index must be integer");
    return [Number(kth)];
  }
  if (kth instanceof NDArray) {
    if (kth.dtype === "bool") throw new ValueError("Booleans unacceptable as partition index");
    if (kth.dtype === "float32" || kth.dtype === "float64") throw new TypeError("Partition index must be integer");
    if (kth.ndim > 1) throw new ValueError("kth array must have dimension <= 1");
    const f = kth._cast("float64");
    try {
      return Array.from(f.toTypedArray() as Float64Array);
    } finally {
      f.dispose();
    }
  }
  if (Array.isArray(kth)) {
    if (kth.some((k) => typeof k === "boolean")) throw new ValueError("Booleans unacceptable as partition index");
    if (!kth.every((k) => (typeof k === "number" && Number.isInteger(k)) || typeof k === "bigint")) throw new TypeError("Partition index must be integer");
    return kth.map(Number);
  }
  throw new TypeError(`kth must be an integer or an array of integers, got ${describe(kth)}`);
}

function partitionArgs(fn: string, axisOrOptions: unknown, options: unknown): number | null {
  let axis: unknown = -1;
  let opts: Partial<PartitionOptions>;
  if (typeof axisOrOptions === "object" && axisOrOptions !== null) {
    opts = readOptions<PartitionOptions>(axisOrOptions, fn, ["axis", "kind"]);
    if ("axis" in opts) axis = opts.axis;
  } else {
    if (axisOrOptions !== undefined) axis = axisOrOptions;
    opts = readOptions<PartitionOptions>(options, fn, ["kind"]);
  }
  if (opts.kind !== undefined && opts.kind !== "introselect") throw new ValueError(`select kind must be 'introselect' (got ${typeof opts.kind === "string" ? `'${opts.kind}'` : describe(opts.kind)})`);
  if (axis !== null && typeof axis !== "number") throw new TypeError(`${fn}: axis must be an integer or null, got ${describe(axis)}`);
  return axis;
}

/** kth as the kernel's sorted i32 array, with NumPy's out-of-bounds text. */
function kthArray(kth: number[], n: number, size: number): Int32Array {
  const r = prepareKth(kth, n, size);
  if ("error" in r) throw new ValueError(r.error);
  return r.kth;
}

const KTH_OFFSET = Math.ceil(PARTITION_WORKSPACE_BYTES / 16) * 16;

/** Runs `fn` with the partition workspace and the kth values copied into the heap after it. */
function withKth<T>(kth: Int32Array, fn: (work: number, kp: number) => T): T {
  return withWorkspace(KTH_OFFSET + kth.length * 4, (work) => {
    (viewAt(work + KTH_OFFSET, "int32", kth.length) as Int32Array).set(kth);
    return fn(work, work + KTH_OFFSET);
  });
}

/**
 * np.partition: the sorted value at each `kth`, none greater before it, none smaller after.
 * @example
 * nd.partition([3, 4, 2, 1], 2)        // array([1, 2, 3, 4])
 */
export function partition<D extends DType = DType>(x: NDArray<D> | Operand, kth: Kth, axisOrOptions?: number | null | PartitionOptions, options?: PartitionOptions): NDArray<D> {
  const axis = partitionArgs("partition", axisOrOptions, options);
  const ks = kthList(kth);
  const { array: a, owned } = asArray(x, "a");
  try {
    const { array, perm, flat } = along(a, axis);
    try {
      const n = array.shape[perm[perm.length - 1]!]!;
      const k = kthArray(ks, n, array.size);
      const buf = permutedCopy(array, perm);
      try {
        partitionRows(buf, n, k);
      } catch (e) {
        buf.dispose();
        throw e;
      }
      // NumPy sorts a copy made in order "K".
      return unpermute(buf, perm, array._keptOrder()) as NDArray<D>;
    } finally {
      if (flat) array.dispose();
    }
  } finally {
    if (owned) a.dispose();
  }
}

/** @internal Partitions the rows (last axis, length n) of a C-contiguous array in place around sorted kth. */
export function partitionRows(buf: NDArray, n: number, kth: Int32Array): void {
  if (buf.size === 0 || n <= 1 || kth.length === 0) return;
  const k = kernel<PartitionKernel>("partition", SORT_SUFFIX[buf.dtype]);
  withKth(kth, (work, kp) => k(buf.ptr, buf.size / n, n, kp, kth.length, work));
}

/**
 * np.argpartition: int64 indices that partition as np.partition does.
 * @example
 * nd.argpartition([3, 4, 2, 1], 2)     // array([3, 2, 0, 1])
 */
export function argpartition(x: Operand, kth: Kth, axisOrOptions?: number | null | PartitionOptions, options?: PartitionOptions): NDArray<"int64"> {
  const axis = partitionArgs("argpartition", axisOrOptions, options);
  const ks = kthList(kth);
  const { array: a, owned } = asArray(x, "a");
  try {
    const { array, perm, flat } = along(a, axis);
    try {
      const n = array.shape[perm[perm.length - 1]!]!;
      const kths = kthArray(ks, n, array.size);
      const rowsView = permutedRows(array, perm);
      try {
        const src = rowsView.array;
        const out = NDArray.empty(src.shape, "int64");
        try {
          if (src.size > 0) {
            const k = kernel<ArgpartitionKernel>("argpartition", SORT_SUFFIX[src.dtype]);
            withKth(kths, (work, kp) => k(src.ptr, src.size / n, n, kp, kths.length, out.ptr, work));
          }
        } catch (e) {
          out.dispose();
          throw e;
        }
        return unpermute(out, perm);
      } finally {
        if (rowsView.owned) rowsView.array.dispose();
      }
    } finally {
      if (flat) array.dispose();
    }
  } finally {
    if (owned) a.dispose();
  }
}
