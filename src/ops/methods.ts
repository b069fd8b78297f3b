// The method forms of the operations (`a.add(b)`, `a.sum()`, `a.set(…)`), attached to NDArray
// here so that the array class itself imports no operation. The public barrel imports this module
// for its effect, and package.json lists it under "sideEffects" so bundlers keep it.

import type { DType } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { type Index } from "./index-parse.js";
import { getItem, setItem } from "./indexing.js";
import { repeat } from "./rearrange.js";
import { put, take } from "./take.js";
import { trace } from "./triangle.js";
import { diagonal } from "./views.js";
import { equal, greater, greaterEqual, less, lessEqual, notEqual } from "./compare.js";
import { add, divide, multiply, power, subtract } from "./elementwise.js";
import { matmul } from "./matmul.js";
import type { Operand } from "./operand.js";
import { type Axis, argmax, argmin, max, mean, min, sum } from "./reduce.js";
import { clip } from "./select.js";
import type { OutOptions } from "./ufunc.js";

declare module "../core/ndarray.js" {
  interface NDArray<out D extends DType = DType> {
    /**
     * `a[index] = value` (NumPy's `__setitem__`): `index` is a list of index specs (as `get`
     * takes them: `a.set([mask], 0)`, `a.set([":", [0, 2]], v)`; a lone number or NDArray is one
     * spec), `value` a scalar, nested arrays or an NDArray, broadcast to the selection and cast to
     * this dtype; with repeated indices the last write wins. A fractional, NaN or infinite JS
     * number into an integer array is a TypeError: JavaScript has no `0.0` literal, so
     * `nd.array([0.0, 1.0])` is an int64 array.
     */
    set(index: readonly Index[] | number | NDArray, value: Operand): this;
    /**
     * NumPy's `a[index]`: with basic specs only (integers, "start:stop:step", "...", null) a view,
     * exactly as `slice`; with any integer index array (`a.get([0, 2])`, nested or an integer
     * NDArray) or boolean mask (`a.get(a.gt(0))`) a copy, by NumPy's rules: index arrays broadcast
     * together, advanced indices separated by a basic one go first, negative indices wrap.
     */
    get(...index: Index[]): NDArray;
    /** `a + b` (np.add). */
    add(b: Operand, options?: OutOptions): NDArray;
    /** `a - b` (np.subtract). */
    sub(b: Operand, options?: OutOptions): NDArray;
    /** `a * b` (np.multiply). */
    mul(b: Operand, options?: OutOptions): NDArray;
    /** `a / b` (np.divide). */
    div(b: Operand, options?: OutOptions): NDArray;
    /** `a ** b` (np.power). */
    pow(b: Operand, options?: OutOptions): NDArray;
    /** `a @ b` (np.matmul). */
    matmul(b: Operand, options?: OutOptions): NDArray;
    /** ndarray.sum: over `axis` (a number, a list, or all when undefined), NumPy's pairwise rounding. */
    sum(axis?: Axis, keepdims?: boolean): NDArray;
    /** ndarray.mean (integers average in float64). */
    mean(axis?: Axis, keepdims?: boolean): NDArray;
    /** ndarray.max (NaN propagates). */
    max(axis?: Axis, keepdims?: boolean): NDArray;
    /** ndarray.min (NaN propagates). */
    min(axis?: Axis, keepdims?: boolean): NDArray;
    /** ndarray.argmax: int64 index of the first maximum (flat C-order index when `axis` is undefined). */
    argmax(axis?: number | null, keepdims?: boolean): NDArray;
    /** ndarray.argmin. */
    argmin(axis?: number | null, keepdims?: boolean): NDArray;
    /** `a > b` as a bool array. */
    gt(b: Operand): NDArray;
    /** `a >= b`. */
    ge(b: Operand): NDArray;
    /** `a < b`. */
    lt(b: Operand): NDArray;
    /** `a <= b`. */
    le(b: Operand): NDArray;
    /** `a == b` element-wise. */
    eq(b: Operand): NDArray;
    /** `a != b` element-wise. */
    ne(b: Operand): NDArray;
    /** ndarray.clip(min, max); either bound may be null. */
    clip(min: Operand | null | undefined, max: Operand | null | undefined): NDArray;
    /** ndarray.take: elements at `indices` along `axis` (of the flattened array without one), as nd.take. */
    take(indices: Operand, axis?: number | null): NDArray;
    /** ndarray.put: a.flat[indices] = values in place (values repeat when shorter), as nd.put. */
    put(indices: Operand, values: Operand): void;
    /** ndarray.repeat: each element repeated (one count, or one per element along `axis`), as nd.repeat. */
    repeat(repeats: number | readonly number[] | NDArray, axis?: number | null): NDArray;
    /** ndarray.diagonal: the diagonal as a view, as nd.diagonal. */
    diagonal(offset?: number, axis1?: number, axis2?: number): NDArray;
    /** ndarray.trace: the sum along the diagonal, as nd.trace. */
    trace(offset?: number, axis1?: number, axis2?: number): NDArray;
  }
}

type Methods = Pick<NDArray, "set" | "get" | "add" | "sub" | "mul" | "div" | "pow" | "matmul" | "sum" | "mean" | "max" | "min" | "argmax" | "argmin" | "gt" | "ge" | "lt" | "le" | "eq" | "ne" | "clip" | "take" | "put" | "repeat" | "diagonal" | "trace">;

const methods: Methods & ThisType<NDArray> = {
  set(index, value) {
    const specs = typeof index === "number" || index instanceof NDArray ? [index] : index;
    if (!Array.isArray(specs)) throw new TypeError(`set: index must be an array of index specs, got ${typeof index}`);
    setItem(this, specs, value);
    return this;
  },
  get(...index) {
    return getItem(this, index);
  },
  add(b, options) {
    return add(this, b, options);
  },
  sub(b, options) {
    return subtract(this, b, options);
  },
  mul(b, options) {
    return multiply(this, b, options);
  },
  div(b, options) {
    return divide(this, b, options);
  },
  pow(b, options) {
    return power(this, b, options);
  },
  matmul(b, options) {
    return matmul(this, b, options);
  },
  sum(axis, keepdims) {
    return sum(this, axis, keepdims);
  },
  mean(axis, keepdims) {
    return mean(this, axis, keepdims);
  },
  max(axis, keepdims) {
    return max(this, axis, keepdims);
  },
  min(axis, keepdims) {
    return min(this, axis, keepdims);
  },
  argmax(axis, keepdims) {
    return argmax(this, axis, keepdims);
  },
  argmin(axis, keepdims) {
    return argmin(this, axis, keepdims);
  },
  gt(b) {
    return greater(this, b);
  },
  ge(b) {
    return greaterEqual(this, b);
  },
  lt(b) {
    return less(this, b);
  },
  le(b) {
    return lessEqual(this, b);
  },
  eq(b) {
    return equal(this, b);
  },
  ne(b) {
    return notEqual(this, b);
  },
  clip(lo, hi) {
    return clip(this, lo, hi);
  },
  take(indices, axis) {
    return take(this, indices, axis);
  },
  put(indices, values) {
    put(this, indices, values);
  },
  repeat(repeats, axis) {
    return repeat(this, repeats, axis);
  },
  diagonal(offset, axis1, axis2) {
    return diagonal(this, offset, axis1, axis2);
  },
  trace(offset, axis1, axis2) {
    return trace(this, offset, axis1, axis2);
  },
};

for (const [name, fn] of Object.entries(methods)) {
  Object.defineProperty(NDArray.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
}
