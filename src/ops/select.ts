// np.where (both forms), np.nonzero and np.clip.

import { DType } from "../dtype.js";
import { ValueError } from "../errors.js";
import { NDArray } from "../ndarray.js";
import { planLoop } from "../wasm/iterate.js";
import { wasm } from "../wasm/module.js";
import { castArray, copyArray } from "./copy.js";
import { Operand, asArray } from "./operand.js";
import { NaryKernel, Value, prepare, resultType, run, values } from "./nary.js";

const SUFFIX = { float64: "f64", float32: "f32", int32: "i32", bool: "u8" } as const;
type Suffix = (typeof SUFFIX)[DType];
const K = wasm as unknown as Record<`${"where" | "clip"}_${Suffix}`, NaryKernel> & {
  count_nonzero_u8(a: number, n: number, sa: number, outer: number): number;
  nonzero_flat_u8(out: number, a: number, n: number, sa: number, outer: number): void;
  unravel_i32(out: number, flat: number, count: number, div: number, size: number): void;
};

const NONZERO_0D = "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.";

function indices(a: NDArray, zeroDim: string): NDArray[] {
  if (a.ndim === 0) throw new ValueError(zeroDim);
  const b = a.dtype === "bool" ? a : castArray(a, "bool");
  const temps: NDArray[] = b === a ? [] : [b];
  const out: NDArray[] = [];
  try {
    let count = 0;
    let flat: NDArray | null = null;
    if (b.size > 0) {
      let loop = planLoop(b.shape, [b.byteStrides]);
      count = K.count_nonzero_u8(b.ptr, loop.n, loop.steps[0], loop.outer);
      flat = NDArray.empty([count], "int32");
      temps.push(flat);
      loop = planLoop(b.shape, [b.byteStrides]);
      if (count > 0) K.nonzero_flat_u8(flat.ptr, b.ptr, loop.n, loop.steps[0], loop.outer);
    }
    for (let d = 0; d < b.ndim; d++) {
      const r = NDArray.empty([count], "int32");
      out.push(r);
      const div = b.shape.slice(d + 1).reduce((x, y) => x * y, 1);
      if (count > 0) K.unravel_i32(r.ptr, flat!.ptr, count, div, b.shape[d]);
    }
    return out;
  } catch (e) {
    for (const r of out) r.dispose();
    throw e;
  } finally {
    for (const t of temps) t.dispose();
  }
}

/** np.nonzero: one int32 array of indices per axis, in C order. */
export function nonzero(a: Operand): NDArray[] {
  const { array, owned } = asArray(a, "a");
  try {
    return indices(array, NONZERO_0D);
  } finally {
    if (owned) array.dispose();
  }
}

/**
 * np.where(condition, x, y): elements of `x` where `condition` is true (non-zero), else of `y`,
 * broadcast together; the dtype is NumPy's promotion of x and y (JS numbers are weak).
 * np.where(condition) alone is np.nonzero(condition).
 */
export function where(condition: Operand, x: Operand, y: Operand): NDArray;
export function where(condition: Operand): NDArray[];
export function where(condition: Operand, ...xy: Operand[]): NDArray | NDArray[] {
  if (xy.length === 0) {
    const { array, owned } = asArray(condition, "condition");
    try {
      return indices(
        array,
        `${NONZERO_0D} If the context of this error is of the form \`arr[nonzero(cond)]\`, just use \`arr[cond]\`.`,
      );
    } finally {
      if (owned) array.dispose();
    }
  }
  if (xy.length !== 2) throw new ValueError("either both or neither of x and y should be given");
  const temps: NDArray[] = [];
  try {
    const vals = values([condition, xy[0], xy[1]], ["condition", "x", "y"], temps);
    const dtype = resultType(vals.slice(1));
    return run(K[`where_${SUFFIX[dtype]}`], prepare(vals, ["bool", dtype, dtype], temps), dtype);
  } finally {
    for (const t of temps) t.dispose();
  }
}

const BOUNDS: Record<DType, [number, number]> = {
  float64: [-Infinity, Infinity],
  float32: [-Infinity, Infinity],
  int32: [-2147483648, 2147483647],
  bool: [0, 1],
};

/**
 * np.clip(a, min, max): min(max(a, min), max) element-wise with broadcasting, as NumPy computes
 * it: a NaN in any operand gives NaN, and min > max gives max. Either bound may be null (or
 * undefined) for none; with neither, a copy of `a`.
 */
export function clip(a: Operand, min: Operand | null | undefined, max: Operand | null | undefined): NDArray {
  const none = (v: unknown) => v === null || v === undefined;
  if (none(min) && none(max)) {
    const { array, owned } = asArray(a, "a");
    if (owned) return array;
    return copyArray(array);
  }
  const temps: NDArray[] = [];
  try {
    const given = [a, ...[min, max].filter((v) => !none(v))] as Operand[];
    const vals = values(given, ["a", ...(none(min) ? [] : ["min"]), ...(none(max) ? [] : ["max"])], temps);
    // Integer bounds beyond int32 clip an int32 array exactly as NumPy's int64 would: at the int32 range.
    const clamped = vals.map((v, i) => (i > 0 && typeof v === "number" && Number.isInteger(v) ? Math.min(2147483647, Math.max(-2147483648, v)) : v));
    let dtype = resultType(clamped);
    const used: Value[] = dtype === "int32" ? clamped : vals;
    if (dtype !== "int32") dtype = resultType(vals);
    const [lo, hi] = BOUNDS[dtype];
    let k = 1;
    const operands: Value[] = [used[0], none(min) ? lo : used[k++], none(max) ? hi : used[k++]];
    return run(K[`clip_${SUFFIX[dtype]}`], prepare(operands, [dtype, dtype, dtype], temps), dtype);
  } finally {
    for (const t of temps) t.dispose();
  }
}
