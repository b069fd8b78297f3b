// Contiguous kernels over the lane-parallel maths: out[i] = f(a[i]) (or f(a[i], b[i])) for
// n elements, full vectors first and the tail (fewer than a vector's lanes) through the same
// lane function, padded in a scratch vector, so every element gets the bits the vector loop
// gives it. out may be a (exact aliasing only).
import { vexp } from "./exp";
import { vlog } from "./log";
import { vtanh } from "./tanh";
import { vcos, vsin } from "./trig";
import { vexp2 } from "./exp2";
import { vexpm1 } from "./expm1";
import { vlog1p } from "./log1p";
import { vlog10, vlog2 } from "./logbase";
import { vcosh, vsinh } from "./hyperbolic";
import { varctan, varctan2 } from "./atan";
import { varccos, varcsin } from "./asin";
import { varccosh, varcsinh, varctanh } from "./archyperbolic";
import { vcbrt } from "./cbrt";
import { vhypot } from "./hypot";
import { vlogaddexp, vlogaddexp2 } from "./logaddexp";
import { vpower } from "./power";

const EXP = 0, LOG = 1, TANH = 2, SIN = 3, COS = 4, EXP2 = 5, EXPM1 = 6, LOG2 = 7, LOG10 = 8, LOG1P = 9, SINH = 10, COSH = 11,
  ARCSIN = 12, ARCCOS = 13, ARCTAN = 14, ARCSINH = 15, ARCCOSH = 16, ARCTANH = 17, CBRT = 18;
const ARCTAN2 = 0, HYPOT = 1, LOGADDEXP = 2, LOGADDEXP2 = 3, POWER = 4;

@inline function lane<T>(op: i32, x: v128): v128 {
  if (op == EXP) return vexp<T>(x);
  if (op == LOG) return vlog<T>(x);
  if (op == TANH) return vtanh<T>(x);
  if (op == SIN) return vsin<T>(x);
  if (op == COS) return vcos<T>(x);
  if (op == EXP2) return vexp2<T>(x);
  if (op == EXPM1) return vexpm1<T>(x);
  if (op == LOG2) return vlog2<T>(x);
  if (op == LOG10) return vlog10<T>(x);
  if (op == LOG1P) return vlog1p<T>(x);
  if (op == SINH) return vsinh<T>(x);
  if (op == COSH) return vcosh<T>(x);
  if (op == ARCSIN) return varcsin<T>(x);
  if (op == ARCCOS) return varccos<T>(x);
  if (op == ARCTAN) return varctan<T>(x);
  if (op == ARCSINH) return varcsinh<T>(x);
  if (op == ARCCOSH) return varccosh<T>(x);
  if (op == ARCTANH) return varctanh<T>(x);
  if (op == CBRT) return vcbrt<T>(x);
  unreachable();
  return x;
}

@inline function lane2<T>(op: i32, x: v128, y: v128): v128 {
  if (op == ARCTAN2) return varctan2<T>(x, y);
  if (op == HYPOT) return vhypot<T>(x, y);
  if (op == LOGADDEXP) return vlogaddexp<T>(x, y);
  if (op == LOGADDEXP2) return vlogaddexp2<T>(x, y);
  if (op == POWER) return vpower<T>(x, y);
  unreachable();
  return x;
}

const TAIL_A = memory.data(16, 16);
const TAIL_B = memory.data(16, 16);

@inline function unary<T>(op: i32, out: usize, a: usize, n: i32): void {
  const bytes = <usize>n * sizeof<T>();
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    v128.store(out + i, lane<T>(op, x0));
    v128.store(out + i, lane<T>(op, x1), 16);
  }
  if (i + 16 <= bytes) {
    v128.store(out + i, lane<T>(op, v128.load(a + i)));
    i += 16;
  }
  if (i < bytes) {
    // the padding lanes hold copies of the first tail element (a harmless, in-domain value)
    v128.store(TAIL_A, v128.splat<T>(load<T>(a + i)));
    memory.copy(TAIL_A, a + i, bytes - i);
    v128.store(TAIL_A, lane<T>(op, v128.load(TAIL_A)));
    memory.copy(out + i, TAIL_A, bytes - i);
  }
}

@inline function binary<T>(op: i32, out: usize, a: usize, b: usize, n: i32): void {
  const bytes = <usize>n * sizeof<T>();
  let i: usize = 0;
  for (; i + 16 <= bytes; i += 16) v128.store(out + i, lane2<T>(op, v128.load(a + i), v128.load(b + i)));
  if (i < bytes) {
    v128.store(TAIL_A, v128.splat<T>(load<T>(a + i)));
    v128.store(TAIL_B, v128.splat<T>(load<T>(b + i)));
    memory.copy(TAIL_A, a + i, bytes - i);
    memory.copy(TAIL_B, b + i, bytes - i);
    v128.store(TAIL_A, lane2<T>(op, v128.load(TAIL_A), v128.load(TAIL_B)));
    memory.copy(out + i, TAIL_A, bytes - i);
  }
}

export function math_exp_f64(out: usize, a: usize, n: i32): void { unary<f64>(EXP, out, a, n); }
export function math_exp_f32(out: usize, a: usize, n: i32): void { unary<f32>(EXP, out, a, n); }
export function math_log_f64(out: usize, a: usize, n: i32): void { unary<f64>(LOG, out, a, n); }
export function math_log_f32(out: usize, a: usize, n: i32): void { unary<f32>(LOG, out, a, n); }
export function math_tanh_f64(out: usize, a: usize, n: i32): void { unary<f64>(TANH, out, a, n); }
export function math_tanh_f32(out: usize, a: usize, n: i32): void { unary<f32>(TANH, out, a, n); }
export function math_sin_f64(out: usize, a: usize, n: i32): void { unary<f64>(SIN, out, a, n); }
export function math_sin_f32(out: usize, a: usize, n: i32): void { unary<f32>(SIN, out, a, n); }
export function math_cos_f64(out: usize, a: usize, n: i32): void { unary<f64>(COS, out, a, n); }
export function math_cos_f32(out: usize, a: usize, n: i32): void { unary<f32>(COS, out, a, n); }
export function math_exp2_f64(out: usize, a: usize, n: i32): void { unary<f64>(EXP2, out, a, n); }
export function math_exp2_f32(out: usize, a: usize, n: i32): void { unary<f32>(EXP2, out, a, n); }
export function math_expm1_f64(out: usize, a: usize, n: i32): void { unary<f64>(EXPM1, out, a, n); }
export function math_expm1_f32(out: usize, a: usize, n: i32): void { unary<f32>(EXPM1, out, a, n); }
export function math_log2_f64(out: usize, a: usize, n: i32): void { unary<f64>(LOG2, out, a, n); }
export function math_log2_f32(out: usize, a: usize, n: i32): void { unary<f32>(LOG2, out, a, n); }
export function math_log10_f64(out: usize, a: usize, n: i32): void { unary<f64>(LOG10, out, a, n); }
export function math_log10_f32(out: usize, a: usize, n: i32): void { unary<f32>(LOG10, out, a, n); }
export function math_log1p_f64(out: usize, a: usize, n: i32): void { unary<f64>(LOG1P, out, a, n); }
export function math_log1p_f32(out: usize, a: usize, n: i32): void { unary<f32>(LOG1P, out, a, n); }
export function math_sinh_f64(out: usize, a: usize, n: i32): void { unary<f64>(SINH, out, a, n); }
export function math_sinh_f32(out: usize, a: usize, n: i32): void { unary<f32>(SINH, out, a, n); }
export function math_cosh_f64(out: usize, a: usize, n: i32): void { unary<f64>(COSH, out, a, n); }
export function math_cosh_f32(out: usize, a: usize, n: i32): void { unary<f32>(COSH, out, a, n); }
export function math_arcsin_f64(out: usize, a: usize, n: i32): void { unary<f64>(ARCSIN, out, a, n); }
export function math_arcsin_f32(out: usize, a: usize, n: i32): void { unary<f32>(ARCSIN, out, a, n); }
export function math_arccos_f64(out: usize, a: usize, n: i32): void { unary<f64>(ARCCOS, out, a, n); }
export function math_arccos_f32(out: usize, a: usize, n: i32): void { unary<f32>(ARCCOS, out, a, n); }
export function math_arctan_f64(out: usize, a: usize, n: i32): void { unary<f64>(ARCTAN, out, a, n); }
export function math_arctan_f32(out: usize, a: usize, n: i32): void { unary<f32>(ARCTAN, out, a, n); }
export function math_arcsinh_f64(out: usize, a: usize, n: i32): void { unary<f64>(ARCSINH, out, a, n); }
export function math_arcsinh_f32(out: usize, a: usize, n: i32): void { unary<f32>(ARCSINH, out, a, n); }
export function math_arccosh_f64(out: usize, a: usize, n: i32): void { unary<f64>(ARCCOSH, out, a, n); }
export function math_arccosh_f32(out: usize, a: usize, n: i32): void { unary<f32>(ARCCOSH, out, a, n); }
export function math_arctanh_f64(out: usize, a: usize, n: i32): void { unary<f64>(ARCTANH, out, a, n); }
export function math_arctanh_f32(out: usize, a: usize, n: i32): void { unary<f32>(ARCTANH, out, a, n); }
export function math_cbrt_f64(out: usize, a: usize, n: i32): void { unary<f64>(CBRT, out, a, n); }
export function math_cbrt_f32(out: usize, a: usize, n: i32): void { unary<f32>(CBRT, out, a, n); }
export function math_arctan2_f64(out: usize, a: usize, b: usize, n: i32): void { binary<f64>(ARCTAN2, out, a, b, n); }
export function math_arctan2_f32(out: usize, a: usize, b: usize, n: i32): void { binary<f32>(ARCTAN2, out, a, b, n); }
export function math_hypot_f64(out: usize, a: usize, b: usize, n: i32): void { binary<f64>(HYPOT, out, a, b, n); }
export function math_hypot_f32(out: usize, a: usize, b: usize, n: i32): void { binary<f32>(HYPOT, out, a, b, n); }
export function math_logaddexp_f64(out: usize, a: usize, b: usize, n: i32): void { binary<f64>(LOGADDEXP, out, a, b, n); }
export function math_logaddexp_f32(out: usize, a: usize, b: usize, n: i32): void { binary<f32>(LOGADDEXP, out, a, b, n); }
export function math_logaddexp2_f64(out: usize, a: usize, b: usize, n: i32): void { binary<f64>(LOGADDEXP2, out, a, b, n); }
export function math_logaddexp2_f32(out: usize, a: usize, b: usize, n: i32): void { binary<f32>(LOGADDEXP2, out, a, b, n); }
export function math_power_f64(out: usize, a: usize, b: usize, n: i32): void { binary<f64>(POWER, out, a, b, n); }
export function math_power_f32(out: usize, a: usize, b: usize, n: i32): void { binary<f32>(POWER, out, a, b, n); }
