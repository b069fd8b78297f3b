// np.gradient along one axis, one fused pass over any strided input, written straight into the
// output with NumPy's exact formulas and evaluation order (numpy/lib/_function_base_impl.py):
//   interior, uniform:      (f[i+1] - f[i-1]) / h2                      (h2 = 2 * dx)
//   interior, coordinates:  a[i] * f[i-1] + b[i] * f[i] + c[i] * f[i+1]
//   edges, order 1:         (f[1] - f[0]) / e0,  (f[n-1] - f[n-2]) / e1
//   edges, order 2:         e0 f[0] + e1 f[1] + e2 f[2],  e3 f[n-3] + e4 f[n-2] + e5 f[n-1]
// Values are read as In, computed in C and stored as Out (In = i32 / u8 are computed in f64,
// as NumPy converts integer input to float64 first).
//
// gradient_<t>(out, f, n, so, sf, m, sol, sfl, outer, coef, mode): the axis has n points (byte
// strides so / sf); the other axes are m lanes (strides sol / sfl) plus a loops.ts outer block
// with operands [out, f]. `coef` holds C values: [e0..e5, h2] when uniform, else
// [e0..e5, a[n-2], b[n-2], c[n-2]]. mode: 1 = uniform, 2 = edge order 2, 4 = walk the axis
// innermost (when it has the smaller stride) rather than the lanes, 8 = h2 is a power of two
// and the slot holds 1 / h2 exactly, so the interior multiplies (same result, no division).

import { advance, delta, rows } from "./callblock";

const UNIFORM = 1;
const EDGE2 = 2;
const AXIS_INNER = 4;
const SCALE = 8;

@inline function sameType<A, B>(): bool {
  return sizeof<A>() == sizeof<B>() && isFloat<A>() == isFloat<B>();
}

@inline function simd<In, C, Out>(s: isize, so: isize): bool {
  return sameType<In, C>() && sameType<C, Out>() && s == <isize>sizeof<In>() && so == s;
}

/** out[k] = (hi[k] - lo[k]) / d for `count` points `s` bytes apart (out `so` apart). */
@inline function diffRun<In, C, Out>(out: usize, so: isize, lo: usize, hi: usize, s: isize, count: i32, d: C, scale: bool = false): void {
  let k = 0;
  if (simd<In, C, Out>(s, so)) {
    const L = 16 / sizeof<C>();
    const vd = v128.splat<C>(d);
    for (; k + L <= count; k += L) {
      const x = v128.sub<C>(v128.load(hi), v128.load(lo));
      v128.store(out, scale ? v128.mul<C>(x, vd) : v128.div<C>(x, vd));
      out += 16;
      lo += 16;
      hi += 16;
    }
  }
  for (; k < count; k++) {
    // NumPy subtracts float data in its own type (f[1:] - f[:-1] is an array of In) before the
    // division promotes; integers reach here already converted to float64.
    const x = isFloat<In>() ? <C>(load<In>(hi) - load<In>(lo)) : <C>load<In>(hi) - <C>load<In>(lo);
    store<Out>(out, <Out>(scale ? x * d : x / d));
    out += so;
    lo += s;
    hi += s;
  }
}

/**
 * out[k] = ca[k] * p0[k] + cb[k] * p1[k] + cc[k] * p2[k] (added left to right, no fused
 * multiply-add) for `count` points; the coefficients advance by `cs` bytes (0: one value for all).
 */
@inline function combRun<In, C, Out>(out: usize, so: isize, p0: usize, p1: usize, p2: usize, s: isize, count: i32, ca: usize, cb: usize, cc: usize, cs: isize): void {
  let k = 0;
  if (simd<In, C, Out>(s, so)) {
    const L = 16 / sizeof<C>();
    if (cs == 0) {
      const va = v128.splat<C>(load<C>(ca));
      const vb = v128.splat<C>(load<C>(cb));
      const vc = v128.splat<C>(load<C>(cc));
      for (; k + L <= count; k += L) {
        const x = v128.add<C>(v128.mul<C>(va, v128.load(p0)), v128.mul<C>(vb, v128.load(p1)));
        v128.store(out, v128.add<C>(x, v128.mul<C>(vc, v128.load(p2))));
        out += 16;
        p0 += 16;
        p1 += 16;
        p2 += 16;
      }
    } else if (cs == <isize>sizeof<C>()) {
      for (; k + L <= count; k += L) {
        const x = v128.add<C>(v128.mul<C>(v128.load(ca), v128.load(p0)), v128.mul<C>(v128.load(cb), v128.load(p1)));
        v128.store(out, v128.add<C>(x, v128.mul<C>(v128.load(cc), v128.load(p2))));
        out += 16;
        p0 += 16;
        p1 += 16;
        p2 += 16;
        ca += 16;
        cb += 16;
        cc += 16;
      }
    }
  }
  for (; k < count; k++) {
    const x = load<C>(ca) * <C>load<In>(p0) + load<C>(cb) * <C>load<In>(p1);
    store<Out>(out, <Out>(x + load<C>(cc) * <C>load<In>(p2)));
    out += so;
    p0 += s;
    p1 += s;
    p2 += s;
    ca += cs;
    cb += cs;
    cc += cs;
  }
}

/** One row of the stencil (point i of the axis) for `count` lanes `s` / `so` bytes apart. */
@inline function point<In, C, Out>(i: i32, n: i32, out: usize, so: isize, f: usize, sf: isize, s: isize, count: i32, coef: usize, mode: i32): void {
  const Z = <isize>sizeof<C>();
  if (i == 0 || i == n - 1) {
    const last = i == n - 1;
    if (mode & EDGE2) {
      const p = last ? f + <isize>(n - 3) * sf : f;
      const e = coef + (last ? 3 * Z : 0);
      combRun<In, C, Out>(out, so, p, p + sf, p + 2 * sf, s, count, e, e + Z, e + 2 * Z, 0);
    } else {
      const p = last ? f + <isize>(n - 2) * sf : f;
      diffRun<In, C, Out>(out, so, p, p + sf, s, count, load<C>(coef + (last ? Z : 0)));
    }
  } else {
    const p = f + <isize>(i - 1) * sf;
    if (mode & UNIFORM) {
      diffRun<In, C, Out>(out, so, p, p + 2 * sf, s, count, load<C>(coef + 6 * Z), (mode & SCALE) != 0);
    } else {
      const a = coef + (6 + i - 1) * Z;
      const step = <isize>(n - 2) * Z;
      combRun<In, C, Out>(out, so, p, p + sf, p + 2 * sf, s, count, a, a + step, a + 2 * step, 0);
    }
  }
}

/**
 * The interior of a contiguous axis (In = C = Out): out[k] = a[k] f[k] + b[k] f[k+1] + c[k] f[k+2]
 * or (f[k+2] - f[k]) / h2, with the three neighbours read at constant offsets of one pointer.
 */
@inline function interiorContiguous<T>(out: usize, f: usize, count: i32, coef: usize, step: isize, uniform: bool, scale: bool): void {
  const Z = <usize>sizeof<T>();
  let k = 0;
  if (uniform) {
    const vd = v128.splat<T>(load<T>(coef));
    for (; k + 16 / sizeof<T>() <= count; k += 16 / sizeof<T>()) {
      const x = v128.sub<T>(v128.load(f, 2 * sizeof<T>()), v128.load(f));
      v128.store(out, scale ? v128.mul<T>(x, vd) : v128.div<T>(x, vd));
      out += 16;
      f += 16;
    }
    const d = load<T>(coef);
    for (; k < count; k++) {
      const x = load<T>(f + 2 * Z) - load<T>(f);
      store<T>(out, scale ? x * d : x / d);
      out += Z;
      f += Z;
    }
    return;
  }
  let a = coef;
  for (; k + 16 / sizeof<T>() <= count; k += 16 / sizeof<T>()) {
    const x = v128.add<T>(v128.mul<T>(v128.load(a), v128.load(f)), v128.mul<T>(v128.load(a + step), v128.load(f, sizeof<T>())));
    v128.store(out, v128.add<T>(x, v128.mul<T>(v128.load(a + 2 * step), v128.load(f, 2 * sizeof<T>()))));
    out += 16;
    f += 16;
    a += 16;
  }
  for (; k < count; k++) {
    const x = load<T>(a) * load<T>(f) + load<T>(a + step) * load<T>(f + Z);
    store<T>(out, x + load<T>(a + 2 * step) * load<T>(f + 2 * Z));
    out += Z;
    f += Z;
    a += Z;
  }
}

/** The whole axis for one lane, walking the axis innermost (vectorised along it when contiguous). */
@inline function axis<In, C, Out>(n: i32, out: usize, so: isize, f: usize, sf: isize, coef: usize, mode: i32): void {
  const Z = <isize>sizeof<C>();
  point<In, C, Out>(0, n, out, so, f, sf, sf, 1, coef, mode);
  if (n > 2 && simd<In, C, Out>(sf, so)) {
    interiorContiguous<C>(out + so, f, n - 2, coef + 6 * Z, <isize>(n - 2) * Z, (mode & UNIFORM) != 0, (mode & SCALE) != 0);
  } else if (n > 2) {
    if (mode & UNIFORM) {
      diffRun<In, C, Out>(out + so, so, f, f + 2 * sf, sf, n - 2, load<C>(coef + 6 * Z), (mode & SCALE) != 0);
    } else {
      const a = coef + 6 * Z;
      const step = <isize>(n - 2) * Z;
      combRun<In, C, Out>(out + so, so, f, f + sf, f + 2 * sf, sf, n - 2, a, a + step, a + 2 * step, Z);
    }
  }
  point<In, C, Out>(n - 1, n, out + <isize>(n - 1) * so, so, f, sf, sf, 1, coef, mode);
}

@inline function gradient<In, C, Out>(out: usize, f: usize, n: i32, so: isize, sf: isize, m: i32, sol: isize, sfl: isize, outer: usize, coef: usize, mode: i32): void {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  for (let it = outer == 0 ? 1 : rows(outer, nd, 2); it > 0; it--) {
    if (mode & AXIS_INNER) {
      for (let j = 0; j < m; j++) axis<In, C, Out>(n, out + <isize>j * sol, so, f + <isize>j * sfl, sf, coef, mode);
    } else {
      for (let i = 0; i < n; i++) point<In, C, Out>(i, n, out + <isize>i * so, sol, f, sf, sfl, m, coef, mode);
    }
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    f += delta(outer, nd, 2, d);
  }
}

export function gradient_f64(out: usize, f: usize, n: i32, so: isize, sf: isize, m: i32, sol: isize, sfl: isize, outer: usize, coef: usize, mode: i32): void { gradient<f64, f64, f64>(out, f, n, so, sf, m, sol, sfl, outer, coef, mode); }
export function gradient_f32(out: usize, f: usize, n: i32, so: isize, sf: isize, m: i32, sol: isize, sfl: isize, outer: usize, coef: usize, mode: i32): void { gradient<f32, f32, f32>(out, f, n, so, sf, m, sol, sfl, outer, coef, mode); }
/** float32 data with float64 spacing: computed in float64, stored as float32 (NumPy's out[...] = float64 expression). */
export function gradient_f32_f64(out: usize, f: usize, n: i32, so: isize, sf: isize, m: i32, sol: isize, sfl: isize, outer: usize, coef: usize, mode: i32): void { gradient<f32, f64, f32>(out, f, n, so, sf, m, sol, sfl, outer, coef, mode); }
/** bool data (NumPy reaches it only with coordinate arrays and edge order 2). */
export function gradient_bool(out: usize, f: usize, n: i32, so: isize, sf: isize, m: i32, sol: isize, sfl: isize, outer: usize, coef: usize, mode: i32): void { gradient<u8, f64, f64>(out, f, n, so, sf, m, sol, sfl, outer, coef, mode); }
/** bool data with float32 coordinates: float32 coefficients times booleans is float32 arithmetic, stored as float64. */
export function gradient_bool_f32(out: usize, f: usize, n: i32, so: isize, sf: isize, m: i32, sol: isize, sfl: isize, outer: usize, coef: usize, mode: i32): void { gradient<u8, f32, f64>(out, f, n, so, sf, m, sol, sfl, outer, coef, mode); }
