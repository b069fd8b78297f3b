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
import { type AccumulateOptions, type Axis, type ReduceOptions, argmax, argmin, max, mean, min, prod, sum } from "./reduce.js";
import { type CumulativeOptions, cumprod, cumsum } from "./cumulative.js";
import { all, any } from "./truth.js";
import { type VarOptions, std, var as variance } from "./variance.js";
import { clip } from "./select.js";
import { argsort, sortInPlace, type SortOptions } from "./sort.js";
import type { OutOptions } from "./ufunc.js";
import { type DotOptions, dot } from "./linalg/product-ops.js";

declare module "../core/ndarray.js" {
  interface NDArray<out D extends DType = DType> {
    /**
     * `a[index] = value` (NumPy's `__setitem__`): `index` is a list of index specs (as `get`
     * takes them: `a.set([mask], 0)`, `a.set([":", [0, 2]], v)`; a lone number or NDArray is one
     * spec), `value` a scalar, nested arrays or an NDArray, broadcast to the selection and cast to
     * this dtype; with repeated indices the last write wins. A fractional, NaN or infinite JS
     * number into an integer array is a TypeError: JavaScript has no `0.0` literal, so
     * `nd.array([0.0, 1.0])` is an int64 array.
     * @example
     * const a = nd.zeros([2, 3]);
     * a.set([0, ":"], [1, 2, 3]);          // a[0, :] = [1, 2, 3]
     * a.set([1], 9);                       // a[1] = 9
     * a.set([a.gt(2)], 0);                 // a[a > 2] = 0
     */
    set(index: readonly Index[] | number | NDArray, value: Operand): this;
    /**
     * NumPy's `a[index]`: with basic specs only (integers, "start:stop:step", "...", null) a view,
     * exactly as `slice`; with any integer index array (`a.get([0, 2])`, nested or an integer
     * NDArray) or boolean mask (`a.get(a.gt(0))`) a copy, by NumPy's rules: index arrays broadcast
     * together, advanced indices separated by a basic one go first, negative indices wrap.
     * @example
     * const a = nd.arange(6).reshape([2, 3]);
     * a.get(1, "::2")                      // a[1, ::2]: array([3, 5])
     * a.get([1, 0])                        // a[[1, 0]]: rows swapped
     * a.get(a.gt(2))                       // a[a > 2]: array([3, 4, 5])
     */
    get(...index: Index[]): NDArray;
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
    sum(axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray;
    /**
     * ndarray.mean (integers average in float64).
     * @example
     * nd.array([1, 2, 3, 4]).mean()        // array(2.5)
     */
    mean(axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray;
    /**
     * ndarray.max (NaN propagates).
     * @example
     * nd.array([[1, 5], [3, 2]]).max(1)    // array([5, 3])
     */
    max(axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /**
     * ndarray.min (NaN propagates).
     * @example
     * nd.array([[1, 5], [3, 2]]).min()     // array(1)
     */
    min(axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /**
     * ndarray.argmax: int64 index of the first maximum (flat C-order index when `axis` is undefined).
     * @example
     * nd.array([1, 5, 3]).argmax()         // array(1)
     */
    argmax(axis?: number | null, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /**
     * ndarray.argmin.
     * @example
     * nd.array([4, 1, 3]).argmin()         // array(1)
     */
    argmin(axis?: number | null, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /**
     * ndarray.prod: products (integers in int64 / uint64).
     * @example
     * nd.array([[1, 2], [3, 4]]).prod(1)   // array([ 2, 12])
     */
    prod(axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray;
    /**
     * ndarray.std: standard deviation, NumPy's two passes (`ddof`, `keepdims`, `out`).
     * @example
     * nd.array([1, 2, 3, 4]).std()         // array(1.11803399)
     */
    std(axis?: Axis, options?: VarOptions): NDArray;
    /**
     * ndarray.var: variance, NumPy's two passes.
     * @example
     * nd.array([1, 2, 3, 4]).var(null, { ddof: 1 }) // array(1.66666667)
     */
    var(axis?: Axis, options?: VarOptions): NDArray;
    /**
     * ndarray.cumsum: running sums (of the flattening when `axis` is undefined).
     * @example
     * nd.array([1, 2, 3]).cumsum()         // array([1, 3, 6])
     */
    cumsum(axis?: number | null, options?: CumulativeOptions): NDArray;
    /**
     * ndarray.cumprod: running products.
     * @example
     * nd.array([1, 2, 3]).cumprod()        // array([1, 2, 6])
     */
    cumprod(axis?: number | null, options?: CumulativeOptions): NDArray;
    /**
     * ndarray.any: whether any element is non-zero.
     * @example
     * nd.array([[0, 1], [0, 0]]).any(1)    // array([ True, False])
     */
    any(axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
    /**
     * ndarray.all: whether every element is non-zero.
     * @example
     * nd.array([1, 2, 0]).all()            // array(False)
     */
    all(axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray;
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
    /**
     * ndarray.sort: in place, along `axis` (-1).
     * @example
     * nd.array([3, 1, 2]).sort()
     */
    sort(axis?: number | SortOptions, options?: SortOptions): void;
    /**
     * ndarray.argsort (stable).
     * @example
     * nd.array([3, 1, 2]).argsort()        // array([1, 2, 0])
     */
    argsort(axis?: number | null | SortOptions, options?: SortOptions): NDArray<"int64">;
    /**
     * ndarray.take: elements at `indices` along `axis` (of the flattened array without one), as nd.take.
     * @example
     * nd.array([4, 3, 5]).take([2, 0])     // array([5, 4])
     */
    take(indices: Operand, axis?: number | null): NDArray;
    /**
     * ndarray.put: a.flat[indices] = values in place (values repeat when shorter), as nd.put.
     * @example
     * const a = nd.arange(4);
     * a.put([1, 3], 9);
     * a                                    // array([0, 9, 2, 9])
     */
    put(indices: Operand, values: Operand): void;
    /**
     * ndarray.repeat: each element repeated (one count, or one per element along `axis`), as nd.repeat.
     * @example
     * nd.array([1, 2]).repeat(3)           // array([1, 1, 1, 2, 2, 2])
     */
    repeat(repeats: number | readonly number[] | NDArray, axis?: number | null): NDArray;
    /**
     * ndarray.diagonal: the diagonal as a view, as nd.diagonal.
     * @example
     * nd.array([[1, 2], [3, 4]]).diagonal()  // array([1, 4])
     */
    diagonal(offset?: number, axis1?: number, axis2?: number): NDArray;
    /**
     * ndarray.trace: the sum along the diagonal, as nd.trace.
     * @example
     * nd.array([[1, 2], [3, 4]]).trace()   // array(5)
     */
    trace(offset?: number, axis1?: number, axis2?: number): NDArray;
    /**
     * ndarray.dot(b): np.dot with NumPy's N-D rules.
     * @example
     * nd.array([[1, 2], [3, 4]]).dot([1, 1])   // array([3, 7])
     */
    dot(b: Operand, options?: DotOptions): NDArray;
  }
}

type Methods = Pick<NDArray, "set" | "get" | "add" | "sub" | "mul" | "div" | "pow" | "matmul" | "sum" | "mean" | "max" | "min" | "argmax" | "argmin" | "gt" | "ge" | "lt" | "le" | "eq" | "ne" | "clip" | "take" | "put" | "repeat" | "diagonal" | "trace" | "sort" | "argsort">;
type StatisticsMethods = Pick<NDArray, "prod" | "std" | "var" | "cumsum" | "cumprod" | "any" | "all">;

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
  sort(axis, options) {
    sortInPlace(this, axis, options);
  },
  argsort(axis, options) {
    return argsort(this, axis, options);
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

// Linear algebra's method forms.
const linalgMethods: Pick<NDArray, "dot"> & ThisType<NDArray> = {
  dot(b, options) {
    return dot(this, b, options);
  },
};
for (const [name, fn] of Object.entries(linalgMethods)) {
  Object.defineProperty(NDArray.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
}
