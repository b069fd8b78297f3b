// Generic strided loops. TypeScript has already broadcast (stride 0), coalesced and checked
// everything: a loop here runs over raw pointers with byte strides and never fails.
//
// Every loop takes its innermost axis as scalars (n, strides) and, when `outer` is non-zero,
// the remaining axes from a call block (callblock.ts) with operands [out, a(, b)].

import { advance, delta, rows } from "./callblock";
import { convert } from "./convert";
import { hasBinaryMath, hasVector, hasVectorMath, hasVectorUnary, predicate, scalarBinary, scalarUnary, vectorBinary, vectorUnary } from "./ops";
import { COS, EXP, LOG, SIN, TANH } from "./ops";
import { expRun64, logRun64 } from "./math/run64";
import { sincosPairs32 } from "./math/trig32";
import { tanhPairs32 } from "./math/tanh";

/** L strided elements in one vector (L = 2 for f64, 4 for f32). */
@inline function gather<T>(a: usize, sa: isize): v128 {
  if (sizeof<T>() == 8) return v128.load64_lane(a + sa, v128.load64_zero(a), 1);
  let v = v128.load32_zero(a);
  v = v128.load32_lane(a + sa, v, 1);
  v = v128.load32_lane(a + 2 * sa, v, 2);
  return v128.load32_lane(a + 3 * sa, v, 3);
}

@inline function scatter<T>(out: usize, so: isize, v: v128): void {
  if (sizeof<T>() == 8) {
    v128.store64_lane(out, v, 0);
    v128.store64_lane(out + so, v, 1);
    return;
  }
  v128.store32_lane(out, v, 0);
  v128.store32_lane(out + so, v, 1);
  v128.store32_lane(out + 2 * so, v, 2);
  v128.store32_lane(out + 3 * so, v, 3);
}

/** The last `rem` (1 to L − 1) strided elements in one vector; the other lanes repeat the first (in-domain, harmless). */
@inline function gatherTail<T>(a: usize, sa: isize, rem: i32): v128 {
  let v = v128.splat<T>(load<T>(a));
  if (sizeof<T>() == 4) {
    if (rem > 1) v = v128.load32_lane(a + sa, v, 1);
    if (rem > 2) v = v128.load32_lane(a + 2 * sa, v, 2);
  }
  return v;
}

@inline function scatterTail<T>(out: usize, so: isize, v: v128, rem: i32): void {
  if (sizeof<T>() == 8) {
    v128.store64_lane(out, v, 0);
    return;
  }
  v128.store32_lane(out, v, 0);
  if (rem > 1) v128.store32_lane(out + so, v, 1);
  if (rem > 2) v128.store32_lane(out + 2 * so, v, 2);
}

@inline function loadLanes<T>(a: usize, sa: isize): v128 {
  return sa == <isize>sizeof<T>() ? v128.load(a) : gather<T>(a, sa);
}

@inline function storeLanes<T>(out: usize, so: isize, v: v128): void {
  if (so == <isize>sizeof<T>()) v128.store(out, v);
  else scatter<T>(out, so, v);
}

// The transcendental functions (math/): every element goes through the lane function, strided
// operands gathered into vectors and the tail padded, so each element gets the contiguous loop's
// bits whatever the layout; the maths outweighs moving lanes. Two call sites keep the code small.
@inline function mathUnary1d<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize): void {
  const L = 16 / sizeof<T>();
  let i = 0;
  if (sizeof<T>() == 4 && sa == 4 && so == 4) {
    // contiguous float32 sin, cos and tanh: two vectors a step (trig32.ts, tanh.ts), the same bits
    if (op == SIN || op == COS) i = sincosPairs32(op == COS, out, a, n);
    else if (op == TANH) i = tanhPairs32(out, a, n);
    out += <usize>i << 2; a += <usize>i << 2;
  }
  for (; i + L <= n; i += L) {
    storeLanes<T>(out, so, vectorUnary<T>(op, loadLanes<T>(a, sa)));
    out += so * L; a += sa * L;
  }
  if (i < n) scatterTail<T>(out, so, vectorUnary<T>(op, gatherTail<T>(a, sa, n - i)), n - i);
}

@inline function mathBinary1d<T>(op: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize): void {
  const L = 16 / sizeof<T>();
  let i = 0;
  for (; i + L <= n; i += L) {
    storeLanes<T>(out, so, vectorBinary<T>(op, loadLanes<T>(a, sa), loadLanes<T>(b, sb)));
    out += so * L; a += sa * L; b += sb * L;
  }
  if (i < n) scatterTail<T>(out, so, vectorBinary<T>(op, gatherTail<T>(a, sa, n - i), gatherTail<T>(b, sb, n - i)), n - i);
}

@inline function binary1d<T>(op: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let i = 0;
  if (isFloat<T>()) {
    if (hasBinaryMath<T>(op)) {
      mathBinary1d<T>(op, out, a, b, n, so, sa, sb);
      return;
    }
  }
  if (hasVector<T>(op) && so == S) {
    if (sa == S && sb == S) {
      // Four vectors per step: mid-size arrays stay in cache, so loop overhead is what remains.
      for (; i + 4 * L <= n; i += 4 * L) {
        v128.store(out, vectorBinary<T>(op, v128.load(a), v128.load(b)));
        v128.store(out, vectorBinary<T>(op, v128.load(a, 16), v128.load(b, 16)), 16);
        v128.store(out, vectorBinary<T>(op, v128.load(a, 32), v128.load(b, 32)), 32);
        v128.store(out, vectorBinary<T>(op, v128.load(a, 48), v128.load(b, 48)), 48);
        out += 64; a += 64; b += 64;
      }
      for (; i + L <= n; i += L) {
        v128.store(out, vectorBinary<T>(op, v128.load(a), v128.load(b)));
        out += 16; a += 16; b += 16;
      }
    } else if (sa == S && sb == 0) {
      const vb = v128.splat<T>(load<T>(b));
      for (; i + 4 * L <= n; i += 4 * L) {
        v128.store(out, vectorBinary<T>(op, v128.load(a), vb));
        v128.store(out, vectorBinary<T>(op, v128.load(a, 16), vb), 16);
        v128.store(out, vectorBinary<T>(op, v128.load(a, 32), vb), 32);
        v128.store(out, vectorBinary<T>(op, v128.load(a, 48), vb), 48);
        out += 64; a += 64;
      }
      for (; i + L <= n; i += L) {
        v128.store(out, vectorBinary<T>(op, v128.load(a), vb));
        out += 16; a += 16;
      }
    } else if (sa == 0 && sb == S) {
      const va = v128.splat<T>(load<T>(a));
      for (; i + L <= n; i += L) {
        v128.store(out, vectorBinary<T>(op, va, v128.load(b)));
        out += 16; b += 16;
      }
    }
  }
  for (; i < n; i++) {
    store<T>(out, scalarBinary<T>(op, load<T>(a), load<T>(b)));
    out += so; a += sa; b += sb;
  }
}

@inline function unary1d<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let i = 0;
  if (isFloat<T>()) {
    // Contiguous float64 exp and log: loops of their own (math/run64.ts), same bits.
    if (sizeof<T>() == 8 && so == 8 && sa == 8) {
      if (op == EXP) { expRun64(out, a, n); return; }
      if (op == LOG) { logRun64(out, a, n); return; }
    }
    if (hasVectorMath<T>(op)) {
      mathUnary1d<T>(op, out, a, n, so, sa);
      return;
    }
  }
  if (hasVectorUnary<T>(op) && so == S && sa == S) {
    for (; i + L <= n; i += L) {
      v128.store(out, vectorUnary<T>(op, v128.load(a)));
      out += 16; a += 16;
    }
  }
  for (; i < n; i++) {
    store<T>(out, scalarUnary<T>(op, load<T>(a)));
    out += so; a += sa;
  }
}

@inline function cast1d<S, D>(out: usize, a: usize, n: i32, so: isize, sa: isize): void {
  const sameBits = sizeof<S>() == sizeof<D>() && isFloat<S>() == isFloat<D>() && (isBoolean<S>() || !isBoolean<D>());
  if (sameBits && so == sa && so == <isize>sizeof<S>()) {
    memory.copy(out, a, <usize>n * sizeof<S>());
    return;
  }
  for (let i = 0; i < n; i++) {
    store<D>(out, convert<S, D>(load<S>(a)));
    out += so; a += sa;
  }
}

@inline export function binary<T>(op: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void {
  if (outer == 0) {
    binary1d<T>(op, out, a, b, n, so, sa, sb);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 3); it > 0; it--) {
    binary1d<T>(op, out, a, b, n, so, sa, sb);
    if (it == 1) break;
    const d = advance(outer, nd, 3);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
    b += delta(outer, nd, 3, d);
  }
}

@inline export function unary<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void {
  if (outer == 0) {
    unary1d<T>(op, out, a, n, so, sa);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 2); it > 0; it--) {
    unary1d<T>(op, out, a, n, so, sa);
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}

@inline export function cast<S, D>(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void {
  if (outer == 0) {
    cast1d<S, D>(out, a, n, so, sa);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 2); it > 0; it--) {
    cast1d<S, D>(out, a, n, so, sa);
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}

@inline function test1d<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize): void {
  for (let i = 0; i < n; i++) {
    store<u8>(out, <u8>predicate<T>(op, load<T>(a)));
    out += so; a += sa;
  }
}

/** A predicate over float elements into a bool output. */
@inline export function test<T>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void {
  if (outer == 0) {
    test1d<T>(op, out, a, n, so, sa);
    return;
  }
  const nd = load<i32>(outer);
  for (let it = rows(outer, nd, 2); it > 0; it--) {
    test1d<T>(op, out, a, n, so, sa);
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    out += delta(outer, nd, 1, d);
    a += delta(outer, nd, 2, d);
  }
}
