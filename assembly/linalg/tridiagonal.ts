// Householder reduction of a symmetric matrix to tridiagonal form, A = Q·T·Qᵀ, reading and writing
// only the lower triangle of a row-major matrix (LAPACK's sytrd with uplo = 'L'). Above NX it is
// blocked as LAPACK's: a panel of NB reflectors is built with its update kept in W (latrd), and the
// trailing triangle takes A -= V·Wᵀ + W·Vᵀ through the packed GEMM, halving the passes over it.
// That pays once the triangle leaves L2: measured 6-10% faster at n = 1024, even at 512, and 8%
// slower at 256 (NX = 256).
// The reflectors' v are left below the subdiagonal (column i from row i + 2, v[0] = 1 implied).

import { axpy, dot, subProduct } from "./blas";
import { gather, reflector } from "./householder";

export const TRD_NB = 32;
const NX = 256;

/** Whether an order-n reduction is blocked (it then needs W and a GEMM workspace). */
@inline export function trdBlocked(n: i32): bool { return n > NX; }

/** Elements of T of sytrd's scratch: v, y (n each), two of NB, and W (n x NB) when blocked. */
@inline export function trdScratch(n: i32): i32 {
  return 2 * n + 2 * TRD_NB + (trdBlocked(n) ? n * TRD_NB : 0);
}

/** y[0, m) = A22·v for the lower triangle of A22 (rows lda bytes apart): one pass over it (symv). */
function symvLower<T>(a22: usize, lda: isize, m: i32, v: usize, y: usize): void {
  const S = <isize>sizeof<T>();
  memory.fill(y, 0, <usize>m * S);
  for (let r = 0; r < m; r++) {
    const row = a22 + <isize>r * lda;
    const vr = load<T>(v + <isize>r * S);
    const s = dot<T>(row, v, r) + load<T>(row + <isize>r * S) * vr;
    axpy<T>(y, row, vr, r);
    store<T>(y + <isize>r * S, load<T>(y + <isize>r * S) + s);
  }
}

/** sytd2 (lower) on the n x n block at a: d (n), e (n - 1), tau (n - 1). v, y: scratch of n. */
function unblocked<T>(a: usize, lda: isize, n: i32, d: usize, e: usize, tau: usize, v: usize, y: usize): void {
  const S = <isize>sizeof<T>();
  for (let i = 0; i < n - 1; i++) {
    const sub = a + <isize>(i + 1) * lda + <isize>i * S;
    const t = reflector<T>(n - i - 1, sub, sub + lda, lda);
    store<T>(e + <isize>i * S, load<T>(sub));
    store<T>(tau + <isize>i * S, t);
    if (t != <T>0) {
      const m = n - i - 1;
      const a22 = sub + S;
      gather<T>(v, sub + lda, m, lda);
      symvLower<T>(a22, lda, m, v, y);
      for (let r = 0; r < m; r++) store<T>(y + <isize>r * S, t * load<T>(y + <isize>r * S));
      // y -= (tau/2)(yᵀv) v, then A22 -= v yᵀ + y vᵀ (syr2).
      axpy<T>(y, v, <T>-0.5 * t * dot<T>(y, v, m), m);
      for (let r = 0; r < m; r++) {
        const row = a22 + <isize>r * lda;
        axpy<T>(row, y, -load<T>(v + <isize>r * S), r + 1);
        axpy<T>(row, v, -load<T>(y + <isize>r * S), r + 1);
      }
    }
    store<T>(d + <isize>i * S, load<T>(a + <isize>i * lda + <isize>i * S));
  }
  store<T>(d + <isize>(n - 1) * S, load<T>(a + <isize>(n - 1) * lda + <isize>(n - 1) * S));
}

/**
 * latrd (lower): reduces columns [i0, i0 + NB) of the n x n matrix at a, the trailing matrix not
 * yet updated; row r - i0 of W (NB wide) gets the update's w for row r. The subdiagonal entries
 * are left at 1 (the reflectors' unit) until the caller restores them from e.
 */
function panel<T>(a: usize, lda: isize, n: i32, i0: i32, e: usize, tau: usize, wm: usize, v: usize, y: usize, t1: usize, t2: usize): void {
  const S = <isize>sizeof<T>();
  const ldw = <isize>TRD_NB * S;
  for (let j = 0; j < TRD_NB; j++) {
    const i = i0 + j;
    const arow = a + <isize>i * lda + <isize>i0 * S;
    const wrow = wm + <isize>(i - i0) * ldw;
    // A(i:n, i) -= A(i:n, i0:i)·W(i, 0:j)ᵀ + W(i:n, 0:j)·A(i, i0:i)ᵀ
    if (j > 0) {
      for (let r = i; r < n; r++) {
        const q = a + <isize>r * lda + <isize>i * S;
        const s = dot<T>(a + <isize>r * lda + <isize>i0 * S, wrow, j) + dot<T>(wm + <isize>(r - i0) * ldw, arow, j);
        store<T>(q, load<T>(q) - s);
      }
    }
    const sub = a + <isize>(i + 1) * lda + <isize>i * S;
    const m = n - i - 1;
    const t = reflector<T>(m, sub, sub + lda, lda);
    store<T>(e + <isize>i * S, load<T>(sub));
    store<T>(tau + <isize>i * S, t);
    store<T>(sub, <T>1);
    gather<T>(v, sub + lda, m, lda);
    // y = A22·v - A(i+1:n, i0:i)·(W(i+1:n, 0:j)ᵀ v) - W(i+1:n, 0:j)·(A(i+1:n, i0:i)ᵀ v)
    symvLower<T>(sub + S, lda, m, v, y);
    if (j > 0) {
      memory.fill(t1, 0, <usize>j * S);
      memory.fill(t2, 0, <usize>j * S);
      for (let r = 0; r < m; r++) {
        const vr = load<T>(v + <isize>r * S);
        axpy<T>(t1, wm + <isize>(i + 1 + r - i0) * ldw, vr, j);
        axpy<T>(t2, a + <isize>(i + 1 + r) * lda + <isize>i0 * S, vr, j);
      }
      for (let r = 0; r < m; r++) {
        const q = y + <isize>r * S;
        store<T>(q, load<T>(q) - dot<T>(a + <isize>(i + 1 + r) * lda + <isize>i0 * S, t1, j) - dot<T>(wm + <isize>(i + 1 + r - i0) * ldw, t2, j));
      }
    }
    // w = tau·y - (tau/2)(tau·yᵀv) v, into column j of W.
    for (let r = 0; r < m; r++) store<T>(y + <isize>r * S, t * load<T>(y + <isize>r * S));
    const alpha = <T>-0.5 * t * dot<T>(y, v, m);
    for (let r = 0; r < m; r++) store<T>(wm + <isize>(i + 1 + r - i0) * ldw + <isize>j * S, load<T>(y + <isize>r * S) + alpha * load<T>(v + <isize>r * S));
    store<T>(wrow + <isize>j * S, <T>0);
  }
}

/**
 * sytrd (lower) of the n x n matrix at a (rows lda bytes apart): d (n), e (n - 1), tau (n - 1).
 * scratch: trdScratch(n) elements of T; gemm: an initialised GEMM workspace (blocks NB wide) when
 * trdBlocked(n).
 */
export function tridiagonalise<T>(a: usize, lda: isize, n: i32, d: usize, e: usize, tau: usize, scratch: usize, gemm: usize): void {
  const S = <isize>sizeof<T>();
  const v = scratch, y = v + <isize>n * S, t1 = y + <isize>n * S, t2 = t1 + <isize>TRD_NB * S, wm = t2 + <isize>TRD_NB * S;
  const ldw = <isize>TRD_NB * S;
  let i0 = 0;
  if (trdBlocked(n)) {
    for (; n - i0 > NX; i0 += TRD_NB) {
      panel<T>(a, lda, n, i0, e, tau, wm, v, y, t1, t2);
      // A(c:, c:) -= V·Wᵀ + W·Vᵀ over the trailing lower triangle, one block column at a time.
      const i1 = i0 + TRD_NB;
      for (let c0 = i1; c0 < n; c0 += TRD_NB) {
        const cb = min(TRD_NB, n - c0);
        const out = a + <isize>c0 * lda + <isize>c0 * S;
        const vrows = a + <isize>c0 * lda + <isize>i0 * S, wrows = wm + <isize>(c0 - i0) * ldw;
        subProduct<T>(out, vrows, wrows, n - c0, TRD_NB, cb, lda, S, lda, S, S, ldw, gemm);
        subProduct<T>(out, wrows, vrows, n - c0, TRD_NB, cb, lda, S, ldw, S, S, lda, gemm);
      }
      for (let i = i0; i < i1; i++) {
        store<T>(a + <isize>(i + 1) * lda + <isize>i * S, load<T>(e + <isize>i * S));
        store<T>(d + <isize>i * S, load<T>(a + <isize>i * lda + <isize>i * S));
      }
    }
  }
  const off = <isize>i0 * lda + <isize>i0 * S;
  unblocked<T>(a + off, lda, n - i0, d + <isize>i0 * S, e + <isize>i0 * S, tau + <isize>i0 * S, v, y);
}
