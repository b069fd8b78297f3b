// Running sums and products along one axis (np.cumsum, np.cumprod = add.accumulate,
// multiply.accumulate): each output is the previous one plus (times) the next element, in order,
// so float results round exactly as NumPy's do.
//
// cum<op>_<t>(out, a, len, so, sa, n, so1, sa1, outer): the accumulated axis has `len` elements
// (byte strides so / sa), the innermost other axis `n` lanes (so1 / sa1); further axes in a call
// block with operands [out, a]. Integers accumulate in int64 / uint64 (TypeScript widens narrower
// ones and booleans first).
// Reading a[i] before writing out[i] makes out == a (same strides) safe.

import { advance, delta, rows } from "./callblock";

const SUM = 0;
const PROD = 1;

@inline function step<T>(op: i32, acc: T, x: T): T {
  return op == SUM ? acc + x : acc * x;
}

@inline function vstep<T>(op: i32, acc: v128, x: v128): v128 {
  return op == SUM ? v128.add<T>(acc, x) : v128.mul<T>(acc, x);
}

@inline function scan<In, Acc>(op: i32, out: usize, a: usize, len: i32, so: isize, sa: isize): void {
  let acc = <Acc>load<In>(a);
  store<Acc>(out, acc);
  for (let i = 1; i < len; i++) {
    a += sa;
    out += so;
    acc = step<Acc>(op, acc, <Acc>load<In>(a));
    store<Acc>(out, acc);
  }
}

@inline function lanes<In, Acc>(op: i32, out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize): void {
  if (n > 1 && abs<isize>(sa1) < abs<isize>(sa)) {
    // The lanes are closer in memory: advance all of them one row at a time.
    for (let j = 0; j < n; j++) store<Acc>(out + <isize>j * so1, <Acc>load<In>(a + <isize>j * sa1));
    const simd = sizeof<In>() == sizeof<Acc>() && isFloat<In>() == isFloat<Acc>() && (op == SUM || sizeof<Acc>() > 1) && so1 == <isize>sizeof<Acc>() && sa1 == so1;
    for (let i = 1; i < len; i++) {
      const prev = out + <isize>(i - 1) * so;
      const cur = out + <isize>i * so;
      const src = a + <isize>i * sa;
      let j = 0;
      if (simd) {
        const L = 16 / sizeof<Acc>();
        for (; j + L <= n; j += L) {
          const k = (<usize>j) * sizeof<Acc>();
          v128.store(cur + k, vstep<Acc>(op, v128.load(prev + k), v128.load(src + k)));
        }
      }
      for (; j < n; j++) store<Acc>(cur + <isize>j * so1, step<Acc>(op, load<Acc>(prev + <isize>j * so1), <Acc>load<In>(src + <isize>j * sa1)));
    }
    return;
  }
  for (let j = 0; j < n; j++) scan<In, Acc>(op, out + <isize>j * so1, a + <isize>j * sa1, len, so, sa);
}

@inline function cumulative<In, Acc>(op: i32, out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void {
  if (outer == 0) {
    lanes<In, Acc>(op, out, a, len, so, sa, n, so1, sa1);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 2); it > 0; it--) {
    lanes<In, Acc>(op, out, a, len, so, sa, n, so1, sa1);
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}

export function cumsum_i64(out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void { cumulative<i64, i64>(SUM, out, a, len, so, sa, n, so1, sa1, outer); }
export function cumsum_u64(out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void { cumulative<u64, u64>(SUM, out, a, len, so, sa, n, so1, sa1, outer); }
export function cumsum_f32(out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void { cumulative<f32, f32>(SUM, out, a, len, so, sa, n, so1, sa1, outer); }
export function cumsum_f64(out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void { cumulative<f64, f64>(SUM, out, a, len, so, sa, n, so1, sa1, outer); }

export function cumprod_i64(out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void { cumulative<i64, i64>(PROD, out, a, len, so, sa, n, so1, sa1, outer); }
export function cumprod_u64(out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void { cumulative<u64, u64>(PROD, out, a, len, so, sa, n, so1, sa1, outer); }
export function cumprod_f32(out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void { cumulative<f32, f32>(PROD, out, a, len, so, sa, n, so1, sa1, outer); }
export function cumprod_f64(out: usize, a: usize, len: i32, so: isize, sa: isize, n: i32, so1: isize, sa1: isize, outer: usize): void { cumulative<f64, f64>(PROD, out, a, len, so, sa, n, so1, sa1, outer); }
