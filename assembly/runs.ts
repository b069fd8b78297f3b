// One run of c elements along the class axis (byte stride s), for the softmax and cross-entropy
// kernels: its maximum, Σ exp(x − max), and the lane reductions they use.

import { sumExp, sexp, vexp } from "./math/exp";

// Whether the last runMax saw no NaN and no +inf: then x − max is never NaN, which sumExp assumes.
let clean = false;

/**
 * Largest element, skipping NaN (pmax keeps its first operand; a NaN still poisons the sum).
 * Contiguous runs also set `clean`, from the running sum of the elements (NaN when a NaN is present).
 */
@inline export function runMax<T>(p: usize, c: i32, s: isize): T {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let m = <T>-Infinity;
  let check = <T>0;
  let i = 0;
  if (s == S && c >= 2 * L) {
    let v0 = v128.splat<T>(<T>-Infinity);
    let v1 = v0;
    let a0 = v128.splat<T>(<T>0);
    for (; i + 4 * L <= c; i += 4 * L) {
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      const x2 = v128.load(p, 32);
      const x3 = v128.load(p, 48);
      v0 = v128.pmax<T>(v0, v128.pmax<T>(x0, x2));
      v1 = v128.pmax<T>(v1, v128.pmax<T>(x1, x3));
      a0 = v128.add<T>(a0, v128.add<T>(v128.add<T>(x0, x1), v128.add<T>(x2, x3)));
      p += 64;
    }
    for (; i + 2 * L <= c; i += 2 * L) {
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      v0 = v128.pmax<T>(v0, x0);
      v1 = v128.pmax<T>(v1, x1);
      a0 = v128.add<T>(a0, v128.add<T>(x0, x1));
      p += 32;
    }
    v0 = v128.pmax<T>(v0, v1);
    m = laneMax<T>(v0);
    check = laneSum<T>(a0);
  }
  for (; i < c; i++) {
    const x = load<T>(p);
    m = x > m ? x : m;
    check += x;
    p += s;
  }
  clean = s == S && check == check && m < <T>Infinity;
  return m;
}

@inline export function laneMax<T>(v: v128): T {
  if (sizeof<T>() == 8) {
    const a = f64x2.extract_lane(v, 0);
    const b = f64x2.extract_lane(v, 1);
    return <T>(a > b ? a : b);
  }
  v = f32x4.pmax(v, i32x4.shuffle(v, v, 2, 3, 0, 1));
  v = f32x4.pmax(v, i32x4.shuffle(v, v, 1, 0, 3, 2));
  return <T>f32x4.extract_lane(v, 0);
}

@inline export function laneSum<T>(v: v128): T {
  if (sizeof<T>() == 8) return <T>(f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1));
  v = f32x4.add(v, i32x4.shuffle(v, v, 2, 3, 0, 1));
  v = f32x4.add(v, i32x4.shuffle(v, v, 1, 0, 3, 2));
  return <T>f32x4.extract_lane(v, 0);
}

/** Σ exp(x − m); with `keep`, each exp(x − m) is also stored to `out`. */
@inline export function runSumExp<T>(x: usize, sx: isize, c: i32, m: T, out: usize, so: isize, keep: bool): T {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  if (!keep && sx == S && clean) return sumExp<T>(x, c, m);
  let i = 0;
  let sum = <T>0;
  if (sx == S && so == S && c >= 2 * L) {
    const vm = v128.splat<T>(m);
    let s0 = v128.splat<T>(<T>0);
    let s1 = s0;
    for (; i + 2 * L <= c; i += 2 * L) {
      const e0 = vexp<T>(v128.sub<T>(v128.load(x), vm));
      const e1 = vexp<T>(v128.sub<T>(v128.load(x, 16), vm));
      if (keep) {
        v128.store(out, e0);
        v128.store(out, e1, 16);
        out += 32;
      }
      s0 = v128.add<T>(s0, e0);
      s1 = v128.add<T>(s1, e1);
      x += 32;
    }
    sum = laneSum<T>(v128.add<T>(s0, s1));
  }
  for (; i < c; i++) {
    const e = sexp<T>(load<T>(x) - m);
    if (keep) {
      store<T>(out, e);
      out += so;
    }
    sum += e;
    x += sx;
  }
  return sum;
}

/** log of each lane through the scalar libm log (correctly rounded in practice; the sums it takes are few). */
@inline export function libmLog<T>(v: v128): v128 {
  if (sizeof<T>() == 8) {
    v = f64x2.replace_lane(v, 0, Math.log(f64x2.extract_lane(v, 0)));
    return f64x2.replace_lane(v, 1, Math.log(f64x2.extract_lane(v, 1)));
  }
  v = f32x4.replace_lane(v, 0, <f32>Math.log(<f64>f32x4.extract_lane(v, 0)));
  v = f32x4.replace_lane(v, 1, <f32>Math.log(<f64>f32x4.extract_lane(v, 1)));
  v = f32x4.replace_lane(v, 2, <f32>Math.log(<f64>f32x4.extract_lane(v, 2)));
  return f32x4.replace_lane(v, 3, <f32>Math.log(<f64>f32x4.extract_lane(v, 3)));
}
