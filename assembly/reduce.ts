// Reductions (sum, max, min) over any set of axes of a strided array, executing the plan that
// src/ops/reduce-plan.ts computes so float sums round exactly as NumPy's do.
//
// The plan is a reduction block (layout in callblock.ts). If the innermost axis is reduced (out stride 0), every output element receives runs of input
// elements: the innermost `blockDims` axes form a block, handed out in runs of `chunk` elements;
// a block of several axes is first packed into `scratch` (as NumPy's buffers are). Each run is
// summed with NumPy's pairwise summation and added to the output element. Otherwise the output
// is updated element-wise (out[j] += in[j]) along the innermost axis. `out` arrives holding the
// identity (0 for sums, -inf/+inf or the type's extreme for max/min).

import { planCounter as counter, planDim as dimShape, planInStride as inStride, planOutStride as outStride, planWord as word } from "./callblock";
import { R_MAX, R_MIN, R_SUM, combine, extreme, hasVstep, sameType, vstep } from "./reducers";

/** Exact int64 sum of n contiguous int32 values (widened four at a time). */
@inline function sumWide(acc: i64, a: usize, n: i32): i64 {
  let i = 0;
  let v0 = i64x2.splat(0);
  let v1 = v0;
  for (; i + 4 <= n; i += 4) {
    const x = v128.load(a + (<usize>i << 2));
    v0 = i64x2.add(v0, i64x2.extend_low_i32x4_s(x));
    v1 = i64x2.add(v1, i64x2.extend_high_i32x4_s(x));
  }
  v0 = i64x2.add(v0, v1);
  acc += i64x2.extract_lane(v0, 0) + i64x2.extract_lane(v0, 1);
  for (; i < n; i++) acc += <i64>load<i32>(a + (<usize>i << 2));
  return acc;
}

/** NumPy's pairwise_sum leaf: 8 accumulators, combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)). */
@inline function leaf<In, Acc>(a: usize, n: i32, s: isize): Acc {
  const m = n - (n % 8);
  let res: Acc;
  if (sameType<In, Acc>() && s == <isize>sizeof<In>()) {
    if (sizeof<Acc>() == 8) {
      let v0 = v128.load(a);
      let v1 = v128.load(a, 16);
      let v2 = v128.load(a, 32);
      let v3 = v128.load(a, 48);
      for (let i = 8; i < m; i += 8) {
        const p = a + (<usize>i << 3);
        v0 = f64x2.add(v0, v128.load(p));
        v1 = f64x2.add(v1, v128.load(p, 16));
        v2 = f64x2.add(v2, v128.load(p, 32));
        v3 = f64x2.add(v3, v128.load(p, 48));
      }
      res = <Acc>(
        (f64x2.extract_lane(v0, 0) + f64x2.extract_lane(v0, 1) + (f64x2.extract_lane(v1, 0) + f64x2.extract_lane(v1, 1))) +
        (f64x2.extract_lane(v2, 0) + f64x2.extract_lane(v2, 1) + (f64x2.extract_lane(v3, 0) + f64x2.extract_lane(v3, 1)))
      );
    } else {
      let v0 = v128.load(a);
      let v1 = v128.load(a, 16);
      for (let i = 8; i < m; i += 8) {
        const p = a + (<usize>i << 2);
        v0 = f32x4.add(v0, v128.load(p));
        v1 = f32x4.add(v1, v128.load(p, 16));
      }
      res = <Acc>(
        (f32x4.extract_lane(v0, 0) + f32x4.extract_lane(v0, 1) + (f32x4.extract_lane(v0, 2) + f32x4.extract_lane(v0, 3))) +
        (f32x4.extract_lane(v1, 0) + f32x4.extract_lane(v1, 1) + (f32x4.extract_lane(v1, 2) + f32x4.extract_lane(v1, 3)))
      );
    }
  } else {
    let r0 = <Acc>load<In>(a);
    let r1 = <Acc>load<In>(a + s);
    let r2 = <Acc>load<In>(a + 2 * s);
    let r3 = <Acc>load<In>(a + 3 * s);
    let r4 = <Acc>load<In>(a + 4 * s);
    let r5 = <Acc>load<In>(a + 5 * s);
    let r6 = <Acc>load<In>(a + 6 * s);
    let r7 = <Acc>load<In>(a + 7 * s);
    for (let i = 8; i < m; i += 8) {
      const p = a + <isize>i * s;
      r0 += <Acc>load<In>(p);
      r1 += <Acc>load<In>(p + s);
      r2 += <Acc>load<In>(p + 2 * s);
      r3 += <Acc>load<In>(p + 3 * s);
      r4 += <Acc>load<In>(p + 4 * s);
      r5 += <Acc>load<In>(p + 5 * s);
      r6 += <Acc>load<In>(p + 6 * s);
      r7 += <Acc>load<In>(p + 7 * s);
    }
    res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  }
  for (let i = m; i < n; i++) res += <Acc>load<In>(a + <isize>i * s);
  return res;
}

/** NumPy's pairwise summation (loops_utils.h.src), in the same association order. */
function pairwise<In, Acc>(a: usize, n: i32, s: isize): Acc {
  if (n < 8) {
    let res = <Acc>0;
    for (let i = 0; i < n; i++) res += <Acc>load<In>(a + <isize>i * s);
    return res;
  }
  if (n <= 128) return leaf<In, Acc>(a, n, s);
  let n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise<In, Acc>(a, n2, s) + pairwise<In, Acc>(a + <isize>n2 * s, n - n2, s);
}

/** Folds a run of n elements into `acc`: pairwise for float sums, any order otherwise (exact). */
@inline function run<In, Acc>(op: i32, acc: Acc, a: usize, n: i32, s: isize): Acc {
  if (op == R_SUM && isFloat<Acc>()) return acc + pairwise<In, Acc>(a, n, s);
  if (s == <isize>sizeof<In>()) {
    if (op != R_SUM && sameType<In, Acc>()) return <Acc>extreme<In>(op, <In>acc, a, n);
    if (op == R_SUM && sizeof<In>() == 4 && !isFloat<In>() && sizeof<Acc>() == 8 && !isFloat<Acc>()) return <Acc>sumWide(<i64>acc, a, n);
  }
  for (let i = 0; i < n; i++) acc = combine<Acc>(op, acc, <Acc>load<In>(a + <isize>i * s));
  return acc;
}

/** out[j] = out[j] (op) in[j] along one axis. */
@inline function elementwise<In, Acc>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize): void {
  let i = 0;
  if (sameType<In, Acc>() && hasVstep<In>(op) && so == <isize>sizeof<Acc>() && sa == so) {
    const L = 16 / sizeof<In>();
    for (; i + L <= n; i += L) {
      v128.store(out, vstep<In>(op, v128.load(out), v128.load(a)));
      out += 16;
      a += 16;
    }
  } else if (op == R_SUM && sizeof<In>() == 4 && !isFloat<In>() && sizeof<Acc>() == 8 && !isFloat<Acc>() && so == 8 && sa == 4) {
    for (; i + 4 <= n; i += 4) {
      const x = v128.load(a);
      v128.store(out, i64x2.add(v128.load(out), i64x2.extend_low_i32x4_s(x)));
      v128.store(out, i64x2.add(v128.load(out, 16), i64x2.extend_high_i32x4_s(x)), 16);
      out += 32;
      a += 16;
    }
  }
  for (; i < n; i++) {
    store<Acc>(out, combine<Acc>(op, load<Acc>(out), <Acc>load<In>(a)));
    out += so;
    a += sa;
  }
}

/**
 * `rows` input rows (`s1` bytes apart) folded into one output row in order, four rows per pass
 * over the output so it is loaded and stored a quarter as often.
 */
@inline function elementwiseRows<In, Acc>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize, rows: i32, s1: isize): void {
  let r = 0;
  if (sameType<In, Acc>() && hasVstep<In>(op) && so == <isize>sizeof<Acc>() && sa == so) {
    const L = 16 / sizeof<In>();
    for (; r + 4 <= rows; r += 4) {
      const p = a + <isize>r * s1;
      let i = 0;
      for (; i + L <= n; i += L) {
        const q = p + (<usize>i) * sizeof<In>();
        const o = out + (<usize>i) * sizeof<In>();
        let v = vstep<In>(op, v128.load(o), v128.load(q));
        v = vstep<In>(op, v, v128.load(q + s1));
        v = vstep<In>(op, v, v128.load(q + 2 * s1));
        v128.store(o, vstep<In>(op, v, v128.load(q + 3 * s1)));
      }
      for (; i < n; i++) {
        const q = p + (<usize>i) * sizeof<In>();
        const o = out + (<usize>i) * sizeof<In>();
        let x = combine<Acc>(op, load<Acc>(o), <Acc>load<In>(q));
        x = combine<Acc>(op, x, <Acc>load<In>(q + s1));
        x = combine<Acc>(op, x, <Acc>load<In>(q + 2 * s1));
        store<Acc>(o, combine<Acc>(op, x, <Acc>load<In>(q + 3 * s1)));
      }
    }
  }
  for (; r < rows; r++) elementwise<In, Acc>(op, out, a + <isize>r * s1, n, so, sa);
}

/** Copies `count` elements of a block into `scratch`, walking the block's axes from the position in the counters. */
@inline function pack<In>(plan: usize, nd: i32, k: i32, dst: usize, row: usize, count: i32): usize {
  const n0 = dimShape(plan, 0);
  const s0 = inStride(plan, nd, 0);
  let filled = 0;
  while (filled < count) {
    let c0 = load<i32>(counter(plan, nd, 0));
    const len = min(n0 - c0, count - filled);
    let src = row + <isize>c0 * s0;
    if (s0 == <isize>sizeof<In>()) {
      memory.copy(dst, src, <usize>len * sizeof<In>());
      dst += <usize>len * sizeof<In>();
    } else {
      for (let i = 0; i < len; i++) {
        store<In>(dst, load<In>(src));
        dst += sizeof<In>();
        src += s0;
      }
    }
    filled += len;
    c0 += len;
    if (c0 == n0) {
      c0 = 0;
      for (let d = 1; d < k; d++) {
        const c = counter(plan, nd, d);
        const i = load<i32>(c) + 1;
        if (i < dimShape(plan, d)) {
          store<i32>(c, i);
          row += inStride(plan, nd, d);
          break;
        }
        store<i32>(c, 0);
        row -= inStride(plan, nd, d) * <isize>(dimShape(plan, d) - 1);
      }
    }
    store<i32>(counter(plan, nd, 0), c0);
  }
  return row;
}

@inline function reduce<In, Acc>(op: i32, out: usize, a: usize, scratch: usize, plan: usize): void {
  const nd = load<i32>(plan);
  const pairwiseMode = outStride(plan, nd, 0) == 0;
  // Element-wise mode folds whole rows of a reduced second axis per call.
  const rowsMode = !pairwiseMode && nd >= 2 && outStride(plan, nd, 1) == 0;
  const k = pairwiseMode ? load<i32>(word(plan, 1)) : rowsMode ? 2 : 1;
  const chunk = load<i32>(word(plan, 2));
  let total = 1;
  for (let d = k; d < nd; d++) {
    total *= dimShape(plan, d);
    store<i32>(counter(plan, nd, d), 0);
  }
  let block = 1;
  for (let d = 0; d < k; d++) block *= dimShape(plan, d);
  const n0 = dimShape(plan, 0);
  const s0 = inStride(plan, nd, 0);
  for (let it = 0; it < total; it++) {
    if (rowsMode) {
      elementwiseRows<In, Acc>(op, out, a, n0, outStride(plan, nd, 0), s0, dimShape(plan, 1), inStride(plan, nd, 1));
    } else if (!pairwiseMode) {
      elementwise<In, Acc>(op, out, a, n0, outStride(plan, nd, 0), s0);
    } else if (k == 1) {
      let acc = load<Acc>(out);
      for (let start = 0; start < n0; start += chunk) acc = run<In, Acc>(op, acc, a + <isize>start * s0, min(chunk, n0 - start), s0);
      store<Acc>(out, acc);
    } else {
      let acc = load<Acc>(out);
      for (let d = 0; d < k; d++) store<i32>(counter(plan, nd, d), 0);
      let row = a;
      for (let left = block; left > 0; left -= chunk) {
        const len = min(chunk, left);
        row = pack<In>(plan, nd, k, scratch, row, len);
        acc = run<In, Acc>(op, acc, scratch, len, <isize>sizeof<In>());
      }
      store<Acc>(out, acc);
    }
    // Outer odometer over axes k..nd-1.
    for (let d = k; d < nd; d++) {
      const c = counter(plan, nd, d);
      const i = load<i32>(c) + 1;
      if (i < dimShape(plan, d)) {
        store<i32>(c, i);
        out += outStride(plan, nd, d);
        a += inStride(plan, nd, d);
        break;
      }
      store<i32>(c, 0);
      out -= outStride(plan, nd, d) * <isize>(dimShape(plan, d) - 1);
      a -= inStride(plan, nd, d) * <isize>(dimShape(plan, d) - 1);
    }
  }
}

// Sums accumulate as np.sum does: integers and booleans in int64 (unsigned in uint64, the same bits).
export function sum_bool(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u8, i64>(R_SUM, out, a, scratch, plan); }
export function sum_i8(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i8, i64>(R_SUM, out, a, scratch, plan); }
export function sum_i16(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i16, i64>(R_SUM, out, a, scratch, plan); }
export function sum_i32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i32, i64>(R_SUM, out, a, scratch, plan); }
export function sum_i64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i64, i64>(R_SUM, out, a, scratch, plan); }
export function sum_u8(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u8, u64>(R_SUM, out, a, scratch, plan); }
export function sum_u16(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u16, u64>(R_SUM, out, a, scratch, plan); }
export function sum_u32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u32, u64>(R_SUM, out, a, scratch, plan); }
export function sum_u64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u64, u64>(R_SUM, out, a, scratch, plan); }
export function sum_f32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_SUM, out, a, scratch, plan); }
export function sum_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_SUM, out, a, scratch, plan); }
/** Sums of integers and booleans in float64, as np.mean takes them. */
export function sum_bool_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u8, f64>(R_SUM, out, a, scratch, plan); }
export function sum_i8_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i8, f64>(R_SUM, out, a, scratch, plan); }
export function sum_i16_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i16, f64>(R_SUM, out, a, scratch, plan); }
export function sum_i32_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i32, f64>(R_SUM, out, a, scratch, plan); }
export function sum_i64_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i64, f64>(R_SUM, out, a, scratch, plan); }
export function sum_u8_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u8, f64>(R_SUM, out, a, scratch, plan); }
export function sum_u16_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u16, f64>(R_SUM, out, a, scratch, plan); }
export function sum_u32_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u32, f64>(R_SUM, out, a, scratch, plan); }
export function sum_u64_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u64, f64>(R_SUM, out, a, scratch, plan); }

export function max_i8(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i8, i8>(R_MAX, out, a, scratch, plan); }
export function max_i16(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i16, i16>(R_MAX, out, a, scratch, plan); }
export function max_i32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i32, i32>(R_MAX, out, a, scratch, plan); }
export function max_i64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i64, i64>(R_MAX, out, a, scratch, plan); }
export function max_u8(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u8, u8>(R_MAX, out, a, scratch, plan); }
export function max_u16(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u16, u16>(R_MAX, out, a, scratch, plan); }
export function max_u32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u32, u32>(R_MAX, out, a, scratch, plan); }
export function max_u64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u64, u64>(R_MAX, out, a, scratch, plan); }
export function max_f32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_MAX, out, a, scratch, plan); }
export function max_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_MAX, out, a, scratch, plan); }

export function min_i8(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i8, i8>(R_MIN, out, a, scratch, plan); }
export function min_i16(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i16, i16>(R_MIN, out, a, scratch, plan); }
export function min_i32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i32, i32>(R_MIN, out, a, scratch, plan); }
export function min_i64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i64, i64>(R_MIN, out, a, scratch, plan); }
export function min_u8(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u8, u8>(R_MIN, out, a, scratch, plan); }
export function min_u16(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u16, u16>(R_MIN, out, a, scratch, plan); }
export function min_u32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u32, u32>(R_MIN, out, a, scratch, plan); }
export function min_u64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u64, u64>(R_MIN, out, a, scratch, plan); }
export function min_f32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_MIN, out, a, scratch, plan); }
export function min_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_MIN, out, a, scratch, plan); }
