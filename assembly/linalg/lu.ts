// LU factorisation with partial pivoting (LAPACK's getrf) and what NumPy builds on it: solve
// (getrs, many right-hand sides), inv (solve against the identity, as NumPy's gesv call), det and
// slogdet (from the diagonal of U and the pivots, as NumPy's umath_linalg).
//
// Layout: a batch of `count` contiguous row-major n x n matrices, factored in place (P·A = L·U with
// L unit lower and U upper in one matrix); piv holds count x n i32 (row i was swapped with row
// piv[i] at step i, 0-based). Right-hand sides and inverses are row-major n x nrhs and n x n.
//
// Blocked right-looking: a panel of NB columns is factored with full-row swaps, the block row of U
// solved, and the trailing matrix updated through the packed GEMM (most of the flops).
// work: 0 when n <= NB, else gemmWorkBytes<T>(max(n, nrhs)) bytes (see blas.ts).
// Status: 0, or 1 + the index in the batch of the first matrix with an exactly zero pivot
// (LAPACK's info > 0: "Singular matrix"); such a matrix is factored but not solved or inverted.

import { axpy, dot, expOf, gemmInit, logOf, safeMin, subProduct, swap } from "./blas";

/** Panel width of the blocked factorisation and of the blocked triangular solves. */
const NB = 64;

/** The first row in [c, n) whose entry in column c has the largest magnitude (idamax: NaN is never chosen over a number before it). */
@inline function pivotRow<T>(a: usize, n: i32, c: i32): i32 {
  const S = <isize>sizeof<T>();
  const lda = <isize>n * S;
  let p = c;
  let col = a + <isize>c * lda + <isize>c * S;
  let best = abs<T>(load<T>(col));
  for (let i = c + 1; i < n; i++) {
    col += lda;
    const v = abs<T>(load<T>(col));
    if (v > best) {
      best = v;
      p = i;
    }
  }
  return p;
}

/**
 * Factors columns [j0, j0 + jb) of rows [j0, n) (getf2): pivots swap whole rows, so the columns
 * left and right of the panel follow. The pivot of the next column is found while its entries are
 * updated. Returns 0 or 1 + the first column with a zero pivot.
 */
function panel<T>(a: usize, n: i32, j0: i32, jb: i32, piv: usize): i32 {
  const S = <isize>sizeof<T>();
  const lda = <isize>n * S;
  const end = j0 + jb;
  let info = 0;
  let p = pivotRow<T>(a, n, j0);
  for (let c = j0; c < end; c++) {
    store<i32>(piv + (<usize>c << 2), p);
    const diag = a + <isize>c * lda + <isize>c * S;
    if (load<T>(a + <isize>p * lda + <isize>c * S) != <T>0) {
      if (p != c) swap<T>(a + <isize>c * lda, a + <isize>p * lda, n);
      const d = load<T>(diag);
      const w = end - c - 1;
      const urow = diag + S;
      // Multipliers by the reciprocal unless it would overflow (getf2), then the rank-1 update.
      const recip = abs<T>(d) >= safeMin<T>();
      const r = <T>1 / d;
      let row = diag + lda;
      let best: T = <T>0;
      p = c + 1;
      for (let i = c + 1; i < n; i++) {
        const l = recip ? load<T>(row) * r : load<T>(row) / d;
        store<T>(row, l);
        if (w > 0) {
          axpy<T>(row + S, urow, -l, w);
          const v = abs<T>(load<T>(row, S));
          if (i == c + 1) best = v;
          else if (v > best) {
            best = v;
            p = i;
          }
        }
        row += lda;
      }
    } else {
      if (info == 0) info = c + 1;
      if (c + 1 < end) p = pivotRow<T>(a, n, c + 1);
    }
  }
  return info;
}

/**
 * Step j0 of the blocked factorisation, all but its trailing update: the panel of columns
 * [j0, j0 + NB) and the block row of U right of it (U12 = L11^-1 A12, by rows). Returns the
 * panel's info (0, or 1 + its first zero pivot).
 */
@inline function panelStep<T>(a: usize, n: i32, j0: i32, piv: usize): i32 {
  const S = <isize>sizeof<T>();
  const lda = <isize>n * S;
  const jb = min(NB, n - j0);
  const z = panel<T>(a, n, j0, jb, piv);
  const rest = n - j0 - jb;
  const top = a + <isize>j0 * lda + <isize>(j0 + jb) * S;
  for (let r = 1; r < jb && rest > 0; r++) {
    const row = top + <isize>r * lda;
    const l = a + <isize>(j0 + r) * lda + <isize>j0 * S;
    for (let c = 0; c < r; c++) axpy<T>(row, top + <isize>c * lda, -load<T>(l + <isize>c * S), rest);
  }
  return z;
}

/**
 * The trailing update of step j0, A22 -= L21 U12, on rows [r0, r0 + rows) of A22: each row is
 * computed as in the update of the whole of A22 (whose height picks the product's path), so the
 * rows can be shared out among threads.
 */
@inline function trailing<T>(a: usize, n: i32, j0: i32, r0: i32, rows: i32, work: usize): void {
  const S = <isize>sizeof<T>();
  const lda = <isize>n * S;
  const jb = min(NB, n - j0);
  const rest = n - j0 - jb;
  const top = a + <isize>j0 * lda + <isize>(j0 + jb) * S;
  const l21 = a + <isize>(j0 + jb + r0) * lda + <isize>j0 * S;
  subProduct<T>(top + <isize>(jb + r0) * lda, l21, top, rows, jb, rest, lda, S, lda, S, lda, S, work, rest);
}

/** getrf of one matrix; returns LAPACK's info (0, or 1 + the first zero pivot). */
function factor<T>(a: usize, n: i32, piv: usize, work: usize): i32 {
  let info = 0;
  for (let j0 = 0; j0 < n; j0 += NB) {
    const z = panelStep<T>(a, n, j0, piv);
    if (z != 0 && info == 0) info = z;
    const rest = n - j0 - min(NB, n - j0);
    if (rest > 0) trailing<T>(a, n, j0, 0, rest, work);
  }
  return info;
}

/** Applies the row swaps of piv to the n x nrhs rows of b (laswp). */
@inline function permute<T>(b: usize, n: i32, nrhs: i32, piv: usize): void {
  const ldb = <isize>nrhs * sizeof<T>();
  for (let i = 0; i < n; i++) {
    const p = load<i32>(piv + (<usize>i << 2));
    if (p != i) swap<T>(b + <isize>i * ldb, b + <isize>p * ldb, nrhs);
  }
}

/** Solves L·U·x = b in place for the n x nrhs rows of b, already permuted (getrs' two trsm). */
function substitute<T>(a: usize, b: usize, n: i32, nrhs: i32, work: usize): void {
  const S = <isize>sizeof<T>();
  const lda = <isize>n * S;
  if (nrhs == 1) {
    // One right-hand side: dot products along the rows of L and U.
    for (let i = 1; i < n; i++) {
      const q = b + <isize>i * S;
      store<T>(q, load<T>(q) - dot<T>(a + <isize>i * lda, b, i));
    }
    for (let i = n - 1; i >= 0; i--) {
      const q = b + <isize>i * S;
      const row = a + <isize>i * lda + <isize>i * S;
      store<T>(q, (load<T>(q) - dot<T>(row + S, q + S, n - 1 - i)) / load<T>(row));
    }
    return;
  }
  const ldb = <isize>nrhs * S;
  // Forward, unit lower: each block row solved, then the rows below updated through the GEMM.
  for (let i0 = 0; i0 < n; i0 += NB) {
    const ib = min(NB, n - i0);
    const top = b + <isize>i0 * ldb;
    for (let r = 1; r < ib; r++) {
      const l = a + <isize>(i0 + r) * lda + <isize>i0 * S;
      const row = top + <isize>r * ldb;
      for (let c = 0; c < r; c++) axpy<T>(row, top + <isize>c * ldb, -load<T>(l + <isize>c * S), nrhs);
    }
    const below = n - i0 - ib;
    subProduct<T>(top + <isize>ib * ldb, a + <isize>(i0 + ib) * lda + <isize>i0 * S, top, below, ib, nrhs, ldb, S, lda, S, ldb, S, work);
  }
  // Backward, upper: block rows from the bottom, then the rows above updated.
  const last = (n - 1) / NB * NB;
  for (let i0 = last; i0 >= 0; i0 -= NB) {
    const ib = min(NB, n - i0);
    const top = b + <isize>i0 * ldb;
    for (let r = ib - 1; r >= 0; r--) {
      const u = a + <isize>(i0 + r) * lda + <isize>i0 * S;
      const row = top + <isize>r * ldb;
      for (let c = r + 1; c < ib; c++) axpy<T>(row, top + <isize>c * ldb, -load<T>(u + <isize>c * S), nrhs);
      divide<T>(row, load<T>(u + <isize>r * S), nrhs);
    }
    subProduct<T>(b, a + <isize>i0 * S, top, i0, ib, nrhs, ldb, S, lda, S, ldb, S, work);
  }
}

/** x[0, n) /= d, contiguous (trsm divides by the diagonal). */
@inline function divide<T>(x: usize, d: T, n: i32): void {
  const S = sizeof<T>();
  const end = x + <usize>n * S;
  const dv = v128.splat<T>(d);
  while (x + 16 <= end) {
    v128.store(x, v128.div<T>(v128.load(x), dv));
    x += 16;
  }
  while (x < end) {
    store<T>(x, load<T>(x) / d);
    x += S;
  }
}

@inline function luBatch<T>(a: usize, piv: usize, n: i32, count: i32, work: usize): i32 {
  if (n > NB) gemmInit<T>(work, n);
  const step = <usize>n * <usize>n * sizeof<T>();
  let status = 0;
  for (let t = 0; t < count; t++) {
    const info = factor<T>(a + <usize>t * step, n, piv + <usize>t * (<usize>n << 2), work);
    if (info != 0 && status == 0) status = t + 1;
  }
  return status;
}

@inline function solveBatch<T>(a: usize, b: usize, piv: usize, n: i32, nrhs: i32, count: i32, work: usize): i32 {
  if (n > NB) gemmInit<T>(work, max(n, nrhs));
  const step = <usize>n * <usize>n * sizeof<T>();
  const bstep = <usize>n * <usize>nrhs * sizeof<T>();
  let status = 0;
  for (let t = 0; t < count; t++) {
    const at = a + <usize>t * step;
    const pt = piv + <usize>t * (<usize>n << 2);
    const bt = b + <usize>t * bstep;
    if (factor<T>(at, n, pt, work) != 0) {
      if (status == 0) status = t + 1;
      continue;
    }
    permute<T>(bt, n, nrhs, pt);
    substitute<T>(at, bt, n, nrhs, work);
  }
  return status;
}

/** Solves with one matrix already factored (permute, then the two triangular solves). */
@inline function solveFactored<T>(a: usize, b: usize, piv: usize, n: i32, nrhs: i32, work: usize): void {
  if (n > NB) gemmInit<T>(work, max(n, nrhs));
  permute<T>(b, n, nrhs, piv);
  substitute<T>(a, b, n, nrhs, work);
}

/** out = the identity, n x n, to solve against. */
@inline function identity<T>(out: usize, n: i32): void {
  const S = sizeof<T>();
  memory.fill(out, 0, <usize>n * <usize>n * S);
  for (let i = 0; i < n; i++) store<T>(out + <usize>i * (<usize>n + 1) * S, <T>1);
}

@inline function invBatch<T>(a: usize, out: usize, piv: usize, n: i32, count: i32, work: usize): i32 {
  const step = <usize>n * <usize>n * sizeof<T>();
  for (let t = 0; t < count; t++) identity<T>(out + <usize>t * step, n);
  return solveBatch<T>(a, out, piv, n, n, count, work);
}

/**
 * sign and log|det| of each matrix, as NumPy's slogdet_single_element: 0 and -inf after a zero
 * pivot; else the pivots' parity times the signs of U's diagonal, and the sum of log|u_ii| in
 * order. With det != 0, writes det[t] = sign · exp(logdet) instead (NumPy's det).
 */
@inline function slogdetBatch<T>(a: usize, sign: usize, logdet: usize, det: usize, piv: usize, n: i32, count: i32, work: usize): void {
  const S = sizeof<T>();
  if (n > NB) gemmInit<T>(work, n);
  const step = <usize>n * <usize>n * S;
  for (let t = 0; t < count; t++) {
    const at = a + <usize>t * step;
    const pt = piv + <usize>t * (<usize>n << 2);
    const o = <usize>t * S;
    const info = factor<T>(at, n, pt, work);
    slogdetOf<T>(at, pt, n, info, det != 0 ? 0 : sign + o, det != 0 ? 0 : logdet + o, det != 0 ? det + o : 0);
  }
}

/** The sign and log|det| (or, with det != 0, the det) of one matrix factored with LAPACK's `info`. */
@inline function slogdetOf<T>(a: usize, piv: usize, n: i32, info: i32, sign: usize, logdet: usize, det: usize): void {
  const S = sizeof<T>();
  let s: T = <T>0;
  let acc: T = <T>-Infinity;
  if (info == 0) {
    let swaps = 0;
    for (let i = 0; i < n; i++) if (load<i32>(piv + (<usize>i << 2)) != i) swaps++;
    s = (swaps & 1) ? <T>-1 : <T>1;
    acc = <T>0;
    for (let i = 0; i < n; i++) {
      let d = load<T>(a + <usize>i * (<usize>n + 1) * S);
      if (d < <T>0) {
        s = -s;
        d = -d;
      }
      acc += logOf<T>(d);
    }
  }
  if (det != 0) {
    store<T>(det, s * expOf<T>(acc));
  } else {
    store<T>(sign, s);
    store<T>(logdet, acc);
  }
}

// One large matrix factored across threads (TypeScript drives the steps: ops/linalg/lu-threads.ts):
// lu_panel for each step, then its trailing update as shares of rows of lu_trailing, then one of
// the *_factored kernels. work: gemmWorkBytes<f64>(max(n, nrhs)) per participant, as for lu_solve.
export function lu_panel_f64(a: usize, n: i32, j0: i32, piv: usize): i32 { return panelStep<f64>(a, n, j0, piv); }
export function lu_trailing_f64(a: usize, n: i32, j0: i32, r0: i32, rows: i32, work: usize): void {
  gemmInit<f64>(work, n);
  trailing<f64>(a, n, j0, r0, rows, work);
}
export function lu_solve_factored_f64(a: usize, b: usize, piv: usize, n: i32, nrhs: i32, work: usize): void { solveFactored<f64>(a, b, piv, n, nrhs, work); }
export function lu_inv_factored_f64(a: usize, out: usize, piv: usize, n: i32, work: usize): void {
  identity<f64>(out, n);
  solveFactored<f64>(a, out, piv, n, n, work);
}
export function lu_slogdet_factored_f64(a: usize, sign: usize, logdet: usize, piv: usize, n: i32, info: i32): void { slogdetOf<f64>(a, piv, n, info, sign, logdet, 0); }
export function lu_det_factored_f64(a: usize, det: usize, piv: usize, n: i32, info: i32): void { slogdetOf<f64>(a, piv, n, info, 0, 0, det); }

export function lu_factor_f64(a: usize, piv: usize, n: i32, count: i32, work: usize): i32 { return luBatch<f64>(a, piv, n, count, work); }
export function lu_factor_f32(a: usize, piv: usize, n: i32, count: i32, work: usize): i32 { return luBatch<f32>(a, piv, n, count, work); }
export function lu_solve_f64(a: usize, b: usize, piv: usize, n: i32, nrhs: i32, count: i32, work: usize): i32 { return solveBatch<f64>(a, b, piv, n, nrhs, count, work); }
export function lu_solve_f32(a: usize, b: usize, piv: usize, n: i32, nrhs: i32, count: i32, work: usize): i32 { return solveBatch<f32>(a, b, piv, n, nrhs, count, work); }
export function lu_inv_f64(a: usize, out: usize, piv: usize, n: i32, count: i32, work: usize): i32 { return invBatch<f64>(a, out, piv, n, count, work); }
export function lu_inv_f32(a: usize, out: usize, piv: usize, n: i32, count: i32, work: usize): i32 { return invBatch<f32>(a, out, piv, n, count, work); }
export function lu_slogdet_f64(a: usize, sign: usize, logdet: usize, piv: usize, n: i32, count: i32, work: usize): void { slogdetBatch<f64>(a, sign, logdet, 0, piv, n, count, work); }
export function lu_slogdet_f32(a: usize, sign: usize, logdet: usize, piv: usize, n: i32, count: i32, work: usize): void { slogdetBatch<f32>(a, sign, logdet, 0, piv, n, count, work); }
export function lu_det_f64(a: usize, det: usize, piv: usize, n: i32, count: i32, work: usize): void { slogdetBatch<f64>(a, 0, 0, det, piv, n, count, work); }
export function lu_det_f32(a: usize, det: usize, piv: usize, n: i32, count: i32, work: usize): void { slogdetBatch<f32>(a, 0, 0, det, piv, n, count, work); }
