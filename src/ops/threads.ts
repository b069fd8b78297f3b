// The thread count of the kernels that split their work (pool.ts): matmul, large element-wise
// passes. Results do not depend on it.

import { setThreadCount, threadCount } from "../backend/wasm/pool.js";

/**
 * Sets how many threads large kernels use (matmul, big element-wise passes), like PyTorch's
 * `torch.set_num_threads` or threadpoolctl's limit on NumPy's BLAS. Where shared memory is
 * unavailable (`nd.features.threads` is false) the count stays 1. Results are identical for any
 * count. Workers start on the first call that uses them.
 *
 * @example
 * nd.setNumThreads(1)
 * nd.getNumThreads()                   // 1
 */
export function setNumThreads(n: number): void {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new TypeError(`setNumThreads: n must be an integer of at least 1, got ${String(n)}`);
  setThreadCount(n);
}

/**
 * How many threads large kernels use, like PyTorch's `torch.get_num_threads`: the machine's cores
 * by default in Node and in cross-origin-isolated pages, 1 where shared memory is unavailable.
 *
 * @example nd.getNumThreads() >= 1 // true
 */
export function getNumThreads(): number {
  return threadCount();
}
