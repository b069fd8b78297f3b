// Reductions: np.sum, mean, max, min, argmax, argmin over one axis, several or all, on any
// strided view. TypeScript checks and plans (./reduce-plan.ts mirrors NumPy's iteration so float
// sums round as NumPy's pairwise summation does); one WASM call does the work.

import { DTYPE, sumDType, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { normalizeAxes, normalizeAxis } from "../core/shape.js";
import { planLoop, reduceBlock, scalarSlot } from "../backend/wasm/callblock.js";
import { heap, writeElement } from "../backend/wasm/heap.js";
import { kernel, numeric, type BinaryKernel } from "../backend/wasm/kernels.js";
import { Storage } from "../backend/wasm/storage.js";
import { Temps, asArray, type Operand } from "./operand.js";
import { planReduce } from "./reduce-plan.js";

type ReduceKernel = (out: number, a: number, scratch: number, plan: number) => void;
type ArgKernel = (out: number, a: number, len: number, stride: number, n: number, so: number, sa: number, outer: number) => void;
type ArgFlatKernel = (a: number, n: number, sa: number, outer: number) => number;

/** An axis argument: a number, a list of numbers, or undefined / null for all axes. */
export type Axis = number | readonly number[] | null | undefined;

/** The reduced axes as flags. A 0-d array accepts axis 0 or -1, as NumPy's ufunc reductions (not np.mean) do. */
function reducedFlags(a: NDArray, axis: Axis, zeroDimAxis: boolean): boolean[] {
  if (zeroDimAxis && a.ndim === 0 && (axis === 0 || axis === -1)) return [];
  if (axis !== undefined && axis !== null && typeof axis !== "number" && !Array.isArray(axis)) {
    throw new TypeError(`axis must be a number, an array of numbers or undefined, got ${typeof axis}`);
  }
  const flags = new Array<boolean>(a.ndim).fill(false);
  for (const d of normalizeAxes(axis, a.ndim)) flags[d] = true;
  return flags;
}

function checkKeepdims(keepdims: unknown): boolean {
  if (keepdims === undefined) return false;
  if (typeof keepdims !== "boolean") throw new TypeError(`keepdims must be a boolean, got ${typeof keepdims}`);
  return keepdims;
}

type Op = "sum" | "mean" | "max" | "min";
const NAME: Record<Op, string> = { sum: "add", mean: "add", max: "maximum", min: "minimum" };

function resultDType(op: Op, d: DType): DType {
  if (op === "max" || op === "min") return d;
  if (op === "mean") return d === "float32" ? "float32" : "float64";
  return sumDType(d);
}

/** The value the output starts from: 0 for sums, the dtype's lowest (highest) value for max (min). */
function identity(op: Op, d: DType): number | bigint {
  const t = DTYPE[d];
  if (op === "max") return t.kind === "f" ? -Infinity : t.big ? t.minBig : t.min;
  if (op === "min") return t.kind === "f" ? Infinity : t.big ? t.maxBig : t.kind === "b" ? 1 : t.max;
  return t.big ? 0n : 0;
}

const kernelCache = new Map<string, ReduceKernel>();

function kernelFor(op: Op, d: DType): ReduceKernel {
  const key = op + d;
  let k = kernelCache.get(key);
  if (k === undefined) {
    const t = DTYPE[d];
    k = op === "mean" ? kernel<ReduceKernel>("sum", t.kind === "f" ? t.suffix : `${t.suffix}_f64`) : kernel<ReduceKernel>(op, op === "sum" ? t.suffix : numeric(d)!);
    kernelCache.set(key, k);
  }
  return k;
}

/**
 * A whole contiguous array reduced to one value: NumPy's iterator merges it into one run that the
 * pairwise sum takes whole (no buffering: nothing is cast), so the plan is known without planning.
 */
function reduceContiguous(op: Op, a: NDArray): NDArray {
  const dtype = resultDType(op, a.dtype);
  const init = identity(op, a.dtype === "bool" && op !== "sum" ? "bool" : dtype);
  const zero = init === 0 || init === 0n;
  const out = NDArray.empty([], dtype, zero);
  if (!zero) writeElement(out.ptr, dtype, init);
  const plan = reduceBlock({ shape: [a.size], inStrides: [a.itemsize], outStrides: [0], blockDims: 1, chunk: a.size });
  kernelFor(op, a.dtype)(out.ptr, a.ptr, 0, plan);
  if (op === "mean") divideInPlace(out, 1, a.size);
  return out;
}

function reduceOp(op: Op, x: Operand, axis: Axis, keepdims: unknown): NDArray {
  if ((axis === undefined || axis === null) && (keepdims === undefined || keepdims === false) && x instanceof NDArray && x._storage !== null && x.size > 0 && x.isContiguous) {
    if (op !== "mean" || DTYPE[x.dtype].kind === "f") return reduceContiguous(op, x);
  }
  const keep = checkKeepdims(keepdims);
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    const flags = reducedFlags(a, axis, op !== "mean");
    const dtype = resultDType(op, a.dtype);
    let count = 1;
    a.shape.forEach((n, d) => (count *= flags[d] ? n : 1));
    if (count === 0 && (op === "max" || op === "min")) {
      throw new ValueError(`zero-size array to reduction operation ${NAME[op]} which has no identity`);
    }
    const itemsize = DTYPE[dtype].itemsize;
    const cast = op === "mean" && dtype !== a.dtype;
    const plan = planReduce(a.shape, a.byteStrides, flags, itemsize, cast);
    const shape = keep ? a.shape.map((n, d) => (flags[d] ? 1 : n)) : a.shape.filter((_, d) => !flags[d]);
    const strides = (keep ? a.shape.map((_, d) => d) : a.shape.map((_, d) => d).filter((d) => !flags[d])).map((d) => plan.outAxisStrides[d]! / itemsize);
    const init = identity(op, a.dtype === "bool" && op !== "sum" ? "bool" : dtype);
    const out = new NDArray(Storage.alloc(plan.outSize * itemsize, init === 0 || init === 0n), dtype, shape, strides, 0);
    if (plan.outSize === 0) return out;
    try {
      if (init !== 0 && init !== 0n) {
        const start = out.storage.ptr / itemsize;
        (heap(dtype) as { fill(v: unknown, s: number, e: number): void }).fill(init, start, start + plan.outSize);
      }
      if (count > 0) {
        const pairwise = plan.outStrides[0] === 0;
        const scratch = pairwise && plan.blockDims > 1 ? temps.add(NDArray.empty([plan.chunk], a.dtype)).ptr : 0;
        kernelFor(op, a.dtype)(out.storage.ptr, a.ptr, scratch, reduceBlock(plan));
      }
      if (op === "mean") divideInPlace(out, plan.outSize, count);
      return out;
    } catch (e) {
      out.dispose();
      throw e;
    }
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}

const divideKernels = { float64: kernel<BinaryKernel>("divide", "f64"), float32: kernel<BinaryKernel>("divide", "f32") };

/** np.mean's true_divide(sum, count): in the result's dtype (float32 stays float32). */
function divideInPlace(out: NDArray, n: number, count: number): void {
  const p = out.storage.ptr;
  const dtype = out.dtype as "float64" | "float32";
  const slot = scalarSlot(1);
  writeElement(slot, dtype, count);
  const size = out.itemsize;
  divideKernels[dtype](p, p, slot, n, size, size, 0, 0);
}

/**
 * np.sum: float sums round as NumPy's pairwise summation; integers and booleans sum in int64 (uint64 for unsigned), wrapping as NumPy's do.
 * @example
 * const a = nd.array([[1, 2], [3, 4]]);
 * nd.sum(a)                            // array(10)
 * nd.sum(a, 0)                         // array([4, 6])
 * nd.sum(a, 1, true)                   // array([[3], [7]])
 */
export const sum = (a: Operand, axis?: Axis, keepdims?: boolean): NDArray => reduceOp("sum", a, axis, keepdims);
/**
 * np.mean: integers and booleans average in float64; an empty reduction gives nan.
 * @example
 * nd.mean([[1, 2], [3, 4]], 1)         // array([1.5, 3.5])
 */
export const mean = (a: Operand, axis?: Axis, keepdims?: boolean): NDArray => reduceOp("mean", a, axis, keepdims);
/**
 * np.max (np.amax): NaN propagates; an empty reduction raises as NumPy's does.
 * @example
 * nd.max([[1, 5], [3, 2]], 0)          // array([3, 5])
 */
export const max = (a: Operand, axis?: Axis, keepdims?: boolean): NDArray => reduceOp("max", a, axis, keepdims);
/**
 * np.min (np.amin).
 * @example
 * nd.min([[1, 5], [3, 2]])             // array(1)
 */
export const min = (a: Operand, axis?: Axis, keepdims?: boolean): NDArray => reduceOp("min", a, axis, keepdims);

function argOp(op: "argmax" | "argmin", x: Operand, axis: number | null | undefined, keepdims: unknown): NDArray {
  const keep = checkKeepdims(keepdims);
  if (axis !== undefined && axis !== null && typeof axis !== "number") {
    throw new TypeError(`${op}: axis must be an integer or undefined, got ${Array.isArray(axis) ? "an array" : typeof axis}`);
  }
  const { array: a, owned } = asArray(x, "a");
  try {
    const suffix = numeric(a.dtype)!;
    if (axis === undefined || axis === null || a.ndim === 0) {
      if (a.ndim === 0 && axis !== undefined && axis !== null && axis !== 0 && axis !== -1) normalizeAxis(axis, 0);
      if (a.size === 0) throw new ValueError(`attempt to get ${op} of an empty sequence`);
      const loop = planLoop(a.shape, [a.byteStrides]);
      const index = kernel<ArgFlatKernel>(`${op}_flat`, suffix)(a.ptr, loop.n, loop.steps[0]!, loop.outer);
      const out = NDArray.empty(keep ? a.shape.map(() => 1) : [], "int64");
      writeElement(out.ptr, "int64", BigInt(index));
      return out;
    }
    const d = normalizeAxis(axis, a.ndim);
    const len = a.shape[d];
    if (len === 0) throw new ValueError(`attempt to get ${op} of an empty sequence`);
    const out = NDArray.empty(keep ? a.shape.map((n, k) => (k === d ? 1 : n)) : a.shape.filter((_, k) => k !== d), "int64");
    if (out.size > 0) {
      const without = <T>(list: readonly T[]) => list.filter((_, k) => k !== d);
      const outStrides = keep ? without(out.byteStrides) : out.byteStrides;
      const loop = planLoop(without(a.shape), [outStrides, without(a.byteStrides)]);
      kernel<ArgKernel>(op, suffix)(out.ptr, a.ptr, len, a.byteStrides[d]!, loop.n, loop.steps[0]!, loop.steps[1]!, loop.outer);
    }
    return out;
  } finally {
    if (owned) a.dispose();
  }
}

/**
 * np.argmax: int64 indices of the first maximum (the first NaN wins); axis undefined = flat C-order index.
 * @example
 * nd.argmax([[1, 5], [3, 2]])          // array(1): the flat index
 * nd.argmax([[1, 5], [3, 2]], 0)       // array([1, 0])
 */
export const argmax = (a: Operand, axis?: number | null, keepdims?: boolean): NDArray => argOp("argmax", a, axis, keepdims);
/**
 * np.argmin.
 * @example
 * nd.argmin([3, 1, 2])                 // array(1)
 */
export const argmin = (a: Operand, axis?: number | null, keepdims?: boolean): NDArray => argOp("argmin", a, axis, keepdims);
