// Splitting an element-wise loop into shares for the pool (pool.ts). A share is the same kernel
// over a part of the loop: a range of the outermost axis (each share gets its own call block,
// whose counters the kernel writes), or, for a one-axis loop, a range of elements whose length is
// a multiple of 64, so every element takes the same vector or scalar path as in the whole loop.
// Each element is computed by the same instructions either way: results do not depend on the split.

import { coalesce } from "../../core/shape.js";
import { heapI32 } from "./heap.js";
import { allocBlock, freeBlock } from "./storage.js";
import { BLOCK_BYTES, MAX_SHARES, isKernel, runShares, shareBlock, threadCount } from "./pool.js";

/** @internal Argument lists of up to `parts` shares of `kernel(ptrs…, n, steps…, outer)` over `shape`; null when it does not split. */
export function loopShares(shape: readonly number[], byteStrides: readonly (readonly number[])[], ptrs: readonly number[], parts: number): number[][] | null {
  const c = coalesce(shape, byteStrides);
  const nd = c.shape.length;
  if (nd === 0) return null;
  const inner = nd - 1;
  const n = c.shape[inner]!;
  const steps = c.strides.map((s) => s[inner]!);
  const shares: number[][] = [];
  parts = Math.min(parts, MAX_SHARES);
  if (nd === 1) {
    const len = Math.ceil(n / parts / 64) * 64;
    for (let start = 0; start < n; start += len) {
      shares.push([...ptrs.map((p, k) => p + start * steps[k]!), Math.min(len, n - start), ...steps, 0]);
    }
    return shares.length > 1 ? shares : null;
  }
  const outer = c.shape.slice(0, inner);
  // [nd, shape, strides of each operand, counters] must fit a share's block.
  if (4 * (1 + inner * (2 + ptrs.length)) > BLOCK_BYTES) return null;
  const rows = outer[0]!;
  const len = Math.ceil(rows / Math.min(parts, rows));
  shareBlock(0); // the pool's blocks exist before the heap is viewed
  const words = heapI32();
  for (let start = 0, i = 0; start < rows; start += len, i++) {
    const block = shareBlock(i);
    let w = block / 4;
    words[w++] = inner;
    words[w++] = Math.min(len, rows - start);
    for (let d = 1; d < inner; d++) words[w++] = outer[d]!;
    for (const s of c.strides) for (let d = 0; d < inner; d++) words[w++] = s[d]!;
    shares.push([...ptrs.map((p, k) => p + start * c.strides[k]![0]!), n, ...steps, block]);
  }
  return shares.length > 1 ? shares : null;
}

/**
 * @internal Elements below which a pass stays on one thread: the pool's hand-off costs tens of
 * microseconds (bench/threads-thresholds.mjs measures where two threads start to win).
 */
export let PARALLEL_ELEMENTS = 1 << 17;

/** @internal Changes PARALLEL_ELEMENTS (for measuring the crossover). */
export function setParallelElements(n: number): void {
  PARALLEL_ELEMENTS = n;
}

/**
 * @internal Runs `kernel` as shares of `runs` independent runs (lanes, rows) when the call touches
 * at least PARALLEL_ELEMENTS elements: `share(start, count)` gives the arguments for runs
 * [start, start + count); counts are multiples of 64, so vector groups of runs split as in the
 * whole call. Returns false (the caller runs the call itself) on one thread or below the size.
 */
export function parallelRuns(kernel: unknown, runs: number, elements: number, share: (start: number, count: number) => number[]): boolean {
  const threads = threadCount();
  if (threads < 2 || elements < PARALLEL_ELEMENTS || runs < 128 || !isKernel(kernel)) return false;
  const len = Math.ceil(runs / Math.min(2 * threads, MAX_SHARES) / 64) * 64;
  const shares: number[][] = [];
  for (let start = 0; start < runs; start += len) shares.push(share(start, Math.min(len, runs - start)));
  if (shares.length < 2) return false;
  runShares(kernel, shares);
  return true;
}

/**
 * @internal Runs a reduction kernel `(out, a, scratch, plan)` as shares of its outermost iteration
 * axis when that axis is kept in the output (each output element is then summed whole by one
 * share, in the plan's order); `scratchBytes` of pairwise-sum scratch per participant. Returns
 * false (the caller runs the call itself) when the plan does not split or the call is small.
 */
export function parallelReduce(
  kernel: unknown, out: number, a: number, plan: { shape: readonly number[]; inStrides: readonly number[]; outStrides: readonly number[]; blockDims: number; chunk: number },
  scratchBytes: number, elements: number,
): boolean {
  const threads = threadCount();
  const nd = plan.shape.length;
  const d = nd - 1;
  if (threads < 2 || elements < PARALLEL_ELEMENTS || nd < 2 || d < plan.blockDims || plan.outStrides[d] === 0 || 4 * (3 + 4 * nd) > BLOCK_BYTES || !isKernel(kernel)) return false;
  const rows = plan.shape[d]!;
  const len = Math.ceil(rows / Math.min(2 * threads, rows, MAX_SHARES));
  if (len >= rows) return false;
  const stride = Math.ceil(scratchBytes / 16) * 16;
  const scratch = stride > 0 ? allocBlock(stride * threads) : 0;
  try {
    shareBlock(0);
    const words = heapI32();
    const shares: number[][] = [];
    for (let start = 0, i = 0; start < rows; start += len, i++) {
      const block = shareBlock(i);
      let w = block / 4;
      words[w++] = nd;
      words[w++] = plan.blockDims;
      words[w++] = plan.chunk;
      for (let e = 0; e < nd; e++) words[w++] = e === d ? Math.min(len, rows - start) : plan.shape[e]!;
      for (const list of [plan.inStrides, plan.outStrides]) for (const v of list) words[w++] = v;
      shares.push([out + start * plan.outStrides[d]!, a + start * plan.inStrides[d]!, scratch, block]);
    }
    runShares(kernel, shares, stride > 0 ? { arg: 2, base: scratch, stride } : undefined);
  } finally {
    if (scratch !== 0) freeBlock(scratch);
  }
  return true;
}
