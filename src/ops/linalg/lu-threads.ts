// One large matrix's LU factorisation across threads. The kernel factors a matrix in blocked
// steps (assembly/linalg/lu.ts): a panel of NB columns with its block row of U, then the trailing
// update A22 -= L21·U12, which holds most of the flops. Here TypeScript drives the steps: each
// panel on the calling thread (lu_panel), each trailing update as shares of rows (lu_trailing)
// on the pool. Every row is updated exactly as in the one-thread kernel, so the factors, and
// everything computed from them, are the same bytes for any thread count.

import { MAX_SHARES, isKernel, runShares, threadCount } from "../../backend/wasm/pool.js";
import { wasm } from "../../backend/wasm/module.js";
import type { Scratch } from "./stack.js";
import { NB, gemmWorkBytes } from "./workspace.js";

/**
 * @internal Order from which a matrix is factored across threads (smaller ones, split by matrix, or
 * on one thread). bench/threads-thresholds.mjs on 2 cores: solve 128² 1.02×, 192² 1.06×, 512² 1.30×.
 */
export let THREADED_LU_ORDER = 192;

/** @internal Changes THREADED_LU_ORDER (tests, measurements). */
export function setThreadedLuOrder(n: number): void {
  THREADED_LU_ORDER = n;
}

/** Rows of the trailing matrix below which an update stays on the calling thread. */
const MIN_ROWS = 64;

/** LAPACK's info of one n x n matrix at `a` factored in place (pivots at piv) across threads. */
function factor(a: number, n: number, piv: number, work: number, stride: number, threads: number): number {
  let info = 0;
  for (let j0 = 0; j0 < n; j0 += NB) {
    const z = wasm.lu_panel_f64(a, n, j0, piv);
    if (z !== 0 && info === 0) info = z;
    const rest = n - j0 - Math.min(NB, n - j0);
    if (rest <= 0) continue;
    if (rest < MIN_ROWS) {
      wasm.lu_trailing_f64(a, n, j0, 0, rest, work);
      continue;
    }
    const parts = Math.min(2 * threads, MAX_SHARES, Math.floor(rest / 32));
    const len = Math.ceil(rest / parts / 4) * 4;
    const shares: number[][] = [];
    for (let r0 = 0; r0 < rest; r0 += len) shares.push([a, n, j0, r0, Math.min(len, rest - r0), 0]);
    runShares(wasm.lu_trailing_f64, shares, { arg: 5, base: work, stride });
  }
  return info;
}

/**
 * Factors each of the `count` n x n float64 matrices at `a` (pivots: n i32 each at `piv`) across
 * threads and calls `finish(t, info, work)` after matrix t (`work`: a workspace of
 * gemmWorkBytes(workN) bytes); returns the batch kernels' status (0, or 1 + the first matrix with a
 * zero pivot). Null, having done nothing, where one thread or splitting the stack by matrix serves
 * better: the caller then runs the batch kernel.
 */
export function factorEach(a: number, piv: number, n: number, count: number, workN: number, scratch: Scratch, finish: (t: number, info: number, work: number) => void): number | null {
  const threads = threadCount();
  if (threads < 2 || n < THREADED_LU_ORDER || count >= threads || !isKernel(wasm.lu_trailing_f64)) return null;
  const stride = Math.ceil(gemmWorkBytes(Math.max(n, workN), 8) / 16) * 16;
  const work = scratch.alloc(stride * threads);
  let status = 0;
  for (let t = 0; t < count; t++) {
    const info = factor(a + t * n * n * 8, n, piv + t * n * 4, work, stride, threads);
    finish(t, info, work);
    if (info !== 0 && status === 0) status = t + 1;
  }
  return status;
}
