// np.var, np.std, np.nanvar, np.nanstd with NumPy's two passes (numpy/_core/_methods.py _var,
// numpy/lib/_nanfunctions_impl.py nanvar): the mean from NumPy's pairwise sums, then the sum of
// squared deviations over the array NumPy would allocate for them (x = a - mean, laid out by its
// ufunc iterator; nanvar's copy of `a`), so results agree with NumPy's to the bit. The common
// case runs the second pass as one fused kernel (assembly/reduce.ts sqdev) that never
// materialises x; a `dtype`, or an `out` whose type widens the sums, takes NumPy's literal steps.

import { DTYPE, checkDType, promoteTypes, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { keepOrder } from "../core/shape.js";
import { readOptions } from "../core/options.js";
import { castStrided } from "../backend/wasm/copy.js";
import { kernel } from "../backend/wasm/kernels.js";
import { divide, sqrt, square, subtract } from "./elementwise.js";
import { lessEqual, notEqual } from "./compare.js";
import { Temps, asArray, type Operand } from "./operand.js";
import { divideByCount, loopType, reduceAs } from "./reduce.js";
import {
  type Axis,
  allocResult,
  checkKeepdims,
  checkOut,
  checkReduceOut,
  copyInOrder,
  planFor,
  reducedCount,
  reducedFlags,
  reducedShape,
  runPlanned,
  writeOut,
  type ReduceKernel,
} from "./reduce-core.js";
import { iteratorOrder } from "./reduce-plan.js";
import { replaceNan } from "./nan-replace.js";
import { where } from "./select.js";
import { truthReduce } from "./truth.js";

/** Options of np.var / np.std and their nan forms. */
export interface VarOptions {
  /** Delta degrees of freedom: the divisor is N - ddof (never below 0). */
  ddof?: number;
  /** The array API's name for ddof (give one of them). */
  correction?: number;
  keepdims?: boolean;
  /** Where to write the result (NumPy's `out=`): the sum of squares is cast into it, then divided there. */
  out?: NDArray | null;
  /** The type the sums run in (NumPy's `dtype=`). */
  dtype?: DType;
}

const KEYS = ["ddof", "correction", "keepdims", "out", "dtype"] as const;

interface VarArgs {
  ddof: number;
  keep: boolean;
  out: NDArray | null;
  dtype: DType | null;
}

function varArgs(fn: string, options: unknown): VarArgs {
  const o = readOptions<VarOptions>(options, fn, KEYS);
  let ddof = o.ddof ?? 0;
  if (typeof ddof !== "number") throw new TypeError(`${fn}: ddof must be a number, got ${typeof ddof}`);
  if (o.correction !== undefined && o.correction !== null) {
    if (typeof o.correction !== "number") throw new TypeError(`${fn}: correction must be a number, got ${typeof o.correction}`);
    if (ddof !== 0) throw new ValueError("ddof and correction can't be provided simultaneously.");
    ddof = o.correction;
  }
  return { ddof, keep: checkKeepdims(o.keepdims), out: checkOut(o.out), dtype: o.dtype === undefined || o.dtype === null ? null : checkDType(o.dtype, `${fn}: dtype`) };
}

const sqdev = (d: DType) => kernel<(out: number, a: number, mean: number, scratch: number, plan: number) => void>("sqdev", DTYPE[d].suffix);

/** `sqrt(r, out=r)` for np.std (NumPy's same_kind check when r is a user's integer `out`). */
function sqrtInPlace(r: NDArray): void {
  sqrt(r, { out: r });
}

/**
 * The sum of squared deviations, fused: NumPy's x = a - mean is allocated by its ufunc iterator
 * (axes ordered over a and the broadcast mean), and its sum follows x's layout. The kernel reads
 * `a` through that plan (or a copy in x's layout) and squares the deviations on the fly.
 */
function fusedSquares(a: NDArray, flags: readonly boolean[], keep: boolean, acc: DType, temps: Temps): NDArray {
  const count = reducedCount(a.shape, flags);
  const size = DTYPE[acc].itemsize;
  // First pass: the mean, summed over a's own layout (integers cast to float64 on the way).
  const first = planFor(a, flags, size, a.dtype !== acc, temps);
  const mean = temps.add(allocResult(first.plan, a.shape, flags, true, acc, 0));
  runPlanned(kernel<ReduceKernel>("sum", a.dtype === acc ? DTYPE[acc].suffix : `${DTYPE[a.dtype].suffix}_${DTYPE[acc].suffix}`), first, mean, count, temps);
  divideByCount(mean, count, temps);
  // Second pass over x's layout; the mean moved into the result's layout if it differs.
  const meanStrides = a.shape.map((_, d) => (flags[d] ? 0 : first.plan.outAxisStrides[d]!));
  const order = iteratorOrder(a.shape, [a.byteStrides, meanStrides]);
  const second = planFor(a, flags, size, false, temps, order);
  const out = allocResult(second.plan, a.shape, flags, keep, acc, 0);
  try {
    let m = mean;
    if (second.plan.outAxisStrides.some((s, d) => s !== first.plan.outAxisStrides[d])) {
      m = temps.add(allocResult(second.plan, a.shape, flags, true, acc, 0));
      castStrided(m.ptr, acc, m.byteStrides, mean.ptr, acc, mean.byteStrides, m.shape);
    }
    const k = sqdev(a.dtype);
    runPlanned((o, src, scratch, plan) => k(o, src, m.ptr, scratch, plan), second, out, count, temps);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

/** The same sum by NumPy's literal steps, for a `dtype` of another type: the sums in the types NumPy picks. */
function literalSquares(a: NDArray, flags: readonly boolean[], keep: boolean, meanType: DType, sumType: DType, temps: Temps): NDArray {
  const count = reducedCount(a.shape, flags);
  const mean = temps.add(reduceAs("sum", a, flags, true, meanType, temps));
  divideByCount(mean, count, temps);
  const meanStrides = a.shape.map((_, d) => (flags[d] ? 0 : mean.byteStrides[d]!));
  const xtype = promoteTypes(a.dtype, mean.dtype);
  const x = temps.add(NDArray.empty(a.shape, xtype, false, iteratorOrder(a.shape, [a.byteStrides, meanStrides])));
  subtract(a, mean, { out: x });
  square(x, { out: x });
  return reduceAs("sum", x, flags, keep, sumType, temps);
}

/**
 * NumPy's _var: the sum of squares in the type NumPy sums in, written into `out` (cast) when
 * given, divided there by N - ddof (never below 0), and its square root for np.std.
 */
function variance(fn: string, x: Operand, axis: Axis, options: unknown, root: boolean): NDArray {
  const args = varArgs(fn, options);
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    const flags = reducedFlags(a, axis, false);
    if (args.out !== null) checkReduceOut("add", a.shape, flags, args.keep, args.out);
    const integral = DTYPE[a.dtype].kind !== "f";
    const acc: DType = integral ? "float64" : a.dtype;
    // NumPy: the mean in `dtype` (float64 for integers); the final sum also promotes with out's type.
    const meanType = args.dtype ?? acc;
    const sumType = args.dtype ?? (integral ? acc : loopType(acc, acc, args.out));
    const squares = meanType === acc && sumType === acc ? fusedSquares(a, flags, args.keep, acc, temps) : literalSquares(a, flags, args.keep, meanType, sumType, temps);
    const target = args.out === null ? squares : writeOut(args.out, temps.add(squares));
    try {
      divideByCount(target, Math.max(reducedCount(a.shape, flags) - args.ddof, 0), temps);
      if (root) sqrtInPlace(target);
      return target;
    } catch (e) {
      if (target === squares) squares.dispose();
      throw e;
    }
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}

/**
 * np.var: the mean of squared deviations from the mean, divided by N - ddof; integers and
 * booleans in float64, float32 stays float32. Bit for bit NumPy's two-pass result.
  * @example
  * nd.var([1, 2, 3, 4])                 // array(1.25)
  * nd.var([1, 2, 3, 4], null, { ddof: 1 })  // array(1.66666667)
 */
export const variance_ = (a: Operand, axis?: Axis, options?: VarOptions): NDArray => variance("var", a, axis, options, false);
/**
 * np.std: the square root of np.var.
 * @example
 * nd.std([1, 2, 3, 4])                 // array(1.11803399)
 * nd.std([[1, 2], [3, 5]], 0)          // array([1. , 1.5])
 */
export const std = (a: Operand, axis?: Axis, options?: VarOptions): NDArray => variance("std", a, axis, options, true);

const nansqdev = (d: DType) => kernel<(out: number, a: number, mean: number, scratch: number, plan: number) => void>("nansqdev", DTYPE[d].suffix);

/**
 * np.nanvar of a float array: NumPy sums a copy of `a` (np.array(a, copy=True): its layout
 * kept) with NaN as 0, divides by the non-NaN count, then sums the squared deviations of that
 * copy (NaN positions 0); slices with N - ddof <= 0 give NaN.
 */
function nanVariance(fn: string, x: Operand, axis: Axis, options: unknown, root: boolean): NDArray {
  const args = varArgs(fn, options);
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    if (DTYPE[a.dtype].kind !== "f") return variance(fn, a, axis, options, root);
    if (args.dtype !== null && DTYPE[args.dtype].kind !== "f") throw new TypeError("If a is inexact, then dtype must be inexact");
    if (args.out !== null && DTYPE[args.out.dtype].kind !== "f") throw new TypeError("If a is inexact, then out must be inexact");
    const flags = reducedFlags(a, axis, true);
    if (args.out !== null) checkReduceOut("add", a.shape, flags, args.keep, args.out);
    const order = keepOrder(a.shape, a.byteStrides, a.itemsize);
    const sumType = args.dtype ?? a.dtype;
    const otype = args.dtype ?? loopType(a.dtype, a.dtype, args.out);
    const counts = temps.add(truthReduce("tally_valid", a, flags, true));
    const fused = sumType === a.dtype ? planFor(a, flags, a.itemsize, false, temps, order) : null;
    // The mean of the copy, NaN as 0.
    let mean: NDArray;
    if (fused !== null) {
      mean = temps.add(allocResult(fused.plan, a.shape, flags, true, a.dtype, 0));
      runPlanned(kernel<ReduceKernel>("nansum", DTYPE[a.dtype].suffix), fused, mean, a.size, temps);
    } else {
      mean = temps.add(reduceAs("sum", temps.add(replaceNan(a, 0, order)), flags, true, sumType, temps));
    }
    if (mean.size > 0) divide(mean, counts, { out: mean });
    let total: NDArray;
    if (fused !== null && otype === a.dtype) {
      total = allocResult(fused.plan, a.shape, flags, args.keep, a.dtype, 0);
      const k = nansqdev(a.dtype);
      runPlanned((o, src, scratch, plan) => k(o, src, mean.ptr, scratch, plan), fused, total, a.size, temps);
    } else {
      // NumPy's steps: arr = copy with NaN as 0; arr -= mean; arr[mask] = 0; arr *= arr; sum.
      const arr = temps.add(replaceNan(a, 0, order));
      subtract(arr, mean, { out: arr });
      const masked = temps.add(where(temps.add(notEqual(a, a)), 0, arr));
      const sq = temps.add(copyInOrder(masked, order, arr.dtype));
      square(sq, { out: sq });
      total = reduceAs("sum", sq, flags, args.keep, otype, temps);
    }
    let target = total;
    try {
      if (args.out !== null) target = writeOut(args.out, temps.add(total));
      const dof = temps.add(subtract(args.keep ? counts : temps.add(counts.reshape(reducedShape(a.shape, flags, false))), args.ddof));
      if (target.size > 0) {
        divide(target, dof, { out: target });
        const fixed = temps.add(where(temps.add(lessEqual(dof, 0)), NaN, target));
        castStrided(target.ptr, target.dtype, target.byteStrides, fixed.ptr, fixed.dtype, fixed.byteStrides, target.shape);
      }
      if (root) sqrtInPlace(target);
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
 * np.nanvar: np.var ignoring NaNs; an all-NaN slice (or N - ddof <= 0) gives NaN. Integers: np.var.
 * @example
 * nd.nanvar([1, NaN, 3])               // array(1.)
 */
export const nanvar = (a: Operand, axis?: Axis, options?: VarOptions): NDArray => nanVariance("nanvar", a, axis, options, false);
/**
 * np.nanstd: the square root of np.nanvar.
 * @example
 * nd.nanstd([1, NaN, 3, 4])            // array(1.24721913)
 */
export const nanstd = (a: Operand, axis?: Axis, options?: VarOptions): NDArray => nanVariance("nanstd", a, axis, options, true);

export { variance_ as var };
