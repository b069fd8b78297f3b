// Element-wise kernels: one-line typed exports of the generic loops in loops.ts.
// Signature: (out, a[, b], n, so, sa[, sb], outer) with byte strides; see loops.ts. Operations
// whose bits do not depend on signedness (add, subtract, multiply, negative, square) exist for
// the signed types only: src/backend/wasm/kernels.ts maps each unsigned type to its signed twin.

import { binary, test, unary } from "./loops";
import {
  ADD, SUB, MUL, DIV, POW, MAXIMUM, MINIMUM, OR, AND, XOR, REMAINDER, FMOD, FLOOR_DIVIDE, COPYSIGN, HEAVISIDE, LEFT_SHIFT, RIGHT_SHIFT,
  NEG, ABS, SQRT, SQUARE, EXP, LOG, SIN, COS, TAN, TANH, SIGN, FLOOR, CEIL, TRUNC, RINT, RECIPROCAL, INVERT, DEG2RAD, RAD2DEG,
  ISNAN, ISINF, ISFINITE, SIGNBIT,
} from "./ops";


export function add_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(ADD, out, a, b, n, so, sa, sb, outer); }
export function add_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(ADD, out, a, b, n, so, sa, sb, outer); }
export function add_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(ADD, out, a, b, n, so, sa, sb, outer); }
export function add_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(ADD, out, a, b, n, so, sa, sb, outer); }
export function add_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(ADD, out, a, b, n, so, sa, sb, outer); }
export function add_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(ADD, out, a, b, n, so, sa, sb, outer); }

export function subtract_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(SUB, out, a, b, n, so, sa, sb, outer); }
export function subtract_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(SUB, out, a, b, n, so, sa, sb, outer); }
export function subtract_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(SUB, out, a, b, n, so, sa, sb, outer); }
export function subtract_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(SUB, out, a, b, n, so, sa, sb, outer); }
export function subtract_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(SUB, out, a, b, n, so, sa, sb, outer); }
export function subtract_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(SUB, out, a, b, n, so, sa, sb, outer); }

export function multiply_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(MUL, out, a, b, n, so, sa, sb, outer); }
export function multiply_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(MUL, out, a, b, n, so, sa, sb, outer); }
export function multiply_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(MUL, out, a, b, n, so, sa, sb, outer); }
export function multiply_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(MUL, out, a, b, n, so, sa, sb, outer); }
export function multiply_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(MUL, out, a, b, n, so, sa, sb, outer); }
export function multiply_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(MUL, out, a, b, n, so, sa, sb, outer); }

export function divide_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(DIV, out, a, b, n, so, sa, sb, outer); }
export function divide_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(DIV, out, a, b, n, so, sa, sb, outer); }

export function power_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u16>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u32>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u64>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(POW, out, a, b, n, so, sa, sb, outer); }
export function power_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(POW, out, a, b, n, so, sa, sb, outer); }

export function maximum_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u16>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u32>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u64>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }
export function maximum_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(MAXIMUM, out, a, b, n, so, sa, sb, outer); }

export function minimum_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u16>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u32>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u64>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(MINIMUM, out, a, b, n, so, sa, sb, outer); }
export function minimum_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(MINIMUM, out, a, b, n, so, sa, sb, outer); }

export function logical_or_bool(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(OR, out, a, b, n, so, sa, sb, outer); }

export function logical_and_bool(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(AND, out, a, b, n, so, sa, sb, outer); }

export function negative_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i8>(NEG, out, a, n, so, sa, outer); }
export function negative_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i16>(NEG, out, a, n, so, sa, outer); }
export function negative_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(NEG, out, a, n, so, sa, outer); }
export function negative_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i64>(NEG, out, a, n, so, sa, outer); }
export function negative_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(NEG, out, a, n, so, sa, outer); }
export function negative_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(NEG, out, a, n, so, sa, outer); }

export function absolute_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i8>(ABS, out, a, n, so, sa, outer); }
export function absolute_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i16>(ABS, out, a, n, so, sa, outer); }
export function absolute_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(ABS, out, a, n, so, sa, outer); }
export function absolute_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i64>(ABS, out, a, n, so, sa, outer); }
export function absolute_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(ABS, out, a, n, so, sa, outer); }
export function absolute_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(ABS, out, a, n, so, sa, outer); }

export function square_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i8>(SQUARE, out, a, n, so, sa, outer); }
export function square_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i16>(SQUARE, out, a, n, so, sa, outer); }
export function square_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(SQUARE, out, a, n, so, sa, outer); }
export function square_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i64>(SQUARE, out, a, n, so, sa, outer); }
export function square_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SQUARE, out, a, n, so, sa, outer); }
export function square_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SQUARE, out, a, n, so, sa, outer); }

export function sign_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i8>(SIGN, out, a, n, so, sa, outer); }
export function sign_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i16>(SIGN, out, a, n, so, sa, outer); }
export function sign_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(SIGN, out, a, n, so, sa, outer); }
export function sign_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i64>(SIGN, out, a, n, so, sa, outer); }
export function sign_u8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<u8>(SIGN, out, a, n, so, sa, outer); }
export function sign_u16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<u16>(SIGN, out, a, n, so, sa, outer); }
export function sign_u32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<u32>(SIGN, out, a, n, so, sa, outer); }
export function sign_u64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<u64>(SIGN, out, a, n, so, sa, outer); }
export function sign_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SIGN, out, a, n, so, sa, outer); }
export function sign_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SIGN, out, a, n, so, sa, outer); }

export function sqrt_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SQRT, out, a, n, so, sa, outer); }
export function sqrt_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SQRT, out, a, n, so, sa, outer); }

export function exp_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(EXP, out, a, n, so, sa, outer); }
export function exp_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(EXP, out, a, n, so, sa, outer); }

export function log_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(LOG, out, a, n, so, sa, outer); }
export function log_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(LOG, out, a, n, so, sa, outer); }

export function sin_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(SIN, out, a, n, so, sa, outer); }
export function sin_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(SIN, out, a, n, so, sa, outer); }

export function cos_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(COS, out, a, n, so, sa, outer); }
export function cos_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(COS, out, a, n, so, sa, outer); }

export function tan_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(TAN, out, a, n, so, sa, outer); }
export function tan_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(TAN, out, a, n, so, sa, outer); }

export function tanh_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(TANH, out, a, n, so, sa, outer); }
export function tanh_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(TANH, out, a, n, so, sa, outer); }


export function remainder_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u16>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u32>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u64>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(REMAINDER, out, a, b, n, so, sa, sb, outer); }
export function remainder_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(REMAINDER, out, a, b, n, so, sa, sb, outer); }

export function fmod_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u16>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u32>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u64>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(FMOD, out, a, b, n, so, sa, sb, outer); }
export function fmod_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(FMOD, out, a, b, n, so, sa, sb, outer); }

export function floor_divide_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u16>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u32>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u64>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }
export function floor_divide_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(FLOOR_DIVIDE, out, a, b, n, so, sa, sb, outer); }

export function copysign_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(COPYSIGN, out, a, b, n, so, sa, sb, outer); }
export function copysign_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(COPYSIGN, out, a, b, n, so, sa, sb, outer); }

export function heaviside_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f32>(HEAVISIDE, out, a, b, n, so, sa, sb, outer); }
export function heaviside_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<f64>(HEAVISIDE, out, a, b, n, so, sa, sb, outer); }

export function bitwise_and_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(AND, out, a, b, n, so, sa, sb, outer); }
export function bitwise_and_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(AND, out, a, b, n, so, sa, sb, outer); }
export function bitwise_and_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(AND, out, a, b, n, so, sa, sb, outer); }
export function bitwise_and_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(AND, out, a, b, n, so, sa, sb, outer); }

export function bitwise_or_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(OR, out, a, b, n, so, sa, sb, outer); }
export function bitwise_or_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(OR, out, a, b, n, so, sa, sb, outer); }
export function bitwise_or_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(OR, out, a, b, n, so, sa, sb, outer); }
export function bitwise_or_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(OR, out, a, b, n, so, sa, sb, outer); }

export function bitwise_xor_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(XOR, out, a, b, n, so, sa, sb, outer); }
export function bitwise_xor_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(XOR, out, a, b, n, so, sa, sb, outer); }
export function bitwise_xor_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(XOR, out, a, b, n, so, sa, sb, outer); }
export function bitwise_xor_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(XOR, out, a, b, n, so, sa, sb, outer); }

export function logical_xor_bool(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(XOR, out, a, b, n, so, sa, sb, outer); }

export function left_shift_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(LEFT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function left_shift_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(LEFT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function left_shift_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(LEFT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function left_shift_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(LEFT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function left_shift_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(LEFT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function left_shift_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u16>(LEFT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function left_shift_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u32>(LEFT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function left_shift_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u64>(LEFT_SHIFT, out, a, b, n, so, sa, sb, outer); }

export function right_shift_i8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i8>(RIGHT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function right_shift_i16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i16>(RIGHT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function right_shift_i32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i32>(RIGHT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function right_shift_i64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<i64>(RIGHT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function right_shift_u8(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u8>(RIGHT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function right_shift_u16(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u16>(RIGHT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function right_shift_u32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u32>(RIGHT_SHIFT, out, a, b, n, so, sa, sb, outer); }
export function right_shift_u64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { binary<u64>(RIGHT_SHIFT, out, a, b, n, so, sa, sb, outer); }

export function floor_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(FLOOR, out, a, n, so, sa, outer); }
export function floor_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(FLOOR, out, a, n, so, sa, outer); }

export function ceil_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(CEIL, out, a, n, so, sa, outer); }
export function ceil_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(CEIL, out, a, n, so, sa, outer); }

export function trunc_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(TRUNC, out, a, n, so, sa, outer); }
export function trunc_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(TRUNC, out, a, n, so, sa, outer); }

export function rint_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(RINT, out, a, n, so, sa, outer); }
export function rint_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(RINT, out, a, n, so, sa, outer); }

export function deg2rad_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(DEG2RAD, out, a, n, so, sa, outer); }
export function deg2rad_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(DEG2RAD, out, a, n, so, sa, outer); }

export function rad2deg_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(RAD2DEG, out, a, n, so, sa, outer); }
export function rad2deg_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(RAD2DEG, out, a, n, so, sa, outer); }

export function reciprocal_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i8>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i16>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i64>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_u8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<u8>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_u16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<u16>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_u32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<u32>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_u64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<u64>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f32>(RECIPROCAL, out, a, n, so, sa, outer); }
export function reciprocal_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<f64>(RECIPROCAL, out, a, n, so, sa, outer); }

export function invert_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i8>(INVERT, out, a, n, so, sa, outer); }
export function invert_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i16>(INVERT, out, a, n, so, sa, outer); }
export function invert_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i32>(INVERT, out, a, n, so, sa, outer); }
export function invert_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<i64>(INVERT, out, a, n, so, sa, outer); }

export function invert_bool(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { unary<bool>(INVERT, out, a, n, so, sa, outer); }

export function isnan_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { test<f32>(ISNAN, out, a, n, so, sa, outer); }
export function isnan_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { test<f64>(ISNAN, out, a, n, so, sa, outer); }

export function isinf_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { test<f32>(ISINF, out, a, n, so, sa, outer); }
export function isinf_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { test<f64>(ISINF, out, a, n, so, sa, outer); }

export function isfinite_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { test<f32>(ISFINITE, out, a, n, so, sa, outer); }
export function isfinite_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { test<f64>(ISFINITE, out, a, n, so, sa, outer); }

export function signbit_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { test<f32>(SIGNBIT, out, a, n, so, sa, outer); }
export function signbit_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { test<f64>(SIGNBIT, out, a, n, so, sa, outer); }
