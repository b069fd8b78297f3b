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
import { type AccumulateOptions, type Axis, type ReduceOptions, argmax, argmin, max, mean, min, prod, sum } from "./reduce.js";
import { type CumulativeOptions, cumprod, cumsum } from "./cumulative.js";
import { all, any } from "./truth.js";
import { type VarOptions, std, var as variance } from "./variance.js";
import { clip } from "./select.js";
import type { OutOptions } from "./ufunc.js";

declare module "../core/ndarray.js" {
  interface NDArray<out D extends DType = DType> {
    /**
     * `a[index] = value` (NumPy's `__setitem__`): `index` is a list of index specs (as for
     * `slice`), `value` a scalar, nested arrays or an NDArray, broadcast to the selection and
     * cast to this dtype. A fractional, NaN or infinite JS number into an integer array is a
     * TypeError: JavaScript has no `0.0` literal, so `nd.array([0.0, 1.0])` is an int64 array.
     */
    set(index: readonly IndexSpec[] | number, value: Operand): this;
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
    sum(axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray;
    /** ndarray.mean (integers average in float64). */
    mean(axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray;
    /** ndarray.max (NaN propagates). */
    max(axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /** ndarray.min (NaN propagates). */
    min(axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /** ndarray.argmax: int64 index of the first maximum (flat C-order index when `axis` is undefined). */
    argmax(axis?: number | null, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /** ndarray.argmin. */
    argmin(axis?: number | null, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /** ndarray.prod: products (integers in int64 / uint64). */
    prod(axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray;
    /** ndarray.std: standard deviation, NumPy's two passes (`ddof`, `keepdims`, `out`). */
    std(axis?: Axis, options?: VarOptions): NDArray;
    /** ndarray.var: variance, NumPy's two passes. */
    var(axis?: Axis, options?: VarOptions): NDArray;
    /** ndarray.cumsum: running sums (of the flattening when `axis` is undefined). */
    cumsum(axis?: number | null, options?: CumulativeOptions): NDArray;
    /** ndarray.cumprod: running products. */
    cumprod(axis?: number | null, options?: CumulativeOptions): NDArray;
    /** ndarray.any: whether any element is non-zero. */
    any(axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /** ndarray.all: whether every element is non-zero. */
    all(axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
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
  }
}

type Methods = Pick<NDArray, "set" | "add" | "sub" | "mul" | "div" | "pow" | "matmul" | "sum" | "mean" | "max" | "min" | "argmax" | "argmin" | "gt" | "ge" | "lt" | "le" | "eq" | "ne" | "clip">;
type StatisticsMethods = Pick<NDArray, "prod" | "std" | "var" | "cumsum" | "cumprod" | "any" | "all">;

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
  sum(axis, keepdims, options) {
    return sum(this, axis, keepdims, options);
  },
  mean(axis, keepdims, options) {
    return mean(this, axis, keepdims, options);
  },
  max(axis, keepdims, options) {
    return max(this, axis, keepdims, options);
  },
  min(axis, keepdims, options) {
    return min(this, axis, keepdims, options);
  },
  argmax(axis, keepdims, options) {
    return argmax(this, axis, keepdims, options);
  },
  argmin(axis, keepdims, options) {
    return argmin(this, axis, keepdims, options);
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

const statisticsMethods: StatisticsMethods & ThisType<NDArray> = {
  prod(axis, keepdims, options) {
    return prod(this, axis, keepdims, options);
  },
  std(axis, options) {
    return std(this, axis, options);
  },
  var(axis, options) {
    return variance(this, axis, options);
  },
  cumsum(axis, options) {
    return cumsum(this, axis, options);
  },
  cumprod(axis, options) {
    return cumprod(this, axis, options);
  },
  any(axis, keepdims, options) {
    return any(this, axis, keepdims, options);
  },
  all(axis, keepdims, options) {
    return all(this, axis, keepdims, options);
  },
};

for (const [name, fn] of [...Object.entries(methods), ...Object.entries(statisticsMethods)]) {
  Object.defineProperty(NDArray.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
}
