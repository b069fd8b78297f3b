// Least squares (NumPy's lstsq, LAPACK's gelss/gelsd approach): the minimum-norm solution of
// min ‖A·x - b‖ through the SVD, singular values <= rcond·max(s) treated as zero.
//
// lstsq_<t>(a, b, x, s, rank, resid, m, n, nrhs, rcond, count, work): a batch of `count` row-major
// m x n matrices a and m x nrhs right-hand sides b (both destroyed); x gets count x n x nrhs,
// s count x min(m, n) singular values (descending), rank count i32, resid count x nrhs.
// rcond <= 0 or >= 1 means machine epsilon (gelsd). For m > n, resid[j] is the sum of squares of
// the residual of column j (from the part of b outside the range of A: NumPy reports it only when
// rank == n); otherwise resid is zero.
// A tall matrix (m >= n) is bidiagonalised with Qᵀ applied to b, as gelss; a wide one goes through
// its reduced SVD.
// work: gemmWorkBytes<T>(max(m, n, nrhs)) bytes, then, for m >= n:
//   8n + m + max(n, nrhs) + 2·n·n elements of T, then orgqr's scratch for n - 1 reflectors
//   (2(n-1), plus 64(n-1) + 1024 when n - 1 > 64);
// for m < n: m·m + m·n + m·nrhs elements, then svd's work for (m, n, ucols = vrows = m, vectors).
// Status: 0, or 1 + the index of the first matrix with a NaN or no convergence ("SVD did not
// converge in Linear Least Squares").

import { epsilon, gemmInit, gemmWorkBytes, product, safeMin } from "./blas";
import { bidiagonalise, formPt, svdOne } from "./bidiagonal";
import { bdsqr } from "./bdsqr";
import { applyLeft, gather } from "./householder";

@inline function threshold<T>(rcond: f64, smax: T): T {
  const r: T = rcond <= 0 || rcond >= 1 ? epsilon<T>() : <T>rcond;
  return r * smax;
}

/** Scales row p of the n x nrhs block c by 1/s[p] where s[p] > tol, else zeroes it; returns the rank. */
function pseudoScale<T>(c: usize, s: usize, k: i32, nrhs: i32, tol: T): i32 {
  const S = <isize>sizeof<T>();
  let rank = 0;
  for (let p = 0; p < k; p++) {
    const sp = load<T>(s + <isize>p * S);
    const row = c + <isize>p * <isize>nrhs * S;
    if (sp > tol) {
      rank++;
      for (let j = 0; j < nrhs; j++) store<T>(row + <isize>j * S, load<T>(row + <isize>j * S) / sp);
    } else {
      memory.fill(row, 0, <usize>nrhs * S);
    }
  }
  return rank;
}

function tall<T>(a: usize, b: usize, x: usize, s: usize, rank: usize, resid: usize, m: i32, n: i32, nrhs: i32, rcond: f64, g: usize, work: usize): i32 {
  const S = <isize>sizeof<T>();
  const d = work, e = d + <isize>n * S, tauq = e + <isize>n * S, taup = tauq + <isize>n * S, rw = taup + <isize>n * S;
  const v = rw + <isize>4 * n * S, w = v + <isize>m * S, pt = w + <isize>max(n, nrhs) * S;
  const tmp = pt + <isize>n * <isize>n * S, scratch = tmp + <isize>n * <isize>n * S;
  const count = <i32>m * n;
  let anrm: T = <T>0;
  for (let i = 0; i < count; i++) {
    const t = abs<T>(load<T>(a + <isize>i * S));
    if (t != t) return 1;
    if (t > anrm) anrm = t;
  }
  const smlnum = sqrt<T>(safeMin<T>()) / epsilon<T>();
  let scale: T = <T>1;
  if (anrm > <T>0 && anrm < smlnum) scale = smlnum / anrm;
  else if (anrm > <T>1 / smlnum) scale = <T>1 / smlnum / anrm;
  if (scale != <T>1) for (let i = 0; i < count; i++) store<T>(a + <isize>i * S, load<T>(a + <isize>i * S) * scale);
  const lda = <isize>n * S, ldb = <isize>nrhs * S;
  bidiagonalise<T>(a, m, n, d, e, tauq, taup, v, w);
  // b <- Qᵀ b: H(0) first.
  for (let i = 0; i < n; i++) {
    const di = a + <isize>i * lda + <isize>i * S;
    gather<T>(v, di + lda, m - i, lda);
    applyLeft<T>(b + <isize>i * ldb, ldb, m - i, nrhs, v, load<T>(tauq + <isize>i * S), w);
  }
  for (let j = 0; j < nrhs; j++) {
    let r: T = <T>0;
    for (let i = n; i < m; i++) {
      const t = load<T>(b + <isize>i * ldb + <isize>j * S);
      r += t * t;
    }
    store<T>(resid + <isize>j * S, r);
  }
  gemmInit<T>(g, max(n, nrhs));
  formPt<T>(a, n, taup, pt, tmp, scratch, g);
  const info = bdsqr<T>(n, d, e, pt, n, 0, 0, b, nrhs, rw);
  if (info != 0) return info;
  for (let i = 0; i < n; i++) store<T>(s + <isize>i * S, load<T>(d + <isize>i * S) / scale);
  store<i32>(rank, pseudoScale<T>(b, d, n, nrhs, threshold<T>(rcond, n > 0 ? load<T>(d) : <T>0)));
  // x = V·(Σ⁺ Uᵀ b) = ptᵀ·c, then undo the scaling of A.
  product<T>(x, pt, b, n, n, nrhs, ldb, S, S, lda, ldb, S, g);
  if (scale != <T>1) for (let i = 0; i < n * nrhs; i++) store<T>(x + <isize>i * S, load<T>(x + <isize>i * S) * scale);
  return 0;
}

function wide<T>(a: usize, b: usize, x: usize, s: usize, rank: usize, resid: usize, m: i32, n: i32, nrhs: i32, rcond: f64, g: usize, work: usize): i32 {
  const S = <isize>sizeof<T>();
  const u = work, vt = u + <isize>m * <isize>m * S, c = vt + <isize>m * <isize>n * S, rest = c + <isize>m * <isize>nrhs * S;
  const info = svdOne<T>(a, s, u, vt, m, n, m, m, rest);
  if (info != 0) return info;
  memory.fill(resid, 0, <usize>nrhs * S);
  const ldb = <isize>nrhs * S;
  gemmInit<T>(g, max(n, nrhs));
  // c = Σ⁺ Uᵀ b, x = Vᵀᵀ c.
  product<T>(c, u, b, m, m, nrhs, ldb, S, S, <isize>m * S, ldb, S, g);
  store<i32>(rank, pseudoScale<T>(c, s, m, nrhs, threshold<T>(rcond, m > 0 ? load<T>(s) : <T>0)));
  product<T>(x, vt, c, n, m, nrhs, ldb, S, S, <isize>n * S, ldb, S, g);
  return 0;
}

@inline function lstsqBatch<T>(a: usize, b: usize, x: usize, s: usize, rank: usize, resid: usize, m: i32, n: i32, nrhs: i32, rcond: f64, count: i32, work: usize): i32 {
  const S = <usize>sizeof<T>();
  const k = <usize>min(m, n);
  const g = work;
  const rest = work + gemmWorkBytes<T>(max(max(m, n), nrhs));
  let status = 0;
  for (let t = 0; t < count; t++) {
    const tu = <usize>t;
    const at = a + tu * <usize>m * <usize>n * S, bt = b + tu * <usize>m * <usize>nrhs * S;
    const xt = x + tu * <usize>n * <usize>nrhs * S, st = s + tu * k * S, rt = rank + (tu << 2), et = resid + tu * <usize>nrhs * S;
    const info = m >= n ? tall<T>(at, bt, xt, st, rt, et, m, n, nrhs, rcond, g, rest) : wide<T>(at, bt, xt, st, rt, et, m, n, nrhs, rcond, g, rest);
    if (info != 0 && status == 0) status = t + 1;
  }
  return status;
}

export function lstsq_f64(a: usize, b: usize, x: usize, s: usize, rank: usize, resid: usize, m: i32, n: i32, nrhs: i32, rcond: f64, count: i32, work: usize): i32 { return lstsqBatch<f64>(a, b, x, s, rank, resid, m, n, nrhs, rcond, count, work); }
export function lstsq_f32(a: usize, b: usize, x: usize, s: usize, rank: usize, resid: usize, m: i32, n: i32, nrhs: i32, rcond: f64, count: i32, work: usize): i32 { return lstsqBatch<f32>(a, b, x, s, rank, resid, m, n, nrhs, rcond, count, work); }
