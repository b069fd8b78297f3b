// The kernels of advanced indexing, called from TypeScript: index arrays made int64 and checked in
// one pass, strided gathers and scatters through them (assembly/gather.ts), and boolean-mask
// selection (count, compress, masked store). Operations build on these; nothing here parses an index.

import { DTYPE, type DType } from "../core/dtype.js";
import { IndexError, indexError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { coalesce } from "../core/shape.js";
import { INDEX_PLAN_CAPACITY, type IndexPlan, indexPlan, indexPlanWords, planLoop } from "../backend/wasm/callblock.js";
import { readElement } from "../backend/wasm/heap.js";
import { bits, kernel, table } from "../backend/wasm/kernels.js";
import { allocBlock, freeBlock } from "../backend/wasm/storage.js";
import type { Temps } from "./operand.js";

/** (v, a, plan): see assembly/gather.ts. */
export type PlanKernel = (v: number, a: number, plan: number) => void;

const GATHER = table<PlanKernel>("gather", bits);
const SCATTER = table<PlanKernel>("scatter", bits);
const indexCheck = kernel<(idx: number, n: number, size: number) => number>("index_check", "i64");
const maskCount = kernel<(mask: number, n: number, sm: number, outer: number) => number>("mask_count", "bool");
const COMPRESS = table<(out: number, count: number, a: number, mask: number, n: number, sa: number, sm: number, outer: number) => void>("compress", bits);
const MASK_PUT = table<(a: number, mask: number, v: number, count: number, n: number, sa: number, sm: number, sv: number, outer: number) => void>("mask_put", bits);
const nonzeroFlat = kernel<(out: number, a: number, n: number, sa: number, outer: number) => void>("nonzero_flat", "u8");
const unravel = kernel<(out: number, flat: number, count: number, div: number, size: number) => void>("unravel", "i64");

/** Runs a plan kernel after merging the axes every operand walks contiguously, as NumPy's iterator does. */
export function runPlan(k: PlanKernel, v: number, a: number, plan: IndexPlan): void {
  const b = coalesce(plan.bShape, [plan.bV, plan.bA, ...plan.indices.map((ix) => ix.strides)]);
  const s = coalesce(plan.sShape, [plan.sV, plan.sA]);
  const merged: IndexPlan = {
    bShape: b.shape,
    bV: b.strides[0]!,
    bA: b.strides[1]!,
    indices: plan.indices.map((ix, j) => ({ ...ix, strides: b.strides[2 + j]! })),
    sShape: s.shape,
    sV: s.strides[0]!,
    sA: s.strides[1]!,
  };
  const words = indexPlanWords(merged);
  if (words <= INDEX_PLAN_CAPACITY) {
    k(v, a, indexPlan(merged));
    return;
  }
  const block = allocBlock(words * 4);
  try {
    k(v, a, indexPlan(merged, block));
  } finally {
    freeBlock(block);
  }
}

/** The gather kernel for a dtype (one per element size). */
export const gatherKernel = (d: DType): PlanKernel => GATHER[d]!;
/** The scatter kernel for a dtype. */
export const scatterKernel = (d: DType): PlanKernel => SCATTER[d]!;

/**
 * np.add.at's kernel for values stored as `stored` and added in the loop type `loop`, and the
 * dtype the values must be converted to first: integers of any width add in the stored type
 * (they wrap identically), bool adds as logical or in a bool loop and as `!= 0` of the sum otherwise.
 */
export function addAtKernel(stored: DType, loop: DType): { kernel: PlanKernel; values: DType } {
  const s = DTYPE[stored];
  const l = DTYPE[loop];
  const intOf = (t: typeof s): string => `i${t.itemsize * 8}`;
  let name: string;
  let values: DType;
  if (l.kind === "f") {
    values = loop;
    name = `${s.suffix}_${l.suffix}`;
  } else if (s.kind === "b") {
    values = l.kind === "b" ? "bool" : (`int${l.itemsize * 8}` as DType);
    name = l.kind === "b" ? "bool_bool" : `bool_${intOf(l)}`;
  } else {
    // Integer stored, integer loop: the stored type's width decides the bits.
    values = `int${s.itemsize * 8}` as DType;
    name = `${intOf(s)}_${intOf(s)}`;
  }
  return { kernel: kernel<PlanKernel>("add_at", name), values };
}

/** The axes of `a` in memory order (NumPy's order "K"): by decreasing |stride|, with the flag to walk an axis backwards. */
function memoryOrder(a: NDArray): { perm: number[]; flip: boolean[] } {
  const perm = a.shape.map((_, d) => d);
  perm.sort((x, y) => Math.abs(a.strides[y]!) - Math.abs(a.strides[x]!) || x - y);
  return { perm, flip: a.strides.map((s) => s < 0) };
}

/**
 * An index array as int64 (unsafe casts, as NumPy's intp conversion of integer arrays), with
 * its elements contiguous in `a`'s memory order, so that a bounds check walks them in the order
 * NumPy reports the first bad one. Returns the array to index with (possibly a permuted view of
 * the contiguous copy) and the contiguous buffer to check.
 */
export function int64Index(a: NDArray, temps: Temps): { index: NDArray; buffer: NDArray } {
  if (a.dtype === "int64" && a.isContiguous) return { index: a, buffer: a };
  const { perm, flip } = memoryOrder(a);
  let walked = a;
  if (flip.some((f) => f)) {
    const specs = a.shape.map((_, d) => (flip[d] ? "::-1" : ":"));
    walked = temps.add(a.slice(...specs));
  }
  const ordered = temps.add(walked.transpose(perm));
  const buffer = temps.add(ordered._cast("int64"));
  const inverse = perm.map((_, d) => perm.indexOf(d));
  let index = temps.add(buffer.transpose(inverse));
  if (flip.some((f) => f)) index = temps.add(index.slice(...a.shape.map((_, d) => (flip[d] ? "::-1" : ":"))));
  return { index, buffer };
}

/** Raises NumPy's IndexError for the first index of the contiguous int64 `buffer` outside an axis of `size`. */
export function checkBounds(buffer: NDArray, size: number, axis: number): void {
  if (buffer.size === 0) return;
  const bad = indexCheck(buffer.ptr, buffer.size, size);
  if (bad >= 0) throw new IndexError(indexError(readElement(buffer.ptr + bad * 8, "int64"), axis, size));
}

/** Number of true elements of a bool array. */
export function countTrue(mask: NDArray): number {
  if (mask.size === 0) return 0;
  const loop = planLoop(mask.shape, [mask.byteStrides]);
  return maskCount(mask.ptr, loop.n, loop.steps[0]!, loop.outer);
}

/** a[mask] for a bool mask of a's shape: a new 1-D array of the selected elements in C order. */
export function compress(a: NDArray, mask: NDArray): NDArray {
  const count = countTrue(mask);
  const out = NDArray.empty([count], a.dtype);
  if (count > 0) {
    const loop = planLoop(a.shape, [a.byteStrides, mask.byteStrides]);
    COMPRESS[a.dtype]!(out.ptr, count, a.ptr, mask.ptr, loop.n, loop.steps[0]!, loop.steps[1]!, loop.outer);
  }
  return out;
}

/**
 * a[mask] = v for a bool mask of a's shape: `v` (a's dtype) at byte address `ptr` advances by
 * `step` bytes per true element (0: one value for all); `count` is how many values there are
 * when it advances.
 */
export function maskPut(a: NDArray, mask: NDArray, ptr: number, step: number, count: number): void {
  if (a.size === 0) return;
  const loop = planLoop(a.shape, [a.byteStrides, mask.byteStrides]);
  MASK_PUT[a.dtype]!(a.ptr, mask.ptr, ptr, count, loop.n, loop.steps[0]!, loop.steps[1]!, step, loop.outer);
}

/** np.nonzero of a bool array: one int64 array per axis (added to `temps` by the caller if wanted). */
export function maskIndices(mask: NDArray): NDArray[] {
  const count = countTrue(mask);
  const out: NDArray[] = [];
  let flat: NDArray | null = null;
  try {
    if (count > 0) {
      flat = NDArray.empty([count], "int32");
      const loop = planLoop(mask.shape, [mask.byteStrides]);
      nonzeroFlat(flat.ptr, mask.ptr, loop.n, loop.steps[0]!, loop.outer);
    }
    for (let d = 0; d < mask.ndim; d++) {
      const r = NDArray.empty([count], "int64");
      out.push(r);
      const div = mask.shape.slice(d + 1).reduce((x, y) => x * y, 1);
      if (count > 0) unravel(r.ptr, flat!.ptr, count, div, mask.shape[d]!);
    }
    return out;
  } catch (e) {
    for (const r of out) r.dispose();
    throw e;
  } finally {
    flat?.dispose();
  }
}
