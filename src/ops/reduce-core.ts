// What every reduction shares: its arguments (axis, keepdims, out, dtype), NumPy's checks of a
// user's `out`, and running a reduction kernel over NumPy's plan (./reduce-plan.ts) into a new
// array laid out as NumPy's iterator allocates it.

import { DTYPE, checkDType, describe, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { denseStrides, normalizeAxes } from "../core/shape.js";
import { reduceBlock } from "../backend/wasm/callblock.js";
import { parallelReduce } from "../backend/wasm/split.js";
import { castStrided } from "../backend/wasm/copy.js";
import { heap } from "../backend/wasm/heap.js";
import { Storage } from "../backend/wasm/storage.js";
import type { Temps } from "./operand.js";
import { type ReducePlan, planReduce, planStrides } from "./reduce-plan.js";

/** An axis argument: a number, a list of numbers, or undefined / null for all axes. */
export type Axis = number | readonly number[] | null | undefined;

/** Options of the reductions: `keepdims`, and `out` (NumPy's `out=`: the result is written there and returned). */
export interface ReduceOptions {
  keepdims?: boolean;
  out?: NDArray | null;
}

/** Options of the reductions that accumulate (`sum`, `prod`, `mean`): also the accumulator's `dtype`. */
export interface AccumulateOptions extends ReduceOptions {
  dtype?: DType;
}

export interface ReduceArgs {
  keep: boolean;
  out: NDArray | null;
  dtype: DType | null;
}

/**
 * Reads `(keepdims?, options?)` or `(options)`: keepdims may come positionally (as NumPy's third
 * argument) or in the options object.
 */
export function reduceArgs(fn: string, keepdims: unknown, options: unknown, keys: readonly string[] = ["keepdims", "out"], readOnly: string | null = "output array"): ReduceArgs {
  let opts: Partial<AccumulateOptions>;
  let keep: unknown = undefined;
  if (keepdims !== null && typeof keepdims === "object" && !(keepdims instanceof NDArray)) {
    if (options !== undefined) throw new TypeError(`${fn}: options given twice`);
    opts = readOptions<AccumulateOptions>(keepdims, fn, keys);
  } else {
    keep = keepdims;
    opts = readOptions<AccumulateOptions>(options, fn, keys);
    if (keep !== undefined && opts.keepdims !== undefined) throw new TypeError(`${fn}: keepdims given twice`);
  }
  if (keep === undefined) keep = opts.keepdims;
  return { keep: checkKeepdims(keep), out: checkOut(opts.out, readOnly), dtype: opts.dtype === undefined || opts.dtype === null ? null : checkDType(opts.dtype, `${fn}: dtype`) };
}

export function checkKeepdims(keepdims: unknown): boolean {
  if (keepdims === undefined || keepdims === null) return false;
  if (typeof keepdims !== "boolean") throw new TypeError(`keepdims must be a boolean, got ${typeof keepdims}`);
  return keepdims;
}

/**
 * A user's `out`: an NDArray (NumPy: "return arrays must be of ArrayType"), writeable (`readOnly`
 * names it in NumPy's error; null leaves that check to the caller, where NumPy makes it later).
 */
export function checkOut(out: unknown, readOnly: string | null = "output array"): NDArray | null {
  if (out === undefined || out === null) return null;
  if (!(out instanceof NDArray)) throw new TypeError(`return arrays must be of ArrayType, got ${describe(out)}`);
  out.storage; // throws if disposed
  if (readOnly !== null) out.checkWriteable(readOnly);
  return out;
}

/** The reduced axes as flags. A 0-d array accepts axis 0 or -1, as NumPy's ufunc reductions (not np.mean) do. */
export function reducedFlags(a: NDArray, axis: Axis, zeroDimAxis: boolean): boolean[] {
  if (zeroDimAxis && a.ndim === 0 && (axis === 0 || axis === -1)) return [];
  if (axis !== undefined && axis !== null && typeof axis !== "number" && !Array.isArray(axis)) {
    throw new TypeError(`axis must be a number, an array of numbers or undefined, got ${typeof axis}`);
  }
  const flags = new Array<boolean>(a.ndim).fill(false);
  for (const d of normalizeAxes(axis, a.ndim)) flags[d] = true;
  return flags;
}

/** The number of elements each output element reduces. */
export function reducedCount(shape: readonly number[], flags: readonly boolean[]): number {
  let count = 1;
  shape.forEach((n, d) => (count *= flags[d] ? n : 1));
  return count;
}

/** The result's shape: reduced axes dropped, or kept with length 1. */
export function reducedShape(shape: readonly number[], flags: readonly boolean[], keep: boolean): number[] {
  return keep ? shape.map((n, d) => (flags[d] ? 1 : n)) : shape.filter((_, d) => !flags[d]);
}

/** NumPy's shape as its iterator errors print it: `(3,)`, `(2,newaxis,4)` (leading new axes dropped), `()`. */
function shapeText(dims: readonly number[]): string {
  let i = 0;
  while (i < dims.length && dims[i]! < 0) i++;
  if (i === dims.length) return "()";
  const parts = dims.slice(i).map((n, k) => (k > 0 && n < 0 ? "newaxis" : String(n)));
  return dims.length === 1 ? `(${parts[0]},)` : `(${parts.join(",")})`;
}

/**
 * Checks a user's `out` against a reduction of `shape` over `flags`, with NumPy's errors and their
 * order (numpy/_core/src/umath/reduction.c and the iterator's checks). `name` is the ufunc's.
 */
export function checkReduceOut(name: string, shape: readonly number[], flags: readonly boolean[], keep: boolean, out: NDArray): void {
  const nd = shape.length;
  const expected = keep ? nd : flags.filter((f) => !f).length;
  if (out.ndim !== expected) {
    throw new ValueError(
      `output parameter for reduction operation ${name} has the wrong number of dimensions: Found ${out.ndim} but expected ${expected}${keep ? " (must match the operand's when keepdims=True)" : ""}`,
    );
  }
  // The output's axes mapped onto the input's (-1: a reduced axis it does not have).
  const remapped: number[] = [];
  const outAxis: number[] = [];
  for (let d = 0, j = 0; d < nd; d++) {
    if (flags[d] && !keep) {
      remapped.push(-1);
      outAxis.push(-1);
    } else {
      remapped.push(out.shape[j]!);
      outAxis.push(j++);
    }
  }
  const broadcast = remapped.map((o) => (o < 0 ? 1 : o)).map((o, d) => (o === 1 ? shape[d]! : o));
  for (let d = 0; d < nd; d++) {
    const o = remapped[d]! < 0 ? 1 : remapped[d]!;
    if (o !== 1 && o !== shape[d] && shape[d] !== 1) {
      throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(out.shape)}->${shapeText(remapped)} ${shapeText(shape)} `);
    }
  }
  for (let d = nd - 1; d >= 0; d--) {
    const o = remapped[d]!;
    const n = shape[d]!;
    if (flags[d] && keep && o !== 1) throw new ValueError(`operand was set up as a reduction along axis ${d}, but the length of the axis is ${o} (it has to be 1)`);
    if (o > 1 && n === 1) throw new ValueError(`non-broadcastable operand with shape ${shapeText(shape)} doesn't match the broadcast shape ${shapeText(broadcast)}`);
    if (o === 1 && n !== 1 && !flags[d]) {
      throw new ValueError(`output operand requires a reduction along dimension ${outAxis[d]}, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.`);
    }
  }
}

/** Copies a result into a user's `out` (converting, unsafe as NumPy's reductions cast) and returns `out`. */
export function writeOut(out: NDArray, result: NDArray): NDArray {
  castStrided(out.ptr, out.dtype, out.byteStrides, result.ptr, result.dtype, result.byteStrides, out.shape);
  return out;
}

/** A dense copy of `a` in `dtype` whose axes lie in memory in `order` (innermost first; C order when undefined). */
export function copyInOrder<D extends DType>(a: NDArray, order: readonly number[] | undefined, dtype: D): NDArray<D> {
  const out = NDArray.empty(a.shape, dtype, false, order);
  castStrided(out.ptr, dtype, out.byteStrides, a.ptr, a.dtype, a.byteStrides, a.shape);
  return out;
}

/** A reduction planned as NumPy runs it, and the array the kernel reads (`a`, or a copy in the planned layout). */
export interface Planned {
  plan: ReducePlan;
  src: NDArray;
}

/**
 * Plans a reduction of `a` over `flags` into elements of `itemsize` bytes. NumPy reduces `a`
 * itself unless `order` names the layout of the array it reduces in its place (a copy or a
 * temporary it allocated, laid out in that axis order): the plan then follows that layout and
 * reads `a` through it, or a copy of `a` in that layout when `a` does not walk it as one stride.
 */
export function planFor(a: NDArray, flags: readonly boolean[], itemsize: number, cast: boolean, temps: Temps, order?: readonly number[]): Planned {
  if (order === undefined) return { plan: planReduce(a.shape, a.byteStrides, flags, itemsize, cast), src: a };
  const plan = planReduce(a.shape, denseStrides(a.shape, order, a.itemsize), flags, itemsize, cast);
  let src = a;
  let strides = planStrides(plan, a.shape, a.byteStrides);
  if (strides === null) {
    src = temps.add(copyInOrder(a, order, a.dtype));
    strides = planStrides(plan, src.shape, src.byteStrides)!;
  }
  plan.inStrides = strides;
  return { plan, src };
}

/** A new result array for a plan, laid out as NumPy allocates it (iteration order), every element `init`. */
export function allocResult(plan: ReducePlan, shape: readonly number[], flags: readonly boolean[], keep: boolean, dtype: DType, init: number | bigint): NDArray {
  const itemsize = DTYPE[dtype].itemsize;
  const dims = shape.map((_, d) => d).filter((d) => keep || !flags[d]);
  const out = new NDArray(
    Storage.alloc(Math.max(1, plan.outSize) * itemsize, init === 0 || init === 0n),
    dtype,
    dims.map((d) => (flags[d] ? 1 : shape[d]!)),
    dims.map((d) => plan.keptAxisStrides[d]! / itemsize),
    0,
  );
  if (plan.outSize > 0 && init !== 0 && init !== 0n) {
    const start = out.ptr / itemsize;
    (heap(dtype) as unknown as { fill(v: unknown, s: number, e: number): void }).fill(init, start, start + plan.outSize);
  }
  return out;
}

/** (out, a, scratch, plan): a reduction kernel of assembly/reduce.ts. */
export type ReduceKernel = (out: number, a: number, scratch: number, plan: number) => void;

/** Runs `kernel` over a planned reduction into `out` (allocated for the plan); nothing to do for empty reductions. */
export function runPlanned(kernel: ReduceKernel, planned: Planned, out: NDArray, count: number, temps: Temps): void {
  if (planned.plan.outSize === 0 || count === 0) return;
  const { plan, src } = planned;
  const pairwise = plan.outStrides[0] === 0;
  const scratchBytes = pairwise && plan.blockDims > 1 ? plan.chunk * src.itemsize : 0;
  // Many outputs: shares of the outermost kept axis across threads (same sums, same order).
  if (parallelReduce(kernel, out.ptr, src.ptr, plan, scratchBytes, src.size)) return;
  const scratch = scratchBytes > 0 ? temps.add(NDArray.empty([plan.chunk], src.dtype)).ptr : 0;
  kernel(out.ptr, src.ptr, scratch, reduceBlock(plan));
}
