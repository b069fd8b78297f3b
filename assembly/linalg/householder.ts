// Householder reflectors H = I - tau·v·vᵀ (v[0] = 1) on row-major blocks: generated as LAPACK's
// larfg, applied from the left one at a time (larf: two passes along contiguous rows) or a panel
// at once as I - V·T·Vᵀ through the packed GEMM (larft, larfb).

import { axpy, dot, epsilon, product, safeMin, scal, subProduct } from "./blas";

/** ‖x‖₂ of n elements `stride` bytes apart, without overflow or underflow (nrm2). */
export function norm2<T>(x: usize, n: i32, stride: isize): T {
  let ssq: T = <T>0;
  let p = x;
  for (let i = 0; i < n; i++) {
    const v = load<T>(p);
    ssq += v * v;
    p += stride;
  }
  // Plain sum of squares unless it overflowed or may have lost digits to underflow.
  if (ssq < <T>Infinity && ssq > safeMin<T>() / epsilon<T>()) return sqrt<T>(ssq);
  let big: T = <T>0;
  p = x;
  for (let i = 0; i < n; i++) {
    big = max<T>(big, abs<T>(load<T>(p)));
    p += stride;
  }
  if (big == <T>0 || !(big < <T>Infinity)) return big;
  let s: T = <T>0;
  p = x;
  for (let i = 0; i < n; i++) {
    const v = load<T>(p) / big;
    s += v * v;
    p += stride;
  }
  return big * sqrt<T>(s);
}

/** sqrt(x² + y²) without overflow (lapy2). */
@inline export function hypot2<T>(x: T, y: T): T {
  const ax = abs<T>(x), ay = abs<T>(y);
  const w = max<T>(ax, ay), z = min<T>(ax, ay);
  if (z == <T>0 || w > <T>Infinity) return w;
  const q = z / w;
  return w * sqrt<T>(<T>1 + q * q);
}

/**
 * larfg: for alpha at `alpha` and n - 1 entries x `stride` bytes apart, finds beta and tau with
 * H·[alpha; x] = [beta; 0]; writes beta over alpha and v[1:] over x; returns tau (0 when x = 0).
 */
export function reflector<T>(n: i32, alpha: usize, x: usize, stride: isize): T {
  if (n <= 1) return <T>0;
  let xnorm = norm2<T>(x, n - 1, stride);
  if (xnorm == <T>0) return <T>0;
  let a = load<T>(alpha);
  let beta = -copysign<T>(hypot2<T>(a, xnorm), a);
  const safmin = safeMin<T>() / epsilon<T>();
  let knt = 0;
  if (abs<T>(beta) < safmin) {
    // Rescale until beta is representable with full precision.
    const rs = <T>1 / safmin;
    do {
      knt++;
      let p = x;
      for (let i = 1; i < n; i++) {
        store<T>(p, load<T>(p) * rs);
        p += stride;
      }
      beta *= rs;
      a *= rs;
    } while (abs<T>(beta) < safmin && knt < 20);
    xnorm = norm2<T>(x, n - 1, stride);
    beta = -copysign<T>(hypot2<T>(a, xnorm), a);
  }
  const tau = (beta - a) / beta;
  const r = <T>1 / (a - beta);
  let p = x;
  for (let i = 1; i < n; i++) {
    store<T>(p, load<T>(p) * r);
    p += stride;
  }
  for (let j = 0; j < knt; j++) beta *= safmin;
  store<T>(alpha, beta);
  return tau;
}

/** Copies [1, v[1:]] (v[1:] being n - 1 entries `stride` bytes apart from `x`) into contiguous v. */
@inline export function gather<T>(v: usize, x: usize, n: i32, stride: isize): void {
  const S = sizeof<T>();
  store<T>(v, <T>1);
  let p = x;
  for (let i = 1; i < n; i++) {
    store<T>(v + <usize>i * S, load<T>(p));
    p += stride;
  }
}

/**
 * C <- (I - tau·v·vᵀ)·C for the rows x cols block C (rows ldc bytes apart, contiguous within),
 * v contiguous of `rows`; w is scratch for `cols` elements.
 */
export function applyLeft<T>(c: usize, ldc: isize, rows: i32, cols: i32, v: usize, tau: T, w: usize): void {
  if (tau == <T>0 || cols <= 0) return;
  const S = <usize>sizeof<T>();
  memory.fill(w, 0, <usize>cols * S);
  let r = c;
  for (let i = 0; i < rows; i++) {
    axpy<T>(w, r, load<T>(v + <usize>i * S), cols);
    r += ldc;
  }
  r = c;
  for (let i = 0; i < rows; i++) {
    axpy<T>(r, w, -tau * load<T>(v + <usize>i * S), cols);
    r += ldc;
  }
}

/**
 * larft (forward, columnwise): the nb x nb upper triangular T (row-major) with
 * H(0)···H(nb-1) = I - V·T·Vᵀ, for V rows x nb row-major, unit lower trapezoidal (explicit ones
 * and zeros). tau: nb contiguous.
 */
export function blockT<T>(v: usize, rows: i32, nb: i32, tau: usize, t: usize): void {
  const S = <isize>sizeof<T>();
  const ldv = <isize>nb * S;
  const ldt = ldv;
  memory.fill(t, 0, <usize>nb * <usize>ldt);
  for (let j = 0; j < nb; j++) {
    const tj = load<T>(tau + <isize>j * S);
    store<T>(t + <isize>j * ldt + <isize>j * S, tj);
    if (tj == <T>0 || j == 0) continue;
    // T[0:j, j] = -tau_j · V[:, 0:j]ᵀ v_j, accumulated into row j of T's strict lower part as scratch.
    const acc = t + <isize>j * ldt;
    for (let r = j; r < rows; r++) {
      const row = v + <isize>r * ldv;
      axpy<T>(acc, row, -tj * load<T>(row + <isize>j * S), j);
    }
    // T[0:j, j] = T[0:j, 0:j] · acc (upper triangular), then clear the scratch.
    for (let i = 0; i < j; i++) {
      const ti = t + <isize>i * ldt;
      store<T>(ti + <isize>j * S, dot<T>(ti + <isize>i * S, acc + <isize>i * S, j - i));
    }
    memory.fill(acc, 0, <usize>j * S);
  }
}

/**
 * larfb (left, forward, columnwise): C <- (I - V·T'·Vᵀ)·C for C rows x cols (rows ldc bytes apart),
 * with T' = Tᵀ (`trans`, applying Hᵀ) or T (applying H). w: scratch for nb x cols; work: a GEMM
 * workspace for products cols wide.
 */
export function applyBlockLeft<T>(c: usize, ldc: isize, rows: i32, cols: i32, v: usize, nb: i32, t: usize, trans: bool, w: usize, work: usize): void {
  if (cols <= 0) return;
  const S = <isize>sizeof<T>();
  const ldv = <isize>nb * S;
  const ldw = <isize>cols * S;
  // W = Vᵀ C
  product<T>(w, v, c, nb, rows, cols, ldw, S, S, ldv, ldc, S, work);
  // W = T' W: row j of the result mixes rows p <= j (Tᵀ) or p >= j (T) of W.
  if (trans) {
    for (let j = nb - 1; j >= 0; j--) {
      const wj = w + <isize>j * ldw;
      scal<T>(wj, load<T>(t + <isize>j * ldv + <isize>j * S), cols);
      for (let p = 0; p < j; p++) axpy<T>(wj, w + <isize>p * ldw, load<T>(t + <isize>p * ldv + <isize>j * S), cols);
    }
  } else {
    for (let j = 0; j < nb; j++) {
      const wj = w + <isize>j * ldw;
      scal<T>(wj, load<T>(t + <isize>j * ldv + <isize>j * S), cols);
      for (let p = j + 1; p < nb; p++) axpy<T>(wj, w + <isize>p * ldw, load<T>(t + <isize>j * ldv + <isize>p * S), cols);
    }
  }
  // C -= V W
  subProduct<T>(c, v, w, rows, nb, cols, ldc, S, ldv, S, ldw, S, work);
}
