// Cholesky factorisation (LAPACK's potrf): A = L·Lᵀ from one triangle of a symmetric matrix.
//
// Layout: a batch of `count` contiguous row-major n x n matrices, factored in place. With
// upper = 0 the lower triangle is read and L returned (zeros above the diagonal, as NumPy's
// cholesky); with upper = 1 the upper triangle is read and U = Lᵀ returned (zeros below).
// Blocked right-looking: a diagonal block by dot products along rows, the block column below it
// by a triangular solve, and the trailing lower triangle updated through the packed GEMM.
// work: 0 when n <= NB, else gemmWorkBytes<T>(n) bytes (see blas.ts).
// Status: 0, or 1 + the index in the batch of the first matrix that is not positive definite
// (a pivot <= 0: "Matrix is not positive definite"); that matrix is left part-factored. A NaN
// does not fail: it spreads through L, as with NumPy.

import { dot, gemmInit, subProduct } from "./blas";

const NB = 64;

/** potrf (lower) of one matrix; returns 0 or 1 + the first failing column. */
function factor<T>(a: usize, n: i32, work: usize): i32 {
  const S = <isize>sizeof<T>();
  const lda = <isize>n * S;
  for (let j0 = 0; j0 < n; j0 += NB) {
    const jb = min(NB, n - j0);
    const base = a + <isize>j0 * S;
    // Diagonal block (potf2) and the rows below it (trsm), column by column: each entry is its
    // own value minus a dot product of two rows of L over the block's columns so far.
    for (let j = j0; j < j0 + jb; j++) {
      const rj = base + <isize>j * lda;
      const w = j - j0;
      const ajj = load<T>(rj + <isize>w * S) - dot<T>(rj, rj, w);
      // A pivot <= 0 fails; NaN propagates without failing, as NumPy's (OpenBLAS) potrf.
      if (ajj <= <T>0) {
        store<T>(rj + <isize>w * S, ajj);
        return j + 1;
      }
      const d = sqrt<T>(ajj);
      store<T>(rj + <isize>w * S, d);
      const r = <T>1 / d;
      for (let i = j + 1; i < n; i++) {
        const ri = base + <isize>i * lda;
        store<T>(ri + <isize>w * S, (load<T>(ri + <isize>w * S) - dot<T>(ri, rj, w)) * r);
      }
    }
    // A22 -= L21 L21ᵀ, lower triangle only: one block column at a time, from its diagonal down.
    for (let c0 = j0 + jb; c0 < n; c0 += NB) {
      const cb = min(NB, n - c0);
      subProduct<T>(a + <isize>c0 * lda + <isize>c0 * S, base + <isize>c0 * lda, base + <isize>c0 * lda, n - c0, jb, cb, lda, S, lda, S, S, lda, work);
    }
  }
  return 0;
}

@inline function choleskyBatch<T>(a: usize, n: i32, upper: i32, count: i32, work: usize): i32 {
  const S = sizeof<T>();
  if (n > NB) gemmInit<T>(work, n);
  const step = <usize>n * <usize>n * S;
  const lda = <usize>n * S;
  let status = 0;
  for (let t = 0; t < count; t++) {
    const at = a + <usize>t * step;
    // The upper triangle of A is the lower triangle of Aᵀ: mirror it down, factor, mirror back.
    if (upper) for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) store<T>(at + <usize>i * lda + <usize>j * S, load<T>(at + <usize>j * lda + <usize>i * S));
    if (factor<T>(at, n, work) != 0) {
      if (status == 0) status = t + 1;
      continue;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const lo = at + <usize>j * lda + <usize>i * S;
        const hi = at + <usize>i * lda + <usize>j * S;
        if (upper) {
          store<T>(hi, load<T>(lo));
          store<T>(lo, <T>0);
        } else {
          store<T>(hi, <T>0);
        }
      }
    }
  }
  return status;
}

export function cholesky_f64(a: usize, n: i32, upper: i32, count: i32, work: usize): i32 { return choleskyBatch<f64>(a, n, upper, count, work); }
export function cholesky_f32(a: usize, n: i32, upper: i32, count: i32, work: usize): i32 { return choleskyBatch<f32>(a, n, upper, count, work); }
