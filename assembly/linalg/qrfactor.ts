// Blocked Householder QR of one matrix (LAPACK's geqrf) and forming its Q (orgqr), over row-major
// blocks with any row stride, for qr, the tridiagonal reduction's Q and least squares.
// Blocked when there are more than NX reflectors: panels of NB reflectors are factored column by
// column, then applied to the rest at once as I - V·T·Vᵀ through the packed GEMM (larft / larfb).

import { applyBlockLeft, applyLeft, blockT, gather, reflector } from "./householder";

const NB = 32;
const NX = 64;

/** geqr2 of the rows x cols block at a (rows lda bytes apart); v, w: scratch of rows, cols. */
function unblocked<T>(a: usize, lda: isize, rows: i32, cols: i32, tau: usize, v: usize, w: usize): void {
  const S = <isize>sizeof<T>();
  const k = min(rows, cols);
  for (let i = 0; i < k; i++) {
    const d = a + <isize>i * lda + <isize>i * S;
    const t = reflector<T>(rows - i, d, d + lda, lda);
    store<T>(tau + <isize>i * S, t);
    if (i + 1 < cols && t != <T>0) {
      gather<T>(v, d + lda, rows - i, lda);
      applyLeft<T>(d + S, lda, rows - i, cols - i - 1, v, t, w);
    }
  }
}

/** Copies the ib reflectors below the diagonal at d (rows lda bytes apart) into V (rows x ib, unit lower). */
function copyV<T>(vm: usize, d: usize, lda: isize, rows: i32, ib: i32): void {
  const S = <isize>sizeof<T>();
  for (let r = 0; r < rows; r++) {
    const src = d + <isize>r * lda;
    const dst = vm + <isize>r * <isize>ib * S;
    for (let j = 0; j < ib; j++) store<T>(dst + <isize>j * S, r > j ? load<T>(src + <isize>j * S) : (r == j ? <T>1 : <T>0));
  }
}

/** Whether factor / formQ block for k reflectors (they then need a GEMM workspace). */
@inline export function qrBlocked(k: i32): bool { return k > NX; }

/**
 * geqrf of the m x n matrix at a (rows lda bytes apart): tau gets min(m, n) elements. scratch:
 * m + wide elements of T, plus NB·m + NB·NB + NB·wide when blocked (wide >= n; workspace.ts's
 * qrScratch); gemm: an initialised GEMM workspace when blocked.
 */
export function factor<T>(a: usize, lda: isize, m: i32, n: i32, tau: usize, wide: i32, scratch: usize, gemm: usize): void {
  const S = <isize>sizeof<T>();
  const k = min(m, n);
  const v = scratch, w = v + <isize>m * S;
  if (!qrBlocked(k)) {
    unblocked<T>(a, lda, m, n, tau, v, w);
    return;
  }
  const vm = w + <isize>wide * S, tm = vm + <isize>m * NB * S, wm = tm + <isize>NB * NB * S;
  for (let i0 = 0; i0 < k; i0 += NB) {
    const ib = min(NB, k - i0);
    const d = a + <isize>i0 * lda + <isize>i0 * S;
    unblocked<T>(d, lda, m - i0, ib, tau + <isize>i0 * S, v, w);
    if (i0 + ib < n) {
      copyV<T>(vm, d, lda, m - i0, ib);
      blockT<T>(vm, m - i0, ib, tau + <isize>i0 * S, tm);
      applyBlockLeft<T>(d + <isize>ib * S, lda, m - i0, n - i0 - ib, vm, ib, tm, true, wm, gemm);
    }
  }
}

/**
 * Columns [lo, hi) of Q by org2r: H(i) for i = hi-1 .. lo is applied to columns (i, end) and
 * column i set; columns >= end are formed already (end = hi) or still to be reached (end > hi).
 */
function formColumns<T>(a: usize, lda: isize, m: i32, tau: usize, q: usize, ldq: isize, lo: i32, hi: i32, end: i32, v: usize, w: usize): void {
  const S = <isize>sizeof<T>();
  for (let i = hi - 1; i >= lo; i--) {
    const t = load<T>(tau + <isize>i * S);
    const d = a + <isize>i * lda + <isize>i * S;
    const qd = q + <isize>i * ldq + <isize>i * S;
    gather<T>(v, d + lda, m - i, lda);
    if (i + 1 < end) applyLeft<T>(qd + S, ldq, m - i, end - i - 1, v, t, w);
    // Column i of Q is H(i)·e_i below row i, zero above.
    store<T>(qd, <T>1 - t);
    for (let r = 1; r < m - i; r++) store<T>(qd + <isize>r * ldq, -t * load<T>(v + <isize>r * S));
  }
}

/**
 * orgqr: the first qcols columns of Q = H(0)···H(k-1) into q (m x qcols, rows ldq bytes apart),
 * from the k reflectors below the diagonal of a (rows lda bytes apart). scratch and gemm as for
 * factor, with wide >= qcols.
 */
export function formQ<T>(a: usize, lda: isize, m: i32, k: i32, tau: usize, q: usize, ldq: isize, qcols: i32, wide: i32, scratch: usize, gemm: usize): void {
  const S = <isize>sizeof<T>();
  const v = scratch, w = v + <isize>m * S;
  for (let i = 0; i < m; i++) memory.fill(q + <isize>i * ldq, 0, <usize>qcols * S);
  for (let i = k; i < qcols; i++) store<T>(q + <isize>i * ldq + <isize>i * S, <T>1);
  if (!qrBlocked(k)) {
    formColumns<T>(a, lda, m, tau, q, ldq, 0, k, qcols, v, w);
    return;
  }
  const vm = w + <isize>wide * S, tm = vm + <isize>m * NB * S, wm = tm + <isize>NB * NB * S;
  for (let i0 = (k - 1) / NB * NB; i0 >= 0; i0 -= NB) {
    const ib = min(NB, k - i0);
    const d = a + <isize>i0 * lda + <isize>i0 * S;
    if (i0 + ib < qcols) {
      copyV<T>(vm, d, lda, m - i0, ib);
      blockT<T>(vm, m - i0, ib, tau + <isize>i0 * S, tm);
      applyBlockLeft<T>(q + <isize>i0 * ldq + <isize>(i0 + ib) * S, ldq, m - i0, qcols - i0 - ib, vm, ib, tm, false, wm, gemm);
    }
    formColumns<T>(a, lda, m, tau, q, ldq, i0, i0 + ib, i0 + ib, v, w);
  }
}

