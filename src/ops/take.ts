// np.take, np.take_along_axis, np.put, np.put_along_axis and np.add.at: the same gather, scatter
// and add kernels as `a.get` / `a.set`, with each function's own conversions and texts.

import { DTYPE, canCastSafely, canCastSameKind, describe, promoteTypes, scalarDType, type DType } from "../core/dtype.js";
import { IndexError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { broadcastShapes, normalizeAxis, sizeOf } from "../core/shape.js";
import { castStrided } from "../backend/wasm/copy.js";
import { addAtKernel, checkBounds, int64Index, scatterKernel } from "./gather.js";
import { type Index, parseIndex } from "./index-parse.js";
import { type Fancy, type Selection, broadcastIndices, compact, gatherNew, gatherOrder, prepareIndices, runSelection, subspace, valueStrides } from "./indexing.js";
import { Temps, fromData, isScalar, type Operand } from "./operand.js";

/**
 * The indices argument of take/put as an integer array: JS values are converted to int64 as
 * NumPy forces them (fractions truncate, booleans are 0 and 1); an NDArray must cast to int64
 * under `rule` (NumPy's TypeError otherwise).
 */
function intIndices(indices: Operand, rule: "safe" | "same_kind", temps: Temps): NDArray {
  if (indices instanceof NDArray) {
    indices.storage; // throws if disposed
    const ok = rule === "safe" ? canCastSafely(indices.dtype, "int64") : canCastSameKind(indices.dtype, "int64");
    if (!ok) throw new TypeError(`Cannot cast array data from dtype('${indices.dtype}') to dtype('int64') according to the rule '${rule}'`);
    return indices.dtype === "bool" ? temps.add(indices._cast("int64")) : indices;
  }
  return temps.add(fromData(indices as Exclude<Operand, NDArray>, "int64", "indices"));
}

/** `a` as an array (a temporary when made here). */
function arrayArg(a: Operand, temps: Temps): NDArray {
  return temps.array(a, "a");
}

/** A selection of one index array along `axis` of `a` (np.take's `a[(:,)*axis + (indices,)]`). */
function alongAxis(a: NDArray, index: NDArray, axis: number): Selection {
  const fancy: Fancy[] = [{ index, shape: index.shape, axis, stride: a.strides[axis]!, size: a.shape[axis]! }];
  const view = {
    shape: a.shape.filter((_, d) => d !== axis),
    strides: a.strides.filter((_, d) => d !== axis),
    offset: a.offset,
  };
  return broadcastIndices({ view, fancy, consec: axis });
}

/**
 * np.take(a, indices, axis): elements of `a` at `indices` along `axis` (of the flattened array
 * when `axis` is undefined or null), negative indices counting from the end; the result has
 * a.shape[:axis] + indices.shape + a.shape[axis+1:].
  * @example
  * nd.take([4, 3, 5, 7], [0, 3])        // array([4, 7])
  * nd.take([[1, 2], [3, 4]], [1], 1)    // array([[2], [4]])
 */
export function take(a: Operand, indices: Operand, axis?: number | null): NDArray {
  const temps = new Temps();
  try {
    let arr = arrayArg(a, temps);
    let ax: number;
    if (axis === undefined || axis === null) {
      arr = temps.add(arr.ravel());
      ax = 0;
    } else {
      ax = normalizeAxis(axis, arr.ndim);
    }
    const index = intIndices(indices, "same_kind", temps);
    const sel = alongAxis(arr, index, ax);
    return gatherNew(arr, sel, prepareIndices(sel, temps, null));
  } finally {
    temps.dispose();
  }
}

/** The selection of np.take_along_axis / np.put_along_axis: every axis of `a` indexed, `indices` along `axis`. */
function alongAxisSelection(a: NDArray, indices: Operand, axis: number | null, temps: Temps): { arr: NDArray; sel: Selection; index: NDArray } {
  let index: NDArray;
  if (indices instanceof NDArray) {
    indices.storage;
    index = indices;
  } else {
    index = temps.add(fromData(indices as Exclude<Operand, NDArray>, undefined, "indices"));
  }
  const kind = DTYPE[index.dtype].kind;
  if (kind !== "i" && kind !== "u") throw new IndexError("`indices` must be an integer array");
  let arr = a;
  let ax: number;
  if (axis === null) {
    if (index.ndim !== 1) throw new ValueError("when axis=None, `indices` must have a single dimension.");
    arr = temps.add(a.ravel());
    ax = 0;
  } else {
    ax = normalizeAxis(axis, a.ndim);
  }
  if (arr.ndim !== index.ndim) throw new ValueError("`indices` and `arr` must have the same number of dimensions");
  // NumPy indexes the other axes with ranges shaped to broadcast against `indices`.
  const shapes = arr.shape.map((n, d) => (d === ax ? index.shape : arr.shape.map((_, e) => (e === d ? n : 1))));
  let b: number[] | null = [];
  for (const s of shapes) b = b && broadcastShapes(b, s);
  if (b === null) throw new IndexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.map((s) => `${compact(s)} `).join("")}`);
  const itemsize = arr.itemsize;
  const sel: Selection = {
    view: { shape: [], strides: [], offset: arr.offset },
    fancy: [{ index, shape: index.shape, axis: ax, stride: arr.strides[ax]!, size: arr.shape[ax]! }],
    bShape: b,
    consec: 0,
    shape: b,
    bA: arr.shape.map((n, d) => (d === ax || n === 1 ? 0 : arr.strides[d]! * itemsize)),
  };
  return { arr, sel, index };
}

/**
 * np.take_along_axis(arr, indices, axis = -1): `arr` indexed along `axis` by `indices` (of the same
 * number of dimensions, broadcast against arr elsewhere), as argsort/argmax results are used.
 * `axis: null` works on the flattened array.
  * @example
  * const a = nd.array([[10, 30, 20], [60, 40, 50]]);
  * nd.takeAlongAxis(a, nd.argsort(a, 1), 1)  // array([[10, 20, 30], [40, 50, 60]])
 */
export function takeAlongAxis(arr: Operand, indices: Operand, axis: number | null = -1): NDArray {
  const temps = new Temps();
  try {
    const a = arrayArg(arr, temps);
    const { arr: target, sel } = alongAxisSelection(a, indices, axis, temps);
    return gatherNew(target, sel, prepareIndices(sel, temps, null), gatherOrder(sel));
  } finally {
    temps.dispose();
  }
}

function requireArray(a: unknown, fn: string): NDArray {
  if (!(a instanceof NDArray)) throw new TypeError(`${fn}: a must be an NDArray (it is written in place), got ${describe(a)}`);
  a.storage; // throws if disposed
  return a;
}

/** The values of put/putAlongAxis/addAt as an array of `dtype` (JS values converted as NumPy's np.asarray(values, dtype)). */
function valuesArg(values: Operand, dtype: DType, temps: Temps): NDArray {
  if (values instanceof NDArray) {
    values.storage;
    return values.dtype === dtype ? values : temps.add(values._cast(dtype));
  }
  return temps.add(fromData(values as Exclude<Operand, NDArray>, dtype, "values"));
}

/**
 * np.put(a, indices, values): a.flat[indices] = values, in place; `values` repeats when shorter
 * than `indices` (nothing is written when it is empty) and is cast to a's dtype; repeated
 * indices: the last write wins.
  * @example
  * const a = nd.arange(5);
  * nd.put(a, [0, 2], [-1, -2]);
  * a                                    // array([-1,  1, -2,  3,  4])
 */
export function put(a: NDArray, indices: Operand, values: Operand): void {
  const target = requireArray(a, "put");
  target.checkWriteable("put: output array");
  const temps = new Temps();
  try {
    const index = intIndices(indices, "safe", temps);
    let v = valuesArg(values, target.dtype, temps);
    if (v._storage === target._storage) v = temps.add(v.copy());
    const n = index.size;
    const m = v.size;
    if (n === 0 || m === 0) return;
    const flatIndex = index.isContiguous ? index : temps.add(index.copy());
    const { buffer } = int64Index(flatIndex, temps);
    checkBounds(buffer, target.size, 0);
    // The values, flat, repeated to the number of indices.
    let flatV = temps.add(v.isContiguous ? v.reshape(-1) : v.flatten());
    if (m < n) {
      const reps = Math.ceil(n / m);
      const tiled = temps.add(NDArray.empty([reps * m], target.dtype));
      castStrided(tiled.ptr, target.dtype, [m * target.itemsize, target.itemsize], flatV.ptr, target.dtype, [0, target.itemsize], [reps, m]);
      flatV = tiled;
    }
    // A non-contiguous array is written through a contiguous copy (NumPy's WRITEBACKIFCOPY).
    const contiguous = target.isContiguous ? target : temps.add(target.copy());
    const dest = temps.add(contiguous.reshape(-1));
    const sel = alongAxis(dest, temps.add(buffer.reshape(-1)), 0);
    runSelection(scatterKernel(target.dtype), dest, sel, [sel.fancy[0]!.index], { ptr: flatV.ptr, strides: [target.itemsize] });
    if (contiguous !== target) castStrided(target.ptr, target.dtype, target.byteStrides, contiguous.ptr, target.dtype, contiguous.byteStrides, target.shape);
  } finally {
    temps.dispose();
  }
}

/**
 * np.put_along_axis(arr, indices, values, axis): the assignment counterpart of takeAlongAxis, in
 * place; `values` broadcasts to the indexed shape.
  * @example
  * const a = nd.array([[10, 30], [60, 40]]);
  * nd.putAlongAxis(a, nd.argmax(a, 1, true), 0, 1);
  * a                                    // array([[10,  0], [ 0, 40]])
 */
export function putAlongAxis(arr: NDArray, indices: Operand, values: Operand, axis: number | null): void {
  const a = requireArray(arr, "putAlongAxis");
  const temps = new Temps();
  try {
    // With axis null a non-contiguous array is written through a contiguous copy, as NumPy's flat does.
    const flatCopy = axis === null && !a.isContiguous ? temps.add(a.copy()) : null;
    const { arr: target, sel } = alongAxisSelection(flatCopy ?? a, indices, axis, temps);
    a.checkWriteable();
    let v = valuesArg(values, a.dtype, temps);
    if (v._storage === a._storage) v = temps.add(v.copy());
    const strides = valueStrides(v, sel.shape, () => new ValueError(`shape mismatch: value array of shape ${compact(v.shape)} could not be broadcast to indexing result of shape ${compact(sel.shape)}`));
    runSelection(scatterKernel(a.dtype), target, sel, prepareIndices(sel, temps, a), { ptr: v.ptr, strides });
    if (flatCopy !== null) castStrided(a.ptr, a.dtype, a.byteStrides, flatCopy.ptr, a.dtype, flatCopy.byteStrides, a.shape);
  } finally {
    temps.dispose();
  }
}

/**
 * np.add.at(a, indices, values): a[indices] += values without buffering, in place, so repeated
 * indices accumulate. `indices` is one index (an integer, a slice string, an index array or a
 * mask, as `get` takes), or NumPy's tuple of indices as a JS array that holds NDArrays, strings or
 * null (a plain JS array of numbers is one index array, as a Python list is). Values are an array
 * (JS numbers as np.asarray makes them), added in NumPy's promoted type and cast back unsafely.
  * @example
  * const a = nd.zeros([3]);
  * nd.addAt(a, [[0, 0, 2]], 1);
  * a                                    // array([2., 0., 1.])
 */
export function addAt(a: NDArray, indices: Index | readonly Index[], values: Operand): void {
  if (!(a instanceof NDArray)) throw new TypeError("first operand must be array");
  a.storage;
  const specs: readonly Index[] =
    Array.isArray(indices) && indices.some((x) => x instanceof NDArray || typeof x === "string" || x === null) ? (indices as readonly Index[]) : [indices as Index];
  const temps = new Temps();
  try {
    const parsed = parseIndex(a.shape, specs, temps, false);
    const parts = subspace(a, parsed.entries);
    const sel = broadcastIndices(parts);
    // NumPy's text where its iterator refuses a read-only array (where the index picks single
    // elements NumPy writes into it regardless; README)
    a.checkWriteable("operand array with iterator write flag set");
    const given = values instanceof NDArray ? values : temps.add(fromData(values as Exclude<Operand, NDArray>, isScalar(values) ? scalarDType(values) : undefined, "values"));
    given.storage;
    const loop = promoteTypes(a.dtype, given.dtype);
    const { kernel, values: vType } = addAtKernel(a.dtype, loop);
    let v = given.dtype === vType ? given : temps.add(given._cast(vType));
    if (v._storage === a._storage) v = temps.add(v.copy());
    const strides = valueStrides(v, sel.shape, () => new ValueError("array is not broadcastable to correct shape"));
    const indicesPrepared = prepareIndices(sel, temps, a);
    if (sizeOf(sel.shape) === 0) return;
    runSelection(kernel, a, sel, indicesPrepared, { ptr: v.ptr, strides });
  } finally {
    temps.dispose();
  }
}
