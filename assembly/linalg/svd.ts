// Singular value decomposition (bidiagonal.ts: LAPACK's gesvd path) and the pseudo-inverse.
//
// svd_<t>(a, s, u, vt, m, n, ucols, vrows, count, work): a batch of `count` contiguous row-major
// m x n matrices (destroyed). s gets count x k singular values, descending (k = min(m, n)). With
// u != 0 and vt != 0, u gets count x m x ucols and vt count x vrows x n (ucols = vrows = k for
// reduced, ucols = m and vrows = n for full matrices); with u = vt = 0 only s is computed.
// A wide matrix (m < n) is transposed first: Aᵀ = V·S·Uᵀ. With M = max(m, n), N = k and
// L = the number of left vectors of the tall matrix (ucols when m >= n, else vrows), work is
// (m < n ? M·N : 0) + 8N + M + M elements of T, and with vectors also M·L + L·M + N·N elements,
// then gemmWorkBytes<T>(L) bytes when N > 64, then qrScratch(M, L, N) elements
// (M + L + (N > 64 ? 32·M + 32·32 + 32·L : 0)).
// Status: 0, or 1 + the index of the first matrix with a NaN or whose bidiagonal QR did not
// converge ("SVD did not converge").
//
// pinv_<t>(a, out, m, n, rcond, count, work): out gets count x n x m pseudo-inverses (NumPy's
// pinv: singular values <= rcond·max(s) dropped). work: gemmWorkBytes<T>(max(m, n)) bytes, then
// m·k + k·n + k + k·m elements of T, then svd's work for (m, n, ucols = vrows = k, vectors).
// Status as svd's.

import { gemmInit, gemmWorkBytes, product } from "./blas";
import { svdOne } from "./bidiagonal";

@inline function svdBatch<T>(a: usize, s: usize, u: usize, vt: usize, m: i32, n: i32, ucols: i32, vrows: i32, count: i32, work: usize): i32 {
  const S = <usize>sizeof<T>();
  const k = <usize>min(m, n);
  let status = 0;
  for (let t = 0; t < count; t++) {
    const tu = <usize>t;
    const info = svdOne<T>(a + tu * <usize>m * <usize>n * S, s + tu * k * S, u != 0 ? u + tu * <usize>m * <usize>ucols * S : 0, vt != 0 ? vt + tu * <usize>vrows * <usize>n * S : 0, m, n, ucols, vrows, work);
    if (info != 0 && status == 0) status = t + 1;
  }
  return status;
}

export function svd_f64(a: usize, s: usize, u: usize, vt: usize, m: i32, n: i32, ucols: i32, vrows: i32, count: i32, work: usize): i32 { return svdBatch<f64>(a, s, u, vt, m, n, ucols, vrows, count, work); }
export function svd_f32(a: usize, s: usize, u: usize, vt: usize, m: i32, n: i32, ucols: i32, vrows: i32, count: i32, work: usize): i32 { return svdBatch<f32>(a, s, u, vt, m, n, ucols, vrows, count, work); }

/**
 * NumPy's pinv from the reduced SVD: out = Vᵀᵀ·diag(s⁺)·Uᵀ, s⁺ = 1/s where s > rcond·max(s), else 0.
 * Scratch after the GEMM workspace G: u (m x k), vt (k x n), s (k), w (k x m), then svdOne's work.
 */
@inline function pinvBatch<T>(a: usize, out: usize, m: i32, n: i32, rcond: f64, count: i32, work: usize): i32 {
  const S = <isize>sizeof<T>();
  const k = min(m, n);
  const g = work;
  const u = g + gemmWorkBytes<T>(max(m, n));
  const vt = u + <isize>m * <isize>k * S, s = vt + <isize>k * <isize>n * S, w = s + <isize>k * S;
  const rest = w + <isize>k * <isize>m * S;
  let status = 0;
  for (let t = 0; t < count; t++) {
    const tu = <usize>t;
    const o = out + tu * <usize>n * <usize>m * S;
    if (svdOne<T>(a + tu * <usize>m * <usize>n * S, s, u, vt, m, n, k, k, rest) != 0) {
      if (status == 0) status = t + 1;
      continue;
    }
    // s is descending: its largest is s[0] (NaN-free here).
    const cutoff = <T>rcond * (k > 0 ? load<T>(s) : <T>0);
    for (let p = 0; p < k; p++) {
      const sp = load<T>(s + <isize>p * S);
      const inv = sp > cutoff ? <T>1 / sp : <T>0;
      const row = w + <isize>p * <isize>m * S;
      for (let j = 0; j < m; j++) store<T>(row + <isize>j * S, inv * load<T>(u + (<isize>j * <isize>k + <isize>p) * S));
    }
    gemmInit<T>(g, max(m, n));
    product<T>(o, vt, w, n, k, m, <isize>m * S, S, S, <isize>n * S, <isize>m * S, S, g);
  }
  return status;
}

export function pinv_f64(a: usize, out: usize, m: i32, n: i32, rcond: f64, count: i32, work: usize): i32 { return pinvBatch<f64>(a, out, m, n, rcond, count, work); }
export function pinv_f32(a: usize, out: usize, m: i32, n: i32, rcond: f64, count: i32, work: usize): i32 { return pinvBatch<f32>(a, out, m, n, rcond, count, work); }
