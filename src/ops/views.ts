// NumPy's shape functions that return views: squeeze, expand_dims, ravel, reshape, transpose,
// moveaxis, swapaxes, broadcast_to, broadcast_arrays, flip, diagonal. Views share the array's
// memory (writing through one writes the array); NumPy marks broadcast views read-only, ndwasm
// has no read-only flag.

import { AxisError, ValueError, tupleString } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { describe, type DType } from "../core/dtype.js";
import { normalizeAxis } from "../core/shape.js";
import { asArray, type Operand } from "./operand.js";

/** Runs `f` on `x` as an array; an array made here is released after (a view keeps its memory alive). */
export function withArray<T>(x: Operand, argument: string, f: (a: NDArray) => T): T {
  const { array, owned } = asArray(x, argument);
  try {
    return f(array);
  } finally {
    if (owned) array.dispose();
  }
}

/** An axis or list of axes checked against `ndim` (NumPy's normalize_axis_tuple), with an optional message prefix. */
export function axisTuple(axis: number | readonly number[], ndim: number, prefix = "", repeated = "repeated axis"): number[] {
  const list = typeof axis === "number" ? [axis] : axis;
  if (!Array.isArray(list)) throw new TypeError(`axis must be an integer or a list of integers, got ${typeof axis}`);
  const out = list.map((d) => {
    if (!Number.isInteger(d)) throw new TypeError("integer argument expected, got float");
    if (d < -ndim || d >= ndim) throw new AxisError(`${prefix}axis ${d} is out of bounds for array of dimension ${ndim}`);
    return d < 0 ? d + ndim : d;
  });
  if (new Set(out).size !== out.length) throw new ValueError(repeated);
  return out;
}

/**
 * np.squeeze(a, axis?): removes length-1 axes (all, or those named), a view.
 * @example
 * nd.squeeze([[[1], [2]]])             // array([1, 2])
 */
export function squeeze<D extends DType>(a: NDArray<D>, axis?: number | readonly number[] | null): NDArray<D>;
export function squeeze(a: Operand, axis?: number | readonly number[] | null): NDArray;
export function squeeze(a: Operand, axis?: number | readonly number[] | null): NDArray {
  return withArray(a, "a", (x) => x.squeeze(axis));
}

/**
 * np.expand_dims(a, axis): inserts length-1 axes at the positions `axis` has in the result, a view.
 * @example
 * nd.expandDims([1, 2], 0)             // array([[1, 2]])
 * nd.expandDims([1, 2], 1).shape       // [2, 1]
 */
export function expandDims<D extends DType>(a: NDArray<D>, axis: number | readonly number[]): NDArray<D>;
export function expandDims(a: Operand, axis: number | readonly number[]): NDArray;
export function expandDims(a: Operand, axis: number | readonly number[]): NDArray {
  if (typeof axis !== "number" && !Array.isArray(axis)) throw new TypeError(`expandDims: axis must be an integer or a list of integers, got ${describe(axis)}`);
  return withArray(a, "a", (x) => {
    const n = typeof axis === "number" ? 1 : axis.length;
    const axes = new Set(axisTuple(axis, x.ndim + n));
    const shape: number[] = [];
    const strides: number[] = [];
    let d = 0;
    for (let i = 0; i < x.ndim + n; i++) {
      if (axes.has(i)) {
        shape.push(1);
        strides.push(0);
      } else {
        shape.push(x.shape[d]!);
        strides.push(x.strides[d++]!);
      }
    }
    return x.view(shape, strides, x.offset);
  });
}

/**
 * np.ravel(a): 1-D, a view when the elements are contiguous, else a copy.
 * @example
 * nd.ravel([[1, 2], [3, 4]])           // array([1, 2, 3, 4])
 */
export function ravel(a: Operand): NDArray {
  return withArray(a, "a", (x) => x.ravel());
}

/**
 * np.reshape(a, shape): `-1` infers one dimension; a view when the strides allow it, else a copy.
 * @example
 * nd.reshape(nd.arange(6), [2, -1])    // array([[0, 1, 2], [3, 4, 5]])
 */
export function reshape(a: Operand, shape: number | readonly number[]): NDArray {
  return withArray(a, "a", (x) => x.reshape(typeof shape === "number" ? [shape] : shape));
}

/**
 * np.transpose(a, axes?): the axes permuted (reversed by default), a view.
 * @example
 * nd.transpose([[1, 2, 3], [4, 5, 6]])  // array([[1, 4], [2, 5], [3, 6]])
 */
export function transpose<D extends DType>(a: NDArray<D>, axes?: readonly number[] | null): NDArray<D>;
export function transpose(a: Operand, axes?: readonly number[] | null): NDArray;
export function transpose(a: Operand, axes?: readonly number[] | null): NDArray {
  return withArray(a, "a", (x) => (axes === undefined || axes === null ? x.T : x.transpose(axes)));
}

/**
 * np.swapaxes(a, axis1, axis2): a view.
 * @example
 * nd.swapaxes([[1, 2, 3]], 0, 1)       // array([[1], [2], [3]])
 */
export function swapaxes<D extends DType>(a: NDArray<D>, axis1: number, axis2: number): NDArray<D>;
export function swapaxes(a: Operand, axis1: number, axis2: number): NDArray;
export function swapaxes(a: Operand, axis1: number, axis2: number): NDArray {
  return withArray(a, "a", (x) => x.swapaxes(axis1, axis2));
}

/**
 * np.moveaxis(a, source, destination): moves axes to new positions, the others keep their order; a view.
 * @example
 * nd.moveaxis(nd.zeros([2, 3, 4]), 0, -1).shape  // [3, 4, 2]
 */
export function moveaxis<D extends DType>(a: NDArray<D>, source: number | readonly number[], destination: number | readonly number[]): NDArray<D>;
export function moveaxis(a: Operand, source: number | readonly number[], destination: number | readonly number[]): NDArray;
export function moveaxis(a: Operand, source: number | readonly number[], destination: number | readonly number[]): NDArray {
  return withArray(a, "a", (x) => {
    const src = axisTuple(source, x.ndim, "source: ", "repeated axis in `source` argument");
    const dst = axisTuple(destination, x.ndim, "destination: ", "repeated axis in `destination` argument");
    if (src.length !== dst.length) throw new ValueError("`source` and `destination` arguments must have the same number of elements");
    const order = x.shape.map((_, d) => d).filter((d) => !src.includes(d));
    const pairs = dst.map((d, i) => [d, src[i]!] as const).sort((p, q) => p[0] - q[0]);
    for (const [d, s] of pairs) order.splice(d, 0, s);
    return x.transpose(order);
  });
}

/** The shape argument of broadcastTo with NumPy's errors. */
function targetShape(shape: number | readonly number[]): number[] {
  const list = typeof shape === "number" ? [shape] : shape;
  if (!Array.isArray(list) || !list.every((d) => Number.isInteger(d))) throw new TypeError(`shape must be an integer or a list of integers, got ${String(shape)}`);
  if (list.some((d) => d < 0)) throw new ValueError("all elements of broadcast shape must be non-negative");
  return list.slice();
}

/** The view of `x` read as `shape` (stride 0 along stretched axes), or NumPy's error. */
function broadcastView(x: NDArray, shape: readonly number[], readOnly: boolean): NDArray {
  if (x.ndim > shape.length) throw new ValueError("input operand has more dimensions than allowed by the axis remapping");
  const lead = shape.length - x.ndim;
  const strides = shape.map((n, i) => {
    if (i < lead) return 0;
    const m = x.shape[i - lead]!;
    if (m === n) return m === 1 ? 0 : x.strides[i - lead]!;
    if (m === 1) return 0;
    const compact = x.ndim === 1 ? `(${x.shape[0]},)` : `(${x.shape.join(",")})`;
    const req = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${compact}  and requested shape ${req}`);
  });
  return x.view(shape.slice(), strides, x.offset, readOnly);
}

/**
 * np.broadcast_to(a, shape): a read-only view of `a` with the given shape (stride 0 along broadcast axes).
 * @example
 * nd.broadcastTo([1, 2], [2, 2])       // array([[1, 2], [1, 2]])
 */
export function broadcastTo(a: Operand, shape: number | readonly number[]): NDArray {
  const target = targetShape(shape);
  // read-only, as NumPy's: a write to one element would write every element aliasing it
  return withArray(a, "a", (x) => broadcastView(x, target, true));
}

/** np.broadcast_shapes of arrays, with np.broadcast's error naming the two arguments that disagree. */
function broadcastAll(arrays: readonly NDArray[]): number[] {
  const nd = Math.max(0, ...arrays.map((x) => x.ndim));
  const shape = new Array<number>(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let src = 0;
    arrays.forEach((x, j) => {
      const k = i + x.ndim - nd;
      if (k < 0) return;
      const n = x.shape[k]!;
      if (n === 1) return;
      if (shape[i] === 1) {
        shape[i] = n;
        src = j;
      } else if (shape[i] !== n) {
        throw new ValueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${src} with shape ${tupleString(arrays[src]!.shape)} and arg ${j} with shape ${tupleString(x.shape)}.`,
        );
      }
    });
  }
  return shape;
}

/**
 * np.broadcast_arrays(...arrays): views of every array broadcast to their common shape.
 * @example
 * const [x, y] = nd.broadcastArrays([[1], [2]], [3, 4]);
 * x                                    // array([[1, 1], [2, 2]])
 * y                                    // array([[3, 4], [3, 4]])
 */
export function broadcastArrays(...arrays: Operand[]): NDArray[] {
  const made: NDArray[] = [];
  try {
    const list = arrays.map((x, i) => {
      const { array, owned } = asArray(x, `arrays[${i}]`);
      if (owned) made.push(array);
      return array;
    });
    const shape = broadcastAll(list);
    const out: NDArray[] = [];
    try {
      // writeable, as NumPy 2's still are (it warns on a write)
      for (const x of list) out.push(broadcastView(x, shape, false));
    } catch (e) {
      for (const v of out) v.dispose();
      throw e;
    }
    return out;
  } finally {
    for (const x of made) x.dispose();
  }
}

/**
 * np.flip(a, axis?): the order of elements reversed along `axis` (every axis when omitted or null), a view.
 * @example
 * nd.flip([[1, 2], [3, 4]])            // array([[4, 3], [2, 1]])
 * nd.flip([[1, 2], [3, 4]], 1)         // array([[2, 1], [4, 3]])
 */
export function flip<D extends DType>(a: NDArray<D>, axis?: number | readonly number[] | null): NDArray<D>;
export function flip(a: Operand, axis?: number | readonly number[] | null): NDArray;
export function flip(a: Operand, axis?: number | readonly number[] | null): NDArray {
  return withArray(a, "a", (x) => {
    const axes = axis === undefined || axis === null ? x.shape.map((_, d) => d) : axisTuple(axis, x.ndim);
    let offset = x.offset;
    const strides = x.strides.slice();
    for (const d of axes) {
      if (x.shape[d]! > 0) offset += (x.shape[d]! - 1) * x.strides[d]!;
      strides[d] = -strides[d]!;
    }
    return x.view(x.shape.slice(), strides, offset);
  });
}

/**
 * np.diagonal(a, offset = 0, axis1 = 0, axis2 = 1): the diagonal of the (axis1, axis2) planes as
 * the last axis, after the remaining axes; a read-only view, as NumPy's.
  * @example
  * nd.diagonal([[1, 2, 3], [4, 5, 6]])  // array([1, 5])
  * nd.diagonal([[1, 2, 3], [4, 5, 6]], 1)  // array([2, 6])
 */
export function diagonal(a: Operand, offset = 0, axis1 = 0, axis2 = 1): NDArray {
  return withArray(a, "a", (x) => {
    if (x.ndim < 2) throw new ValueError("diag requires an array of at least two dimensions");
    if (!Number.isInteger(offset)) throw new TypeError(`diagonal: offset must be an integer, got ${String(offset)}`);
    const d1 = normalizeAxis(axis1, x.ndim, "axis1", "axis1: ");
    const d2 = normalizeAxis(axis2, x.ndim, "axis2", "axis2: ");
    if (d1 === d2) throw new ValueError("axis1 and axis2 cannot be the same");
    const n1 = x.shape[d1]!;
    const n2 = x.shape[d2]!;
    let start = x.offset;
    let length: number;
    if (offset >= 0) {
      length = Math.max(0, Math.min(n1, n2 - offset));
      if (length > 0) start += offset * x.strides[d2]!;
    } else {
      length = Math.max(0, Math.min(n1 + offset, n2));
      if (length > 0) start -= offset * x.strides[d1]!;
    }
    const keep = x.shape.map((_, d) => d).filter((d) => d !== d1 && d !== d2);
    // read-only, as NumPy's diagonal views are
    return x.view([...keep.map((d) => x.shape[d]!), length], [...keep.map((d) => x.strides[d]!), x.strides[d1]! + x.strides[d2]!], start, true);
  });
}
