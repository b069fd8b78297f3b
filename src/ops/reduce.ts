// Reductions: np.sum, mean, max, min, argmax, argmin over one axis, several or all, on any
// strided view. TypeScript checks and plans (./reduce-plan.ts mirrors NumPy's iteration so float
// sums round as NumPy's pairwise summation does); one WASM call does the work.

import { DType, ITEMSHIFT, ITEMSIZE, SUFFIX } from "../dtype.js";
import { OverflowError, ValueError } from "../errors.js";
import { NDArray, heapOf } from "../ndarray.js";
import { normalizeAxes, normalizeAxis } from "../shape.js";
import { planLoop } from "../wasm/iterate.js";
import { heapF32, heapF64, heapI32, wasm } from "../wasm/module.js";
import { ARGS, SCALAR_B, Storage } from "../wasm/storage.js";
import { Operand, asArray } from "./operand.js";
import { planReduce } from "./reduce-plan.js";

type ReduceKernel = (out: number, a: number, scratch: number, plan: number) => void;
type ArgKernel = (out: number, a: number, len: number, stride: number, n: number, so: number, sa: number, outer: number) => void;
type ArgFlatKernel = (a: number, n: number, sa: number, outer: number) => number;
type Suffix = (typeof SUFFIX)[DType];

const K = wasm as unknown as {
  [k in `${"sum" | "max" | "min"}_${Suffix}` | "sum_i32_f64" | "sum_u8_f64"]: ReduceKernel;
} & { [k in `${"argmax" | "argmin"}_${Suffix}`]: ArgKernel } & { [k in `${"argmax" | "argmin"}_flat_${Suffix}`]: ArgFlatKernel } & {
  narrow_i64_i32(out: number, a: number, n: number): number;
};

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
  return d === "bool" ? "int32" : d;
}

function identity(op: Op, d: DType): number {
  if (op === "max") return d === "int32" ? -2147483648 : d === "bool" ? 0 : -Infinity;
  if (op === "min") return d === "int32" ? 2147483647 : d === "bool" ? 1 : Infinity;
  return 0;
}

function kernelFor(op: Op, d: DType): ReduceKernel {
  if (op === "mean" && (d === "int32" || d === "bool")) return K[`sum_${SUFFIX[d]}_f64` as "sum_i32_f64"];
  return K[`${op === "mean" ? "sum" : op}_${SUFFIX[d]}`];
}

function reduceOp(op: Op, x: Operand, axis: Axis, keepdims: unknown): NDArray {
  const keep = checkKeepdims(keepdims);
  const { array: a, owned } = asArray(x, "a");
  const temps: NDArray[] = [];
  try {
    const flags = reducedFlags(a, axis, op !== "mean");
    const dtype = resultDType(op, a.dtype);
    let count = 1;
    a.shape.forEach((n, d) => (count *= flags[d] ? n : 1));
    if (count === 0 && (op === "max" || op === "min")) {
      throw new ValueError(`zero-size array to reduction operation ${NAME[op]} which has no identity`);
    }
    // Integer sums accumulate in int64 scratch, narrowed at the end.
    const wide = op === "sum" && a.dtype === "int32";
    const accSize = wide ? 8 : ITEMSIZE[dtype];
    const cast = op === "mean" && dtype !== a.dtype;
    const plan = planReduce(a.shape, a.byteStrides, flags, accSize, cast);
    const shape = keep ? a.shape.map((n, d) => (flags[d] ? 1 : n)) : a.shape.filter((_, d) => !flags[d]);
    const strides = (keep ? a.shape.map((_, d) => d) : a.shape.map((_, d) => d).filter((d) => !flags[d])).map((d) => plan.outAxisStrides[d] / accSize);
    const init = identity(op, a.dtype);
    const out = new NDArray(Storage.alloc(plan.outSize * ITEMSIZE[dtype], init === 0), dtype, shape, strides, 0);
    if (plan.outSize === 0) return out;
    try {
      if (init !== 0) {
        const start = out.storage.ptr >> ITEMSHIFT[dtype];
        heapOf(dtype).fill(init, start, start + plan.outSize);
      }
      if (count > 0) {
        const acc = wide ? track(temps, NDArray.empty([plan.outSize], "float64", true)) : out;
        const pairwise = plan.outStrides[0] === 0;
        const scratch = pairwise && plan.blockDims > 1 ? track(temps, NDArray.empty([plan.chunk], a.dtype)).ptr : 0;
        writePlan(plan);
        kernelFor(op, a.dtype)(acc.storage.ptr, a.ptr, scratch, ARGS);
        if (wide && K.narrow_i64_i32(out.storage.ptr, acc.storage.ptr, plan.outSize) !== 0) {
          throw new OverflowError(
            'sum: the result does not fit in int32 (NumPy sums in int64); convert first with astype("float64")',
          );
        }
      }
      if (op === "mean") divideInPlace(out, plan.outSize, count);
      return out;
    } catch (e) {
      out.dispose();
      throw e;
    }
  } finally {
    for (const t of temps) t.dispose();
    if (owned) a.dispose();
  }
}

function track(temps: NDArray[], a: NDArray): NDArray {
  temps.push(a);
  return a;
}

/** Plan words for assembly/reduce.ts: [nd, blockDims, chunk, shape, in strides, out strides, counters]. */
function writePlan(plan: ReturnType<typeof planReduce>): void {
  const nd = plan.shape.length;
  const words = heapI32();
  let w = ARGS >> 2;
  words[w++] = nd;
  words[w++] = plan.blockDims;
  words[w++] = plan.chunk;
  for (const list of [plan.shape, plan.inStrides, plan.outStrides]) for (const v of list) words[w++] = v;
}

/** np.mean's true_divide(sum, count): in the result's dtype (float32 stays float32). */
function divideInPlace(out: NDArray, n: number, count: number): void {
  const p = out.storage.ptr;
  if (out.dtype === "float32") {
    heapF32()[SCALAR_B >> 2] = count;
    wasm.divide_f32(p, p, SCALAR_B, n, 4, 4, 0, 0);
  } else {
    heapF64()[SCALAR_B >> 3] = count;
    wasm.divide_f64(p, p, SCALAR_B, n, 8, 8, 0, 0);
  }
}

/** np.sum: float sums round as NumPy's pairwise summation; int32 and bool give int32 (exact, or an OverflowError). */
export const sum = (a: Operand, axis?: Axis, keepdims?: boolean): NDArray => reduceOp("sum", a, axis, keepdims);
/** np.mean: integers and booleans average in float64; an empty reduction gives nan. */
export const mean = (a: Operand, axis?: Axis, keepdims?: boolean): NDArray => reduceOp("mean", a, axis, keepdims);
/** np.max (np.amax): NaN propagates; an empty reduction raises as NumPy's does. */
export const max = (a: Operand, axis?: Axis, keepdims?: boolean): NDArray => reduceOp("max", a, axis, keepdims);
/** np.min (np.amin). */
export const min = (a: Operand, axis?: Axis, keepdims?: boolean): NDArray => reduceOp("min", a, axis, keepdims);

function argOp(op: "argmax" | "argmin", x: Operand, axis: number | null | undefined, keepdims: unknown): NDArray {
  const keep = checkKeepdims(keepdims);
  if (axis !== undefined && axis !== null && typeof axis !== "number") {
    throw new TypeError(`${op}: axis must be an integer or undefined, got ${Array.isArray(axis) ? "an array" : typeof axis}`);
  }
  const { array: a, owned } = asArray(x, "a");
  try {
    const suffix = SUFFIX[a.dtype];
    if (axis === undefined || axis === null || a.ndim === 0) {
      if (a.ndim === 0 && axis !== undefined && axis !== null && axis !== 0 && axis !== -1) normalizeAxis(axis, 0);
      if (a.size === 0) throw new ValueError(`attempt to get ${op} of an empty sequence`);
      const loop = planLoop(a.shape, [a.byteStrides]);
      const index = K[`${op}_flat_${suffix}`](a.ptr, loop.n, loop.steps[0], loop.outer);
      const out = NDArray.empty(keep ? a.shape.map(() => 1) : [], "int32");
      heapI32()[out.ptr >> 2] = index;
      return out;
    }
    const d = normalizeAxis(axis, a.ndim);
    const len = a.shape[d];
    if (len === 0) throw new ValueError(`attempt to get ${op} of an empty sequence`);
    const out = NDArray.empty(keep ? a.shape.map((n, k) => (k === d ? 1 : n)) : a.shape.filter((_, k) => k !== d), "int32");
    if (out.size > 0) {
      const without = <T>(list: readonly T[]) => list.filter((_, k) => k !== d);
      const outStrides = keep ? without(out.byteStrides) : out.byteStrides;
      const loop = planLoop(without(a.shape), [outStrides, without(a.byteStrides)]);
      K[`${op}_${suffix}`](out.ptr, a.ptr, len, a.byteStrides[d], loop.n, loop.steps[0], loop.steps[1], loop.outer);
    }
    return out;
  } finally {
    if (owned) a.dispose();
  }
}

/** np.argmax: int32 indices of the first maximum (the first NaN wins); axis undefined = flat C-order index. */
export const argmax = (a: Operand, axis?: number | null, keepdims?: boolean): NDArray => argOp("argmax", a, axis, keepdims);
/** np.argmin. */
export const argmin = (a: Operand, axis?: number | null, keepdims?: boolean): NDArray => argOp("argmin", a, axis, keepdims);
