// Stacks of matrices across threads (backend/wasm/pool.ts): a batched linalg kernel runs as shares
// of its batch, each share a call of the same kernel on a range of matrices with a workspace of its
// own, so every matrix is factored exactly as in the whole call.

import { MAX_SHARES, isKernel, runShares, threadCount } from "../../backend/wasm/pool.js";
import { PARALLEL_MACS } from "../matmul-threads.js";
import type { Scratch } from "./stack.js";

/** How one batched kernel call splits: per-matrix byte steps of its arguments, and where its count and workspace go. */
export interface BatchLayout {
  /** Bytes each argument advances per matrix (0: not a per-matrix pointer, or a null one). */
  steps: readonly number[];
  /** The argument that holds the number of matrices. */
  count: number;
  /** The workspace argument, and its size in bytes (one matrix at a time). */
  work: number;
  workBytes: number;
  /** Multiply-adds per matrix, roughly: small stacks stay on one thread. */
  macs: number;
}

/**
 * Calls `fn(...args)` (a batched linalg kernel returning an i32 status, or void) with a workspace
 * from `scratch` in its workspace argument, split across threads when the stack is large enough;
 * returns the status, non-zero when any matrix failed (as the whole call would).
 */
export function batched(fn: (...a: number[]) => number | void, args: readonly number[], layout: BatchLayout, scratch: Scratch): number {
  const count = args[layout.count]!;
  const threads = threadCount();
  if (threads < 2 || count < 2 || count * layout.macs < PARALLEL_MACS || !isKernel(fn)) {
    const whole = [...args];
    whole[layout.work] = scratch.alloc(layout.workBytes);
    return (fn(...whole) as number | undefined) ?? 0;
  }
  const parts = Math.min(2 * threads, count, MAX_SHARES);
  const len = Math.ceil(count / parts);
  const shares: number[][] = [];
  for (let start = 0; start < count; start += len) {
    const share = args.map((x, i) => (x !== 0 && layout.steps[i] ? x + start * layout.steps[i]! : x));
    share[layout.count] = Math.min(len, count - start);
    shares.push(share);
  }
  const stride = Math.ceil(Math.max(16, layout.workBytes) / 16) * 16;
  return runShares(fn, shares, { arg: layout.work, base: scratch.alloc(stride * threads), stride });
}
