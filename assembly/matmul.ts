// np.matmul kernels: out[..., i, j] = sum_p a[..., i, p] * b[..., p, j] over byte strides.
//
// matmul_<t>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, outer, work)
// - `outer` is 0 (one product) or a call block (callblock.ts) over the batch axes with operands
//   [out, a, b] (stride 0 broadcasts).
// - `work` is 0 for the direct loops (small or skinny products, k = 0), else a packing workspace
//   laid out as assembly/gemm.ts describes.
// out never overlaps a or b.

import { advance, delta, rows } from "./callblock";
import { gemm } from "./gemm";
export { gemm_mr, gemm_work_header, gemm_nr } from "./gemm";
import { madd, splat } from "./simd";

/** Sum of the lanes of v. */
@inline function hsum<T>(v: v128): T {
  if (sizeof<T>() == 8) return <T>(v128.extract_lane<T>(v, 0) + v128.extract_lane<T>(v, 1));
  return <T>((v128.extract_lane<T>(v, 0) + v128.extract_lane<T>(v, 1)) + (v128.extract_lane<T>(v, 2) + v128.extract_lane<T>(v, 3)));
}

/**
 * out[i, :] = sum_p a[i, p] * b[p, :] with rows of b and out contiguous: two rows and four vectors
 * of out in registers at a time, so even one row keeps four independent sums in flight.
 */
@inline function rowsForm<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sAm: isize, sAk: isize, sBk: isize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let i = 0;
  for (; i < m; i += 2) {
    const two = i + 1 < m;
    const a0 = a + <isize>i * sAm;
    const a1 = two ? a0 + sAm : a0;
    const o0 = out + <isize>i * sOm;
    const o1 = o0 + sOm;
    let j = 0;
    for (; j + 4 * L <= n; j += 4 * L) {
      let c0 = v128.splat<T>(<T>0), c1 = c0, c2 = c0, c3 = c0, d0 = c0, d1 = c0, d2 = c0, d3 = c0;
      let pa = a0, qa = a1, pb = b + <isize>j * S;
      for (let p = 0; p < k; p++) {
        const x = splat<T>(pa);
        const y = splat<T>(qa);
        let v = v128.load(pb);
        c0 = madd<T>(x, v, c0);
        d0 = madd<T>(y, v, d0);
        v = v128.load(pb, 16);
        c1 = madd<T>(x, v, c1);
        d1 = madd<T>(y, v, d1);
        v = v128.load(pb, 32);
        c2 = madd<T>(x, v, c2);
        d2 = madd<T>(y, v, d2);
        v = v128.load(pb, 48);
        c3 = madd<T>(x, v, c3);
        d3 = madd<T>(y, v, d3);
        pa += sAk;
        qa += sAk;
        pb += sBk;
      }
      const q0 = o0 + <isize>j * S;
      v128.store(q0, c0);
      v128.store(q0, c1, 16);
      v128.store(q0, c2, 32);
      v128.store(q0, c3, 48);
      if (two) {
        const q1 = o1 + <isize>j * S;
        v128.store(q1, d0);
        v128.store(q1, d1, 16);
        v128.store(q1, d2, 32);
        v128.store(q1, d3, 48);
      }
    }
    for (; j + L <= n; j += L) {
      let c0 = v128.splat<T>(<T>0), d0 = c0;
      let pa = a0, qa = a1, pb = b + <isize>j * S;
      for (let p = 0; p < k; p++) {
        const v = v128.load(pb);
        c0 = madd<T>(splat<T>(pa), v, c0);
        d0 = madd<T>(splat<T>(qa), v, d0);
        pa += sAk;
        qa += sAk;
        pb += sBk;
      }
      v128.store(o0 + <isize>j * S, c0);
      if (two) v128.store(o1 + <isize>j * S, d0);
    }
    // Two float32 columns left: half a vector (the seed's (…, 3) @ (3, 2) runs here).
    if (sizeof<T>() == 4 && isFloat<T>() && j + 2 <= n) {
      let c0 = v128.splat<T>(<T>0), d0 = c0;
      let pa = a0, qa = a1, pb = b + <isize>j * S;
      for (let p = 0; p < k; p++) {
        const v = v128.load64_zero(pb);
        c0 = madd<T>(splat<T>(pa), v, c0);
        d0 = madd<T>(splat<T>(qa), v, d0);
        pa += sAk;
        qa += sAk;
        pb += sBk;
      }
      v128.store64_lane(o0 + <isize>j * S, c0, 0);
      if (two) v128.store64_lane(o1 + <isize>j * S, d0, 0);
      j += 2;
    }
    for (; j < n; j++) {
      let c0: T = <T>0, d0: T = <T>0;
      let pa = a0, qa = a1, pb = b + <isize>j * S;
      for (let p = 0; p < k; p++) {
        const v = load<T>(pb);
        c0 += load<T>(pa) * v;
        d0 += load<T>(qa) * v;
        pa += sAk;
        qa += sAk;
        pb += sBk;
      }
      store<T>(o0 + <isize>j * S, c0);
      if (two) store<T>(o1 + <isize>j * S, d0);
    }
  }
}

/**
 * One row: out[:] = sum_p a[p] * b[p, :], streaming b row by row (four rows per pass over out),
 * which beats walking b down its columns when b is wide and out fits in cache.
 */
@inline function axpyForm<T>(out: usize, a: usize, b: usize, k: i32, n: i32, sAk: isize, sBk: isize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  const nv = n - n % L;
  const end = out + <isize>n * S;
  memory.fill(out, 0, <usize>n * sizeof<T>());
  let p = 0;
  for (; p + 4 <= k; p += 4) {
    const pa = a + <isize>p * sAk;
    const x0 = splat<T>(pa), x1 = splat<T>(pa + sAk), x2 = splat<T>(pa + 2 * sAk), x3 = splat<T>(pa + 3 * sAk);
    const b0 = b + <isize>p * sBk;
    const b1 = b0 + sBk, b2 = b1 + sBk, b3 = b2 + sBk;
    for (let j: isize = 0; j < <isize>nv * S; j += 16) {
      let o = v128.load(out + j);
      o = madd<T>(x0, v128.load(b0 + j), o);
      o = madd<T>(x1, v128.load(b1 + j), o);
      o = madd<T>(x2, v128.load(b2 + j), o);
      o = madd<T>(x3, v128.load(b3 + j), o);
      v128.store(out + j, o);
    }
    for (let j = nv; j < n; j++) {
      const o = <isize>j * S;
      store<T>(out + o, load<T>(out + o) + load<T>(pa) * load<T>(b0 + o) + load<T>(pa + sAk) * load<T>(b1 + o) + load<T>(pa + 2 * sAk) * load<T>(b2 + o) + load<T>(pa + 3 * sAk) * load<T>(b3 + o));
    }
  }
  for (; p < k; p++) {
    const pa = a + <isize>p * sAk;
    const x = splat<T>(pa);
    const bp = b + <isize>p * sBk;
    let q = out, r = bp;
    for (; q + 16 <= end; q += 16, r += 16) v128.store(q, madd<T>(x, v128.load(r), v128.load(q)));
    for (; q < end; q += S, r += S) store<T>(q, load<T>(q) + load<T>(pa) * load<T>(r));
  }
}

/** Dot products along contiguous k: four rows of a against one column of b at a time. */
@inline function dotForm<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sBn: isize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  const kv = k - k % L;
  for (let i = 0; i < m; i += 4) {
    const rows = min(4, m - i);
    const a0 = a + <isize>i * sAm;
    const a1 = rows > 1 ? a0 + sAm : a0;
    const a2 = rows > 2 ? a1 + sAm : a1;
    const a3 = rows > 3 ? a2 + sAm : a2;
    for (let j = 0; j < n; j++) {
      const bj = b + <isize>j * sBn;
      let c0 = v128.splat<T>(<T>0), c1 = c0, c2 = c0, c3 = c0;
      for (let p = 0; p < kv; p += L) {
        const o = <isize>p * S;
        const v = v128.load(bj + o);
        c0 = madd<T>(v128.load(a0 + o), v, c0);
        c1 = madd<T>(v128.load(a1 + o), v, c1);
        c2 = madd<T>(v128.load(a2 + o), v, c2);
        c3 = madd<T>(v128.load(a3 + o), v, c3);
      }
      let s0 = hsum<T>(c0), s1 = hsum<T>(c1), s2 = hsum<T>(c2), s3 = hsum<T>(c3);
      for (let p = kv; p < k; p++) {
        const o = <isize>p * S;
        const v = load<T>(bj + o);
        s0 += load<T>(a0 + o) * v;
        s1 += load<T>(a1 + o) * v;
        s2 += load<T>(a2 + o) * v;
        s3 += load<T>(a3 + o) * v;
      }
      const q = out + <isize>i * sOm + <isize>j * sOn;
      store<T>(q, s0);
      if (rows > 1) store<T>(q + sOm, s1);
      if (rows > 2) store<T>(q + 2 * sOm, s2);
      if (rows > 3) store<T>(q + 3 * sOm, s3);
    }
  }
}

/** Any strides, one element at a time. */
@inline function scalarForm<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize): void {
  for (let i = 0; i < m; i++) {
    let q = out + <isize>i * sOm;
    let pj = b;
    for (let j = 0; j < n; j++) {
      let s: T = <T>0;
      let pa = a + <isize>i * sAm, pb = pj;
      for (let p = 0; p < k; p++) {
        s += load<T>(pa) * load<T>(pb);
        pa += sAk;
        pb += sBk;
      }
      store<T>(q, s);
      q += sOn;
      pj += sBn;
    }
  }
}

/** Direct loops without packing, for products too small or too thin to repay it. */
@inline function direct<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  if (m == 1 && sBn == S && sOn == S && n >= 16 * L) axpyForm<T>(out, a, b, k, n, sAk, sBk);
  else if (sBn == S && sOn == S && (n >= L || (isFloat<T>() && sizeof<T>() == 4 && n >= 2))) rowsForm<T>(out, a, b, m, k, n, sOm, sAm, sAk, sBk);
  // The same product transposed: out^T = b^T a^T, when columns of a and of out are contiguous.
  else if (sAm == S && sOm == S && m >= L) rowsForm<T>(out, b, a, n, k, m, sOn, sBn, sBk, sAk);
  else if (sAk == S && sBk == S && k >= L) dotForm<T>(out, a, b, m, k, n, sOm, sOn, sAm, sBn);
  else scalarForm<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn);
}

@inline function product<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, work: usize): void {
  if (work == 0) direct<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn);
  else gemm<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, work);
}

@inline function matmul<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, outer: usize, work: usize): void {
  if (outer == 0) {
    product<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, work);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 3); it > 0; it--) {
    product<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, work);
    if (it == 1) break;
    const d = advance(outer, nd, 3);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
    b += delta(outer, nd, 3, d);
  }
}

export function matmul_f64(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, outer: usize, work: usize): void { matmul<f64>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, outer, work); }
export function matmul_f32(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, outer: usize, work: usize): void { matmul<f32>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, outer, work); }
export function matmul_i32(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, outer: usize, work: usize): void { matmul<i32>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, outer, work); }
export function matmul_i64(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, outer: usize, work: usize): void { matmul<i64>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, outer, work); }
