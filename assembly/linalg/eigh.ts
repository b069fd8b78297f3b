// Symmetric eigenproblem (LAPACK's syev path): Householder tridiagonalisation (sytrd, lower,
// tridiagonal.ts), Q formed (orgtr, through orgqr) and the implicit QL/QR iteration with Wilkinson
// shifts (steqr), eigenvalues ascending.
//
// eigh_<t>(a, w, v, n, upper, vectors, count, work): a batch of `count` contiguous row-major
// n x n matrices (overwritten); only the lower triangle is read (upper = 0, NumPy's UPLO='L') or
// only the upper (upper = 1). w gets count x n eigenvalues, ascending; when vectors != 0, v gets
// count x n x n row-major eigenvectors as columns (v[:, i] belongs to w[i], NumPy's layout).
// work: 4n + trdScratch(n) elements of T (2n + 64, plus 32n when n > 256), then, when n > 256 or
// (vectors and n > 65), gemmWorkBytes<T>(n) bytes, then (vectors) qrScratch(n - 1, n - 1, n - 1)
// elements of T.
// Status: 0, or 1 + the index of the first matrix with a NaN in the triangle read or whose
// iteration did not converge in 30·n sweeps ("Eigenvalues did not converge").

import { epsilon, gemmInit, gemmWorkBytes, safeMin, swap, transposeSquare } from "./blas";
import { hypot2 } from "./householder";
import { formQ, qrBlocked } from "./qrfactor";
import { lartg, lastC, lastR, lastS, rotateRows } from "./rotations";
import { trdBlocked, trdScratch, tridiagonalise } from "./tridiagonal";

/** Eigenvalues of the symmetric 2 x 2 [[a, b], [b, c]] (lae2 / laev2): rt1 (larger magnitude), rt2, and the rotation (cs1, sn1). */
let ev1: f64 = 0;
let ev2: f64 = 0;
let evC: f64 = 1;
let evS: f64 = 0;

function laev2<T>(a: T, b: T, c: T): void {
  const sm = a + c, df = a - c, adf = abs<T>(df), tb = b + b, ab = abs<T>(tb);
  let acmx: T, acmn: T;
  if (abs<T>(a) > abs<T>(c)) {
    acmx = a;
    acmn = c;
  } else {
    acmx = c;
    acmn = a;
  }
  let rt: T;
  if (adf > ab) rt = adf * sqrt<T>(<T>1 + (ab / adf) * (ab / adf));
  else if (adf < ab) rt = ab * sqrt<T>(<T>1 + (adf / ab) * (adf / ab));
  else rt = ab * sqrt<T>(<T>2);
  let rt1: T, rt2: T, sgn1: i32;
  if (sm < <T>0) {
    rt1 = <T>0.5 * (sm - rt);
    sgn1 = -1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > <T>0) {
    rt1 = <T>0.5 * (sm + rt);
    sgn1 = 1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = <T>0.5 * rt;
    rt2 = <T>-0.5 * rt;
    sgn1 = 1;
  }
  let cs: T, sgn2: i32;
  if (df >= <T>0) {
    cs = df + rt;
    sgn2 = 1;
  } else {
    cs = df - rt;
    sgn2 = -1;
  }
  let cs1: T, sn1: T;
  if (abs<T>(cs) > ab) {
    const ct = -tb / cs;
    sn1 = <T>1 / sqrt<T>(<T>1 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab == <T>0) {
    cs1 = <T>1;
    sn1 = <T>0;
  } else {
    const tn = -cs / tb;
    cs1 = <T>1 / sqrt<T>(<T>1 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 == sgn2) {
    const tn = cs1;
    cs1 = -sn1;
    sn1 = tn;
  }
  ev1 = <f64>rt1;
  ev2 = <f64>rt2;
  evC = <f64>cs1;
  evS = <f64>sn1;
}

@inline function ld<T>(p: usize, i: i32): T { return load<T>(p + <usize>i * sizeof<T>()); }
@inline function st<T>(p: usize, i: i32, x: T): void { store<T>(p + <usize>i * sizeof<T>(), x); }

/** Multiplies x[lo..hi] by the ratio to / from without overflow (lascl for our ranges). */
function rescale<T>(x: usize, lo: i32, hi: i32, from: T, to: T): void {
  const r = to / from;
  for (let i = lo; i <= hi; i++) st<T>(x, i, ld<T>(x, i) * r);
}

/**
 * steqr: eigenvalues (and, when zt != 0, the rotations applied to the rows of zt, n x n row-major
 * holding Zᵀ) of the symmetric tridiagonal (d, e). cs, sn: scratch of n elements each.
 * Returns the number of unconverged off-diagonals (0 on success). Eigenvalues are not sorted.
 */
function steqr<T>(n: i32, d: usize, e: usize, zt: usize, cs: usize, sn: usize): i32 {
  if (n <= 1) return 0;
  const S = <isize>sizeof<T>();
  const ldz = <isize>n * S;
  const vectors = zt != 0;
  const eps = epsilon<T>();
  const eps2 = eps * eps;
  const safmin = safeMin<T>();
  const safmax = <T>1 / safmin;
  const ssfmax = sqrt<T>(safmax) / <T>3;
  const ssfmin = sqrt<T>(safmin) / eps2;
  const nmaxit = n * 30;
  let jtot = 0;
  let l1 = 0;
  const nm1 = n - 1;
  while (true) {
    // Look for a small subdiagonal element to split off an unreduced block [l, lend].
    if (l1 > nm1) break;
    if (l1 > 0) st<T>(e, l1 - 1, <T>0);
    let m = l1;
    for (; m < nm1; m++) {
      const tst = abs<T>(ld<T>(e, m));
      if (tst == <T>0) break;
      if (tst <= sqrt<T>(abs<T>(ld<T>(d, m))) * sqrt<T>(abs<T>(ld<T>(d, m + 1))) * eps) {
        st<T>(e, m, <T>0);
        break;
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend == l) continue;
    // Scale the block when its norm is near overflow or underflow.
    let anorm: T = <T>0;
    // lanst('M'): the largest magnitude; a NaN sticks.
    for (let i = l; i <= lend; i++) {
      const x = abs<T>(ld<T>(d, i));
      if (x > anorm || x != x) anorm = x;
    }
    for (let i = l; i < lend; i++) {
      const x = abs<T>(ld<T>(e, i));
      if (x > anorm || x != x) anorm = x;
    }
    if (anorm == <T>0) continue;
    let iscale = 0;
    if (anorm > ssfmax) {
      iscale = 1;
      rescale<T>(d, l, lend, anorm, ssfmax);
      rescale<T>(e, l, lend - 1, anorm, ssfmax);
    } else if (anorm < ssfmin) {
      iscale = 2;
      rescale<T>(d, l, lend, anorm, ssfmin);
      rescale<T>(e, l, lend - 1, anorm, ssfmin);
    }
    // QL when the top end is larger, else QR.
    if (abs<T>(ld<T>(d, lend)) < abs<T>(ld<T>(d, l))) {
      lend = lsv;
      l = lendsv;
    }
    if (lend > l) {
      // QL iteration: look for a small subdiagonal element.
      while (true) {
        let mm = l;
        if (l != lend) {
          for (; mm < lend; mm++) {
            const tst = abs<T>(ld<T>(e, mm)) * abs<T>(ld<T>(e, mm));
            if (tst <= (eps2 * abs<T>(ld<T>(d, mm))) * abs<T>(ld<T>(d, mm + 1)) + safmin) break;
          }
        } else mm = lend;
        m = mm;
        if (m < lend) st<T>(e, m, <T>0);
        let p = ld<T>(d, l);
        if (m == l) {
          // An eigenvalue has converged.
          st<T>(d, l, p);
          l++;
          if (l <= lend) continue;
          break;
        }
        if (m == l + 1) {
          // A 2 x 2 block: solved directly.
          laev2<T>(ld<T>(d, l), ld<T>(e, l), ld<T>(d, l + 1));
          if (vectors) {
            st<T>(cs, l, <T>evC);
            st<T>(sn, l, <T>evS);
            rotateRows<T>(zt + <isize>l * ldz, ldz, n, 2, cs + <isize>l * S, sn + <isize>l * S, false);
          }
          st<T>(d, l, <T>ev1);
          st<T>(d, l + 1, <T>ev2);
          st<T>(e, l, <T>0);
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot == nmaxit) break;
        jtot++;
        // Wilkinson shift from the leading 2 x 2.
        let g = (ld<T>(d, l + 1) - p) / (<T>2 * ld<T>(e, l));
        let r = hypot2<T>(g, <T>1);
        g = ld<T>(d, m) - p + (ld<T>(e, l) / (g + copysign<T>(r, g)));
        let s: T = <T>1, c: T = <T>1;
        p = <T>0;
        for (let i = m - 1; i >= l; i--) {
          const f = s * ld<T>(e, i);
          const b = c * ld<T>(e, i);
          lartg<T>(g, f);
          c = lastC<T>();
          s = lastS<T>();
          r = lastR<T>();
          if (i != m - 1) st<T>(e, i + 1, r);
          g = ld<T>(d, i + 1) - p;
          r = (ld<T>(d, i) - g) * s + <T>2 * c * b;
          p = s * r;
          st<T>(d, i + 1, g + p);
          g = c * r - b;
          if (vectors) {
            st<T>(cs, i, c);
            st<T>(sn, i, -s);
          }
        }
        if (vectors) rotateRows<T>(zt + <isize>l * ldz, ldz, n, m - l + 1, cs + <isize>l * S, sn + <isize>l * S, false);
        st<T>(d, l, ld<T>(d, l) - p);
        st<T>(e, l, g);
      }
    } else {
      // QR iteration: look for a small superdiagonal element.
      while (true) {
        let mm = l;
        if (l != lend) {
          for (; mm > lend; mm--) {
            const tst = abs<T>(ld<T>(e, mm - 1)) * abs<T>(ld<T>(e, mm - 1));
            if (tst <= (eps2 * abs<T>(ld<T>(d, mm))) * abs<T>(ld<T>(d, mm - 1)) + safmin) break;
          }
        } else mm = lend;
        m = mm;
        if (m > lend) st<T>(e, m - 1, <T>0);
        let p = ld<T>(d, l);
        if (m == l) {
          st<T>(d, l, p);
          l--;
          if (l >= lend) continue;
          break;
        }
        if (m == l - 1) {
          laev2<T>(ld<T>(d, l - 1), ld<T>(e, l - 1), ld<T>(d, l));
          if (vectors) {
            st<T>(cs, m, <T>evC);
            st<T>(sn, m, <T>evS);
            rotateRows<T>(zt + <isize>(l - 1) * ldz, ldz, n, 2, cs + <isize>m * S, sn + <isize>m * S, true);
          }
          st<T>(d, l - 1, <T>ev1);
          st<T>(d, l, <T>ev2);
          st<T>(e, l - 1, <T>0);
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot == nmaxit) break;
        jtot++;
        let g = (ld<T>(d, l - 1) - p) / (<T>2 * ld<T>(e, l - 1));
        let r = hypot2<T>(g, <T>1);
        g = ld<T>(d, m) - p + (ld<T>(e, l - 1) / (g + copysign<T>(r, g)));
        let s: T = <T>1, c: T = <T>1;
        p = <T>0;
        for (let i = m; i <= l - 1; i++) {
          const f = s * ld<T>(e, i);
          const b = c * ld<T>(e, i);
          lartg<T>(g, f);
          c = lastC<T>();
          s = lastS<T>();
          r = lastR<T>();
          if (i != m) st<T>(e, i - 1, r);
          g = ld<T>(d, i) - p;
          r = (ld<T>(d, i + 1) - g) * s + <T>2 * c * b;
          p = s * r;
          st<T>(d, i, g + p);
          g = c * r - b;
          if (vectors) {
            st<T>(cs, i, c);
            st<T>(sn, i, s);
          }
        }
        if (vectors) rotateRows<T>(zt + <isize>m * ldz, ldz, n, l - m + 1, cs + <isize>m * S, sn + <isize>m * S, true);
        st<T>(d, l, ld<T>(d, l) - p);
        st<T>(e, l - 1, g);
      }
    }
    // Undo the scaling.
    if (iscale == 1) {
      rescale<T>(d, lsv, lendsv, ssfmax, anorm);
      rescale<T>(e, lsv, lendsv - 1, ssfmax, anorm);
    } else if (iscale == 2) {
      rescale<T>(d, lsv, lendsv, ssfmin, anorm);
      rescale<T>(e, lsv, lendsv - 1, ssfmin, anorm);
    }
    if (jtot >= nmaxit) {
      let bad = 0;
      for (let i = 0; i < nm1; i++) if (ld<T>(e, i) != <T>0) bad++;
      return bad;
    }
  }
  return 0;
}

/** Selection sort of d ascending, moving the rows of zt (when given) along (steqr's final sort). */
function sortAscending<T>(n: i32, d: usize, zt: usize): void {
  const ldz = <isize>n * sizeof<T>();
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = ld<T>(d, i);
    for (let j = i + 1; j < n; j++) {
      const x = ld<T>(d, j);
      if (x < p) {
        k = j;
        p = x;
      }
    }
    if (k != i) {
      st<T>(d, k, ld<T>(d, i));
      st<T>(d, i, p);
      if (zt != 0) swap<T>(zt + <isize>i * ldz, zt + <isize>k * ldz, n);
    }
  }
}

/** One matrix; returns steqr's count of unconverged off-diagonals. */
function eighOne<T>(a: usize, w: usize, v: usize, n: i32, upper: bool, work: usize, gemm: usize, scratch: usize): i32 {
  const S = <isize>sizeof<T>();
  const lda = <isize>n * S;
  if (upper) for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) store<T>(a + <isize>i * lda + <isize>j * S, load<T>(a + <isize>j * lda + <isize>i * S));
  // Scale a matrix whose norm is outside [rmin, rmax] (syevd), and scale the eigenvalues back.
  let anrm: T = <T>0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const x = abs<T>(load<T>(a + <isize>i * lda + <isize>j * S));
      // NaN: LAPACK's iteration cannot converge ("Eigenvalues did not converge"); fail at once.
      if (x != x) return 1;
      if (x > anrm) anrm = x;
    }
  }
  const smlnum = safeMin<T>() / epsilon<T>();
  const rmin = sqrt<T>(smlnum), rmax = sqrt<T>(<T>1 / smlnum);
  let sigma: T = <T>1;
  if (anrm > <T>0 && anrm < rmin) sigma = rmin / anrm;
  else if (anrm > rmax) sigma = rmax / anrm;
  if (sigma != <T>1) for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) store<T>(a + <isize>i * lda + <isize>j * S, load<T>(a + <isize>i * lda + <isize>j * S) * sigma);
  const e = work, tau = e + <isize>n * S, cs = tau + <isize>n * S, sn = cs + <isize>n * S, trd = sn + <isize>n * S;
  tridiagonalise<T>(a, lda, n, w, e, tau, trd, gemm);
  let zt: usize = 0;
  if (v != 0) {
    // Q = diag(1, orgqr of the reflectors below the subdiagonal), then Zᵀ = Qᵀ.
    const ldv = lda;
    memory.fill(v, 0, <usize>n * <usize>ldv);
    store<T>(v, <T>1);
    if (n > 1) formQ<T>(a + lda, lda, n - 1, n - 1, tau, v + ldv + S, ldv, n - 1, n - 1, scratch, gemm);
    transposeSquare<T>(v, n);
    zt = v;
  }
  const info = steqr<T>(n, w, e, zt, cs, sn);
  if (info == 0) sortAscending<T>(n, w, zt);
  if (sigma != <T>1) for (let i = 0; i < n; i++) st<T>(w, i, ld<T>(w, i) / sigma);
  if (v != 0) transposeSquare<T>(v, n);
  return info;
}

@inline function eighBatch<T>(a: usize, w: usize, v: usize, n: i32, upper: i32, vectors: i32, count: i32, work: usize): i32 {
  const S = <usize>sizeof<T>();
  let gemm: usize = 0;
  let scratch = work + <usize>(4 * n + trdScratch(n)) * S;
  if (trdBlocked(n) || (vectors != 0 && qrBlocked(n - 1))) {
    gemm = scratch;
    gemmInit<T>(gemm, n);
    scratch += gemmWorkBytes<T>(n);
  }
  const step = <usize>n * <usize>n * S;
  let status = 0;
  for (let t = 0; t < count; t++) {
    const info = eighOne<T>(a + <usize>t * step, w + <usize>t * <usize>n * S, vectors != 0 ? v + <usize>t * step : 0, n, upper != 0, work, gemm, scratch);
    if (info != 0 && status == 0) status = t + 1;
  }
  return status;
}

export function eigh_f64(a: usize, w: usize, v: usize, n: i32, upper: i32, vectors: i32, count: i32, work: usize): i32 { return eighBatch<f64>(a, w, v, n, upper, vectors, count, work); }
export function eigh_f32(a: usize, w: usize, v: usize, n: i32, upper: i32, vectors: i32, count: i32, work: usize): i32 { return eighBatch<f32>(a, w, v, n, upper, vectors, count, work); }
