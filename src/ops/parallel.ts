// Element-wise passes across threads (backend/wasm/pool.ts, split.ts): above a measured size, a
// loop runs as shares of its outermost axis (or of its elements), each computed as in the whole.

import { PARALLEL_ELEMENTS, loopShares } from "../backend/wasm/split.js";
import { isKernel, runShares, threadCount } from "../backend/wasm/pool.js";

export { PARALLEL_ELEMENTS };

/**
 * Runs `kernel(ptrs…, n, steps…, outer)` over `shape` (operands' byte strides, out first) across
 * threads and returns true; false when it is small, or the host has one thread, and the caller runs it.
 */
export function parallelLoop(kernel: unknown, shape: readonly number[], byteStrides: readonly (readonly number[])[], ptrs: readonly number[]): boolean {
  if (threadCount() < 2) return false;
  let size = 1;
  for (const n of shape) size *= n;
  if (size < PARALLEL_ELEMENTS || !isKernel(kernel)) return false;
  const shares = loopShares(shape, byteStrides, ptrs, 2 * threadCount());
  if (shares === null) return false;
  runShares(kernel, shares);
  return true;
}
