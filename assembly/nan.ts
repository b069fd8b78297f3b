// NaN replaced by a value in a strided copy: NumPy's `_replace_nan` (np.nanargmax reads -inf,
// np.nanargmin +inf, the nan* sums 0 in their literal paths).
//
// replace_nan_<t>(out, a, value, n, so, sa, outer): `value` is the address of one element of the
// type; innermost axis n with byte strides so / sa, other axes in a call block [out, a].

import { advance, delta, rows } from "./callblock";

@inline function replace1d<T>(out: usize, a: usize, v: T, n: i32, so: isize, sa: isize): void {
  const S = <isize>sizeof<T>();
  let i = 0;
  if (so == S && sa == S) {
    const L = 16 / sizeof<T>();
    const vv = v128.splat<T>(v);
    for (; i + L <= n; i += L) {
      const x = v128.load(a);
      v128.store(out, v128.bitselect(vv, x, v128.ne<T>(x, x)));
      out += 16;
      a += 16;
    }
  }
  for (; i < n; i++) {
    const x = load<T>(a);
    store<T>(out, x != x ? v : x);
    out += so;
    a += sa;
  }
}

@inline function replace<T>(out: usize, a: usize, value: usize, n: i32, so: isize, sa: isize, outer: usize): void {
  const v = load<T>(value);
  if (outer == 0) {
    replace1d<T>(out, a, v, n, so, sa);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 2); it > 0; it--) {
    replace1d<T>(out, a, v, n, so, sa);
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}

export function replace_nan_f32(out: usize, a: usize, value: usize, n: i32, so: isize, sa: isize, outer: usize): void { replace<f32>(out, a, value, n, so, sa, outer); }
export function replace_nan_f64(out: usize, a: usize, value: usize, n: i32, so: isize, sa: isize, outer: usize): void { replace<f64>(out, a, value, n, so, sa, outer); }
