// np.ptp and np.average, composed as NumPy composes them (numpy/_core/_methods.py _ptp,
// numpy/lib/_function_base_impl.py average) from reductions and ufuncs that run in WASM.

import { DTYPE, promoteTypes, type DType } from "../core/dtype.js";
import { AxisError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { broadcastStrides, normalizeAxis } from "../core/shape.js";
import { castStrided } from "../backend/wasm/copy.js";
import { equal } from "./compare.js";
import { divide, multiply, subtract } from "./elementwise.js";
import { Temps, asArray, type Operand } from "./operand.js";
import { max, mean, min, reduceAs, reduceNatural } from "./reduce.js";
import { type Axis, type ReduceOptions, reduceArgs } from "./reduce-core.js";
import { iteratorOrder } from "./reduce-plan.js";
import { truthReduce } from "./truth.js";

/**
 * np.ptp: max - min along `axis` (NumPy's subtract: integers wrap, booleans are refused). With
 * `out`, the maximum is reduced into `out` and the difference written there.
  * @example
  * nd.ptp([[4, 9], [2, 1]], 1)          // array([5, 1])
 */
export function ptp(x: Operand, axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray {
  const args = reduceArgs("ptp", keepdims, options);
  const temps = new Temps();
  try {
    const a = temps.array(x, "a");
    if (args.out !== null) {
      max(a, axis, { keepdims: args.keep, out: args.out });
      return subtract(args.out, temps.add(min(a, axis, args.keep)), { out: args.out });
    }
    const hi = temps.add(max(a, axis, args.keep));
    return subtract(hi, temps.add(min(a, axis, args.keep)));
  } finally {
    temps.dispose();
  }
}

/** Options of np.average. */
export interface AverageOptions {
  /** Weights of the values: a's shape, or the shape of a along `axis` (in the order `axis` lists them). */
  weights?: Operand | null;
  /** Also return the sum of the weights (broadcast to the average's shape): `[average, sumOfWeights]`. */
  returned?: boolean;
  keepdims?: boolean;
}

/** normalize_axis_tuple(axis, ndim, argname="axis"): its texts. */
function axisTuple(axis: number | readonly number[], ndim: number): number[] {
  const list = typeof axis === "number" ? [axis] : axis;
  if (!Array.isArray(list)) throw new TypeError(`axis must be a number, an array of numbers or undefined, got ${typeof axis}`);
  const out = list.map((d) => {
    if (typeof d !== "number" || !Number.isInteger(d)) throw new TypeError(`axis must be an integer, got ${String(d)}`);
    if (d < -ndim || d >= ndim) throw new AxisError(`axis: axis ${d} is out of bounds for array of dimension ${ndim}`);
    return normalizeAxis(d, ndim);
  });
  if (new Set(out).size !== out.length) throw new ValueError("repeated axis in `axis` argument");
  return out;
}

/**
 * np.average: the (weighted) mean along `axis`. Integer and boolean inputs average in float64;
 * with weights the type is NumPy's promotion of a and the weights. Weights summing to zero are a
 * ZeroDivisionError, as NumPy's. With `returned`, `[average, sumOfWeights]`.
  * @example
  * nd.average([1, 2, 3, 4])             // array(2.5)
  * nd.average([1, 2, 3], null, { weights: [3, 1, 0] })  // array(1.25)
 */
export function average(x: Operand, axis?: Axis, options?: AverageOptions & { returned: true }): [NDArray, NDArray];
export function average(x: Operand, axis?: Axis, options?: AverageOptions): NDArray;
export function average(x: Operand, axis?: Axis, options?: AverageOptions): NDArray | [NDArray, NDArray] {
  const opts = readOptions<AverageOptions>(options, "average", ["weights", "returned", "keepdims"]);
  const keep = opts.keepdims ?? false;
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  const results: NDArray[] = [];
  try {
    const axes = axis === undefined || axis === null ? null : axisTuple(axis, a.ndim);
    let avg: NDArray;
    let scl: NDArray;
    if (opts.weights === undefined || opts.weights === null) {
      avg = mean(a, axes, keep);
      results.push(avg);
      if (!opts.returned) return avg;
      if (avg.size === 0) throw new ZeroDivisionError("division by zero");
      scl = NDArray.empty(avg.shape, avg.dtype).fill(a.size / avg.size);
      results.push(scl);
      return [avg, scl];
    }
    let w = temps.array(opts.weights, "weights");
    const same = w.ndim === a.ndim && w.shape.every((n, d) => n === a.shape[d]);
    if (!same) {
      if (axes === null) throw new TypeError("Axis must be specified when shapes of a and weights differ.");
      if (w.ndim !== axes.length || axes.some((d, k) => w.shape[k] !== a.shape[d])) {
        throw new ValueError("Shape of weights must be consistent with shape of a along specified axis.");
      }
      // The weights' axes in a's order, then a length-1 axis for every other axis of a.
      const perm = axes.map((_, k) => k).sort((i, j) => axes[i]! - axes[j]!);
      const t = temps.add(w.transpose(perm));
      w = temps.add(t.reshape(a.shape.map((n, d) => (axes.includes(d) ? n : 1))));
    }
    const integral = DTYPE[a.dtype].kind !== "f";
    const rtype: DType = integral ? promoteTypes(promoteTypes(a.dtype, w.dtype), "float64") : promoteTypes(a.dtype, w.dtype);
    const flags = a.shape.map((_, d) => axes === null || axes.includes(d));
    scl = reduceAs("sum", w, flags, keep, rtype, temps);
    results.push(scl);
    const zero = temps.add(equal(scl, 0));
    if (temps.add(truthReduce("any", zero, zero.shape.map(() => true), false)).item()) {
      throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
    }
    // multiply(a, w, dtype=rtype): both cast first; the product laid out by the ufunc's iterator.
    const wStrides = a.shape.map((_, d) => (w.shape[d] === 1 ? 0 : w.byteStrides[d]!));
    const product = temps.add(NDArray.empty(a.shape, rtype, false, iteratorOrder(a.shape, [a.byteStrides, wStrides])));
    multiply(a.dtype === rtype ? a : temps.add(a._cast(rtype)), w.dtype === rtype ? w : temps.add(w._cast(rtype)), { out: product });
    avg = divide(temps.add(reduceNatural("sum", product, flags, keep, temps)), scl);
    results.push(avg);
    if (!opts.returned) {
      results.splice(results.indexOf(scl), 1);
      scl.dispose();
      return avg;
    }
    if (scl.ndim !== avg.ndim || scl.shape.some((n, d) => n !== avg.shape[d])) {
      const full = NDArray.empty(avg.shape, scl.dtype);
      results.push(full);
      castStrided(full.ptr, full.dtype, full.byteStrides, scl.ptr, scl.dtype, broadcastStrides(scl.shape, scl.byteStrides, avg.shape), avg.shape);
      results.splice(results.indexOf(scl), 1);
      scl.dispose();
      scl = full;
    }
    return [avg, scl];
  } catch (e) {
    for (const r of results) r.dispose();
    throw e;
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}
