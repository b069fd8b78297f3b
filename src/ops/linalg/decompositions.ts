// numpy.linalg's orthogonal decompositions and what is built on them: qr, eigh, eigvalsh, svd,
// svdvals, matrix_rank, cond. One kernel call per stack (assembly/linalg/qr.ts, eigh.ts, svd.ts).

import { NDArray } from "../../core/ndarray.js";
import { heapF64 } from "../../backend/wasm/heap.js";
import { type Operand } from "../operand.js";
import { EIGENVALUES_DID_NOT_CONVERGE, SVD_DID_NOT_CONVERGE } from "./errors.js";
import { matrixRankPlan, qrPlan, stacked2d, stackedSquare, svdPlan, uploUpper } from "./shapes.js";
import { check, kernel, resultType, toResult, workingCopy } from "./stack.js";
import { filled, scoped } from "./solvers.js";
import * as ws from "./workspace.js";
import { batched } from "./parallel.js";
import { array } from "../creation.js";

const F64 = "float64" as const;

/** Writes identity matrices into every matrix of a float64 stack (the empty cases of qr and svd). */
function identities(out: NDArray): void {
  const h = heapF64();
  const [r, c] = out.shape.slice(-2);
  const base = out.ptr / 8;
  h.fill(0, base, base + out.size);
  for (let t = 0; t < out.size / (r * c || 1); t++) for (let i = 0; i < Math.min(r, c); i++) h[base + t * r * c + i * c + i] = 1;
}

/** qr's modes. */
export type QrMode = "reduced" | "complete" | "r" | "raw";

// The QR decomposition of each matrix (Householder, as LAPACK's geqrf/orgqr): `[q, r]` with
// orthonormal columns in q and upper-triangular r; `"complete"` gives a square q, `"r"` only r,
// `"raw"` LAPACK's `[h, tau]` (h transposed, as NumPy returns it).
// np.linalg.qr.
export function qr(a: Operand, mode: "r"): NDArray;
export function qr(a: Operand, mode?: "reduced" | "complete" | "raw"): [NDArray, NDArray];
export function qr(a: Operand, mode: QrMode = "reduced"): [NDArray, NDArray] | NDArray {
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const p = qrPlan(x.shape, mode);
    if (p.mode === "economic") throw new TypeError("qr: mode must be 'reduced', 'complete', 'r' or 'raw'");
    const t = resultType(x.dtype);
    const w = temps.add(workingCopy(x, F64, p.batch));
    const tau = temps.add(NDArray.empty([...p.batch, p.k], F64, true));
    const q = p.q ? temps.add(NDArray.empty([...p.batch, p.m, p.qcols], F64)) : null;
    const r = temps.add(NDArray.empty([...p.batch, p.rrows, p.n], F64, true));
    if (p.count > 0 && p.m > 0 && p.n > 0) {
      const args = [w.ptr, tau.ptr, q === null ? 0 : q.ptr, r.ptr, p.m, p.n, p.qcols, p.rrows, p.count, 0];
      const steps = [p.m * p.n * 8, p.k * 8, p.m * p.qcols * 8, p.rrows * p.n * 8];
      batched(kernel("qr", F64), args, { steps, count: 8, work: 9, workBytes: ws.qrWorkBytes(p.m, p.n, p.qcols, 8), macs: 2 * p.m * p.n * p.k }, scratch);
    } else if (q !== null && q.size > 0) identities(q);
    if (p.mode === "r") return r._cast(t);
    if (p.mode === "raw") {
      const h = w.transpose();
      try {
        return [h._cast(t), tau._cast(t)];
      } finally {
        h.dispose();
      }
    }
    return [q!._cast(t), r._cast(t)];
  });
}

function eighCall(a: Operand, UPLO: string, vectors: boolean): [NDArray, NDArray | null] {
  const upper = uploUpper(UPLO);
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const s = stackedSquare(x.shape);
    const t = resultType(x.dtype);
    const wk = temps.add(workingCopy(x, F64, s.batch));
    const w = temps.add(NDArray.empty([...s.batch, s.n], F64));
    const v = vectors ? temps.add(NDArray.empty([...s.batch, s.n, s.n], F64)) : null;
    if (s.count > 0 && s.n > 0) {
      const args = [wk.ptr, w.ptr, v === null ? 0 : v.ptr, s.n, upper ? 1 : 0, vectors ? 1 : 0, s.count, 0];
      const layout = { steps: [s.n * s.n * 8, s.n * 8, s.n * s.n * 8], count: 6, work: 7, workBytes: ws.eighWorkBytes(s.n, vectors, 8), macs: 4 * s.n ** 3 };
      const status = batched(kernel("eigh", F64), args, layout, scratch);
      check(status, EIGENVALUES_DID_NOT_CONVERGE);
    }
    return [w._cast(t), v === null ? null : v._cast(t)];
  });
}

// Eigenvalues (ascending) and orthonormal eigenvectors (columns) of each symmetric matrix, as
// `[w, v]`, read from the lower triangle (`UPLO = "L"`) or the upper (`"U"`). Tridiagonal
// reduction, then implicit QL/QR (LAPACK's syev path). Vector signs may differ from NumPy's.
// np.linalg.eigh.
export function eigh(a: Operand, UPLO: "L" | "U" = "L"): [NDArray, NDArray] {
  const [w, v] = eighCall(a, UPLO, true);
  return [w, v!];
}

// Eigenvalues (ascending) of each symmetric matrix.
// np.linalg.eigvalsh.
export function eigvalsh(a: Operand, UPLO: "L" | "U" = "L"): NDArray {
  return eighCall(a, UPLO, false)[0];
}

/** Options of {@link svd}. */
export interface SvdOptions {
  /** u (..., M, M) and vh (..., N, N) when true (the default), else (..., M, K) and (..., K, N). */
  fullMatrices?: boolean;
  /** false: only the singular values. */
  computeUv?: boolean;
}

function svdCall(a: Operand, full: boolean, vectors: boolean): [NDArray | null, NDArray, NDArray | null] {
  return scoped((temps, scratch) => {
    const x = temps.array(a, "a");
    const p = svdPlan(x.shape, full);
    const t = resultType(x.dtype);
    const w = temps.add(workingCopy(x, F64, p.batch));
    const s = temps.add(NDArray.empty([...p.batch, p.k], F64));
    const u = vectors ? temps.add(NDArray.empty([...p.batch, p.m, p.ucols], F64)) : null;
    const vt = vectors ? temps.add(NDArray.empty([...p.batch, p.vrows, p.n], F64)) : null;
    if (p.count > 0 && p.k > 0) {
      const args = [w.ptr, s.ptr, u === null ? 0 : u.ptr, vt === null ? 0 : vt.ptr, p.m, p.n, p.ucols, p.vrows, p.count, 0];
      const steps = [p.m * p.n * 8, p.k * 8, p.m * p.ucols * 8, p.vrows * p.n * 8];
      const layout = { steps, count: 8, work: 9, workBytes: ws.svdWorkBytes(p.m, p.n, p.ucols, p.vrows, vectors, 8), macs: 4 * p.m * p.n * p.k };
      const status = batched(kernel("svd", F64), args, layout, scratch);
      check(status, SVD_DID_NOT_CONVERGE);
    } else if (vectors) {
      if (u!.size > 0) identities(u!);
      if (vt!.size > 0) identities(vt!);
    }
    return [u === null ? null : u._cast(t), s._cast(t), vt === null ? null : vt._cast(t)];
  });
}

// The singular value decomposition of each matrix, `[u, s, vh]` with a = u·diag(s)·vh, s
// descending (Householder bidiagonalisation, then implicit-shift bidiagonal QR: LAPACK's gesvd
// path); with `{ computeUv: false }` only s. Vector signs may differ from NumPy's.
// np.linalg.svd.
export function svd(a: Operand, options: SvdOptions & { computeUv: false }): NDArray;
export function svd(a: Operand, options?: SvdOptions): [NDArray, NDArray, NDArray];
export function svd(a: Operand, options?: SvdOptions): [NDArray, NDArray, NDArray] | NDArray {
  const full = options?.fullMatrices ?? true;
  const uv = options?.computeUv ?? true;
  if (typeof full !== "boolean" || typeof uv !== "boolean") throw new TypeError("svd: fullMatrices and computeUv must be booleans");
  const [u, s, vt] = svdCall(a, full, uv);
  return uv ? [u!, s, vt!] : s;
}

// The singular values of each matrix, descending.
// np.linalg.svdvals.
export function svdvals(x: Operand): NDArray {
  return svdCall(x, false, false)[1];
}

/** The machine epsilon of a float dtype. */
const epsOf = (d: string): number => (d === "float32" ? 1.1920928955078125e-7 : 2.220446049250313e-16);

// The rank of each matrix: singular values above `tol` (default: max(s)·max(M, N)·eps, or
// max(s)·rtol with `{ rtol }`). Below two dimensions: 1 unless every entry is zero.
// np.linalg.matrix_rank (an int64 array with the batch shape, 0-d for one matrix).
export function matrixRank(A: Operand, tol?: number | null, options?: { rtol?: number }): NDArray {
  return scoped((temps) => {
    const x = temps.array(A, "A");
    const p = matrixRankPlan(x.shape);
    if (p.trivial) {
      const v = x.toTypedArray() as ArrayLike<number | bigint | boolean>;
      let any = 0;
      for (let i = 0; i < v.length; i++) if (Number(v[i]) !== 0) any = 1;
      return array(any, "int64");
    }
    const s = temps.add(svdvals(x));
    const sv = s.toTypedArray() as Float64Array | Float32Array;
    const k = Math.min(p.m, p.n);
    const rtol = options?.rtol ?? Math.max(p.m, p.n) * epsOf(s.dtype);
    const counts = new Array<number>(p.count);
    for (let t = 0; t < p.count; t++) {
      let smax = -Infinity;
      for (let i = 0; i < k; i++) smax = Math.max(smax, sv[t * k + i]);
      const cut = tol ?? smax * rtol;
      let r = 0;
      for (let i = 0; i < k; i++) if (sv[t * k + i] > cut) r++;
      counts[t] = r;
    }
    if (p.batch.length === 0) return array(counts[0], "int64");
    const flat = temps.add(array(counts, "int64"));
    return flat.reshape(p.batch).copy();
  });
}
