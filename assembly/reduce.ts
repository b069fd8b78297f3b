// Reductions (sum, prod, max, min, fmax, fmin, and the sums behind np.var and the nan* functions) over any set of axes of a strided array, executing the plan that
// src/ops/reduce-plan.ts computes so float sums round exactly as NumPy's do.
//
// The plan is a reduction block (layout in callblock.ts). If the innermost axis is reduced (out stride 0), every output element receives runs of input
// elements: the innermost `blockDims` axes form a block, handed out in runs of `chunk` elements;
// a block of several axes is first packed into `scratch` (as NumPy's buffers are). Each run is
// summed with NumPy's pairwise summation and added to the output element. Otherwise the output
// is updated element-wise (out[j] += in[j]) along the innermost axis. `out` arrives holding the
// identity (0 for sums, -inf/+inf or the type's extreme for max/min).

import { planCounter as counter, planDim as dimShape, planInStride as inStride, planOutStride as outStride, planWord as word } from "./callblock";
import { R_FMAX, R_FMIN, R_MAX, R_MIN, R_NANSQDEV, R_NANSUM, R_PROD, R_SQDEV, R_SUM, combine, extreme, hasVstep, isSum, lane, sameType, vstep } from "./reducers";

/** Four 32-bit lanes widened to two 64-bit lanes, sign- or zero-extended as In is signed or not. */
@inline function widenLow<In>(x: v128): v128 {
  return isSigned<In>() ? i64x2.extend_low_i32x4_s(x) : i64x2.extend_low_i32x4_u(x);
}
@inline function widenHigh<In>(x: v128): v128 {
  return isSigned<In>() ? i64x2.extend_high_i32x4_s(x) : i64x2.extend_high_i32x4_u(x);
}

/** Exact 64-bit sum of n contiguous 32-bit integers (int32 or uint32, widened four at a time). */
@inline function sumWide<In>(acc: i64, a: usize, n: i32): i64 {
  let i = 0;
  let v0 = i64x2.splat(0);
  let v1 = v0;
  for (; i + 4 <= n; i += 4) {
    const x = v128.load(a + (<usize>i << 2));
    v0 = i64x2.add(v0, widenLow<In>(x));
    v1 = i64x2.add(v1, widenHigh<In>(x));
  }
  v0 = i64x2.add(v0, v1);
  acc += i64x2.extract_lane(v0, 0) + i64x2.extract_lane(v0, 1);
  for (; i < n; i++) acc += <i64>load<In>(a + (<usize>i << 2));
  return acc;
}

/** An element as the reduction sees it: converted to Acc, and transformed for the np.var / np.nan* sums (m: the mean). */
@inline function value<In, Acc>(op: i32, p: usize, m: Acc): Acc {
  const x = <Acc>load<In>(p);
  if (op == R_SQDEV) {
    const d = x - m;
    return d * d;
  }
  if (op == R_NANSUM) return x != x ? <Acc>0 : x;
  if (op == R_NANSQDEV) {
    if (x != x) return <Acc>0;
    const d = x - m;
    return d * d;
  }
  return x;
}

/** The same transform on a vector of contiguous elements (In and Acc one float type). */
@inline function vvalue<T>(op: i32, x: v128, vm: v128): v128 {
  if (!isFloat<T>()) return x;
  if (op == R_SQDEV) {
    const d = v128.sub<T>(x, vm);
    return v128.mul<T>(d, d);
  }
  if (op == R_NANSUM) return v128.andnot(x, v128.ne<T>(x, x));
  if (op == R_NANSQDEV) {
    const d = v128.sub<T>(x, vm);
    return v128.andnot(v128.mul<T>(d, d), v128.ne<T>(x, x));
  }
  return x;
}

/** NumPy's pairwise_sum leaf: 8 accumulators, combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)). */
@inline function leaf<In, Acc>(op: i32, a: usize, n: i32, s: isize, m: Acc): Acc {
  const m8 = n - (n % 8);
  let res: Acc;
  if (sameType<In, Acc>() && s == <isize>sizeof<In>()) {
    if (sizeof<Acc>() == 8) {
      const vm = f64x2.splat(<f64>m);
      let v0 = vvalue<f64>(op, v128.load(a), vm);
      let v1 = vvalue<f64>(op, v128.load(a, 16), vm);
      let v2 = vvalue<f64>(op, v128.load(a, 32), vm);
      let v3 = vvalue<f64>(op, v128.load(a, 48), vm);
      for (let i = 8; i < m8; i += 8) {
        const p = a + (<usize>i << 3);
        v0 = f64x2.add(v0, vvalue<f64>(op, v128.load(p), vm));
        v1 = f64x2.add(v1, vvalue<f64>(op, v128.load(p, 16), vm));
        v2 = f64x2.add(v2, vvalue<f64>(op, v128.load(p, 32), vm));
        v3 = f64x2.add(v3, vvalue<f64>(op, v128.load(p, 48), vm));
      }
      res = <Acc>(
        (f64x2.extract_lane(v0, 0) + f64x2.extract_lane(v0, 1) + (f64x2.extract_lane(v1, 0) + f64x2.extract_lane(v1, 1))) +
        (f64x2.extract_lane(v2, 0) + f64x2.extract_lane(v2, 1) + (f64x2.extract_lane(v3, 0) + f64x2.extract_lane(v3, 1)))
      );
    } else {
      const vm = f32x4.splat(<f32>m);
      let v0 = vvalue<f32>(op, v128.load(a), vm);
      let v1 = vvalue<f32>(op, v128.load(a, 16), vm);
      for (let i = 8; i < m8; i += 8) {
        const p = a + (<usize>i << 2);
        v0 = f32x4.add(v0, vvalue<f32>(op, v128.load(p), vm));
        v1 = f32x4.add(v1, vvalue<f32>(op, v128.load(p, 16), vm));
      }
      res = <Acc>(
        (f32x4.extract_lane(v0, 0) + f32x4.extract_lane(v0, 1) + (f32x4.extract_lane(v0, 2) + f32x4.extract_lane(v0, 3))) +
        (f32x4.extract_lane(v1, 0) + f32x4.extract_lane(v1, 1) + (f32x4.extract_lane(v1, 2) + f32x4.extract_lane(v1, 3)))
      );
    }
  } else {
    let r0 = value<In, Acc>(op, a, m);
    let r1 = value<In, Acc>(op, a + s, m);
    let r2 = value<In, Acc>(op, a + 2 * s, m);
    let r3 = value<In, Acc>(op, a + 3 * s, m);
    let r4 = value<In, Acc>(op, a + 4 * s, m);
    let r5 = value<In, Acc>(op, a + 5 * s, m);
    let r6 = value<In, Acc>(op, a + 6 * s, m);
    let r7 = value<In, Acc>(op, a + 7 * s, m);
    for (let i = 8; i < m8; i += 8) {
      const p = a + <isize>i * s;
      r0 += value<In, Acc>(op, p, m);
      r1 += value<In, Acc>(op, p + s, m);
      r2 += value<In, Acc>(op, p + 2 * s, m);
      r3 += value<In, Acc>(op, p + 3 * s, m);
      r4 += value<In, Acc>(op, p + 4 * s, m);
      r5 += value<In, Acc>(op, p + 5 * s, m);
      r6 += value<In, Acc>(op, p + 6 * s, m);
      r7 += value<In, Acc>(op, p + 7 * s, m);
    }
    res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  }
  for (let i = m8; i < n; i++) res += value<In, Acc>(op, a + <isize>i * s, m);
  return res;
}

/** Below NumPy's pairwise blocking: a plain running sum. */
@inline function small<In, Acc>(op: i32, a: usize, n: i32, s: isize, m: Acc): Acc {
  let res = <Acc>0;
  for (let i = 0; i < n; i++) res += value<In, Acc>(op, a + <isize>i * s, m);
  return res;
}

/** Where NumPy's pairwise_sum splits n elements: half, rounded down to a multiple of 8. */
@inline function half(n: i32): i32 {
  const n2 = n / 2;
  return n2 - (n2 % 8);
}

// NumPy's pairwise summation (loops_utils.h.src), in the same association order: one recursive
// function per transform, so that each leaf is a straight loop.
function pairwiseSum<In, Acc>(a: usize, n: i32, s: isize, m: Acc): Acc {
  if (n < 8) return small<In, Acc>(R_SUM, a, n, s, m);
  if (n <= 128) return leaf<In, Acc>(R_SUM, a, n, s, m);
  const n2 = half(n);
  return pairwiseSum<In, Acc>(a, n2, s, m) + pairwiseSum<In, Acc>(a + <isize>n2 * s, n - n2, s, m);
}
function pairwiseSqdev<In, Acc>(a: usize, n: i32, s: isize, m: Acc): Acc {
  if (n < 8) return small<In, Acc>(R_SQDEV, a, n, s, m);
  if (n <= 128) return leaf<In, Acc>(R_SQDEV, a, n, s, m);
  const n2 = half(n);
  return pairwiseSqdev<In, Acc>(a, n2, s, m) + pairwiseSqdev<In, Acc>(a + <isize>n2 * s, n - n2, s, m);
}
function pairwiseNansum<In, Acc>(a: usize, n: i32, s: isize, m: Acc): Acc {
  if (n < 8) return small<In, Acc>(R_NANSUM, a, n, s, m);
  if (n <= 128) return leaf<In, Acc>(R_NANSUM, a, n, s, m);
  const n2 = half(n);
  return pairwiseNansum<In, Acc>(a, n2, s, m) + pairwiseNansum<In, Acc>(a + <isize>n2 * s, n - n2, s, m);
}
function pairwiseNansqdev<In, Acc>(a: usize, n: i32, s: isize, m: Acc): Acc {
  if (n < 8) return small<In, Acc>(R_NANSQDEV, a, n, s, m);
  if (n <= 128) return leaf<In, Acc>(R_NANSQDEV, a, n, s, m);
  const n2 = half(n);
  return pairwiseNansqdev<In, Acc>(a, n2, s, m) + pairwiseNansqdev<In, Acc>(a + <isize>n2 * s, n - n2, s, m);
}

@inline function pairwise<In, Acc>(op: i32, a: usize, n: i32, s: isize, m: Acc): Acc {
  if (op == R_SQDEV) return pairwiseSqdev<In, Acc>(a, n, s, m);
  if (op == R_NANSUM) return pairwiseNansum<In, Acc>(a, n, s, m);
  if (op == R_NANSQDEV) return pairwiseNansqdev<In, Acc>(a, n, s, m);
  return pairwiseSum<In, Acc>(a, n, s, m);
}

/** fmax / fmin of n contiguous floats folded into acc, two vectors at a time. */
@inline function fextreme<T>(op: i32, acc: T, a: usize, n: i32): T {
  const L = 16 / sizeof<T>();
  let i = 0;
  if (n >= 2 * L) {
    let v0 = v128.splat<T>(acc);
    let v1 = v0;
    for (; i + 2 * L <= n; i += 2 * L) {
      const p = a + (<usize>i) * sizeof<T>();
      v0 = vstep<T>(op, v0, v128.load(p));
      v1 = vstep<T>(op, v1, v128.load(p, 16));
    }
    v0 = vstep<T>(op, v0, v1);
    for (let l = 0; l < L; l++) acc = combine<T>(op, acc, lane<T>(v0, l));
  }
  for (; i < n; i++) acc = combine<T>(op, acc, load<T>(a + (<usize>i) * sizeof<T>()));
  return acc;
}

/** Folds a run of n elements into `acc`: pairwise for float sums, in order for products, any order otherwise (exact). */
@inline function run<In, Acc>(op: i32, acc: Acc, a: usize, n: i32, s: isize, m: Acc): Acc {
  if (isSum(op) && isFloat<Acc>()) return acc + pairwise<In, Acc>(op, a, n, s, m);
  if (s == <isize>sizeof<In>()) {
    if ((op == R_MAX || op == R_MIN) && sameType<In, Acc>()) return <Acc>extreme<In>(op, <In>acc, a, n);
    if ((op == R_FMAX || op == R_FMIN) && sameType<In, Acc>() && isFloat<In>()) return <Acc>fextreme<In>(op, <In>acc, a, n);
    if (op == R_SUM && sizeof<In>() == 4 && !isFloat<In>() && sizeof<Acc>() == 8 && !isFloat<Acc>()) return <Acc>sumWide<In>(<i64>acc, a, n);
  }
  for (let i = 0; i < n; i++) acc = combine<Acc>(op, acc, value<In, Acc>(op, a + <isize>i * s, m));
  return acc;
}

/** out[j] = out[j] (op) in[j] along one axis; the mean of element j (np.var) is at out + moff. */
@inline function elementwise<In, Acc>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize, moff: isize): void {
  let i = 0;
  if (sameType<In, Acc>() && (hasVstep<In>(op) || (isSum(op) && isFloat<In>())) && so == <isize>sizeof<Acc>() && sa == so) {
    const L = 16 / sizeof<In>();
    for (; i + L <= n; i += L) {
      const x = isSum(op) ? vvalue<In>(op, v128.load(a), op == R_SQDEV || op == R_NANSQDEV ? v128.load(out + moff) : v128.splat<i32>(0)) : v128.load(a);
      v128.store(out, vstep<In>(isSum(op) ? R_SUM : op, v128.load(out), x));
      out += 16;
      a += 16;
    }
  } else if (op == R_SUM && sizeof<In>() == 4 && !isFloat<In>() && sizeof<Acc>() == 8 && !isFloat<Acc>() && so == 8 && sa == 4) {
    for (; i + 4 <= n; i += 4) {
      const x = v128.load(a);
      v128.store(out, i64x2.add(v128.load(out), widenLow<In>(x)));
      v128.store(out, i64x2.add(v128.load(out, 16), widenHigh<In>(x)), 16);
      out += 32;
      a += 16;
    }
  }
  for (; i < n; i++) {
    store<Acc>(out, combine<Acc>(op, load<Acc>(out), value<In, Acc>(op, a, load<Acc>(out + moff))));
    out += so;
    a += sa;
  }
}

/**
 * `rows` input rows (`s1` bytes apart) folded into one output row in order, four rows per pass
 * over the output so it is loaded and stored a quarter as often.
 */
@inline function elementwiseRows<In, Acc>(op: i32, out: usize, a: usize, n: i32, so: isize, sa: isize, rows: i32, s1: isize, moff: isize): void {
  let r = 0;
  if (sameType<In, Acc>() && (hasVstep<In>(op) || (isSum(op) && isFloat<In>())) && so == <isize>sizeof<Acc>() && sa == so) {
    const L = 16 / sizeof<In>();
    const step = isSum(op) ? R_SUM : op;
    const mean = op == R_SQDEV || op == R_NANSQDEV;
    for (; r + 4 <= rows; r += 4) {
      const p = a + <isize>r * s1;
      let i = 0;
      for (; i + L <= n; i += L) {
        const q = p + (<usize>i) * sizeof<In>();
        const o = out + (<usize>i) * sizeof<In>();
        const vm = mean ? v128.load(o + moff) : v128.splat<i32>(0);
        let v = vstep<In>(step, v128.load(o), vvalue<In>(op, v128.load(q), vm));
        v = vstep<In>(step, v, vvalue<In>(op, v128.load(q + s1), vm));
        v = vstep<In>(step, v, vvalue<In>(op, v128.load(q + 2 * s1), vm));
        v128.store(o, vstep<In>(step, v, vvalue<In>(op, v128.load(q + 3 * s1), vm)));
      }
      for (; i < n; i++) {
        const q = p + (<usize>i) * sizeof<In>();
        const o = out + (<usize>i) * sizeof<In>();
        const m = load<Acc>(o + moff);
        let x = combine<Acc>(op, load<Acc>(o), value<In, Acc>(op, q, m));
        x = combine<Acc>(op, x, value<In, Acc>(op, q + s1, m));
        x = combine<Acc>(op, x, value<In, Acc>(op, q + 2 * s1, m));
        store<Acc>(o, combine<Acc>(op, x, value<In, Acc>(op, q + 3 * s1, m)));
      }
    }
  }
  for (; r < rows; r++) elementwise<In, Acc>(op, out, a + <isize>r * s1, n, so, sa, moff);
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

/** Runs a plan; `moff` is the byte offset from each output element to its mean (np.var's sums; 0 otherwise). */
@inline function reduce<In, Acc>(op: i32, out: usize, a: usize, scratch: usize, plan: usize, moff: isize = 0): void {
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
      elementwiseRows<In, Acc>(op, out, a, n0, outStride(plan, nd, 0), s0, dimShape(plan, 1), inStride(plan, nd, 1), moff);
    } else if (!pairwiseMode) {
      elementwise<In, Acc>(op, out, a, n0, outStride(plan, nd, 0), s0, moff);
    } else if (k == 1) {
      let acc = load<Acc>(out);
      const m = load<Acc>(out + moff);
      for (let start = 0; start < n0; start += chunk) acc = run<In, Acc>(op, acc, a + <isize>start * s0, min(chunk, n0 - start), s0, m);
      store<Acc>(out, acc);
    } else {
      let acc = load<Acc>(out);
      const m = load<Acc>(out + moff);
      for (let d = 0; d < k; d++) store<i32>(counter(plan, nd, d), 0);
      let row = a;
      for (let left = block; left > 0; left -= chunk) {
        const len = min(chunk, left);
        row = pack<In>(plan, nd, k, scratch, row, len);
        acc = run<In, Acc>(op, acc, scratch, len, <isize>sizeof<In>(), m);
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

// Products (np.prod) in order; integers in int64 (unsigned in uint64: narrower ones are widened
// first by TypeScript, exact since products wrap alike), floats in their own type.
export function prod_i64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<i64, i64>(R_PROD, out, a, scratch, plan); }
export function prod_u64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<u64, u64>(R_PROD, out, a, scratch, plan); }
export function prod_f32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_PROD, out, a, scratch, plan); }
export function prod_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_PROD, out, a, scratch, plan); }

// np.fmax.reduce / np.fmin.reduce (np.nanmax, np.nanmin) of floats; `out` arrives holding NaN.
export function fmax_f32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_FMAX, out, a, scratch, plan); }
export function fmax_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_FMAX, out, a, scratch, plan); }
export function fmin_f32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_FMIN, out, a, scratch, plan); }
export function fmin_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_FMIN, out, a, scratch, plan); }

// np.nansum's sums: NaN counts as 0, in NumPy's pairwise order.
export function nansum_f32(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_NANSUM, out, a, scratch, plan); }
export function nansum_f64(out: usize, a: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_NANSUM, out, a, scratch, plan); }

// np.var's second pass: the sum of (x - mean)^2 in NumPy's pairwise order, without materialising
// x - mean. `mean` is laid out as `out` (the same byte strides). Integers and booleans in float64.
export function sqdev_bool(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<u8, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_i8(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<i8, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_i16(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<i16, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_i32(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<i32, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_i64(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<i64, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_u8(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<u8, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_u16(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<u16, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_u32(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<u32, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_u64(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<u64, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_f32(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function sqdev_f64(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_SQDEV, out, a, scratch, plan, <isize>(mean - out)); }
/** np.nanvar's: a NaN contributes 0. */
export function nansqdev_f32(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<f32, f32>(R_NANSQDEV, out, a, scratch, plan, <isize>(mean - out)); }
export function nansqdev_f64(out: usize, a: usize, mean: usize, scratch: usize, plan: usize): void { reduce<f64, f64>(R_NANSQDEV, out, a, scratch, plan, <isize>(mean - out)); }
