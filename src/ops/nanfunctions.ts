// NumPy's nan* reductions (numpy/lib/_nanfunctions_impl.py): NaN is skipped. As NumPy, sums and
// means reduce a copy of the array (np.array(a, copy=True): its layout kept) with NaN as 0; here
// the kernel reads the array through that layout and counts NaN as 0 on the way. np.nanmax /
// nanmin are np.fmax.reduce / fmin.reduce; nanargmax / nanargmin refuse an all-NaN slice.
// Integer arrays have no NaN: the plain reductions. NumPy's warnings are not raised.

import { DTYPE, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { keepOrder } from "../core/shape.js";
import { kernel } from "../backend/wasm/kernels.js";
import { divide } from "./elementwise.js";
import { Temps, asArray, type Operand } from "./operand.js";
import { argmax, argmin, loopType, mean, reduceAs, sum, ufuncReduce } from "./reduce.js";
import {
  type AccumulateOptions,
  type Axis,
  type ReduceOptions,
  allocResult,
  checkReduceOut,
  planFor,
  reduceArgs,
  reducedFlags,
  runPlanned,
  writeOut,
  type ReduceKernel,
} from "./reduce-core.js";
import { replaceNan } from "./nan-replace.js";
import { truthReduce } from "./truth.js";

const SUM_KEYS = ["keepdims", "out", "dtype"] as const;
const isFloatArray = (a: NDArray) => DTYPE[a.dtype].kind === "f";

/** The sum of a float array with NaN as 0, in `otype`, over the layout of NumPy's copy. */
function nanTotal(a: NDArray, flags: readonly boolean[], keep: boolean, otype: DType, temps: Temps): NDArray {
  const order = keepOrder(a.shape, a.byteStrides, a.itemsize);
  if (otype !== a.dtype) return reduceAs("sum", temps.add(replaceNan(a, 0, order)), flags, keep, otype, temps);
  const planned = planFor(a, flags, a.itemsize, false, temps, order);
  const out = allocResult(planned.plan, a.shape, flags, keep, a.dtype, 0);
  try {
    runPlanned(kernel<ReduceKernel>("nansum", DTYPE[a.dtype].suffix), planned, out, a.size, temps);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

/**
 * np.nansum: the sum with NaN as 0 (all-NaN and empty slices give 0); `out` and `dtype` as np.sum's.
 * @example
 * nd.nansum([1, NaN, 3])               // array(4.)
 */
export function nansum(x: Operand, axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray {
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    if (!isFloatArray(a)) return sum(a, axis, keepdims, options);
    const args = reduceArgs("nansum", keepdims, options, SUM_KEYS);
    const flags = reducedFlags(a, axis, true);
    if (args.out !== null) checkReduceOut("add", a.shape, flags, args.keep, args.out);
    const total = nanTotal(a, flags, args.keep, args.dtype ?? loopType(a.dtype, a.dtype, args.out), temps);
    return args.out === null ? total : writeOut(args.out, temps.add(total));
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}

/**
 * np.nanmean: the mean of the non-NaN values (an all-NaN slice gives NaN).
 * @example
 * nd.nanmean([[1, NaN], [3, 4]], 0)    // array([2., 4.])
 */
export function nanmean(x: Operand, axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray {
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    if (!isFloatArray(a)) return mean(a, axis, keepdims, options);
    const args = reduceArgs("nanmean", keepdims, options, SUM_KEYS);
    if (args.dtype !== null && DTYPE[args.dtype].kind !== "f") throw new TypeError("If a is inexact, then dtype must be inexact");
    if (args.out !== null && DTYPE[args.out.dtype].kind !== "f") throw new TypeError("If a is inexact, then out must be inexact");
    const flags = reducedFlags(a, axis, true);
    if (args.out !== null) checkReduceOut("add", a.shape, flags, args.keep, args.out);
    const counts = temps.add(truthReduce("tally_valid", a, flags, args.keep));
    const total = nanTotal(a, flags, args.keep, args.dtype ?? loopType(a.dtype, a.dtype, args.out), temps);
    const target = args.out === null ? total : writeOut(args.out, temps.add(total));
    try {
      if (target.size > 0) divide(target, counts, { out: target });
      return target;
    } catch (e) {
      if (target === total) total.dispose();
      throw e;
    }
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}

/**
 * np.nanmax (np.fmax.reduce): the largest non-NaN value; NaN for an all-NaN slice; an empty reduction raises.
 * @example
 * nd.nanmax([1, NaN, 3])               // array(3.)
 */
export const nanmax = (a: Operand, axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray =>
  ufuncReduce("fmax", a, axis, keepdims, options, "nanmax", ["keepdims", "out"]);
/**
 * np.nanmin (np.fmin.reduce).
 * @example
 * nd.nanmin([[NaN, 2], [3, NaN]], 1)   // array([2., 3.])
 */
export const nanmin = (a: Operand, axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray =>
  ufuncReduce("fmin", a, axis, keepdims, options, "nanmin", ["keepdims", "out"]);

function nanArg(op: "argmax" | "argmin", x: Operand, axis: number | null | undefined, keepdims: unknown, options: unknown): NDArray {
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    const f = op === "argmax" ? argmax : argmin;
    if (!isFloatArray(a)) return f(a, axis, keepdims as boolean | undefined, options as ReduceOptions | undefined);
    if (a.size > 0) {
      const lanes = temps.add(truthReduce("all_nan", a, reducedFlags(a, axis, true), false));
      const any = temps.add(truthReduce("any", lanes, lanes.shape.map(() => true), false));
      if (any.item()) throw new ValueError("All-NaN slice encountered");
    }
    return f(temps.add(replaceNan(a, op === "argmax" ? -Infinity : Infinity)), axis, keepdims as boolean | undefined, options as ReduceOptions | undefined);
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}

/**
 * np.nanargmax: the index of the largest non-NaN value; an all-NaN slice is a ValueError ("All-NaN slice encountered").
 * @example
 * nd.nanargmax([1, NaN, 3])            // array(2)
 */
export const nanargmax = (a: Operand, axis?: number | null, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray => nanArg("argmax", a, axis, keepdims, options);
/**
 * np.nanargmin.
 * @example
 * nd.nanargmin([NaN, 2, 1])            // array(2)
 */
export const nanargmin = (a: Operand, axis?: number | null, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray => nanArg("argmin", a, axis, keepdims, options);

