// Workspace sizes, in bytes, of the linear-algebra kernels (assembly/linalg/*.ts): each formula
// mirrors the layout its kernel documents. `size` is the element size (8 for f64, 4 for f32).
// A kernel given fewer bytes writes past its workspace: these are the only sizes to allocate.

/** Panel width of the blocked LU and Cholesky: at or below it they never call the GEMM. */
export const NB = 64;
/** Reflectors at or below which QR is unblocked; panel width of the blocked QR. */
const QR_NX = 64;
const QR_NB = 32;
/** Order above which the tridiagonal reduction is blocked; its panel width. */
const TRD_NX = 256;
const TRD_NB = 32;

const roundUp = (x: number, step: number): number => Math.ceil(x / step) * step;

/** The packed GEMM's workspace for products at most n wide (assembly/linalg/blas.ts). */
export function gemmWorkBytes(n: number, size: number): number {
  const nr = 32 / size;
  const nc = Math.min(1024, roundUp(Math.max(n, 1), nr));
  return 144 + (128 * 256 + 256 * nc) * size;
}

/** lu_factor, lu_det, lu_slogdet (n x n). */
export function luWorkBytes(n: number, size: number): number {
  return n > NB ? gemmWorkBytes(n, size) : 0;
}

/** lu_solve (n x n, n x nrhs); lu_inv is lu_solve with nrhs = n. */
export function luSolveWorkBytes(n: number, nrhs: number, size: number): number {
  return n > NB ? gemmWorkBytes(Math.max(n, nrhs), size) : 0;
}

/** cholesky (n x n). */
export function choleskyWorkBytes(n: number, size: number): number {
  return n > NB ? gemmWorkBytes(n, size) : 0;
}

/** Elements of the QR scratch for m rows, blocks `wide` columns, k reflectors (assembly/linalg/qrfactor.ts). */
function qrScratch(m: number, wide: number, k: number): number {
  return m + wide + (k > QR_NX ? QR_NB * m + QR_NB * QR_NB + QR_NB * wide : 0);
}

/** qr (m x n); qcols = 0 when Q is not formed. */
export function qrWorkBytes(m: number, n: number, qcols: number, size: number): number {
  const k = Math.min(m, n);
  const wide = Math.max(n, qcols);
  return (k > QR_NX ? gemmWorkBytes(wide, size) : 0) + qrScratch(m, wide, k) * size;
}

/** Elements of the tridiagonal reduction's scratch (assembly/linalg/tridiagonal.ts). */
function trdScratch(n: number): number {
  return 2 * n + 2 * TRD_NB + (n > TRD_NX ? n * TRD_NB : 0);
}

/** eigh (n x n), with or without eigenvectors. */
export function eighWorkBytes(n: number, vectors: boolean, size: number): number {
  let bytes = (4 * n + trdScratch(n)) * size;
  const k = n - 1;
  if (n > TRD_NX || (vectors && k > QR_NX)) bytes += gemmWorkBytes(n, size);
  if (vectors) bytes += qrScratch(k, k, k) * size;
  return bytes;
}

/** svd (m x n); ucols and vrows as the kernel takes them (ignored without vectors). */
export function svdWorkBytes(m: number, n: number, ucols: number, vrows: number, vectors: boolean, size: number): number {
  const M = Math.max(m, n), N = Math.min(m, n);
  let elements = (m < n ? M * N : 0) + 8 * N + 2 * M;
  let bytes = 0;
  if (vectors) {
    const L = m >= n ? ucols : vrows;
    elements += 2 * M * L + N * N + qrScratch(M, L, N);
    if (N > QR_NX) bytes += gemmWorkBytes(L, size);
  }
  return elements * size + bytes;
}

/** pinv (m x n). */
export function pinvWorkBytes(m: number, n: number, size: number): number {
  const k = Math.min(m, n);
  return gemmWorkBytes(Math.max(m, n), size) + (2 * m * k + k * n + k) * size + svdWorkBytes(m, n, k, k, true, size);
}

/** lstsq (m x n, m x nrhs). */
export function lstsqWorkBytes(m: number, n: number, nrhs: number, size: number): number {
  const gemm = gemmWorkBytes(Math.max(m, n, nrhs), size);
  if (m >= n) return gemm + (8 * n + m + Math.max(n, nrhs) + 2 * n * n + qrScratch(n - 1, n - 1, n - 1)) * size;
  return gemm + (m * m + m * n + m * nrhs) * size + svdWorkBytes(m, n, m, m, true, size);
}
