// Selection: np.where (3 operands), np.clip and the index lists of np.nonzero.
//
// where_<t>(out, cond, x, y, n, so, sc, sx, sy, outer) and clip_<t>(out, a, lo, hi, n, so, sa,
// sl, sh, outer): byte strides, `outer` a loops.ts block with four operands.

import { advance, delta, rows } from "./callblock";

@inline function where1d<T>(out: usize, c: usize, x: usize, y: usize, n: i32, so: isize, sc: isize, sx: isize, sy: isize): void {
  for (let i = 0; i < n; i++) {
    store<T>(out, select<T>(load<T>(x), load<T>(y), load<u8>(c) != 0));
    out += so;
    c += sc;
    x += sx;
    y += sy;
  }
}

/**
 * NumPy's clip. With both bounds constant along the loop NumPy takes its vectorised path, where
 * x wins a tie (clip(-0.0, 0.0, 1.0) is -0.0) and a NaN anywhere gives NaN; otherwise it
 * computes _NPY_MIN(_NPY_MAX(x, lo), hi), where the bound wins a tie.
 */
@inline function clip1d<T>(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize): void {
  if (sl == 0 && sh == 0) {
    const l = load<T>(lo);
    const h = load<T>(hi);
    if (isFloat<T>() && (l != l || h != h)) {
      const nan = l != l ? l : h;
      for (let i = 0; i < n; i++) {
        const x = load<T>(a);
        store<T>(out, x != x ? x : nan);
        out += so;
        a += sa;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = load<T>(a);
      const t = x < l ? l : x;
      store<T>(out, t > h ? h : t);
      out += so;
      a += sa;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const x = load<T>(a);
    const l = load<T>(lo);
    const h = load<T>(hi);
    let t = x > l ? x : l;
    if (isFloat<T>() && x != x) t = x;
    let r = t < h ? t : h;
    if (isFloat<T>() && t != t) r = t;
    store<T>(out, r);
    out += so;
    a += sa;
    lo += sl;
    hi += sh;
  }
}

@inline function where<T>(out: usize, c: usize, x: usize, y: usize, n: i32, so: isize, sc: isize, sx: isize, sy: isize, outer: usize): void {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  for (let it = outer == 0 ? 1 : rows(outer, nd, 4); it > 0; it--) {
    where1d<T>(out, c, x, y, n, so, sc, sx, sy);
    if (it == 1) break;
    const d = advance(outer, nd, 4);
    out += delta(outer, nd, 1, d);
    c += delta(outer, nd, 2, d);
    x += delta(outer, nd, 3, d);
    y += delta(outer, nd, 4, d);
  }
}

@inline function clip<T>(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  for (let it = outer == 0 ? 1 : rows(outer, nd, 4); it > 0; it--) {
    clip1d<T>(out, a, lo, hi, n, so, sa, sl, sh);
    if (it == 1) break;
    const d = advance(outer, nd, 4);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
    lo += delta(outer, nd, 3, d);
    hi += delta(outer, nd, 4, d);
  }
}

// where moves bits: one kernel per element size (floats and unsigned use the same-size signed one).
export function where_i8(out: usize, c: usize, x: usize, y: usize, n: i32, so: isize, sc: isize, sx: isize, sy: isize, outer: usize): void { where<i8>(out, c, x, y, n, so, sc, sx, sy, outer); }
export function where_i16(out: usize, c: usize, x: usize, y: usize, n: i32, so: isize, sc: isize, sx: isize, sy: isize, outer: usize): void { where<i16>(out, c, x, y, n, so, sc, sx, sy, outer); }
export function where_i32(out: usize, c: usize, x: usize, y: usize, n: i32, so: isize, sc: isize, sx: isize, sy: isize, outer: usize): void { where<i32>(out, c, x, y, n, so, sc, sx, sy, outer); }
export function where_i64(out: usize, c: usize, x: usize, y: usize, n: i32, so: isize, sc: isize, sx: isize, sy: isize, outer: usize): void { where<i64>(out, c, x, y, n, so, sc, sx, sy, outer); }

export function clip_i8(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<i8>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_i16(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<i16>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_i32(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<i32>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_i64(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<i64>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_u8(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<u8>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_u16(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<u16>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_u32(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<u32>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_u64(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<u64>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_f32(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<f32>(out, a, lo, hi, n, so, sa, sl, sh, outer); }
export function clip_f64(out: usize, a: usize, lo: usize, hi: usize, n: i32, so: isize, sa: isize, sl: isize, sh: isize, outer: usize): void { clip<f64>(out, a, lo, hi, n, so, sa, sl, sh, outer); }

/** Writes the flat C-order index of every non-zero byte to `out` (int32), in order. */
export function nonzero_flat_u8(out: usize, a: usize, n: i32, sa: isize, outer: usize): void {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  let base = 0;
  for (let it = outer == 0 ? 1 : rows(outer, nd, 1); it > 0; it--) {
    let p = a;
    for (let i = 0; i < n; i++) {
      if (load<u8>(p) != 0) {
        store<i32>(out, base + i);
        out += 4;
      }
      p += sa;
    }
    base += n;
    if (it == 1) break;
    a += delta(outer, nd, 1, advance(outer, nd, 1));
  }
}

/** out[k] = (flat[k] / div) % size as int64: one axis of a multi-index from int32 flat C-order indices. */
export function unravel_i64(out: usize, flat: usize, count: i32, div: i32, size: i32): void {
  for (let k = 0; k < count; k++) {
    store<i64>(out + (<usize>k << 3), <i64>((load<i32>(flat + (<usize>k << 2)) / div) % size));
  }
}
