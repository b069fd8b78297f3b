// The SVD of one matrix (LAPACK's gesvd path): Householder bidiagonalisation (gebd2), U and Vᵀ
// formed from the reflectors (orgbr), then bdsqr's implicit-shift QR on the bidiagonal. svd.ts
// and lstsq.ts build on it.

import { axpy, dot, epsilon, gemmInit, gemmWorkBytes, safeMin, transposeSquare } from "./blas";
import { gather, reflector } from "./householder";
import { formQ, qrBlocked } from "./qrfactor";
import { bdsqr } from "./bdsqr";

/**
 * gebd2 (m >= n, upper bidiagonal) of the m x n matrix at b: d (n), e (n - 1), tauq (n), taup (n);
 * the left reflectors' v below the diagonal, the right reflectors' u right of the superdiagonal.
 * v, w: scratch of m and max(m, n). Each step makes two passes over the trailing block: w = Cᵀv,
 * then each row takes the left update and, while it is in cache, the right one.
 */
export function bidiagonalise<T>(b: usize, m: i32, n: i32, d: usize, e: usize, tauq: usize, taup: usize, v: usize, w: usize): void {
  const S = <isize>sizeof<T>();
  const ldb = <isize>n * S;
  for (let i = 0; i < n; i++) {
    const di = b + <isize>i * ldb + <isize>i * S;
    const tq = reflector<T>(m - i, di, di + ldb, ldb);
    store<T>(tauq + <isize>i * S, tq);
    store<T>(d + <isize>i * S, load<T>(di));
    if (i + 1 >= n) {
      store<T>(taup + <isize>i * S, <T>0);
      continue;
    }
    const cols = n - i - 1;
    const ei = di + S;
    if (tq != <T>0) {
      // w = C(i:m, i+1:n)ᵀ v, then row i takes its part of the left update (v[0] = 1).
      gather<T>(v, di + ldb, m - i, ldb);
      memory.fill(w, 0, <usize>cols * S);
      let row = ei;
      for (let r = 0; r < m - i; r++) {
        axpy<T>(w, row, load<T>(v + <isize>r * S), cols);
        row += ldb;
      }
      axpy<T>(ei, w, -tq, cols);
    }
    // The right reflector from row i, right of the diagonal (contiguous).
    const tp = reflector<T>(cols, ei, ei + S, S);
    store<T>(taup + <isize>i * S, tp);
    const beta = load<T>(ei);
    store<T>(e + <isize>i * S, beta);
    store<T>(ei, <T>1);
    let row = ei + ldb;
    for (let r = 1; r < m - i; r++) {
      if (tq != <T>0) axpy<T>(row, w, -tq * load<T>(v + <isize>r * S), cols);
      if (tp != <T>0) axpy<T>(row, ei, -tp * dot<T>(row, ei, cols), cols);
      row += ldb;
    }
    store<T>(ei, beta);
  }
}

/**
 * orgbr('P') for m >= n: Pᵀ = G(n-2)···G(0) (n x n, row-major, at pt) from the right reflectors in
 * the rows of b. Their transpose lays them out as orgqr's columns (one row down), so P comes from
 * the (blocked) orgqr and is transposed in place. scratch, gemm: as formQ's for n - 1 reflectors.
 */
export function formPt<T>(b: usize, n: i32, taup: usize, pt: usize, tmp: usize, scratch: usize, gemm: usize): void {
  const S = <isize>sizeof<T>();
  const ld = <isize>n * S;
  transposeInto<T>(tmp, b, n, n);
  memory.fill(pt, 0, <usize>n * <usize>ld);
  store<T>(pt, <T>1);
  if (n > 1) formQ<T>(tmp + ld, ld, n - 1, n - 1, taup, pt + ld + S, ld, n - 1, n - 1, scratch, gemm);
  transposeSquare<T>(pt, n);
}

/** dst (cols x rows) = srcᵀ for src rows x cols, both row-major. */
function transposeInto<T>(dst: usize, src: usize, rows: i32, cols: i32): void {
  const S = <isize>sizeof<T>();
  for (let i = 0; i < rows; i++) {
    const r = src + <isize>i * <isize>cols * S;
    for (let j = 0; j < cols; j++) store<T>(dst + (<isize>j * <isize>rows + <isize>i) * S, load<T>(r + <isize>j * S));
  }
}

/**
 * The SVD of one m x n matrix at a (destroyed), as svd_<t> describes; u = vt = 0 for values only.
 * Returns 0, or nonzero for a NaN or no convergence.
 */
export function svdOne<T>(a: usize, s: usize, u: usize, vt: usize, m: i32, n: i32, ucols: i32, vrows: i32, work: usize): i32 {
  const S = <isize>sizeof<T>();
  const tall = m >= n;
  const M = tall ? m : n, N = tall ? n : m;
  const vectors = u != 0;
  const L = tall ? ucols : vrows;
  let p = work;
  let b = a;
  if (!tall) {
    b = p;
    p += <isize>M * <isize>N * S;
    transposeInto<T>(b, a, m, n);
  }
  const d = p, e = d + <isize>N * S, tauq = e + <isize>N * S, taup = tauq + <isize>N * S, rw = taup + <isize>N * S;
  const v = rw + <isize>4 * N * S, w = v + <isize>M * S;
  p = w + <isize>M * S;
  // Scale a matrix whose largest entry is outside [smlnum, bignum] (gesdd); a NaN fails.
  const count = <i32>M * N;
  let anrm: T = <T>0;
  for (let i = 0; i < count; i++) {
    const x = abs<T>(load<T>(b + <isize>i * S));
    if (x != x) return 1;
    if (x > anrm) anrm = x;
  }
  const smlnum = sqrt<T>(safeMin<T>()) / epsilon<T>();
  const bignum = <T>1 / smlnum;
  let scale: T = <T>1;
  if (anrm > <T>0 && anrm < smlnum) scale = smlnum / anrm;
  else if (anrm > bignum) scale = bignum / anrm;
  if (scale != <T>1) for (let i = 0; i < count; i++) store<T>(b + <isize>i * S, load<T>(b + <isize>i * S) * scale);
  bidiagonalise<T>(b, M, N, d, e, tauq, taup, v, w);
  let info: i32;
  if (!vectors) {
    info = bdsqr<T>(N, d, e, 0, 0, 0, 0, 0, 0, rw);
  } else {
    const q = p, ut = q + <isize>M * <isize>L * S, pt = ut + <isize>L * <isize>M * S;
    p = pt + <isize>N * <isize>N * S;
    let gemm: usize = 0;
    if (qrBlocked(N)) {
      gemm = p;
      gemmInit<T>(gemm, L);
      p += <isize>gemmWorkBytes<T>(L);
    }
    formQ<T>(b, <isize>N * S, M, N, tauq, q, <isize>L * S, L, L, p, gemm);
    transposeInto<T>(ut, q, M, L);
    // q is free again: N x N scratch for Pᵀ (N <= M, N <= L).
    formPt<T>(b, N, taup, pt, q, p, gemm);
    info = bdsqr<T>(N, d, e, pt, N, ut, M, 0, 0, rw);
    if (tall) {
      transposeInto<T>(u, ut, L, M);
      memory.copy(vt, pt, <usize>N * <usize>N * S);
    } else {
      memory.copy(vt, ut, <usize>L * <usize>M * S);
      transposeInto<T>(u, pt, N, N);
    }
  }
  for (let i = 0; i < N; i++) store<T>(s + <isize>i * S, load<T>(d + <isize>i * S) / scale);
  return info;
}

