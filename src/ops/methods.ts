// The method forms of the operations (`a.add(b)`, `a.sum()`, `a.set(…)`), attached to NDArray
// here so that the array class itself imports no operation. The public barrel imports this module
// for its effect, and package.json lists it under "sideEffects" so bundlers keep it.

import type { DType } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { type IndexSpec, resolveIndex } from "../core/slice.js";
import { assign } from "./assign.js";
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
     * `a[index] = value` (NumPy's `__setitem__`): `index` is a list of index specs (as for
     * `slice`), `value` a scalar, nested arrays or an NDArray, broadcast to the selection and
     * cast to this dtype. A fractional, NaN or infinite JS number into an integer array is a
     * TypeError: JavaScript has no `0.0` literal, so `nd.array([0.0, 1.0])` is an int64 array.
     * @example
     * const a = nd.zeros([2, 3]);
     * a.set([0, ":"], [1, 2, 3]);          // a[0, :] = [1, 2, 3]
     * a.set([1], 9);                       // a[1] = 9
     */
    set(index: readonly IndexSpec[] | number, value: Operand): this;
    /**
     * `a + b` (np.add).
     * @example
     * nd.array([1, 2]).add(1)              // array([2, 3])
     */
    add(b: Operand, options?: OutOptions): NDArray;
    /**
     * `a - b` (np.subtract).
     * @example
     * nd.array([3, 4]).sub([1, 1])         // array([2, 3])
     */
    sub(b: Operand, options?: OutOptions): NDArray;
    /**
     * `a * b` (np.multiply).
     * @example
     * nd.array([1, 2]).mul(3)              // array([3, 6])
     */
    mul(b: Operand, options?: OutOptions): NDArray;
    /**
     * `a / b` (np.divide).
     * @example
     * nd.array([1, 2]).div(2)              // array([0.5, 1. ])
     */
    div(b: Operand, options?: OutOptions): NDArray;
    /**
     * `a ** b` (np.power).
     * @example
     * nd.array([2, 3]).pow(3)              // array([ 8, 27])
     */
    pow(b: Operand, options?: OutOptions): NDArray;
    /**
     * `a @ b` (np.matmul).
     * @example
     * nd.eye(2).matmul([[1, 2], [3, 4]])   // array([[1., 2.], [3., 4.]])
     */
    matmul(b: Operand, options?: OutOptions): NDArray;
    /**
     * ndarray.sum: over `axis` (a number, a list, or all when undefined), NumPy's pairwise rounding.
     * @example
     * nd.array([[1, 2], [3, 4]]).sum(1)    // array([3, 7])
     */
    sum(axis?: Axis, keepdims?: boolean): NDArray;
    /**
     * ndarray.mean (integers average in float64).
     * @example
     * nd.array([1, 2, 3, 4]).mean()        // array(2.5)
     */
    mean(axis?: Axis, keepdims?: boolean): NDArray;
    /**
     * ndarray.max (NaN propagates).
     * @example
     * nd.array([[1, 5], [3, 2]]).max(1)    // array([5, 3])
     */
    max(axis?: Axis, keepdims?: boolean): NDArray;
    /**
     * ndarray.min (NaN propagates).
     * @example
     * nd.array([[1, 5], [3, 2]]).min()     // array(1)
     */
    min(axis?: Axis, keepdims?: boolean): NDArray;
    /**
     * ndarray.argmax: int64 index of the first maximum (flat C-order index when `axis` is undefined).
     * @example
     * nd.array([1, 5, 3]).argmax()         // array(1)
     */
    argmax(axis?: number | null, keepdims?: boolean): NDArray;
    /**
     * ndarray.argmin.
     * @example
     * nd.array([4, 1, 3]).argmin()         // array(1)
     */
    argmin(axis?: number | null, keepdims?: boolean): NDArray;
    /**
     * `a > b` as a bool array.
     * NumPy's `a > b` (np.greater).
     * @example
     * nd.array([1, 2, 3]).gt(1)            // array([False,  True,  True])
     */
    gt(b: Operand): NDArray;
    /**
     * `a >= b`.
     * NumPy's `a >= b` (np.greater_equal).
     * @example
     * nd.array([1, 2, 3]).ge(2)            // array([False,  True,  True])
     */
    ge(b: Operand): NDArray;
    /**
     * `a < b`.
     * NumPy's `a < b` (np.less).
     * @example
     * nd.array([1, 2, 3]).lt(2)            // array([ True, False, False])
     */
    lt(b: Operand): NDArray;
    /**
     * `a <= b`.
     * NumPy's `a <= b` (np.less_equal).
     * @example
     * nd.array([1, 2, 3]).le(2)            // array([ True,  True, False])
     */
    le(b: Operand): NDArray;
    /**
     * `a == b` element-wise.
     * NumPy's `a == b` (np.equal).
     * @example
     * nd.array([1, 2, 3]).eq([1, 0, 3])    // array([ True, False,  True])
     */
    eq(b: Operand): NDArray;
    /**
     * `a != b` element-wise.
     * NumPy's `a != b` (np.not_equal).
     * @example
     * nd.array([1, 2, 3]).ne(2)            // array([ True, False,  True])
     */
    ne(b: Operand): NDArray;
    /**
     * ndarray.clip(min, max); either bound may be null.
     * @example
     * nd.array([1, 5, 9]).clip(2, 6)       // array([2, 5, 6])
     */
    clip(min: Operand | null | undefined, max: Operand | null | undefined): NDArray;
  }
}

type Methods = Pick<NDArray, "set" | "add" | "sub" | "mul" | "div" | "pow" | "matmul" | "sum" | "mean" | "max" | "min" | "argmax" | "argmin" | "gt" | "ge" | "lt" | "le" | "eq" | "ne" | "clip">;

const methods: Methods & ThisType<NDArray> = {
  set(index, value) {
    const specs = typeof index === "number" ? [index] : index;
    if (!Array.isArray(specs)) throw new TypeError(`set: index must be an array of index specs, got ${typeof index}`);
    assign(this, resolveIndex(this.shape, this.strides, this.offset, specs), value);
    return this;
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
};

for (const [name, fn] of Object.entries(methods)) {
  Object.defineProperty(NDArray.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
}
