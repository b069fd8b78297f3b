// np.where (both forms), np.nonzero and np.clip.

import { DTYPE, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { planLoop } from "../backend/wasm/callblock.js";
import { bits, kernel, numeric, table } from "../backend/wasm/kernels.js";
import { maximum, minimum } from "./elementwise.js";
import { Temps, asArray, type Operand } from "./operand.js";
import { type Loop, type NaryKernel, type OutOptions, type Ufunc, type Value, apply, readOptions, resultType } from "./ufunc.js";

type Count = (a: number, n: number, sa: number, outer: number) => number;
const countNonzero = kernel<Count>("count_nonzero", "bool");
const nonzeroFlat = kernel<(out: number, a: number, n: number, sa: number, outer: number) => void>("nonzero_flat", "u8");
const unravel = kernel<(out: number, flat: number, count: number, div: number, size: number) => void>("unravel", "i64");

const NONZERO_0D = "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.";

function indices(a: NDArray, zeroDim: string): NDArray[] {
  if (a.ndim === 0) throw new ValueError(zeroDim);
  const temps = new Temps();
  const out: NDArray[] = [];
  try {
    const b = a.dtype === "bool" ? a : temps.add(a._cast("bool"));
    let count = 0;
    let flat: NDArray | null = null;
    if (b.size > 0) {
      let loop = planLoop(b.shape, [b.byteStrides]);
      count = countNonzero(b.ptr, loop.n, loop.steps[0]!, loop.outer);
      flat = temps.add(NDArray.empty([count], "int32"));
      loop = planLoop(b.shape, [b.byteStrides]);
      if (count > 0) nonzeroFlat(flat.ptr, b.ptr, loop.n, loop.steps[0]!, loop.outer);
    }
    for (let d = 0; d < b.ndim; d++) {
      const r = NDArray.empty([count], "int64");
      out.push(r);
      const div = b.shape.slice(d + 1).reduce((x, y) => x * y, 1);
      if (count > 0) unravel(r.ptr, flat!.ptr, count, div, b.shape[d]!);
    }
    return out;
  } catch (e) {
    for (const r of out) r.dispose();
    throw e;
  } finally {
    temps.dispose();
  }
}

/**
 * np.nonzero: one int64 array of indices per axis, in C order.
 * @example
 * nd.nonzero([0, 3, 0, 5])             // [array([1, 3])]
 */
export function nonzero(a: Operand): NDArray[] {
  const { array, owned } = asArray(a, "a");
  try {
    return indices(array, NONZERO_0D);
  } finally {
    if (owned) array.dispose();
  }
}

const whereKernels = table<NaryKernel>("where", bits);

/** np.where's selection: bits are moved, so one kernel per element size serves every dtype; scalars wrap as C casts them. */
const WHERE: Ufunc = {
  name: "where",
  scalars: "wrap",
  loop(vals: readonly Value[]): Loop {
    const dtype = resultType(vals.slice(1));
    return { inputs: ["bool", dtype, dtype], output: dtype, kernel: whereKernels[dtype]! };
  },
};

/**
 * np.where(condition, x, y): elements of `x` where `condition` is true (non-zero), else of `y`,
 * broadcast together; the dtype is NumPy's promotion of x and y (JS numbers are weak).
 * np.where(condition) alone is np.nonzero(condition).
 * @example
 * nd.where([true, false], [1, 2], [10, 20])   // array([ 1, 20])
 * nd.where([[0, 1], [1, 0]])          // [array([0, 1]), array([1, 0])]
 */
export function where(condition: Operand, x: Operand, y: Operand): NDArray;
export function where(condition: Operand): NDArray[];
export function where(condition: Operand, ...xy: Operand[]): NDArray | NDArray[] {
  if (xy.length === 0) {
    const { array, owned } = asArray(condition, "condition");
    try {
      return indices(array, `${NONZERO_0D} If the context of this error is of the form \`arr[nonzero(cond)]\`, just use \`arr[cond]\`.`);
    } finally {
      if (owned) array.dispose();
    }
  }
  if (xy.length !== 2) throw new ValueError("either both or neither of x and y should be given");
  return apply(WHERE, [condition, xy[0]!, xy[1]!], ["condition", "x", "y"]);
}

const CLIP: Ufunc = {
  name: "clip",
  loop(_vals: readonly Value[], promoted: DType): Loop {
    return { inputs: [promoted, promoted, promoted], output: promoted, kernel: table<NaryKernel>("clip", numeric)[promoted]! };
  },
};

const isPythonInt = (v: unknown): v is number | bigint => typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v));

/**
 * np.clip(a, min, max): min(max(a, min), max) element-wise with broadcasting, as NumPy computes
 * it: a NaN in any operand gives NaN, and min > max gives max. Either bound may be null (or
 * undefined) for none; with neither, a copy of `a`. As in NumPy 2, an integer bound beyond an
 * integer array's range is dropped, and a single bound is np.minimum / np.maximum.
 * @example
 * nd.clip([1, 5, 9], 2, 6)             // array([2, 5, 6])
 * nd.clip([1, 5, 9], null, 6)          // array([1, 5, 6])
 */
export function clip(a: Operand, min: Operand | null | undefined, max: Operand | null | undefined, options?: OutOptions): NDArray {
  const opts = readOptions<OutOptions>(options, "clip", ["out"]);
  const temps = new Temps();
  try {
    const arr = temps.array(a, "a");
    let lo = min ?? null;
    let hi = max ?? null;
    const t = DTYPE[arr.dtype];
    if (t.kind === "i" || t.kind === "u") {
      if (isPythonInt(lo) && BigInt(lo) <= t.minBig) lo = null;
      if (isPythonInt(hi) && BigInt(hi) >= t.maxBig) hi = null;
    }
    if (lo === null && hi === null) {
      if (opts.out === undefined || opts.out === null) return arr.copy();
      return maximum(arr, t.kind === "f" ? -Infinity : t.big ? t.minBig : t.min, opts);
    }
    if (lo === null) return minimum(arr, hi!, opts);
    if (hi === null) return maximum(arr, lo, opts);
    return apply(CLIP, [arr, lo, hi], ["a", "min", "max"], opts);
  } finally {
    temps.dispose();
  }
}
