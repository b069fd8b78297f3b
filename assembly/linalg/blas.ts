// The BLAS-like building blocks the factorisations share: contiguous vector loops (dot, axpy,
// scal, rotations) and the trailing update out -= a @ b through the packed GEMM.
//
// A factorisation that calls `subProduct` reserves a GEMM workspace at the start of its `work`
// (gemmWorkBytes<T>(n) bytes for products at most n wide) and calls gemmInit<T> once.

import { gemm, gemmSub } from "../gemm";
import { madd } from "../simd";

const MR = 4;
const MC = 128;
const KC = 256;
const NC = 1024;
const HEADER = 144;

/** Products smaller than this (m·n·k) skip packing. */
const DIRECT = 32 * 32 * 32;

@inline function nrOf<T>(): i32 { return 32 / sizeof<T>(); }
@inline function roundUp(x: i32, step: i32): i32 { return (x + step - 1) / step * step; }

/** Bytes of the GEMM workspace for products at most n wide (n >= 1). */
@inline export function gemmWorkBytes<T>(n: i32): usize {
  const nc = min(NC, roundUp(max(n, 1), nrOf<T>()));
  return <usize>HEADER + (<usize>MC * KC + <usize>KC * nc) * sizeof<T>();
}

/** Writes the blocking words of a workspace sized by gemmWorkBytes<T>(n). */
@inline export function gemmInit<T>(work: usize, n: i32): void {
  store<i32>(work, MC);
  store<i32>(work, KC, 4);
  store<i32>(work, min(NC, roundUp(max(n, 1), nrOf<T>())), 8);
}

/**
 * out -= a @ b for an (m, k) x (k, n) product over byte strides; out's rows are contiguous when sOn
 * is sizeof<T>. `whole` (m when negative) is the height of the product these rows belong to: it
 * picks the path, so a band of rows is computed as in the whole product.
 */
export function subProduct<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, work: usize, whole: i32 = -1): void {
  if (m <= 0 || n <= 0 || k <= 0) return;
  const S = <isize>sizeof<T>();
  const h = whole < 0 ? m : whole;
  if (h < 8 || n < 8 || h * n * k < DIRECT) {
    if (sOn == S && sBn == S) {
      for (let i = 0; i < m; i++) {
        const o = out + <isize>i * sOm;
        for (let p = 0; p < k; p++) axpy<T>(o, b + <isize>p * sBk, -load<T>(a + <isize>i * sAm + <isize>p * sAk), n);
      }
    } else {
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let s: T = <T>0;
          for (let p = 0; p < k; p++) s += load<T>(a + <isize>i * sAm + <isize>p * sAk) * load<T>(b + <isize>p * sBk + <isize>j * sBn);
          const q = out + <isize>i * sOm + <isize>j * sOn;
          store<T>(q, load<T>(q) - s);
        }
      }
    }
    return;
  }
  gemmSub<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, work);
}

/** out = a @ b for an (m, k) x (k, n) product over byte strides (out's rows contiguous when sOn is sizeof<T>). */
export function product<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, work: usize): void {
  if (m <= 0 || n <= 0) return;
  const S = <isize>sizeof<T>();
  if (k > 0 && m >= 8 && n >= 8 && m * n * k >= DIRECT) {
    gemm<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, work);
    return;
  }
  for (let i = 0; i < m; i++) {
    const o = out + <isize>i * sOm;
    if (sOn == S && sBn == S) {
      memory.fill(o, 0, <usize>n * sizeof<T>());
      for (let p = 0; p < k; p++) axpy<T>(o, b + <isize>p * sBk, load<T>(a + <isize>i * sAm + <isize>p * sAk), n);
    } else {
      for (let j = 0; j < n; j++) {
        let s: T = <T>0;
        for (let p = 0; p < k; p++) s += load<T>(a + <isize>i * sAm + <isize>p * sAk) * load<T>(b + <isize>p * sBk + <isize>j * sBn);
        store<T>(o + <isize>j * sOn, s);
      }
    }
  }
}

/** y[0, n) += alpha · x[0, n), both contiguous. */
@inline export function axpy<T>(y: usize, x: usize, alpha: T, n: i32): void {
  const S = sizeof<T>();
  const end = y + <usize>n * S;
  const av = v128.splat<T>(alpha);
  while (y + 32 <= end) {
    v128.store(y, madd<T>(av, v128.load(x), v128.load(y)));
    v128.store(y, madd<T>(av, v128.load(x, 16), v128.load(y, 16)), 16);
    y += 32;
    x += 32;
  }
  if (y + 16 <= end) {
    v128.store(y, madd<T>(av, v128.load(x), v128.load(y)));
    y += 16;
    x += 16;
  }
  while (y < end) {
    store<T>(y, load<T>(y) + alpha * load<T>(x));
    y += S;
    x += S;
  }
}

/** Sum of the lanes of v. */
@inline export function hsum<T>(v: v128): T {
  if (sizeof<T>() == 8) return <T>(v128.extract_lane<T>(v, 0) + v128.extract_lane<T>(v, 1));
  return <T>((v128.extract_lane<T>(v, 0) + v128.extract_lane<T>(v, 1)) + (v128.extract_lane<T>(v, 2) + v128.extract_lane<T>(v, 3)));
}

/** x[0, n) · y[0, n), both contiguous, in four vector partial sums. */
@inline export function dot<T>(x: usize, y: usize, n: i32): T {
  const S = sizeof<T>();
  const end = x + <usize>n * S;
  let c0 = v128.splat<T>(<T>0), c1 = c0, c2 = c0, c3 = c0;
  while (x + 64 <= end) {
    c0 = madd<T>(v128.load(x), v128.load(y), c0);
    c1 = madd<T>(v128.load(x, 16), v128.load(y, 16), c1);
    c2 = madd<T>(v128.load(x, 32), v128.load(y, 32), c2);
    c3 = madd<T>(v128.load(x, 48), v128.load(y, 48), c3);
    x += 64;
    y += 64;
  }
  while (x + 16 <= end) {
    c0 = madd<T>(v128.load(x), v128.load(y), c0);
    x += 16;
    y += 16;
  }
  let s = hsum<T>(v128.add<T>(v128.add<T>(c0, c1), v128.add<T>(c2, c3)));
  while (x < end) {
    s += load<T>(x) * load<T>(y);
    x += S;
    y += S;
  }
  return s;
}

/** x[0, n) *= alpha, contiguous. */
@inline export function scal<T>(x: usize, alpha: T, n: i32): void {
  const S = sizeof<T>();
  const end = x + <usize>n * S;
  const av = v128.splat<T>(alpha);
  while (x + 16 <= end) {
    v128.store(x, v128.mul<T>(av, v128.load(x)));
    x += 16;
  }
  while (x < end) {
    store<T>(x, alpha * load<T>(x));
    x += S;
  }
}

/** Swaps x[0, n) and y[0, n), contiguous. */
@inline export function swap<T>(x: usize, y: usize, n: i32): void {
  const S = sizeof<T>();
  const end = x + <usize>n * S;
  while (x + 16 <= end) {
    const t = v128.load(x);
    v128.store(x, v128.load(y));
    v128.store(y, t);
    x += 16;
    y += 16;
  }
  while (x < end) {
    const t = load<T>(x);
    store<T>(x, load<T>(y));
    store<T>(y, t);
    x += S;
    y += S;
  }
}

/** The plane rotation [x; y] <- [c s; -s c] [x; y] of two contiguous rows of n. */
@inline export function rot<T>(x: usize, y: usize, c: T, s: T, n: i32): void {
  const S = sizeof<T>();
  const end = x + <usize>n * S;
  const cv = v128.splat<T>(c), sv = v128.splat<T>(s);
  while (x + 16 <= end) {
    const a = v128.load(x), b = v128.load(y);
    v128.store(x, madd<T>(cv, a, v128.mul<T>(sv, b)));
    v128.store(y, v128.sub<T>(v128.mul<T>(cv, b), v128.mul<T>(sv, a)));
    x += 16;
    y += 16;
  }
  while (x < end) {
    const a = load<T>(x), b = load<T>(y);
    store<T>(x, c * a + s * b);
    store<T>(y, c * b - s * a);
    x += S;
    y += S;
  }
}

/** The smallest T whose reciprocal does not overflow (LAPACK's safe minimum). */
@inline export function safeMin<T>(): T {
  return sizeof<T>() == 8 ? <T>2.2250738585072014e-308 : <T>1.1754943508222875e-38;
}

/** Relative machine precision, LAPACK's eps (half the distance from 1 to the next float). */
@inline export function epsilon<T>(): T {
  return sizeof<T>() == 8 ? <T>1.1102230246251565e-16 : <T>5.960464477539063e-8;
}

@inline export function logOf<T>(x: T): T {
  return sizeof<T>() == 8 ? <T>Math.log(<f64>x) : <T>Mathf.log(<f32>x);
}

@inline export function expOf<T>(x: T): T {
  return sizeof<T>() == 8 ? <T>Math.exp(<f64>x) : <T>Mathf.exp(<f32>x);
}

/** Transposes the n x n row-major matrix at z in place. */
export function transposeSquare<T>(z: usize, n: i32): void {
  const S = <isize>sizeof<T>();
  const ld = <isize>n * S;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const p = z + <isize>i * ld + <isize>j * S, q = z + <isize>j * ld + <isize>i * S;
      const t = load<T>(p);
      store<T>(p, load<T>(q));
      store<T>(q, t);
    }
  }
}

