// Comparison ufuncs (np.greater, greater_equal, less, less_equal, equal, not_equal): operands of
// one type in, bool (u8 0/1) out. IEEE rules: every comparison with NaN is false except !=.
// Kernels are shared where the bits agree: less and less_equal run the greater kernels with their
// operands swapped, equality of unsigned (and bool) operands runs the signed kernel of the same
// width, and bool orders as u8; only the mixed int64/uint64 kernels exist in every direction.
// Signature: (out, a, b, n, so, sa, sb, outer), strides in bytes, `outer` a loops.ts block
// with operands [out, a, b].

import { advance, delta, rows } from "./callblock";

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

/** int64 against uint64, exactly (NumPy compares these without going through float64). */
@inline function mixed(op: i32, x: i64, y: u64): u8 {
  if (x < 0) return <u8>(op == LT || op == LE || op == NE);
  return test<u64>(op, <u64>x, y);
}

@inline function compareMixed(op: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  for (let it = outer == 0 ? 1 : rows(outer, nd, 3); it > 0; it--) {
    let o = out, x = a, y = b;
    for (let i = 0; i < n; i++) {
      store<u8>(o, mixed(op, load<i64>(x), load<u64>(y)));
      o += so; x += sa; y += sb;
    }
    if (it == 1) break;
    const d = advance(outer, nd, 3);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
    b += delta(outer, nd, 3, d);
  }
}

export function greater_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i8>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i16>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i64>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u8>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u16>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u32>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u64>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(GT, out, a, b, n, so, sa, sb, outer); }

export function greater_equal_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i8>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i16>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i64>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u8>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u16>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u32>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<u64>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(GE, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(GE, out, a, b, n, so, sa, sb, outer); }



export function equal_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i8>(EQ, out, a, b, n, so, sa, sb, outer); }
export function equal_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i16>(EQ, out, a, b, n, so, sa, sb, outer); }
export function equal_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(EQ, out, a, b, n, so, sa, sb, outer); }
export function equal_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i64>(EQ, out, a, b, n, so, sa, sb, outer); }
export function equal_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(EQ, out, a, b, n, so, sa, sb, outer); }
export function equal_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(EQ, out, a, b, n, so, sa, sb, outer); }

export function not_equal_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i8>(NE, out, a, b, n, so, sa, sb, outer); }
export function not_equal_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i16>(NE, out, a, b, n, so, sa, sb, outer); }
export function not_equal_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i32>(NE, out, a, b, n, so, sa, sb, outer); }
export function not_equal_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<i64>(NE, out, a, b, n, so, sa, sb, outer); }
export function not_equal_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f32>(NE, out, a, b, n, so, sa, sb, outer); }
export function not_equal_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compare<f64>(NE, out, a, b, n, so, sa, sb, outer); }
export function greater_i64_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compareMixed(GT, out, a, b, n, so, sa, sb, outer); }
export function greater_equal_i64_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compareMixed(GE, out, a, b, n, so, sa, sb, outer); }
export function less_i64_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compareMixed(LT, out, a, b, n, so, sa, sb, outer); }
export function less_equal_i64_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compareMixed(LE, out, a, b, n, so, sa, sb, outer); }
export function equal_i64_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compareMixed(EQ, out, a, b, n, so, sa, sb, outer); }
export function not_equal_i64_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { compareMixed(NE, out, a, b, n, so, sa, sb, outer); }
