// Householder QR (LAPACK's geqrf / orgqr), and from it NumPy's qr modes.
//
// qr_<t>(a, tau, q, r, m, n, qcols, rrows, count, work): a batch of `count` contiguous row-major
// m x n matrices, factored in place (R on and above the diagonal, the reflectors' v below it,
// tau: count x min(m, n)). Then, when r != 0, R is written as count x rrows x n (rrows = min(m, n)
// for "reduced" and "r", m for "complete", zeros below the diagonal); when q != 0, Q as
// count x m x qcols (qcols = min(m, n) for "reduced", m for "complete").
// Blocked when min(m, n) > 64 (qrfactor.ts).
// work, with W = max(n, qcols) (W = n when q = 0): unblocked (min(m, n) <= 64): (m + W) elements
// of T; blocked: gemmWorkBytes<T>(W) bytes, then (m + W + 32·m + 32·32 + 32·W) elements of T.

import { gemmInit, gemmWorkBytes } from "./blas";
import { factor, formQ, qrBlocked } from "./qrfactor";

@inline function qrBatch<T>(a: usize, tau: usize, q: usize, r: usize, m: i32, n: i32, qcols: i32, rrows: i32, count: i32, work: usize): void {
  const S = <usize>sizeof<T>();
  const k = min(m, n);
  const wide = max(n, q != 0 ? qcols : 0);
  let scratch = work;
  if (qrBlocked(k)) {
    gemmInit<T>(work, wide);
    scratch += gemmWorkBytes<T>(wide);
  }
  const lda = <isize>n * S;
  const step = <usize>m * <usize>n * S;
  for (let t = 0; t < count; t++) {
    const at = a + <usize>t * step;
    const tt = tau + <usize>t * <usize>k * S;
    factor<T>(at, lda, m, n, tt, wide, scratch, work);
    if (r != 0) {
      const rt = r + <usize>t * <usize>rrows * <usize>n * S;
      for (let i = 0; i < rrows; i++) {
        const row = rt + <usize>i * <usize>n * S;
        const lead = <usize>min(i, n);
        memory.fill(row, 0, lead * S);
        if (i < m) memory.copy(row + lead * S, at + <usize>i * <usize>n * S + lead * S, (<usize>n - lead) * S);
      }
    }
    if (q != 0) formQ<T>(at, lda, m, k, tt, q + <usize>t * <usize>m * <usize>qcols * S, <isize>qcols * S, qcols, wide, scratch, work);
  }
}

export function qr_f64(a: usize, tau: usize, q: usize, r: usize, m: i32, n: i32, qcols: i32, rrows: i32, count: i32, work: usize): void { qrBatch<f64>(a, tau, q, r, m, n, qcols, rrows, count, work); }
export function qr_f32(a: usize, tau: usize, q: usize, r: usize, m: i32, n: i32, qcols: i32, rrows: i32, count: i32, work: usize): void { qrBatch<f32>(a, tau, q, r, m, n, qcols, rrows, count, work); }
