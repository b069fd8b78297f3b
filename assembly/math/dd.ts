// Exact float64 building blocks (double-double arithmetic) for the f64x2 maths: a product or a
// sum split into its rounded value and its exact rounding error. The relaxed-SIMD build forms
// products' errors with one fused multiply-add; the plain build splits the operands (Dekker), with
// the same exact result.

import { madd } from "../simd";

const SPLITTER = memory.data<f64>([134217729.0, 134217729.0], 16); // 2^27 + 1

// The high half of a: its top 26 significant bits (a − hi is exact and has 27 bits). Inputs below
// 2^996 in magnitude.
@inline export function hiHalf(a: v128): v128 {
  const c = f64x2.mul(a, v128.load(SPLITTER));
  return f64x2.sub(c, f64x2.sub(c, a));
}

/** The rounding error of p = a·b (p rounded): a·b − p exactly (|a·b| below 2^996, no underflow). */
@inline export function prodErr(a: v128, b: v128, p: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return v128.relaxed_madd<f64>(a, b, f64x2.neg(p));
  const ah = hiHalf(a), bh = hiHalf(b);
  const al = f64x2.sub(a, ah), bl = f64x2.sub(b, bh);
  return madd<f64>(al, bl, madd<f64>(al, bh, madd<f64>(ah, bl, madd<f64>(ah, bh, f64x2.neg(p)))));
}

/** The rounding error of s = a + b when |a| ≥ |b| (or a = 0): a + b − s exactly. */
@inline export function fastSumErr(a: v128, b: v128, s: v128): v128 {
  return f64x2.add(f64x2.sub(a, s), b);
}

/** The rounding error of s = a + b for any a, b: a + b − s exactly. */
@inline export function sumErr(a: v128, b: v128, s: v128): v128 {
  const bb = f64x2.sub(s, a);
  return f64x2.add(f64x2.sub(a, f64x2.sub(s, bb)), f64x2.sub(b, bb));
}
