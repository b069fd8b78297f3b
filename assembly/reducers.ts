// Inline helpers shared by the reduction kernels (reduce.ts, argreduce.ts): lane-wise folds and
// a SIMD max / min. Not part of the ABI: nothing here is re-exported by index.ts.

import { pickMax, pickMin } from "./ops";

export const R_SUM = 0;
export const R_MAX = 1;
export const R_MIN = 2;
/** Products, in the order NumPy's multiply.reduce takes them (one after another). */
export const R_PROD = 3;
/** np.fmax / np.fmin: a NaN is skipped unless every value is NaN. */
export const R_FMAX = 4;
export const R_FMIN = 5;
/** Sums of a transformed element, pairwise as R_SUM: (x - m)^2 for np.var; NaN as 0 for np.nansum; both for np.nanvar. */
export const R_SQDEV = 6;
export const R_NANSUM = 7;
export const R_NANSQDEV = 8;

/** Whether the operation adds its (transformed) elements. */
@inline export function isSum(op: i32): bool {
  return op == R_SUM || op == R_SQDEV || op == R_NANSUM || op == R_NANSQDEV;
}

/** NumPy's fmax / fmin of the running value and x: a NaN on either side gives the other; a tie keeps acc. */
@inline export function pickF<T>(op: i32, acc: T, x: T): T {
  if (x != x) return acc;
  if (acc != acc) return x;
  return op == R_FMAX ? (x > acc ? x : acc) : x < acc ? x : acc;
}

@inline export function sameType<A, B>(): bool {
  return sizeof<A>() == sizeof<B>() && isFloat<A>() == isFloat<B>();
}

/** acc (op) x; max / min are NumPy's: NaN propagates and x, the newer value, wins a tie (±0). */
@inline export function combine<T>(op: i32, acc: T, x: T): T {
  if (isSum(op)) return acc + x;
  if (op == R_PROD) return acc * x;
  if (op == R_MAX) return pickMax<T>(acc, x);
  if (op == R_FMAX || op == R_FMIN) return isFloat<T>() ? pickF<T>(op, acc, x) : op == R_FMAX ? pickMax<T>(acc, x) : pickMin<T>(acc, x);
  return pickMin<T>(acc, x);
}

/** Whether vstep and extreme have a v128 form for T (there is no i64x2 min / max). */
@inline export function hasVstep<T>(op: i32): bool {
  if (op == R_SUM) return true;
  if (op == R_PROD) return sizeof<T>() > 1; // there is no i8x16.mul
  if (op == R_FMAX || op == R_FMIN) return isFloat<T>();
  return op == R_MAX || op == R_MIN ? isFloat<T>() || sizeof<T>() < 8 : false;
}

/** Lane-wise max / min without NaN handling, x winning ties: one instruction (x86 maxpd / minpd). */
@inline export function pext<T>(op: i32, acc: v128, x: v128): v128 {
  return op == R_MAX ? v128.pmax<T>(x, acc) : v128.pmin<T>(x, acc);
}

/** acc (op) x per lane; for floats a NaN in x replaces the lane (pmax alone would drop it). */
@inline export function vstep<T>(op: i32, acc: v128, x: v128): v128 {
  if (op == R_SUM) return v128.add<T>(acc, x);
  if (sizeof<T>() > 1) {
    if (op == R_PROD) return v128.mul<T>(acc, x);
  }
  // fmax / fmin: a NaN in x keeps acc; a NaN in acc takes x.
  if (isFloat<T>()) {
    if (op == R_FMAX || op == R_FMIN) return v128.bitselect(acc, v128.bitselect(x, pext<T>(op == R_FMAX ? R_MAX : R_MIN, acc, x), v128.ne<T>(acc, acc)), v128.ne<T>(x, x));
  }
  // A NaN in either operand is the result: acc's first, then x's.
  if (isFloat<T>()) return v128.bitselect(x, v128.bitselect(acc, pext<T>(op, acc, x), v128.ne<T>(acc, acc)), v128.ne<T>(x, x));
  if (sizeof<T>() < 8) return op == R_MAX ? v128.max<T>(acc, x) : v128.min<T>(acc, x);
  unreachable();
  return acc;
}

/**
 * max / min of n contiguous elements folded into `acc`. Floats: four pmax / pmin accumulators
 * and a NaN flag on the side (any NaN makes the result NaN, as np.maximum.reduce does).
 */
@inline export function extreme<T>(op: i32, acc: T, a: usize, n: i32): T {
  const L = 16 / sizeof<T>();
  let i = 0;
  if (isFloat<T>() && acc != acc) return acc;
  if (hasVstep<T>(op) && n >= 4 * L) {
    let v0 = v128.splat<T>(acc);
    let v1 = v0;
    let v2 = v0;
    let v3 = v0;
    let nan = v128.splat<i32>(0);
    for (; i + 4 * L <= n; i += 4 * L) {
      const p = a + (<usize>i) * sizeof<T>();
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      const x2 = v128.load(p, 32);
      const x3 = v128.load(p, 48);
      if (isFloat<T>()) {
        v0 = pext<T>(op, v0, x0);
        v1 = pext<T>(op, v1, x1);
        v2 = pext<T>(op, v2, x2);
        v3 = pext<T>(op, v3, x3);
        nan = v128.or(nan, v128.or(v128.or(v128.ne<T>(x0, x0), v128.ne<T>(x1, x1)), v128.or(v128.ne<T>(x2, x2), v128.ne<T>(x3, x3))));
      } else {
        v0 = vstep<T>(op, v0, x0);
        v1 = vstep<T>(op, v1, x1);
        v2 = vstep<T>(op, v2, x2);
        v3 = vstep<T>(op, v3, x3);
      }
    }
    if (isFloat<T>() && v128.any_true(nan)) return <T>NaN;
    v0 = vstep<T>(op, vstep<T>(op, v0, v1), vstep<T>(op, v2, v3));
    for (let l = 0; l < L; l++) acc = combine<T>(op, acc, lane<T>(v0, l));
  }
  for (; i < n; i++) acc = combine<T>(op, acc, load<T>(a + (<usize>i) * sizeof<T>()));
  // Lanes lose the order of equal zeros. NumPy's sequential rule (the later of two equal values
  // wins, so max([0.0, -0.0]) is -0.0): a zero result is the last zero of the run, or the
  // incoming accumulator when the run has none.
  if (isFloat<T>() && acc == <T>0) {
    for (let j = n - 1; j >= 0; j--) {
      const x = load<T>(a + (<usize>j) * sizeof<T>());
      if (x == <T>0) return x;
    }
  }
  return acc;
}

@inline export function lane<T>(v: v128, l: i32): T {
  // Lane index must be constant: unrolled by L, at most 16.
  switch (l) {
    case 0: return v128.extract_lane<T>(v, 0);
    case 1: return v128.extract_lane<T>(v, 1);
    default: break;
  }
  if (sizeof<T>() <= 4) {
    switch (l) {
      case 2: return v128.extract_lane<T>(v, 2);
      case 3: return v128.extract_lane<T>(v, 3);
      default: break;
    }
  }
  if (sizeof<T>() <= 2) {
    switch (l) {
      case 4: return v128.extract_lane<T>(v, 4);
      case 5: return v128.extract_lane<T>(v, 5);
      case 6: return v128.extract_lane<T>(v, 6);
      case 7: return v128.extract_lane<T>(v, 7);
      default: break;
    }
  }
  if (sizeof<T>() == 1) {
    switch (l) {
      case 8: return v128.extract_lane<T>(v, 8);
      case 9: return v128.extract_lane<T>(v, 9);
      case 10: return v128.extract_lane<T>(v, 10);
      case 11: return v128.extract_lane<T>(v, 11);
      case 12: return v128.extract_lane<T>(v, 12);
      case 13: return v128.extract_lane<T>(v, 13);
      case 14: return v128.extract_lane<T>(v, 14);
      default: return v128.extract_lane<T>(v, 15);
    }
  }
  return v128.extract_lane<T>(v, 0);
}

