// The C library's log, log1p, exp and pow (./libm.ts) over arrays: for tests against the C library.
import { exp, log, log1p, pow } from "./libm";

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
