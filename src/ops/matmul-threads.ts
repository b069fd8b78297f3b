// Threaded products (backend/wasm/pool.ts): a product splits into bands of rows, a batch into
// ranges of its outermost axis. A band runs the same packed kernel with the same k blocking as the
// whole product (or the same direct loop, where rows are computed independently), and a batch
// entry runs whole on one thread, so every output element sums its terms in the same order for any
// thread count. Each participant packs into its own workspace.

import { heapI32 } from "../backend/wasm/heap.js";
import { MAX_SHARES, isKernel, runShares, shareBlock, threadCount } from "../backend/wasm/pool.js";
import { Storage } from "../backend/wasm/storage.js";

/** @internal Multiply-adds below which a product stays on one thread (bench/threads-thresholds.mjs measures the crossover). */
export let PARALLEL_MACS = 1 << 18;

/** @internal Changes PARALLEL_MACS (for measuring the crossover). */
export function setParallelMacs(n: number): void {
  PARALLEL_MACS = n;
}

/** Rows of a packed micro-tile: bands start on its multiples. */
const BAND = 4;

/** The blocking words a packed workspace starts with (assembly/gemm.ts). */
export interface Blocking {
  mc: number;
  kc: number;
  nc: number;
  bytes: number;
}

/**
 * Whether the direct loops (assembly/matmul.ts `direct`) compute each row of out on its own, the
 * same in a band as in the whole: every form but the transposed one (which walks columns of out as
 * its rows, and would give the last of them to scalar tails that a band boundary moves).
 */
function rowsIndependent(args: readonly number[], float32: boolean): boolean {
  const [, , , m, , n, sOm, sOn, sAm, , , sBn] = args as [number, number, number, number, number, number, number, number, number, number, number, number];
  const S = sOn;
  const L = 16 / S;
  const rowsForm = sBn === S && sOn === S && (n >= L || (float32 && n >= 2));
  return rowsForm || !(sAm === S && sOm === S && m >= L);
}

/**
 * Runs `kernel(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, outer, work)` across threads and
 * returns true, or returns false when the call should run as one (small, or nothing to split).
 * `batch`/`batchStrides` ([out, a, b]) describe the batch block, or are empty.
 */
export function parallelProduct(
  kernel: unknown, args: readonly number[], batch: readonly number[], batchStrides: readonly (readonly number[])[], blocking: Blocking | null, float32: boolean,
): boolean {
  const threads = threadCount();
  const [out, a, b, m, k, n, sOm, , sAm] = args as [number, number, number, number, number, number, number, number, number];
  const macs = m * k * n * batch.reduce((x, y) => x * y, 1);
  if (threads < 2 || macs < PARALLEL_MACS || !isKernel(kernel)) return false;
  const parts = Math.min(2 * threads, MAX_SHARES);
  const shares: number[][] = [];
  const tail = args.slice(3);
  if (batch.length > 0 && batch[0]! >= 2) {
    const rows = batch[0]!;
    const len = Math.ceil(rows / Math.min(parts, rows));
    shareBlock(0);
    const words = heapI32();
    for (let start = 0, i = 0; start < rows; start += len, i++) {
      const block = shareBlock(i);
      let w = block / 4;
      words[w++] = batch.length;
      words[w++] = Math.min(len, rows - start);
      for (let d = 1; d < batch.length; d++) words[w++] = batch[d]!;
      for (const s of batchStrides) for (const x of s) words[w++] = x;
      const share = [out + start * batchStrides[0]![0]!, a + start * batchStrides[1]![0]!, b + start * batchStrides[2]![0]!, ...tail];
      share[12] = block;
      shares.push(share);
    }
  } else if (batch.length === 0 && m >= 2 * BAND && (blocking !== null || rowsIndependent(args, float32))) {
    // A packed band packs all of b again: one band per thread keeps that to once per thread.
    const bands = blocking !== null ? threads : parts;
    const len = Math.ceil(m / Math.min(bands, m / BAND) / BAND) * BAND;
    for (let start = 0; start < m; start += len) {
      // A band of one row would take the direct loops' one-row form: the band before takes it.
      const rows = m - start - len === 1 ? len + 1 : Math.min(len, m - start);
      shares.push([out + start * sOm, a + start * sAm, b, rows, ...args.slice(4)]);
      if (rows > len) break;
    }
  } else {
    return false;
  }
  if (shares.length < 2) return false;
  let work: Storage | null = null;
  try {
    let stride = 0;
    if (blocking !== null) {
      stride = Math.ceil(blocking.bytes / 16) * 16;
      work = Storage.alloc(stride * threads);
      const words = heapI32();
      for (let t = 0; t < threads; t++) {
        const w = (work.ptr + t * stride) / 4;
        words[w] = blocking.mc;
        words[w + 1] = blocking.kc;
        words[w + 2] = blocking.nc;
      }
    }
    runShares(kernel, shares, work === null ? undefined : { arg: 13, base: work.ptr, stride });
  } finally {
    work?.release();
  }
  return true;
}
