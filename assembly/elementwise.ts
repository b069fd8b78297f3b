// Element-wise kernels: one-line typed exports of the generic loops in loops.ts.
// Signature: (out, a[, b], n, so, sa[, sb], outer) with byte strides; see loops.ts.

import { binary, unary, cast } from "./loops";
import { ADD, SUB, MUL, DIV, POW, MAX, MIN, OR, AND, NEG, ABS, SQRT, SQUARE, EXP, LOG, SIN, COS, TAN, TANH, SIGN } from "./ops";

export function add_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(ADD, out, a, b, n, so, sa, sb, outer); }
export function add_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(ADD, out, a, b, n, so, sa, sb, outer); }
export function add_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(ADD, out, a, b, n, so, sa, sb, outer); }

export function subtract_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(SUB, out, a, b, n, so, sa, sb, outer); }
export function subtract_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(SUB, out, a, b, n, so, sa, sb, outer); }
export function subtract_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(SUB, out, a, b, n, so, sa, sb, outer); }

export function multiply_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(MUL, out, a, b, n, so, sa, sb, outer); }
export function multiply_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(MUL, out, a, b, n, so, sa, sb, outer); }
export function multiply_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(MUL, out, a, b, n, so, sa, sb, outer); }

export function divide_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(DIV, out, a, b, n, so, sa, sb, outer); }
export function divide_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(DIV, out, a, b, n, so, sa, sb, outer); }

export function power_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(POW, out, a, b, n, so, sa, sb, outer); }

export function maximum_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(MAX, out, a, b, n, so, sa, sb, outer); }
export function maximum_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(MAX, out, a, b, n, so, sa, sb, outer); }
export function maximum_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(MAX, out, a, b, n, so, sa, sb, outer); }

export function minimum_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(MIN, out, a, b, n, so, sa, sb, outer); }
export function minimum_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(MIN, out, a, b, n, so, sa, sb, outer); }
export function minimum_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(MIN, out, a, b, n, so, sa, sb, outer); }

export function logical_or_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(OR, out, a, b, n, so, sa, sb, outer); }

export function logical_and_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(AND, out, a, b, n, so, sa, sb, outer); }

export function negative_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(NEG, out, a, n, so, sa, outer); }
export function negative_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(NEG, out, a, n, so, sa, outer); }
export function negative_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(NEG, out, a, n, so, sa, outer); }

export function absolute_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(ABS, out, a, n, so, sa, outer); }
export function absolute_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(ABS, out, a, n, so, sa, outer); }
export function absolute_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(ABS, out, a, n, so, sa, outer); }

export function square_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SQUARE, out, a, n, so, sa, outer); }
export function square_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SQUARE, out, a, n, so, sa, outer); }
export function square_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(SQUARE, out, a, n, so, sa, outer); }

export function sign_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SIGN, out, a, n, so, sa, outer); }
export function sign_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SIGN, out, a, n, so, sa, outer); }
export function sign_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(SIGN, out, a, n, so, sa, outer); }

export function sqrt_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SQRT, out, a, n, so, sa, outer); }
export function sqrt_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SQRT, out, a, n, so, sa, outer); }

export function exp_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(EXP, out, a, n, so, sa, outer); }
export function exp_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(EXP, out, a, n, so, sa, outer); }

export function log_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(LOG, out, a, n, so, sa, outer); }
export function log_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(LOG, out, a, n, so, sa, outer); }

export function sin_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SIN, out, a, n, so, sa, outer); }
export function sin_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SIN, out, a, n, so, sa, outer); }

export function cos_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(COS, out, a, n, so, sa, outer); }
export function cos_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(COS, out, a, n, so, sa, outer); }

export function tan_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(TAN, out, a, n, so, sa, outer); }
export function tan_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(TAN, out, a, n, so, sa, outer); }

export function tanh_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(TANH, out, a, n, so, sa, outer); }
export function tanh_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(TANH, out, a, n, so, sa, outer); }

// Casts and copies: cast_<from>_<to>, with NumPy's C conversion rules (see loops.ts).
export function cast_f64_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, f64>(out, a, n, so, sa, outer); }
export function cast_f64_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, f32>(out, a, n, so, sa, outer); }
export function cast_f64_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, i32>(out, a, n, so, sa, outer); }
export function cast_f64_u8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, u8>(out, a, n, so, sa, outer); }
export function cast_f32_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, f64>(out, a, n, so, sa, outer); }
export function cast_f32_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, f32>(out, a, n, so, sa, outer); }
export function cast_f32_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, i32>(out, a, n, so, sa, outer); }
export function cast_f32_u8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, u8>(out, a, n, so, sa, outer); }
export function cast_i32_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, f64>(out, a, n, so, sa, outer); }
export function cast_i32_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, f32>(out, a, n, so, sa, outer); }
export function cast_i32_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, i32>(out, a, n, so, sa, outer); }
export function cast_i32_u8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, u8>(out, a, n, so, sa, outer); }
export function cast_u8_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, f64>(out, a, n, so, sa, outer); }
export function cast_u8_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, f32>(out, a, n, so, sa, outer); }
export function cast_u8_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, i32>(out, a, n, so, sa, outer); }
export function cast_u8_u8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, u8>(out, a, n, so, sa, outer); }
