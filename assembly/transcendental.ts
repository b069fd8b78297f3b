// Strided, broadcasting loops of the transcendental ufuncs beyond exp/log/sin/cos/tan/tanh: the
// lane functions of math/ run over the generic loops (loops.ts), float32 and float64.

import { binary, unary } from "./loops";
import { ARCCOS, ARCCOSH, ARCSIN, ARCSINH, ARCTAN, ARCTAN2, ARCTANH, CBRT, COSH, EXP2, EXPM1, HYPOT, LOG10, LOG1P, LOG2, LOGADDEXP, LOGADDEXP2, SINH } from "./ops";

export function exp2_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(EXP2, out, a, n, so, sa, outer); }
export function exp2_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(EXP2, out, a, n, so, sa, outer); }
export function expm1_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(EXPM1, out, a, n, so, sa, outer); }
export function expm1_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(EXPM1, out, a, n, so, sa, outer); }
export function log2_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(LOG2, out, a, n, so, sa, outer); }
export function log2_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(LOG2, out, a, n, so, sa, outer); }
export function log10_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(LOG10, out, a, n, so, sa, outer); }
export function log10_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(LOG10, out, a, n, so, sa, outer); }
export function log1p_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(LOG1P, out, a, n, so, sa, outer); }
export function log1p_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(LOG1P, out, a, n, so, sa, outer); }
export function sinh_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SINH, out, a, n, so, sa, outer); }
export function sinh_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SINH, out, a, n, so, sa, outer); }
export function cosh_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(COSH, out, a, n, so, sa, outer); }
export function cosh_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(COSH, out, a, n, so, sa, outer); }
export function arcsin_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(ARCSIN, out, a, n, so, sa, outer); }
export function arcsin_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(ARCSIN, out, a, n, so, sa, outer); }
export function arccos_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(ARCCOS, out, a, n, so, sa, outer); }
export function arccos_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(ARCCOS, out, a, n, so, sa, outer); }
export function arctan_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(ARCTAN, out, a, n, so, sa, outer); }
export function arctan_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(ARCTAN, out, a, n, so, sa, outer); }
export function arcsinh_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(ARCSINH, out, a, n, so, sa, outer); }
export function arcsinh_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(ARCSINH, out, a, n, so, sa, outer); }
export function arccosh_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(ARCCOSH, out, a, n, so, sa, outer); }
export function arccosh_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(ARCCOSH, out, a, n, so, sa, outer); }
export function arctanh_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(ARCTANH, out, a, n, so, sa, outer); }
export function arctanh_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(ARCTANH, out, a, n, so, sa, outer); }
export function cbrt_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(CBRT, out, a, n, so, sa, outer); }
export function cbrt_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(CBRT, out, a, n, so, sa, outer); }
export function arctan2_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(ARCTAN2, out, a, b, n, so, sa, sb, outer); }
export function arctan2_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(ARCTAN2, out, a, b, n, so, sa, sb, outer); }
export function hypot_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(HYPOT, out, a, b, n, so, sa, sb, outer); }
export function hypot_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(HYPOT, out, a, b, n, so, sa, sb, outer); }
export function logaddexp_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(LOGADDEXP, out, a, b, n, so, sa, sb, outer); }
export function logaddexp_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(LOGADDEXP, out, a, b, n, so, sa, sb, outer); }
export function logaddexp2_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(LOGADDEXP2, out, a, b, n, so, sa, sb, outer); }
export function logaddexp2_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(LOGADDEXP2, out, a, b, n, so, sa, sb, outer); }
