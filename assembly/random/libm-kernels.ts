// The C library's log, log1p, exp and pow (./libm.ts) over arrays: for tests against the C library.
import { exp, HardFma, hardwareFma, log, log1p, pow, softFma } from "./libm";

export function glibc_log_f64(out: usize, a: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), log(load<f64>(a + (<usize>i << 3))));
}

export function glibc_log1p_f64(out: usize, a: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), log1p(load<f64>(a + (<usize>i << 3))));
}

export function glibc_exp_f64(out: usize, a: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), exp(load<f64>(a + (<usize>i << 3))));
}

export function glibc_pow_f64(out: usize, a: usize, b: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    store<f64>(out + o, pow(load<f64>(a + o), load<f64>(b + o)));
  }
}

/** a * b + c rounded once: the emulation when `emulated`, else what the libm functions use. */
export function fma_f64(out: usize, a: usize, b: usize, c: usize, n: i32, emulated: bool): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    const x = load<f64>(a + o);
    const y = load<f64>(b + o);
    const z = load<f64>(c + o);
    let r = softFma(x, y, z);
    if (ASC_FEATURE_RELAXED_SIMD) {
      if (hardwareFma && !emulated) r = changetype<HardFma>(0).fma(x, y, z);
    }
    store<f64>(out + o, r);
  }
}

/** 1 when the libm functions use a hardware FMA (relaxed-SIMD build on an engine that fuses). */
export function fma_is_hardware(): i32 {
  return hardwareFma ? 1 : 0;
}
