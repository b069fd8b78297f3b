// Singular values (and vectors) of an upper bidiagonal matrix by implicit-shift QR with zero-shift
// sweeps where a shift would spoil relative accuracy (LAPACK's bdsqr, Demmel–Kahan): singular
// values to high relative accuracy, returned positive and descending.
//
// The rotations are applied to rows: of VT (right rotations, n x ncvt), of UT (left rotations, the
// transpose of U, n x nru) and of C (left rotations, n x ncc) — each a row-major block whose first
// n rows belong to the bidiagonal's order. Any of them may be 0 (absent).

import { epsilon, rot, safeMin, scal, swap } from "./blas";
import { lartg, lastC, lastR, lastS, rotateRows } from "./rotations";

@inline function ld<T>(p: usize, i: i32): T { return load<T>(p + <usize>i * sizeof<T>()); }
@inline function st<T>(p: usize, i: i32, x: T): void { store<T>(p + <usize>i * sizeof<T>(), x); }

/** las2: (smaller, larger) singular values of [[f, g], [0, h]]; the larger is in las2Max. */
let las2Max: f64 = 0;
function las2<T>(f: T, g: T, h: T): T {
  const fa = abs<T>(f), ga = abs<T>(g), ha = abs<T>(h);
  const fhmn = min<T>(fa, ha), fhmx = max<T>(fa, ha);
  let ssmin: T, ssmax: T;
  if (fhmn == <T>0) {
    ssmin = <T>0;
    if (fhmx == <T>0) ssmax = ga;
    else {
      const big = max<T>(fhmx, ga), small = min<T>(fhmx, ga);
      ssmax = big * sqrt<T>(<T>1 + (small / big) * (small / big));
    }
  } else if (ga < fhmx) {
    const as = <T>1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx, au = (ga / fhmx) * (ga / fhmx);
    const c = <T>2 / (sqrt<T>(as * as + au) + sqrt<T>(at * at + au));
    ssmin = fhmn * c;
    ssmax = fhmx / c;
  } else {
    const au = fhmx / ga;
    if (au == <T>0) {
      ssmin = (fhmn * fhmx) / ga;
      ssmax = ga;
    } else {
      const as = <T>1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx;
      const c = <T>1 / (sqrt<T>(<T>1 + (as * au) * (as * au)) + sqrt<T>(<T>1 + (at * au) * (at * au)));
      ssmin = (fhmn * c) * au;
      ssmin = ssmin + ssmin;
      ssmax = ga / (c + c);
    }
  }
  las2Max = <f64>ssmax;
  return ssmin;
}

/** lasv2 results: singular values and the two rotations of a 2 x 2 upper triangular matrix. */
let svMin: f64 = 0;
let svMax: f64 = 0;
let svSnr: f64 = 0;
let svCsr: f64 = 1;
let svSnl: f64 = 0;
let svCsl: f64 = 1;

@inline function sgn<T>(a: T, b: T): T { return copysign<T>(abs<T>(a), b); }

function lasv2<T>(f: T, g: T, h: T): void {
  let ft = f, fa = abs<T>(ft), ht = h, ha = abs<T>(h);
  let pmax = 1;
  const swapped = ha > fa;
  if (swapped) {
    pmax = 3;
    let tmp = ft;
    ft = ht;
    ht = tmp;
    tmp = fa;
    fa = ha;
    ha = tmp;
  }
  const gt = g, ga = abs<T>(gt);
  let ssmin: T, ssmax: T, clt: T, crt: T, slt: T, srt: T;
  if (ga == <T>0) {
    ssmin = ha;
    ssmax = fa;
    clt = <T>1;
    crt = <T>1;
    slt = <T>0;
    srt = <T>0;
  } else {
    let gasmal = true;
    ssmin = <T>0;
    ssmax = <T>0;
    clt = <T>1;
    crt = <T>1;
    slt = <T>0;
    srt = <T>0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < epsilon<T>()) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > <T>1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = <T>1;
        slt = ht / gt;
        srt = <T>1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const dd = fa - ha;
      let l: T = dd == fa ? <T>1 : dd / fa;
      const m = gt / ft;
      let t = <T>2 - l;
      const mm = m * m, tt = t * t;
      const s = sqrt<T>(tt + mm);
      const r = l == <T>0 ? abs<T>(m) : sqrt<T>(l * l + mm);
      const a = <T>0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm == <T>0) {
        if (l == <T>0) t = sgn<T>(<T>2, ft) * sgn<T>(<T>1, gt);
        else t = gt / sgn<T>(dd, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (<T>1 + a);
      }
      l = sqrt<T>(t * t + <T>4);
      crt = <T>2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = (ht / ft) * srt / a;
    }
  }
  let csl: T, snl: T, csr: T, snr: T;
  if (swapped) {
    csl = srt;
    snl = crt;
    csr = slt;
    snr = clt;
  } else {
    csl = clt;
    snl = slt;
    csr = crt;
    snr = srt;
  }
  let tsign: T;
  if (pmax == 1) tsign = sgn<T>(<T>1, csr) * sgn<T>(<T>1, csl) * sgn<T>(<T>1, f);
  else if (pmax == 2) tsign = sgn<T>(<T>1, snr) * sgn<T>(<T>1, csl) * sgn<T>(<T>1, g);
  else tsign = sgn<T>(<T>1, snr) * sgn<T>(<T>1, snl) * sgn<T>(<T>1, h);
  svMax = <f64>sgn<T>(ssmax, tsign);
  svMin = <f64>sgn<T>(ssmin, tsign * sgn<T>(<T>1, f) * sgn<T>(<T>1, h));
  svSnr = <f64>snr;
  svCsr = <f64>csr;
  svSnl = <f64>snl;
  svCsl = <f64>csl;
}

/** Applies the saved rotation sequence (c, s) over rows [ll, m] of a block (ld bytes per row, width wide). */
@inline function sweepRows<T>(x: usize, ld: isize, width: i32, ll: i32, m: i32, c: usize, s: usize, forward: bool): void {
  if (x != 0) rotateRows<T>(x + <isize>ll * ld, ld, width, m - ll + 1, c, s, forward);
}

/**
 * bdsqr (upper) of order n on d (n) and e (n - 1, destroyed). work: 4n elements of T.
 * Returns 0, or the number of superdiagonals that failed to converge.
 */
export function bdsqr<T>(n: i32, d: usize, e: usize, vt: usize, ncvt: i32, ut: usize, nru: i32, c: usize, ncc: i32, work: usize): i32 {
  if (n == 0) return 0;
  const S = <isize>sizeof<T>();
  const ldvt = <isize>ncvt * S, ldut = <isize>nru * S, ldc = <isize>ncc * S;
  if (ncvt == 0) vt = 0;
  if (nru == 0) ut = 0;
  if (ncc == 0) c = 0;
  const eps = epsilon<T>();
  const unfl = safeMin<T>();
  let info = 0;
  if (n > 1) {
    const nm1 = n - 1;
    const w1 = work, w2 = work + <isize>nm1 * S, w3 = w2 + <isize>nm1 * S, w4 = w3 + <isize>nm1 * S;
    const tolmul = max<T>(<T>10, min<T>(<T>100, <T>Math.pow(<f64>eps, -0.125)));
    const tol = tolmul * eps;
    // Relative accuracy: thresh from a lower bound on the smallest singular value.
    let smax: T = <T>0;
    for (let i = 0; i < n; i++) smax = max<T>(smax, abs<T>(ld<T>(d, i)));
    for (let i = 0; i < nm1; i++) smax = max<T>(smax, abs<T>(ld<T>(e, i)));
    let sminoa = abs<T>(ld<T>(d, 0));
    if (sminoa != <T>0) {
      let mu = sminoa;
      for (let i = 1; i < n; i++) {
        mu = abs<T>(ld<T>(d, i)) * (mu / (mu + abs<T>(ld<T>(e, i - 1))));
        sminoa = min<T>(sminoa, mu);
        if (sminoa == <T>0) break;
      }
    }
    sminoa = sminoa / sqrt<T>(<T>n);
    const maxitr: T = <T>6;
    const thresh = max<T>(tol * sminoa, maxitr * (<T>n * (<T>n * unfl)));
    const maxit: i64 = <i64>6 * <i64>n * <i64>n;
    let iter: i64 = 0;
    let oldll = -1, oldm = -1, idir = 0;
    let m = n - 1;
    let sminl: T = <T>0;
    while (m > 0) {
      if (iter > maxit) {
        for (let i = 0; i < nm1; i++) if (ld<T>(e, i) != <T>0) info++;
        break;
      }
      // Find the diagonal block [ll, m] to work on.
      let smaxb = abs<T>(ld<T>(d, m));
      let ll = -1;
      for (let lll = 1; lll <= m; lll++) {
        const k = m - lll;
        const abss = abs<T>(ld<T>(d, k)), abse = abs<T>(ld<T>(e, k));
        if (abse <= thresh) {
          ll = k;
          break;
        }
        smaxb = max<T>(smaxb, max<T>(abss, abse));
      }
      if (ll >= 0) {
        st<T>(e, ll, <T>0);
        if (ll == m - 1) {
          // The bottom singular value converged.
          m--;
          continue;
        }
      }
      ll++;
      // e[ll .. m-1] are nonzero, e[ll-1] is zero.
      if (ll == m - 1) {
        // A 2 x 2 block.
        lasv2<T>(ld<T>(d, m - 1), ld<T>(e, m - 1), ld<T>(d, m));
        st<T>(d, m - 1, <T>svMax);
        st<T>(e, m - 1, <T>0);
        st<T>(d, m, <T>svMin);
        if (vt != 0) rot<T>(vt + <isize>(m - 1) * ldvt, vt + <isize>m * ldvt, <T>svCsr, <T>svSnr, ncvt);
        if (ut != 0) rot<T>(ut + <isize>(m - 1) * ldut, ut + <isize>m * ldut, <T>svCsl, <T>svSnl, nru);
        if (c != 0) rot<T>(c + <isize>(m - 1) * ldc, c + <isize>m * ldc, <T>svCsl, <T>svSnl, ncc);
        m -= 2;
        continue;
      }
      // A new submatrix: chase the bulge from the larger end towards the smaller.
      if (ll > oldm || m < oldll) idir = abs<T>(ld<T>(d, ll)) >= abs<T>(ld<T>(d, m)) ? 1 : 2;
      // Convergence tests.
      let split = false;
      if (idir == 1) {
        if (abs<T>(ld<T>(e, m - 1)) <= tol * abs<T>(ld<T>(d, m))) {
          st<T>(e, m - 1, <T>0);
          continue;
        }
        let mu = abs<T>(ld<T>(d, ll));
        sminl = mu;
        for (let lll = ll; lll < m; lll++) {
          if (abs<T>(ld<T>(e, lll)) <= tol * mu) {
            st<T>(e, lll, <T>0);
            split = true;
            break;
          }
          mu = abs<T>(ld<T>(d, lll + 1)) * (mu / (mu + abs<T>(ld<T>(e, lll))));
          sminl = min<T>(sminl, mu);
        }
      } else {
        if (abs<T>(ld<T>(e, ll)) <= tol * abs<T>(ld<T>(d, ll))) {
          st<T>(e, ll, <T>0);
          continue;
        }
        let mu = abs<T>(ld<T>(d, m));
        sminl = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (abs<T>(ld<T>(e, lll)) <= tol * mu) {
            st<T>(e, lll, <T>0);
            split = true;
            break;
          }
          mu = abs<T>(ld<T>(d, lll)) * (mu / (mu + abs<T>(ld<T>(e, lll))));
          sminl = min<T>(sminl, mu);
        }
      }
      if (split) continue;
      oldll = ll;
      oldm = m;
      // The shift, or zero where shifting would ruin relative accuracy.
      let shift: T = <T>0;
      if (!(<T>n * tol * (sminl / smaxb) <= max<T>(eps, <T>0.01 * tol))) {
        let sll: T;
        if (idir == 1) {
          sll = abs<T>(ld<T>(d, ll));
          shift = las2<T>(ld<T>(d, m - 1), ld<T>(e, m - 1), ld<T>(d, m));
        } else {
          sll = abs<T>(ld<T>(d, m));
          shift = las2<T>(ld<T>(d, ll), ld<T>(e, ll), ld<T>(d, ll + 1));
        }
        if (sll > <T>0 && (shift / sll) * (shift / sll) < eps) shift = <T>0;
      }
      iter += <i64>(m - ll);
      if (shift == <T>0) {
        // Zero-shift QR sweep.
        if (idir == 1) {
          let cs: T = <T>1, oldcs: T = <T>1, oldsn: T = <T>0;
          for (let i = ll; i < m; i++) {
            lartg<T>(ld<T>(d, i) * cs, ld<T>(e, i));
            cs = lastC<T>();
            const sn = lastS<T>(), r = lastR<T>();
            if (i > ll) st<T>(e, i - 1, oldsn * r);
            lartg<T>(oldcs * r, ld<T>(d, i + 1) * sn);
            oldcs = lastC<T>();
            oldsn = lastS<T>();
            st<T>(d, i, lastR<T>());
            const k = i - ll;
            st<T>(w1, k, cs);
            st<T>(w2, k, sn);
            st<T>(w3, k, oldcs);
            st<T>(w4, k, oldsn);
          }
          const h = ld<T>(d, m) * cs;
          st<T>(d, m, h * oldcs);
          st<T>(e, m - 1, h * oldsn);
          sweepRows<T>(vt, ldvt, ncvt, ll, m, w1, w2, true);
          sweepRows<T>(ut, ldut, nru, ll, m, w3, w4, true);
          sweepRows<T>(c, ldc, ncc, ll, m, w3, w4, true);
          if (abs<T>(ld<T>(e, m - 1)) <= thresh) st<T>(e, m - 1, <T>0);
        } else {
          let cs: T = <T>1, oldcs: T = <T>1, oldsn: T = <T>0;
          for (let i = m; i > ll; i--) {
            lartg<T>(ld<T>(d, i) * cs, ld<T>(e, i - 1));
            cs = lastC<T>();
            const sn = lastS<T>(), r = lastR<T>();
            if (i < m) st<T>(e, i, oldsn * r);
            lartg<T>(oldcs * r, ld<T>(d, i - 1) * sn);
            oldcs = lastC<T>();
            oldsn = lastS<T>();
            st<T>(d, i, lastR<T>());
            const k = i - ll - 1;
            st<T>(w1, k, cs);
            st<T>(w2, k, -sn);
            st<T>(w3, k, oldcs);
            st<T>(w4, k, -oldsn);
          }
          const h = ld<T>(d, ll) * cs;
          st<T>(d, ll, h * oldcs);
          st<T>(e, ll, h * oldsn);
          sweepRows<T>(vt, ldvt, ncvt, ll, m, w3, w4, false);
          sweepRows<T>(ut, ldut, nru, ll, m, w1, w2, false);
          sweepRows<T>(c, ldc, ncc, ll, m, w1, w2, false);
          if (abs<T>(ld<T>(e, ll)) <= thresh) st<T>(e, ll, <T>0);
        }
      } else {
        // Shifted QR sweep.
        if (idir == 1) {
          let f = (abs<T>(ld<T>(d, ll)) - shift) * (sgn<T>(<T>1, ld<T>(d, ll)) + shift / ld<T>(d, ll));
          let g = ld<T>(e, ll);
          for (let i = ll; i < m; i++) {
            lartg<T>(f, g);
            const cosr = lastC<T>(), sinr = lastS<T>();
            if (i > ll) st<T>(e, i - 1, lastR<T>());
            f = cosr * ld<T>(d, i) + sinr * ld<T>(e, i);
            st<T>(e, i, cosr * ld<T>(e, i) - sinr * ld<T>(d, i));
            g = sinr * ld<T>(d, i + 1);
            st<T>(d, i + 1, cosr * ld<T>(d, i + 1));
            lartg<T>(f, g);
            const cosl = lastC<T>(), sinl = lastS<T>();
            st<T>(d, i, lastR<T>());
            f = cosl * ld<T>(e, i) + sinl * ld<T>(d, i + 1);
            st<T>(d, i + 1, cosl * ld<T>(d, i + 1) - sinl * ld<T>(e, i));
            if (i < m - 1) {
              g = sinl * ld<T>(e, i + 1);
              st<T>(e, i + 1, cosl * ld<T>(e, i + 1));
            }
            const k = i - ll;
            st<T>(w1, k, cosr);
            st<T>(w2, k, sinr);
            st<T>(w3, k, cosl);
            st<T>(w4, k, sinl);
          }
          st<T>(e, m - 1, f);
          sweepRows<T>(vt, ldvt, ncvt, ll, m, w1, w2, true);
          sweepRows<T>(ut, ldut, nru, ll, m, w3, w4, true);
          sweepRows<T>(c, ldc, ncc, ll, m, w3, w4, true);
          if (abs<T>(ld<T>(e, m - 1)) <= thresh) st<T>(e, m - 1, <T>0);
        } else {
          let f = (abs<T>(ld<T>(d, m)) - shift) * (sgn<T>(<T>1, ld<T>(d, m)) + shift / ld<T>(d, m));
          let g = ld<T>(e, m - 1);
          for (let i = m; i > ll; i--) {
            lartg<T>(f, g);
            const cosr = lastC<T>(), sinr = lastS<T>();
            if (i < m) st<T>(e, i, lastR<T>());
            f = cosr * ld<T>(d, i) + sinr * ld<T>(e, i - 1);
            st<T>(e, i - 1, cosr * ld<T>(e, i - 1) - sinr * ld<T>(d, i));
            g = sinr * ld<T>(d, i - 1);
            st<T>(d, i - 1, cosr * ld<T>(d, i - 1));
            lartg<T>(f, g);
            const cosl = lastC<T>(), sinl = lastS<T>();
            st<T>(d, i, lastR<T>());
            f = cosl * ld<T>(e, i - 1) + sinl * ld<T>(d, i - 1);
            st<T>(d, i - 1, cosl * ld<T>(d, i - 1) - sinl * ld<T>(e, i - 1));
            if (i > ll + 1) {
              g = sinl * ld<T>(e, i - 2);
              st<T>(e, i - 2, cosl * ld<T>(e, i - 2));
            }
            const k = i - ll - 1;
            st<T>(w1, k, cosr);
            st<T>(w2, k, -sinr);
            st<T>(w3, k, cosl);
            st<T>(w4, k, -sinl);
          }
          st<T>(e, ll, f);
          if (abs<T>(ld<T>(e, ll)) <= thresh) st<T>(e, ll, <T>0);
          sweepRows<T>(vt, ldvt, ncvt, ll, m, w3, w4, false);
          sweepRows<T>(ut, ldut, nru, ll, m, w1, w2, false);
          sweepRows<T>(c, ldc, ncc, ll, m, w1, w2, false);
        }
      }
    }
  }
  // Make the singular values positive, then sort them descending (one swap per position).
  for (let i = 0; i < n; i++) {
    const x = ld<T>(d, i);
    if (x < <T>0) {
      st<T>(d, i, -x);
      if (vt != 0) scal<T>(vt + <isize>i * ldvt, <T>-1, ncvt);
    }
  }
  if (info != 0) return info;
  for (let i = 0; i < n - 1; i++) {
    const last = n - 1 - i;
    let isub = 0;
    let smin = ld<T>(d, 0);
    for (let j = 1; j <= last; j++) {
      const x = ld<T>(d, j);
      if (x <= smin) {
        isub = j;
        smin = x;
      }
    }
    if (isub != last) {
      st<T>(d, isub, ld<T>(d, last));
      st<T>(d, last, smin);
      if (vt != 0) swap<T>(vt + <isize>isub * ldvt, vt + <isize>last * ldvt, ncvt);
      if (ut != 0) swap<T>(ut + <isize>isub * ldut, ut + <isize>last * ldut, nru);
      if (c != 0) swap<T>(c + <isize>isub * ldc, c + <isize>last * ldc, ncc);
    }
  }
  return 0;
}
