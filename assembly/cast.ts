// Casts and copies with NumPy's conversions (see convert in loops.ts). Signature
// (out, a, n, so, sa, outer), byte strides. One kernel per distinct conversion: pairs whose bits
// agree share one, as castSuffixes in src/backend/wasm/kernels.ts maps them (an integer narrowed
// or kept at its width keeps its low bits, one widened extends by its source's sign, a float
// truncates to 8 or 16 bits through int32, `!= 0` reads only bits, bool converts as u8).

import { cast } from "./loops";

export function cast_i8_bool(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i8, bool>(out, a, n, so, sa, outer); }
export function cast_i8_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i8, i8>(out, a, n, so, sa, outer); }
export function cast_i8_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i8, i16>(out, a, n, so, sa, outer); }
export function cast_i8_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i8, i32>(out, a, n, so, sa, outer); }
export function cast_i8_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i8, i64>(out, a, n, so, sa, outer); }
export function cast_i8_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i8, f32>(out, a, n, so, sa, outer); }
export function cast_i8_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i8, f64>(out, a, n, so, sa, outer); }

export function cast_i16_bool(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i16, bool>(out, a, n, so, sa, outer); }
export function cast_i16_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i16, i8>(out, a, n, so, sa, outer); }
export function cast_i16_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i16, i16>(out, a, n, so, sa, outer); }
export function cast_i16_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i16, i32>(out, a, n, so, sa, outer); }
export function cast_i16_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i16, i64>(out, a, n, so, sa, outer); }
export function cast_i16_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i16, f32>(out, a, n, so, sa, outer); }
export function cast_i16_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i16, f64>(out, a, n, so, sa, outer); }

export function cast_i32_bool(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, bool>(out, a, n, so, sa, outer); }
export function cast_i32_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, i8>(out, a, n, so, sa, outer); }
export function cast_i32_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, i16>(out, a, n, so, sa, outer); }
export function cast_i32_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, i32>(out, a, n, so, sa, outer); }
export function cast_i32_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, i64>(out, a, n, so, sa, outer); }
export function cast_i32_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, f32>(out, a, n, so, sa, outer); }
export function cast_i32_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i32, f64>(out, a, n, so, sa, outer); }

export function cast_i64_bool(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i64, bool>(out, a, n, so, sa, outer); }
export function cast_i64_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i64, i8>(out, a, n, so, sa, outer); }
export function cast_i64_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i64, i16>(out, a, n, so, sa, outer); }
export function cast_i64_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i64, i32>(out, a, n, so, sa, outer); }
export function cast_i64_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i64, i64>(out, a, n, so, sa, outer); }
export function cast_i64_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i64, f32>(out, a, n, so, sa, outer); }
export function cast_i64_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<i64, f64>(out, a, n, so, sa, outer); }

export function cast_u8_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, i16>(out, a, n, so, sa, outer); }
export function cast_u8_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, i32>(out, a, n, so, sa, outer); }
export function cast_u8_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, i64>(out, a, n, so, sa, outer); }
export function cast_u8_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, f32>(out, a, n, so, sa, outer); }
export function cast_u8_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u8, f64>(out, a, n, so, sa, outer); }

export function cast_u16_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u16, i32>(out, a, n, so, sa, outer); }
export function cast_u16_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u16, i64>(out, a, n, so, sa, outer); }
export function cast_u16_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u16, f32>(out, a, n, so, sa, outer); }
export function cast_u16_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u16, f64>(out, a, n, so, sa, outer); }

export function cast_u32_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u32, i64>(out, a, n, so, sa, outer); }
export function cast_u32_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u32, f32>(out, a, n, so, sa, outer); }
export function cast_u32_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u32, f64>(out, a, n, so, sa, outer); }

export function cast_u64_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u64, f32>(out, a, n, so, sa, outer); }
export function cast_u64_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<u64, f64>(out, a, n, so, sa, outer); }

export function cast_f32_bool(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, bool>(out, a, n, so, sa, outer); }
export function cast_f32_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, i8>(out, a, n, so, sa, outer); }
export function cast_f32_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, i16>(out, a, n, so, sa, outer); }
export function cast_f32_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, i32>(out, a, n, so, sa, outer); }
export function cast_f32_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, i64>(out, a, n, so, sa, outer); }
export function cast_f32_u32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, u32>(out, a, n, so, sa, outer); }
export function cast_f32_u64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, u64>(out, a, n, so, sa, outer); }
export function cast_f32_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, f32>(out, a, n, so, sa, outer); }
export function cast_f32_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f32, f64>(out, a, n, so, sa, outer); }

export function cast_f64_bool(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, bool>(out, a, n, so, sa, outer); }
export function cast_f64_i8(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, i8>(out, a, n, so, sa, outer); }
export function cast_f64_i16(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, i16>(out, a, n, so, sa, outer); }
export function cast_f64_i32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, i32>(out, a, n, so, sa, outer); }
export function cast_f64_i64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, i64>(out, a, n, so, sa, outer); }
export function cast_f64_u32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, u32>(out, a, n, so, sa, outer); }
export function cast_f64_u64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, u64>(out, a, n, so, sa, outer); }
export function cast_f64_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, f32>(out, a, n, so, sa, outer); }
export function cast_f64_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { cast<f64, f64>(out, a, n, so, sa, outer); }
