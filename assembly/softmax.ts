// Softmax and log-softmax along one axis ("the class axis", c elements) of a strided array.
// Everything is max-subtracted: exp only ever sees x − max ≤ 0, so logits of ±1e308 stay finite,
// −inf gives probability 0, and a NaN reaches every output of its row through the sum. The other
// axes are the rows: an inner run of n (strides sxn, son, …) and the outer-axes block of rows.ts,
// planned by TypeScript with the operands in the order named in each kernel.

import { rowCount, rowOffset } from "./callblock";
import { runMax, runSumExp, libmLog } from "./runs";
import { vexp } from "./math/exp";

/** out = (x − m) − lse. */
@inline function runShift<T>(x: usize, sx: isize, out: usize, so: isize, c: i32, m: T, lse: T): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let i = 0;
  if (sx == S && so == S) {
    const vm = v128.splat<T>(m);
    const vl = v128.splat<T>(lse);
    for (; i + L <= c; i += L) {
      v128.store(out, v128.sub<T>(v128.sub<T>(v128.load(x), vm), vl));
      x += 16;
      out += 16;
    }
  }
  for (; i < c; i++) {
    store<T>(out, load<T>(x) - m - lse);
    x += sx;
    out += so;
  }
}

/** out *= f. */
@inline function runScale<T>(out: usize, so: isize, c: i32, f: T): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let i = 0;
  if (so == S) {
    const vf = v128.splat<T>(f);
    for (; i + L <= c; i += L) {
      v128.store(out, v128.mul<T>(v128.load(out), vf));
      out += 16;
    }
  }
  for (; i < c; i++) {
    store<T>(out, load<T>(out) * f);
    out += so;
  }
}

@inline function softmaxRun<T>(x: usize, sx: isize, out: usize, so: isize, c: i32, log: bool): void {
  const m = runMax<T>(x, c, sx);
  const sum = runSumExp<T>(x, sx, c, m, out, so, !log);
  if (log) runShift<T>(x, sx, out, so, c, m, <T>Math.log(<f64>sum));
  else runScale<T>(out, so, c, <T>1 / sum);
}

/**
 * n runs side by side, contiguous across the runs (the class axis is not the innermost one):
 * the lanes of a vector are L neighbouring runs, walked together down the class axis.
 */
@inline function softmaxColumns<T>(x: usize, sx: isize, out: usize, so: isize, c: i32, n: i32, log: bool): void {
  const S = <usize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let j = 0;
  for (; j + L <= n; j += L) {
    const xj = x + <usize>j * S;
    const oj = out + <usize>j * S;
    let vm = v128.splat<T>(<T>-Infinity);
    let p = xj;
    for (let i = 0; i < c; i++, p += sx) vm = v128.pmax<T>(vm, v128.load(p));
    let vs = v128.splat<T>(<T>0);
    p = xj;
    let q = oj;
    for (let i = 0; i < c; i++, p += sx, q += so) {
      const e = vexp<T>(v128.sub<T>(v128.load(p), vm));
      if (!log) v128.store(q, e);
      vs = v128.add<T>(vs, e);
    }
    p = xj;
    q = oj;
    if (log) {
      const vl = libmLog<T>(vs);
      for (let i = 0; i < c; i++, p += sx, q += so) v128.store(q, v128.sub<T>(v128.sub<T>(v128.load(p), vm), vl));
    } else {
      const f = v128.div<T>(v128.splat<T>(<T>1), vs);
      for (let i = 0; i < c; i++, q += so) v128.store(q, v128.mul<T>(v128.load(q), f));
    }
  }
  for (; j < n; j++) softmaxRun<T>(x + <usize>j * S, sx, out + <usize>j * S, so, c, log);
}

// Operands in the outer block: [out, x].
@inline function softmax<T>(x: usize, out: usize, c: i32, sxc: isize, soc: isize, n: i32, sxn: isize, son: isize, outer: usize, log: bool): void {
  const S = <isize>sizeof<T>();
  const rows = rowCount(outer);
  const columns = sxn == S && son == S && (sxc != S || soc != S) && n >= 16 / sizeof<T>();
  for (let r = 0; r < rows; r++) {
    const xr = x + rowOffset(outer, 1, r);
    const or = out + rowOffset(outer, 0, r);
    if (columns) {
      softmaxColumns<T>(xr, sxc, or, soc, c, n, log);
    } else {
      for (let j = 0; j < n; j++) softmaxRun<T>(xr + <isize>j * sxn, sxc, or + <isize>j * son, soc, c, log);
    }
  }
}

export function softmax_f64(x: usize, out: usize, c: i32, sxc: isize, soc: isize, n: i32, sxn: isize, son: isize, outer: usize): void { softmax<f64>(x, out, c, sxc, soc, n, sxn, son, outer, false); }
export function softmax_f32(x: usize, out: usize, c: i32, sxc: isize, soc: isize, n: i32, sxn: isize, son: isize, outer: usize): void { softmax<f32>(x, out, c, sxc, soc, n, sxn, son, outer, false); }
export function log_softmax_f64(x: usize, out: usize, c: i32, sxc: isize, soc: isize, n: i32, sxn: isize, son: isize, outer: usize): void { softmax<f64>(x, out, c, sxc, soc, n, sxn, son, outer, true); }
export function log_softmax_f32(x: usize, out: usize, c: i32, sxc: isize, soc: isize, n: i32, sxn: isize, son: isize, outer: usize): void { softmax<f32>(x, out, c, sxc, soc, n, sxn, son, outer, true); }
