// Reductions: np.sum, prod, mean, max, min, argmax, argmin over one axis, several or all, on any
// strided view, with NumPy's `out` and accumulator `dtype`. TypeScript checks and plans
// (./reduce-plan.ts mirrors NumPy's iteration so float sums round as NumPy's pairwise summation
// does); one WASM call does the work.

import { DTYPE, canCastSafely, promoteTypes, sumDType, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { keepOrder, normalizeAxis } from "../core/shape.js";
import { planLoop, reduceBlock, scalarSlot } from "../backend/wasm/callblock.js";
import { castStrided } from "../backend/wasm/copy.js";
import { writeElement } from "../backend/wasm/heap.js";
import { kernel, numeric, type BinaryKernel } from "../backend/wasm/kernels.js";
import { Temps, asArray, type Operand } from "./operand.js";
import {
  type AccumulateOptions,
  type Axis,
  type ReduceOptions,
  allocResult,
  checkReduceOut,
  copyInOrder,
  planFor,
  reduceArgs,
  reducedCount,
  reducedFlags,
  runPlanned,
  writeOut,
  type ReduceKernel,
} from "./reduce-core.js";
import { iterationOrder, planStrides } from "./reduce-plan.js";
import { truthReduce } from "./truth.js";

export type { Axis, ReduceOptions, AccumulateOptions } from "./reduce-core.js";

type ArgKernel = (out: number, a: number, len: number, stride: number, n: number, so: number, sa: number, outer: number) => void;
type ArgFlatKernel = (a: number, n: number, sa: number, outer: number) => number;

/** The operations that run a reduction kernel of assembly/reduce.ts over NumPy's plan. */
export type Op = "sum" | "prod" | "max" | "min" | "fmax" | "fmin" | "nansum";
/** NumPy's ufunc for each, as its messages name it. */
export const UFUNC: Record<Op, string> = { sum: "add", prod: "multiply", max: "maximum", min: "minimum", fmax: "fmax", fmin: "fmin", nansum: "add" };

/** The value the output starts from: the identity (0, 1), the dtype's extreme for max / min, NaN for fmax / fmin. */
function identity(op: Op, d: DType): number | bigint {
  const t = DTYPE[d];
  if (op === "max") return t.kind === "f" ? -Infinity : t.big ? t.minBig : t.min;
  if (op === "min") return t.kind === "f" ? Infinity : t.big ? t.maxBig : t.kind === "b" ? 1 : t.max;
  if (op === "fmax" || op === "fmin") return t.kind === "f" ? NaN : identity(op === "fmax" ? "max" : "min", d);
  if (op === "prod") return t.big ? 1n : 1;
  return t.big ? 0n : 0;
}

/** The natural result type: sums and products of integers in int64 (uint64), max / min in the input's. */
function naturalType(op: Op, d: DType): DType {
  return op === "sum" || op === "prod" ? sumDType(d) : d;
}

const kernelCache: Partial<Record<Op, Partial<Record<DType, ReduceKernel>>>> = {};

function kernelFor(op: Op, d: DType): ReduceKernel {
  const byType = (kernelCache[op] ??= {});
  let k = byType[d];
  if (k === undefined) byType[d] = k = lookupKernel(op, d);
  return k;
}

function lookupKernel(op: Op, d: DType): ReduceKernel {
  const t = DTYPE[d];
  if (op === "max" || op === "min") return kernel<ReduceKernel>(op, numeric(d)!);
  if (op === "fmax" || op === "fmin") return kernel<ReduceKernel>(t.kind === "f" ? op : op === "fmax" ? "max" : "min", numeric(d)!);
  return kernel<ReduceKernel>(op, t.suffix);
}

/**
 * Runs `op` over `a` in its natural type into a new array (NumPy's layout). `order` names the
 * layout NumPy reduces when it reduces a copy of `a` (./reduce-core.ts planFor).
 */
export function reduceNatural(op: Op, input: NDArray, flags: readonly boolean[], keep: boolean, temps: Temps, order?: readonly number[]): NDArray {
  let a = input;
  const count = reducedCount(a.shape, flags);
  if (count === 0 && op !== "sum" && op !== "prod" && op !== "nansum") {
    throw new ValueError(`zero-size array to reduction operation ${UFUNC[op]} which has no identity`);
  }
  const dtype = naturalType(op, a.dtype);
  // Products of narrower integers run on a widened copy (exact: they wrap alike).
  if (op === "prod" && dtype !== a.dtype) a = temps.add(a._cast(dtype));
  const planned = planFor(a, flags, DTYPE[dtype].itemsize, false, temps, order);
  const out = allocResult(planned.plan, a.shape, flags, keep, dtype, identity(op, a.dtype === "bool" && op !== "sum" && op !== "prod" ? "bool" : dtype));
  try {
    runPlanned(kernelFor(op, a.dtype), planned, out, count, temps);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

/**
 * A float sum accumulated in `acc` (another float type than the input's), the input cast on the
 * way in NumPy's buffered plan: integers into float64 by their own kernels (np.mean's case),
 * other pairs through a copy cast to `acc` and laid out in the plan's iteration order.
 */
function sumAs(a: NDArray, flags: readonly boolean[], keep: boolean, acc: DType, temps: Temps): NDArray {
  const planned = planFor(a, flags, DTYPE[acc].itemsize, true, temps);
  const direct = acc === "float64" && DTYPE[a.dtype].kind !== "f";
  if (!direct) {
    const copy = temps.add(copyInOrder(a, iterationOrder(a.shape, a.byteStrides), acc));
    planned.plan.inStrides = planStrides(planned.plan, copy.shape, copy.byteStrides)!;
    planned.src = copy;
  }
  const out = allocResult(planned.plan, a.shape, flags, keep, acc, 0);
  try {
    runPlanned(kernel<ReduceKernel>("sum", direct ? `${DTYPE[a.dtype].suffix}_${DTYPE[acc].suffix}` : DTYPE[acc].suffix), planned, out, reducedCount(a.shape, flags), temps);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

/**
 * np.add.reduce / np.multiply.reduce / np.maximum.reduce … accumulated in `otype`, as NumPy does
 * when `dtype` names another type: the input is cast to `otype` element by element.
 * Integer arithmetic wraps, so an integer `otype` is the natural int64 result cast down.
 */
export function reduceAs(op: Op, a: NDArray, flags: readonly boolean[], keep: boolean, otype: DType, temps: Temps): NDArray {
  if (otype === naturalType(op, a.dtype)) return reduceNatural(op, a, flags, keep, temps);
  const o = DTYPE[otype];
  if (o.kind === "b" && (op === "sum" || op === "prod" || op === "nansum")) {
    // add / multiply of booleans are logical or / and.
    return truthReduce(op === "prod" ? "all" : "any", a, flags, keep, temps);
  }
  if (op === "sum" && o.kind === "f") return sumAs(a, flags, keep, otype, temps);
  const exactAsInteger = (op === "sum" || op === "prod") && o.kind !== "f" && DTYPE[a.dtype].kind !== "f";
  const src = exactAsInteger ? a : temps.add(copyInOrder(a, keepOrder(a.shape, a.byteStrides, a.itemsize), otype));
  const r = reduceNatural(op, src, flags, keep, temps);
  if (r.dtype === otype) return r;
  try {
    return r._cast(otype);
  } finally {
    r.dispose();
  }
}

const NO_IDENTITY = new Set<Op>(["max", "min", "fmax", "fmin"]);

/**
 * A reduction without identity starts from its first elements (index 0 along every reduced
 * axis) copied into `out`, so they pass through out's type before the rest is folded in (NumPy's
 * PyArray_CopyInitialReduceValues): a copy of `a` in the loop's type with that slice so converted.
 */
function firstThroughOut(a: NDArray, flags: readonly boolean[], loop: DType, outType: DType, temps: Temps): NDArray {
  const src = temps.add(a._cast(loop));
  const first = temps.add(src.view(src.shape.map((n, d) => (flags[d] ? 1 : n)), src.strides, src.offset));
  const through = temps.add(first._cast(outType));
  castStrided(first.ptr, loop, first.byteStrides, through.ptr, outType, through.byteStrides, first.shape);
  return src;
}

/**
 * The type a reduction's loop runs in: `natural` without `out`; with `out`, NumPy 2 promotes
 * out's type with the input's (a float32 input summed into a float64 `out` accumulates in
 * float64; a float64 one into an int64 `out` in float64, cast at the end).
 */
export function loopType(natural: DType, input: DType, out: NDArray | null): DType {
  if (out === null) return natural;
  // An integer loop narrower than int64 wraps: reduceAs gives the natural result cast down, the same number.
  return promoteTypes(out.dtype, input);
}

/** Whether a call is a whole non-empty contiguous array reduced to one value, with no option. */
function wholeContiguous(x: Operand, axis: Axis, keepdims: unknown, options: unknown): x is NDArray {
  return (axis === undefined || axis === null) && (keepdims === undefined || keepdims === false) && options === undefined &&
    x instanceof NDArray && x._storage !== null && x.size > 0 && x.isContiguous;
}

/**
 * A whole contiguous array reduced to one value in its natural type: NumPy's iterator merges it
 * into one run that the pairwise sum takes whole (nothing is cast), so the plan is known without
 * planning (the per-call cost of `sum` of a few elements is mostly planning).
 */
function reduceContiguous(op: "sum" | "max" | "min", a: NDArray): NDArray {
  const dtype = naturalType(op, a.dtype);
  const init = identity(op, a.dtype === "bool" && op !== "sum" ? "bool" : dtype);
  const zero = init === 0 || init === 0n;
  const out = NDArray.empty([], dtype, zero);
  if (!zero) writeElement(out.ptr, dtype, init);
  kernelFor(op, a.dtype)(out.ptr, a.ptr, 0, reduceBlock({ shape: [a.size], inStrides: [a.itemsize], outStrides: [0], blockDims: 1, chunk: a.size }));
  return out;
}

/** A ufunc reduction with NumPy's `out` and `dtype`: the result in `out` (checked first), or a new array. */
export function ufuncReduce(op: Op, x: Operand, axis: Axis, keepdims: unknown, options: unknown, fn: string, keys: readonly string[]): NDArray {
  if ((op === "sum" || op === "max" || op === "min") && wholeContiguous(x, axis, keepdims, options)) return reduceContiguous(op, x);
  const args = reduceArgs(fn, keepdims, options, keys);
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    const flags = reducedFlags(a, axis, true);
    if (args.out !== null) checkReduceOut(UFUNC[op], a.shape, flags, args.keep, args.out);
    const otype = args.dtype ?? loopType(naturalType(op, a.dtype), a.dtype, args.out);
    if (args.out === null) return reduceAs(op, a, flags, args.keep, otype, temps);
    const src = args.out.dtype === otype || !NO_IDENTITY.has(op) || reducedCount(a.shape, flags) === 0 ? a : firstThroughOut(a, flags, otype, args.out.dtype, temps);
    return writeOut(args.out, temps.add(reduceAs(op, src, flags, args.keep, otype, temps)));
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}

const SUM_KEYS = ["keepdims", "out", "dtype"] as const;
const KEYS = ["keepdims", "out"] as const;

/**
 * np.sum: float sums round as NumPy's pairwise summation; integers and booleans sum in int64
 * (uint64 for unsigned), wrapping as NumPy's do. `keepdims` positionally or in the options;
 * `out` receives the result (cast to its type), `dtype` sets the accumulator's type.
  * @example
  * nd.sum([[1, 2], [3, 4]])             // array(10)
  * nd.sum([[1, 2], [3, 4]], 0)          // array([4, 6])
 */
export const sum = (a: Operand, axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray =>
  ufuncReduce("sum", a, axis, keepdims, options, "sum", SUM_KEYS);
/**
 * np.prod: products in order (NumPy's multiply.reduce), integers in int64 (uint64) with wrap-around; empty → 1.
 * @example
 * nd.prod([[1, 2], [3, 4]], 1)         // array([ 2, 12])
 */
export const prod = (a: Operand, axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray =>
  ufuncReduce("prod", a, axis, keepdims, options, "prod", SUM_KEYS);
/**
 * np.max (np.amax): NaN propagates; an empty reduction raises as NumPy's does.
 * @example
 * nd.max([[1, 5], [3, 2]])             // array(5)
 * nd.max([[1, 5], [3, 2]], 1)          // array([5, 3])
 */
export const max = (a: Operand, axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray =>
  ufuncReduce("max", a, axis, keepdims, options, "max", KEYS);
/**
 * np.min (np.amin).
 * @example
 * nd.min([[1, 5], [3, 2]], 0)          // array([1, 2])
 */
export const min = (a: Operand, axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray =>
  ufuncReduce("min", a, axis, keepdims, options, "min", KEYS);

const divideF64 = kernel<BinaryKernel>("divide", "f64");

/**
 * `target /= count` as NumPy's `true_divide(ret, rcount, out=ret, casting='unsafe')`: in float64
 * (the count is an integer or float64 scalar), then cast back to the target's type.
 */
export function divideByCount(target: NDArray, count: number, temps: Temps): void {
  if (target.size === 0) return;
  const slot = scalarSlot(1);
  const f = target.dtype === "float64" ? target : temps.add(target._cast("float64"));
  writeElement(slot, "float64", count);
  const loop = planLoop(f.shape, [f.byteStrides, f.byteStrides, f.shape.map(() => 0)]);
  divideF64(f.ptr, f.ptr, slot, loop.n, loop.steps[0]!, loop.steps[1]!, 0, loop.outer);
  if (f !== target) castStrided(target.ptr, target.dtype, target.byteStrides, f.ptr, "float64", f.byteStrides, target.shape);
}

/**
 * np.mean: integers and booleans average in float64 (float32 stays float32); an empty reduction
 * gives nan. `dtype` is the accumulator (as NumPy's); `out` receives the sum, then the division.
  * @example
  * nd.mean([[1, 2], [3, 4]])            // array(2.5)
  * nd.mean([[1, 2], [3, 4]], 1)         // array([1.5, 3.5])
 */
export function mean(x: Operand, axis?: Axis, keepdims?: boolean | AccumulateOptions, options?: AccumulateOptions): NDArray {
  if (wholeContiguous(x, axis, keepdims, options) && DTYPE[x.dtype].kind === "f") {
    const total = reduceContiguous("sum", x);
    const temps = new Temps();
    try {
      divideByCount(total, x.size, temps);
    } finally {
      temps.dispose();
    }
    return total;
  }
  const args = reduceArgs("mean", keepdims, options, SUM_KEYS);
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    const flags = reducedFlags(a, axis, false);
    if (args.out !== null) checkReduceOut("add", a.shape, flags, args.keep, args.out);
    const integral = DTYPE[a.dtype].kind !== "f";
    const acc = args.dtype ?? (integral ? "float64" : loopType(a.dtype, a.dtype, args.out));
    const count = reducedCount(a.shape, flags);
    const total = reduceAs("sum", a, flags, args.keep, acc, temps);
    if (args.out === null) {
      try {
        divideByCount(total, count, temps);
      } catch (e) {
        total.dispose();
        throw e;
      }
      return total;
    }
    temps.add(total);
    writeOut(args.out, total);
    divideByCount(args.out, count, temps);
    return args.out;
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}

/** argmax / argmin's `out`: shape of the result, and a dtype int64 casts to safely the other way (NumPy's check). */
function checkArgOut(op: string, out: NDArray, shape: readonly number[]): void {
  if (out.ndim !== shape.length || out.shape.some((n, d) => n !== shape[d])) throw new ValueError(`output array does not match result of np.${op}.`);
  if (!canCastSafely(out.dtype, "int64")) {
    throw new TypeError(`Cannot cast ${out.ndim === 0 ? "scalar" : "array data"} from dtype('${out.dtype}') to dtype('int64') according to the rule 'safe'`);
  }
  out.checkWriteable("WRITEBACKIFCOPY base");
}

function argOp(op: "argmax" | "argmin", x: Operand, axis: number | null | undefined, keepdims: unknown, options: unknown): NDArray {
  const args = reduceArgs(op, keepdims, options, undefined, null);
  if (axis !== undefined && axis !== null && typeof axis !== "number") {
    throw new TypeError(`${op}: axis must be an integer or undefined, got ${Array.isArray(axis) ? "an array" : typeof axis}`);
  }
  const { array: a, owned } = asArray(x, "a");
  try {
    const suffix = numeric(a.dtype)!;
    let result: NDArray;
    if (axis === undefined || axis === null || a.ndim === 0) {
      if (a.ndim === 0 && axis !== undefined && axis !== null && axis !== 0 && axis !== -1) normalizeAxis(axis, 0);
      if (a.size === 0) throw new ValueError(`attempt to get ${op} of an empty sequence`);
      const shape = args.keep ? a.shape.map(() => 1) : [];
      if (args.out !== null) checkArgOut(op, args.out, shape);
      const loop = planLoop(a.shape, [a.byteStrides]);
      const index = kernel<ArgFlatKernel>(`${op}_flat`, suffix)(a.ptr, loop.n, loop.steps[0]!, loop.outer);
      result = NDArray.empty(shape, "int64");
      writeElement(result.ptr, "int64", BigInt(index));
    } else {
      const d = normalizeAxis(axis, a.ndim);
      const len = a.shape[d]!;
      if (len === 0) throw new ValueError(`attempt to get ${op} of an empty sequence`);
      const shape = args.keep ? a.shape.map((n, k) => (k === d ? 1 : n)) : a.shape.filter((_, k) => k !== d);
      if (args.out !== null) checkArgOut(op, args.out, shape);
      result = NDArray.empty(shape, "int64");
      if (result.size > 0) {
        const without = <T>(list: readonly T[]) => list.filter((_, k) => k !== d);
        const outStrides = args.keep ? without(result.byteStrides) : result.byteStrides;
        const loop = planLoop(without(a.shape), [outStrides, without(a.byteStrides)]);
        kernel<ArgKernel>(op, suffix)(result.ptr, a.ptr, len, a.byteStrides[d]!, loop.n, loop.steps[0]!, loop.steps[1]!, loop.outer);
      }
    }
    if (args.out === null) return result;
    try {
      return writeOut(args.out, result);
    } finally {
      result.dispose();
    }
  } finally {
    if (owned) a.dispose();
  }
}

/**
 * np.argmax: int64 indices of the first maximum (the first NaN wins); axis undefined = flat C-order index.
 * @example
 * nd.argmax([3, 7, 7, 1])              // array(1)
 * nd.argmax([[1, 5], [3, 2]], 1)       // array([1, 0])
 */
export const argmax = (a: Operand, axis?: number | null, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray => argOp("argmax", a, axis, keepdims, options);
/**
 * np.argmin.
 * @example
 * nd.argmin([3, 1, 1, 7])              // array(1)
 */
export const argmin = (a: Operand, axis?: number | null, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray => argOp("argmin", a, axis, keepdims, options);
