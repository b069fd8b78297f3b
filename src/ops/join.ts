// Joining and splitting: np.concatenate, stack, vstack, hstack, column_stack (one strided WASM copy
// per input, converted to the promoted dtype on the way), split and array_split (views).

import { canCastSafely, canCastSameKind, checkDType, promoteTypes, type DType } from "../core/dtype.js";
import { IndexError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { sliceIndices } from "../core/slice.js";
import { castStrided } from "../backend/wasm/copy.js";
import { readOptions } from "../core/options.js";
import { Temps, type Operand } from "./operand.js";
import { multiSortedOrder } from "./reduce-plan.js";

/** Keywords of np.concatenate, np.stack, np.vstack and np.hstack: `dtype`, `out` and `casting`. */
export interface ConcatenateOptions {
  /** The result's dtype (the inputs cast to it under `casting`); NumPy's promotion of the inputs by default. */
  dtype?: DType | null;
  /** Where to write the result: an array of the result's shape (the inputs cast to it under `casting`). */
  out?: NDArray | null;
  /** NumPy's casting rule for the inputs: "no", "equiv", "safe", "same_kind" (default) or "unsafe". */
  casting?: Casting;
}

export type Casting = "no" | "equiv" | "safe" | "same_kind" | "unsafe";
const CASTINGS: readonly Casting[] = ["no", "equiv", "safe", "same_kind", "unsafe"];

function arrayList(arrays: readonly Operand[], fn: string, temps: Temps): NDArray[] {
  if (!Array.isArray(arrays)) throw new TypeError(`${fn}: arrays must be an array of arrays, got ${typeof arrays}`);
  return arrays.map((x, i) => temps.array(x, `${fn}: arrays[${i}]`));
}

function castCheck(from: DType, to: DType, rule: Casting): void {
  const ok = rule === "unsafe" || (rule === "same_kind" ? canCastSameKind(from, to) : rule === "safe" ? canCastSafely(from, to) : from === to);
  if (!ok) throw new TypeError(`Cannot cast array data from dtype('${from}') to dtype('${to}') according to the rule '${rule}'`);
}

/** Joins arrays (already arrays) along `axis`, or flattened when axis is null, with NumPy's checks and promotion. */
function join(list: readonly NDArray[], axis: number | null, options: ConcatenateOptions | undefined, temps: Temps): NDArray {
  const opts = readOptions<ConcatenateOptions>(options, "concatenate", ["dtype", "out", "casting"]);
  const casting = opts.casting ?? "same_kind";
  if (!CASTINGS.includes(casting)) throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(casting)}')`);
  if (list.length === 0) throw new ValueError("need at least one array to concatenate");
  let parts = list;
  let ax = 0;
  if (axis === null) {
    parts = list.map((x) => temps.add(x.ravel()));
  } else {
    const ndim = list[0]!.ndim;
    if (ndim === 0) throw new ValueError("zero-dimensional arrays cannot be concatenated");
    ax = normalizeAxis(axis, ndim);
  }
  const first = parts[0]!;
  const shape = first.shape.slice();
  for (let i = 1; i < parts.length; i++) {
    const x = parts[i]!;
    if (x.ndim !== first.ndim) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${first.ndim} dimension(s) and the array at index ${i} has ${x.ndim} dimension(s)`,
      );
    }
    for (let d = 0; d < first.ndim; d++) {
      if (d === ax) shape[d]! += x.shape[d]!;
      else if (x.shape[d] !== first.shape[d]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${x.shape[d]}`,
        );
      }
    }
  }
  let dtype = parts.map((x) => x.dtype).reduce(promoteTypes);
  const out = opts.out ?? null;
  if (opts.dtype !== undefined && opts.dtype !== null) {
    if (out !== null) throw new TypeError("concatenate() only takes `out` or `dtype` as an argument, but both were provided.");
    const d = checkDType(opts.dtype, "concatenate: dtype");
    for (const x of parts) castCheck(x.dtype, d, casting);
    dtype = d;
  }
  let result: NDArray;
  if (out !== null) {
    if (!(out instanceof NDArray)) throw new TypeError(`concatenate: out must be an NDArray, got ${typeof out}`);
    if (out.ndim !== shape.length) throw new ValueError("Output array has wrong dimensionality");
    if (!out.shape.every((n, d) => n === shape[d])) throw new ValueError("Output array is the wrong shape");
    out.checkWriteable();
    for (const x of parts) castCheck(x.dtype, out.dtype, casting);
    result = out;
  } else {
    // NumPy lays the result out in the order its inputs' strides agree on (PyArray_CreateMultiSortedStridePerm).
    const order = parts.every((x) => x.isContiguous) ? undefined : multiSortedOrder(shape.length, parts);
    result = NDArray.empty(shape, dtype, false, order);
  }
  try {
    let start = 0;
    const size = result.itemsize;
    for (const x of parts) {
      const n = x.shape[ax]!;
      if (n > 0 && x.size > 0) {
        // An input sharing memory with `out` is read from a copy.
        const src = out !== null && x._storage === out._storage ? temps.add(x.copy()) : x;
        const dst = result.ptr + start * result.strides[ax]! * size;
        castStrided(dst, result.dtype, result.byteStrides, src.ptr, src.dtype, src.byteStrides, src.shape);
      }
      start += n;
    }
  } catch (e) {
    if (result !== out) result.dispose();
    throw e;
  }
  return result;
}

/**
 * np.concatenate(arrays, axis = 0, { dtype, out }?): joins arrays along an existing axis (flattened
 * when axis is null), in NumPy's promoted dtype. Nested JS arrays are arrays (int64, float64 or
 * bool), not weak scalars.
  * @example
  * nd.concatenate([[1, 2], [3]])        // array([1, 2, 3])
  * nd.concatenate([[[1, 2]], [[3, 4]]], 1)  // array([[1, 2, 3, 4]])
 */
export function concatenate(arrays: readonly Operand[], axis: number | null = 0, options?: ConcatenateOptions): NDArray {
  const temps = new Temps();
  try {
    return join(arrayList(arrays, "concatenate", temps), axis, options, temps);
  } finally {
    temps.dispose();
  }
}

/**
 * np.concat: the same as concatenate.
 * @example
 * nd.concat([[1], [2, 3]])             // array([1, 2, 3])
 */
export const concat = concatenate;

/**
 * np.stack(arrays, axis = 0, { dtype, out }?): joins arrays of one shape along a new axis.
 * @example
 * nd.stack([[1, 2], [3, 4]])           // array([[1, 2], [3, 4]])
 * nd.stack([[1, 2], [3, 4]], 1)        // array([[1, 3], [2, 4]])
 */
export function stack(arrays: readonly Operand[], axis = 0, options?: ConcatenateOptions): NDArray {
  const temps = new Temps();
  try {
    const list = arrayList(arrays, "stack", temps);
    if (list.length === 0) throw new ValueError("need at least one array to stack");
    const first = list[0]!;
    if (list.some((x) => x.ndim !== first.ndim || x.shape.some((n, d) => n !== first.shape[d]))) throw new ValueError("all input arrays must have the same shape");
    const ax = normalizeAxis(axis, first.ndim + 1);
    const expanded = list.map((x) =>
      temps.add(x.view([...x.shape.slice(0, ax), 1, ...x.shape.slice(ax)], [...x.strides.slice(0, ax), 0, ...x.strides.slice(ax)], x.offset)),
    );
    return join(expanded, ax, options, temps);
  } finally {
    temps.dispose();
  }
}

/** At least `n` dimensions, as np.atleast_1d / atleast_2d add them: (k,) → (1, k), () → (1,) or (1, 1). */
function atLeast(x: NDArray, n: number, temps: Temps): NDArray {
  if (x.ndim >= n) return x;
  const lead = n - x.ndim;
  return temps.add(x.view([...new Array<number>(lead).fill(1), ...x.shape], [...new Array<number>(lead).fill(0), ...x.strides], x.offset));
}

/**
 * np.vstack(arrays): stacks rows (1-D arrays become rows) along axis 0.
 * @example
 * nd.vstack([[1, 2], [3, 4]])          // array([[1, 2], [3, 4]])
 */
export function vstack(arrays: readonly Operand[], options?: ConcatenateOptions): NDArray {
  const temps = new Temps();
  try {
    return join(arrayList(arrays, "vstack", temps).map((x) => atLeast(x, 2, temps)), 0, options, temps);
  } finally {
    temps.dispose();
  }
}

/**
 * np.hstack(arrays): joins 1-D arrays end to end, others along axis 1.
 * @example
 * nd.hstack([[1, 2], [3]])             // array([1, 2, 3])
 */
export function hstack(arrays: readonly Operand[], options?: ConcatenateOptions): NDArray {
  const temps = new Temps();
  try {
    const list = arrayList(arrays, "hstack", temps).map((x) => atLeast(x, 1, temps));
    return join(list, list.length > 0 && list[0]!.ndim === 1 ? 0 : 1, options, temps);
  } finally {
    temps.dispose();
  }
}

/**
 * np.column_stack(arrays): 1-D arrays become columns, then everything joins along axis 1.
 * @example
 * nd.columnStack([[1, 2], [3, 4]])     // array([[1, 3], [2, 4]])
 */
export function columnStack(arrays: readonly Operand[]): NDArray {
  const temps = new Temps();
  try {
    const list = arrayList(arrays, "columnStack", temps).map((x) => {
      if (x.ndim >= 2) return x;
      const row = atLeast(x, 2, temps);
      return temps.add(row.T);
    });
    return join(list, 1, undefined, temps);
  } finally {
    temps.dispose();
  }
}

/** The pieces of np.array_split as views along `axis` between the division points. */
function pieces(a: NDArray, points: readonly number[], axis: number): NDArray[] {
  const out: NDArray[] = [];
  const n = a.shape[axis]!;
  for (let i = 0; i + 1 < points.length; i++) {
    // Python's a[st:end] along the axis: negative points count from the end, the rest is clipped.
    const stop = points[i + 1]!;
    const { start, length } = sliceIndices(n, points[i]!, stop);
    const shape = a.shape.slice();
    shape[axis] = length;
    out.push(a.view(shape, a.strides.slice(), a.offset + (length > 0 ? start * a.strides[axis]! : 0)));
  }
  return out;
}

/** The length of `axis` as Python's shape[axis] reads it (IndexError "tuple index out of range" otherwise). */
function axisLength(a: NDArray, axis: number): number {
  if (!Number.isInteger(axis)) throw new TypeError(`axis must be an integer, got ${String(axis)}`);
  if (axis < -a.ndim || axis >= a.ndim) throw new IndexError("tuple index out of range");
  return a.shape[axis < 0 ? axis + a.ndim : axis]!;
}

/** The most pieces one split returns (each is an NDArray object). */
const MAX_SECTIONS = 2 ** 24;

function splitArray(a: Operand, sectionsArg: number | readonly number[] | NDArray, axis: number, equal: boolean): NDArray[] {
  const temps = new Temps();
  try {
    const sections = sectionsArg instanceof NDArray ? (sectionsArg.ndim === 0 ? Number(sectionsArg.item()) : (sectionsArg.toArray() as number[])) : sectionsArg;
    const x = temps.array(a, "a");
    const n = axisLength(x, axis);
    const ax = axis < 0 ? axis + x.ndim : axis;
    let points: number[];
    if (typeof sections === "number") {
      if (!Number.isInteger(sections)) throw new TypeError(`sections must be an integer or a list of integers, got ${sections}`);
      if (equal) {
        if (sections === 0) throw new ZeroDivisionError("integer modulo by zero");
        if (n % sections !== 0) throw new ValueError("array split does not result in an equal division");
      }
      if (sections <= 0) throw new ValueError("number sections must be larger than 0.");
      // Each section is a view object: NumPy would run out of memory making them.
      if (sections > MAX_SECTIONS) throw new RangeError(`ndwasm: cannot split into ${sections} sections: at most ${MAX_SECTIONS} views can be made at once`);
      const each = Math.floor(n / sections);
      const extras = n % sections;
      points = [0];
      for (let i = 0; i < sections; i++) points.push(points[i]! + (i < extras ? each + 1 : each));
    } else {
      if (!Array.isArray(sections) || !sections.every((s) => Number.isInteger(s))) throw new TypeError("indices must be a list of integers");
      points = [0, ...sections, n];
    }
    return pieces(x, points, ax);
  } finally {
    temps.dispose();
  }
}

/**
 * np.split(a, indicesOrSections, axis = 0): equal sections (a number that must divide the axis)
 * or pieces between the given indices; views of `a`.
  * @example
  * const [a, b] = nd.split([1, 2, 3, 4], 2);
  * b                                    // array([3, 4])
  * nd.split([1, 2, 3, 4], [1])[1]       // array([2, 3, 4])
 */
export function split(a: Operand, indicesOrSections: number | readonly number[] | NDArray, axis = 0): NDArray[] {
  return splitArray(a, indicesOrSections, axis, true);
}

/**
 * np.array_split: as split, but a number of sections need not divide the axis (the first pieces are one longer).
 * @example
 * nd.arraySplit([1, 2, 3, 4, 5], 3)[0]  // array([1, 2])
 * nd.arraySplit([1, 2, 3, 4, 5], 3)[2]  // array([5])
 */
export function arraySplit(a: Operand, indicesOrSections: number | readonly number[] | NDArray, axis = 0): NDArray[] {
  return splitArray(a, indicesOrSections, axis, false);
}
