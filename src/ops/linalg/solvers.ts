// numpy.linalg's LU, Cholesky and least-squares family on stacks of matrices: det, slogdet, inv,
// solve, cholesky, lstsq, pinv. Shapes are checked in shapes.ts; each call copies its operands
// into one float64 C-contiguous stack (broadcast over the batch) and makes one kernel call for
// the whole stack (assembly/linalg/lu.ts, cholesky.ts, lstsq.ts, svd.ts).

import { NDArray } from "../../core/ndarray.js";
import { heapI32 } from "../../backend/wasm/heap.js";
import { zeros } from "../creation.js";
import { type Operand, Temps } from "../operand.js";
import { sum } from "../reduce.js";
import { multiply } from "../elementwise.js";
import { LSTSQ_DID_NOT_CONVERGE, NOT_POSITIVE_DEFINITE, SINGULAR, SVD_DID_NOT_CONVERGE } from "./errors.js";
import { PINV_DEFAULT_RCOND, lstsqHasResiduals, lstsqPlan, solvePlan, stacked2d, stackedSquare } from "./shapes.js";
import { Scratch, check, kernel, resultType, toResult, workingCopy } from "./stack.js";
import * as ws from "./workspace.js";
import { factorEach } from "./lu-threads.js";
import { batched } from "./parallel.js";

const F64 = "float64" as const;
const EPS64 = 2.220446049250313e-16;

/** @internal Runs `body` with temporaries and scratch freed however it ends. */
export function scoped<T>(body: (temps: Temps, scratch: Scratch) => T): T {
  const temps = new Temps();
  const scratch = new Scratch();
  try {
    return body(temps, scratch);
  } finally {
    scratch.free();
    temps.dispose();
  }
}

/** @internal A fresh array that is disposed if `fill` throws. */
export function filled(shape: readonly number[], fill: (out: NDArray) => void): NDArray {
  const out = NDArray.empty(shape, F64);
  try {
    fill(out);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

// The determinant of each matrix of a stack (LU with partial pivoting).
// np.linalg.det: `a` is (..., M, M); the result has the batch shape (0-d for one matrix).
export function det(a: Operand): NDArray {
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const s = stackedSquare(x.shape);
    const w = temps.add(workingCopy(x, F64, s.batch));
    const out = filled(s.batch, (o) => {
      if (s.count === 0) return;
      const { n, count } = s;
      const piv = scratch.alloc(count * n * 4);
      const each = (t: number, info: number): void => void kernel("lu_det_factored", F64)(w.ptr + t * n * n * 8, o.ptr + t * 8, piv + t * n * 4, n, info);
      if (factorEach(w.ptr, piv, n, count, n, scratch, each) !== null) return;
      const layout = { steps: [n * n * 8, 8, n * 4], count: 4, work: 5, workBytes: ws.luWorkBytes(n, 8), macs: n ** 3 / 3 };
      batched(kernel("lu_det", F64), [w.ptr, o.ptr, piv, n, count, 0], layout, scratch);
    });
    return toResult(out, resultType(x.dtype));
  });
}

// The sign and natural log of the absolute determinant of each matrix, as `[sign, logabsdet]`
// (sign 0 and logabsdet -Infinity for a singular matrix).
// np.linalg.slogdet (its SlogdetResult as a pair).
export function slogdet(a: Operand): [NDArray, NDArray] {
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const s = stackedSquare(x.shape);
    const w = temps.add(workingCopy(x, F64, s.batch));
    const sign = temps.add(NDArray.empty(s.batch, F64));
    const logdet = temps.add(NDArray.empty(s.batch, F64));
    const { n, count } = s;
    const piv = count > 0 ? scratch.alloc(count * n * 4) : 0;
    const each = (t: number, info: number): void => void kernel("lu_slogdet_factored", F64)(w.ptr + t * n * n * 8, sign.ptr + t * 8, logdet.ptr + t * 8, piv + t * n * 4, n, info);
    if (count > 0 && factorEach(w.ptr, piv, n, count, n, scratch, each) === null) {
      const layout = { steps: [n * n * 8, 8, 8, n * 4], count: 5, work: 6, workBytes: ws.luWorkBytes(n, 8), macs: n ** 3 / 3 };
      batched(kernel("lu_slogdet", F64), [w.ptr, sign.ptr, logdet.ptr, piv, n, count, 0], layout, scratch);
    }
    const t = resultType(x.dtype);
    return [sign._cast(t), logdet._cast(t)];
  });
}

// The inverse of each matrix of a stack (LU with partial pivoting); LinAlgError "Singular matrix".
// np.linalg.inv.
export function inv(a: Operand): NDArray {
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const s = stackedSquare(x.shape);
    const w = temps.add(workingCopy(x, F64, s.batch));
    const out = filled(x.shape, (o) => {
      if (o.size === 0) return;
      const { n, count } = s;
      const piv = scratch.alloc(count * n * 4);
      const each = (t: number, info: number, work: number): void => {
        if (info === 0) kernel("lu_inv_factored", F64)(w.ptr + t * n * n * 8, o.ptr + t * n * n * 8, piv + t * n * 4, n, work);
      };
      const layout = { steps: [n * n * 8, n * n * 8, n * 4], count: 4, work: 5, workBytes: ws.luSolveWorkBytes(n, n, 8), macs: n ** 3 };
      check(factorEach(w.ptr, piv, n, count, n, scratch, each) ?? batched(kernel("lu_inv", F64), [w.ptr, o.ptr, piv, n, count, 0], layout, scratch), SINGULAR);
    });
    return toResult(out, resultType(x.dtype));
  });
}

// Solves a·x = b for each matrix of a stack: `a` (..., M, M); `b` (M,) — one vector for every
// system — or (..., M, K), batch axes broadcast. LinAlgError "Singular matrix".
// np.linalg.solve (NumPy 2's rules for a 1-D b).
export function solve(a: Operand, b: Operand): NDArray {
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    const p = solvePlan(x.shape, y.shape);
    const wa = temps.add(workingCopy(x, F64, p.batch));
    const wb = workingCopy(y, F64, p.batch, p.vector ? 1 : 2);
    try {
      if (wb.size > 0 && p.n > 0) {
        const { n, nrhs, count } = p;
        const piv = scratch.alloc(count * n * 4);
        const each = (t: number, info: number, work: number): void => {
          if (info === 0) kernel("lu_solve_factored", F64)(wa.ptr + t * n * n * 8, wb.ptr + t * n * nrhs * 8, piv + t * n * 4, n, nrhs, work);
        };
        const layout = { steps: [n * n * 8, n * nrhs * 8, n * 4], count: 5, work: 6, workBytes: ws.luSolveWorkBytes(n, nrhs, 8), macs: n ** 3 / 3 + n * n * nrhs };
        check(factorEach(wa.ptr, piv, n, count, nrhs, scratch, each) ?? batched(kernel("lu_solve", F64), [wa.ptr, wb.ptr, piv, n, nrhs, count, 0], layout, scratch), SINGULAR);
      }
    } catch (e) {
      wb.dispose();
      throw e;
    }
    return toResult(wb, resultType(x.dtype, y.dtype));
  });
}

/** Options of {@link cholesky}. */
export interface CholeskyOptions {
  /** Return the upper factor U (a = Uᴴ·U) instead of the lower L (NumPy 2's `upper`). */
  upper?: boolean;
}

// The Cholesky factor of each symmetric positive-definite matrix: lower L with a = L·Lᵀ (or upper
// U with `{ upper: true }`), read from the lower (upper) triangle only. LinAlgError "Matrix is not
// positive definite".
// np.linalg.cholesky.
export function cholesky(a: Operand, options?: CholeskyOptions): NDArray {
  const upper = options?.upper ?? false;
  if (typeof upper !== "boolean") throw new TypeError(`cholesky: upper must be a boolean, got ${typeof upper}`);
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const s = stackedSquare(x.shape);
    const w = workingCopy(x, F64, s.batch);
    try {
      const layout = { steps: [s.n * s.n * 8], count: 3, work: 4, workBytes: ws.choleskyWorkBytes(s.n, 8), macs: s.n ** 3 / 6 };
      if (w.size > 0) check(batched(kernel("cholesky", F64), [w.ptr, s.n, upper ? 1 : 0, s.count, 0], layout, scratch), NOT_POSITIVE_DEFINITE);
    } catch (e) {
      w.dispose();
      throw e;
    }
    return toResult(w, resultType(x.dtype));
  });
}

// The least-squares solution of a·x = b (SVD-based, as LAPACK's gelsd): `[x, residuals, rank, s]`.
// `a` is (M, N), `b` (M,) or (M, K); `rcond` (default eps·max(M, N)) cuts small singular values.
// `residuals` holds the squared residual norm per column when rank = N < M, else is empty.
// np.linalg.lstsq.
export function lstsq(a: Operand, b: Operand, rcond?: number | null): [NDArray, NDArray, number, NDArray] {
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    const p = lstsqPlan(x.shape, y.shape);
    const t = resultType(x.dtype, y.dtype);
    const cut = rcond ?? EPS64 * Math.max(p.m, p.n);
    if (typeof cut !== "number") throw new TypeError(`lstsq: rcond must be a number, got ${typeof cut}`);
    const k = Math.min(p.m, p.n);
    const empty = (n: number) => zeros([n], t);
    if (p.m === 0 || p.n === 0 || p.nrhs === 0) {
      const rank = 0;
      let resid: NDArray;
      if (lstsqHasResiduals(p.m, p.n, rank) && p.nrhs > 0) {
        const sq = temps.add(multiply(y, y));
        resid = temps.add(sum(sq, 0))._cast(t).reshape([p.nrhs]);
      } else resid = empty(0);
      return [zeros(p.xShape, t), resid, rank, empty(k)];
    }
    const wa = temps.add(workingCopy(x, F64, []));
    const wb = temps.add(y._cast(F64));
    const xs = temps.add(NDArray.empty([p.n, p.nrhs], F64));
    const s = temps.add(NDArray.empty([k], F64));
    const resid = temps.add(NDArray.empty([p.nrhs], F64));
    const rankAt = scratch.alloc(4);
    const status = kernel("lstsq", F64)(wa.ptr, wb.ptr, xs.ptr, s.ptr, rankAt, resid.ptr, p.m, p.n, p.nrhs, cut, 1, scratch.alloc(ws.lstsqWorkBytes(p.m, p.n, p.nrhs, 8)));
    check(status, LSTSQ_DID_NOT_CONVERGE);
    const r = heapI32()[rankAt / 4];
    const solution = xs.reshape(p.xShape);
    try {
      return [solution._cast(t), lstsqHasResiduals(p.m, p.n, r) ? resid._cast(t) : empty(0), r, s._cast(t)];
    } finally {
      solution.dispose();
    }
  });
}

// The Moore–Penrose pseudo-inverse of each matrix (through the SVD; singular values at or below
// `rcond`·max(s) are dropped): (..., M, N) gives (..., N, M).
// np.linalg.pinv.
export function pinv(a: Operand, rcond: number = PINV_DEFAULT_RCOND): NDArray {
  if (typeof rcond !== "number") throw new TypeError(`pinv: rcond must be a number, got ${typeof rcond}`);
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const s = stacked2d(x.shape);
    const w = temps.add(workingCopy(x, F64, s.batch));
    const out = filled([...s.batch, s.n, s.m], (o) => {
      if (o.size === 0) return;
      const layout = { steps: [s.m * s.n * 8, s.m * s.n * 8], count: 5, work: 6, workBytes: ws.pinvWorkBytes(s.m, s.n, 8), macs: 4 * s.m * s.n * Math.min(s.m, s.n) };
      check(batched(kernel("pinv", F64), [w.ptr, o.ptr, s.m, s.n, rcond, s.count, 0], layout, scratch), SVD_DID_NOT_CONVERGE);
    });
    return toResult(out, resultType(x.dtype));
  });
}
