// The kernel-call block: the one module that writes what assembly/callblock.ts reads. A kernel
// call passes array data by address and its loop by scalars, plus, where needed, the address of
// a block of i32 words in a scratch arena allocated once:
//   [0, 64)      four 16-byte slots for scalar operands (read with stride 0)
//   [64, 128)    eight f64 result slots where loss kernels leave their sums
//   [128, …)     the block: outer axes of an element-wise loop or a batch, or a reduction plan
// Layouts are documented in assembly/callblock.ts. A block is valid until the next one is
// written, so every kernel call writes its own just before the call.

import { coalesce } from "../../core/shape.js";
import { heapI32 } from "./heap.js";
import { allocBlock } from "./storage.js";

const ARENA_BYTES = 8192;
const arena = allocBlock(ARENA_BYTES);
const BLOCK = arena + 128;

/** Address of scalar slot `i` (0–3). */
export function scalarSlot(i: number): number {
  return arena + 16 * i;
}

/** Address of the result slots (eight f64). */
export const RESULT = arena + 64;

/** A loop over a broadcast shape: the innermost axis as scalars and, if more axes remain, a block. */
export interface Loop {
  /** Length of the innermost axis. */
  n: number;
  /** Byte stride of each operand along the innermost axis. */
  steps: number[];
  /** 0, or the address of the outer-axes block. */
  outer: number;
}

/**
 * Plans a loop over `shape` for operands with the given byte strides (in the order the kernel
 * lists them), merging axes as NumPy's iterator does, and writes the outer axes' block.
 */
export function planLoop(shape: readonly number[], byteStrides: readonly (readonly number[])[]): Loop {
  const c = coalesce(shape, byteStrides);
  const nd = c.shape.length;
  if (nd === 0) return { n: 1, steps: byteStrides.map(() => 0), outer: 0 };
  const inner = nd - 1;
  const loop = { n: c.shape[inner]!, steps: c.strides.map((s) => s[inner]!), outer: 0 };
  if (nd === 1) return loop;
  loop.outer = outerBlock(c.shape.slice(0, inner), c.strides.map((s) => s.slice(0, inner)));
  return loop;
}

/** Writes [nd, shape, strides of each operand] (the kernel owns the counters row after them). */
export function outerBlock(shape: readonly number[], byteStrides: readonly (readonly number[])[]): number {
  const words = heapI32();
  let w = BLOCK / 4;
  words[w++] = shape.length;
  for (const n of shape) words[w++] = n;
  for (const s of byteStrides) for (const x of s) words[w++] = x;
  return BLOCK;
}

/**
 * Exchanges the stride rows of operands `i` and `j` in an outer-axes block written by `outerBlock`
 * (for a kernel called with two of its operands in the other order).
 */
export function swapOperands(outer: number, i: number, j: number): void {
  if (outer === 0) return;
  const words = heapI32();
  const w = outer / 4;
  const nd = words[w]!;
  for (let d = 0; d < nd; d++) {
    const a = w + 1 + nd * (1 + i) + d;
    const b = w + 1 + nd * (1 + j) + d;
    [words[a], words[b]] = [words[b]!, words[a]!];
  }
}

/** Writes a reduction plan: [nd, blockDims, chunk, shape, in strides, out strides] (innermost axis first). */
export function reduceBlock(plan: { shape: readonly number[]; inStrides: readonly number[]; outStrides: readonly number[]; blockDims: number; chunk: number }): number {
  const words = heapI32();
  let w = BLOCK / 4;
  words[w++] = plan.shape.length;
  words[w++] = plan.blockDims;
  words[w++] = plan.chunk;
  for (const list of [plan.shape, plan.inStrides, plan.outStrides]) for (const v of list) words[w++] = v;
  return BLOCK;
}

/**
 * A binary kernel (out, a, b, …) run with its inputs swapped: the pointers, the inner steps and,
 * in an outer block, the stride rows of operands 1 and 2 (so `less(a, b)` can run `greater(b, a)`).
 */
export function swapInputs<K extends (out: number, a: number, b: number, n: number, so: number, sa: number, sb: number, outer: number) => void>(k: K): K {
  return ((out: number, a: number, b: number, n: number, so: number, sa: number, sb: number, outer: number) => {
    swapOperands(outer, 1, 2);
    k(out, b, a, n, so, sb, sa, outer);
  }) as K;
}

/** What an advanced-indexing kernel walks (assembly/gather.ts): byte strides, addresses, sizes. */
export interface IndexPlan {
  /** Broadcast shape of the index arrays (walked in C order). */
  bShape: readonly number[];
  /** Strides over bShape of the dense operand `v` and of the indexed array `a`. */
  bV: readonly number[];
  bA: readonly number[];
  /** Each index array: its address, strides over bShape, and the stride and length of the axis of `a` it indexes. */
  indices: readonly { ptr: number; strides: readonly number[]; axisStride: number; axisSize: number }[];
  /** The subspace walked at every position of bShape, with the strides of `v` and `a`. */
  sShape: readonly number[];
  sV: readonly number[];
  sA: readonly number[];
}

/** Words an index plan takes, scratch included. */
export function indexPlanWords(plan: IndexPlan): number {
  const nb = plan.bShape.length;
  const k = plan.indices.length;
  const ns = Math.max(plan.sShape.length - 1, 0);
  return 6 + 3 * nb + k * nb + 3 * k + 3 * ns + nb + k + ns;
}

/** The most words an index plan may take in the arena; larger plans need a block of their own. */
export const INDEX_PLAN_CAPACITY = (ARENA_BYTES - 128) / 4;

/**
 * Writes an index plan (the layout is documented in assembly/gather.ts) at `at` (the arena by
 * default): the innermost subspace axis becomes the kernel's line, the others its outer axes.
 */
export function indexPlan(plan: IndexPlan, at = BLOCK): number {
  const words = heapI32();
  let w = at / 4;
  const nb = plan.bShape.length;
  const ns = plan.sShape.length;
  words[w++] = nb;
  words[w++] = plan.indices.length;
  words[w++] = Math.max(ns - 1, 0);
  words[w++] = ns === 0 ? 1 : plan.sShape[ns - 1]!;
  words[w++] = ns === 0 ? 0 : plan.sV[ns - 1]!;
  words[w++] = ns === 0 ? 0 : plan.sA[ns - 1]!;
  for (const list of [plan.bShape, plan.bV, plan.bA]) for (const x of list) words[w++] = x;
  for (const ix of plan.indices) for (const x of ix.strides) words[w++] = x;
  for (const ix of plan.indices) words[w++] = ix.ptr;
  for (const ix of plan.indices) words[w++] = ix.axisStride;
  for (const ix of plan.indices) words[w++] = ix.axisSize;
  for (const list of [plan.sShape, plan.sV, plan.sA]) for (let d = 0; d < ns - 1; d++) words[w++] = list[d]!;
  return at;
}
