// Comparison ufuncs (np.greater, greater_equal, less, less_equal, equal, not_equal): operands of
// one type in, bool (u8 0/1) out. IEEE rules: every comparison with NaN is false except !=.
// Signature: (out, a, b, n, so, sa, sb, outer), strides in bytes, `outer` a loops.ts block
// with operands [out, a, b].

import { advance, delta, rows } from "./loops";

const GT = 0;
const GE = 1;
const LT = 2;
const LE = 3;
const EQ = 4;
const NE = 5;

@inline function test<T>(op: i32, x: T, y: T): u8 {
  if (op == GT) return <u8>(x > y);
  if (op == GE) return <u8>(x >= y);
  if (op == LT) return <u8>(x < y);
  if (op == LE) return <u8>(x <= y);
  if (op == EQ) return <u8>(x == y);
  return <u8>(x != y);
}

@inline function compare1d<T>(op: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize): void {
  const S = <isize>sizeof<T>();
  if (so == 1 && sa == S && sb == S) {
    for (let i = 0; i < n; i++) store<u8>(out + i, test<T>(op, load<T>(a + (<usize>i) * sizeof<T>()), load<T>(b + (<usize>i) * sizeof<T>())));
  } else if (so == 1 && sa == S && sb == 0) {
    const y = load<T>(b);
    for (let i = 0; i < n; i++) store<u8>(out + i, test<T>(op, load<T>(a + (<usize>i) * sizeof<T>()), y));
  } else {
    for (let i = 0; i < n; i++) {
      store<u8>(out, test<T>(op, load<T>(a), load<T>(b)));
      out += so;
      a += sa;
      b += sb;
    }
  }
}

@inline function compare<T>(op: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void {
  if (outer == 0) {
    compare1d<T>(op, out, a, b, n, so, sa, sb);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 3); it > 0; it--) {
    compare1d<T>(op, out, a, b, n, so, sa, sb);
    if (it == 1) break;
    const d = advance(outer, nd, 3);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
    b += delta(outer, nd, 3, d);
  }
}

export function greater_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u8>(GT, out, a, b, n, so, sa, sb, outer); }

export function greater_equal_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u8>(GE, out, a, b, n, so, sa, sb, outer); }

export function less_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(LT, out, a, b, n, so, sa, sb, outer); }
export function less_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(LT, out, a, b, n, so, sa, sb, outer); }
export function less_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(LT, out, a, b, n, so, sa, sb, outer); }
export function less_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u8>(LT, out, a, b, n, so, sa, sb, outer); }

export function less_equal_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(LE, out, a, b, n, so, sa, sb, outer); }
export function less_equal_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(LE, out, a, b, n, so, sa, sb, outer); }
export function less_equal_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(LE, out, a, b, n, so, sa, sb, outer); }
export function less_equal_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u8>(LE, out, a, b, n, so, sa, sb, outer); }

export function equal_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(EQ, out, a, b, n, so, sa, sb, outer); }
export function equal_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(EQ, out, a, b, n, so, sa, sb, outer); }
export function equal_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(EQ, out, a, b, n, so, sa, sb, outer); }
export function equal_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u8>(EQ, out, a, b, n, so, sa, sb, outer); }

export function not_equal_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(NE, out, a, b, n, so, sa, sb, outer); }
export function not_equal_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(NE, out, a, b, n, so, sa, sb, outer); }
export function not_equal_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(NE, out, a, b, n, so, sa, sb, outer); }
export function not_equal_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u8>(NE, out, a, b, n, so, sa, sb, outer); }
