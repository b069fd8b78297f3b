// Cross-entropy along the class axis (c elements) of a strided array, fused: per position one
// max pass and one Σexp pass (assembly/runs.ts), then the loss read at the target alone, with no
// log-probability array. The positions are the rows: an inner run of n and the outer-axes block
// of rows.ts, planned by TypeScript with the operands in the order named in each kernel.

import { accumulate, rowCount, rowOffset } from "./callblock";
import { runMax, runSumExp, libmLog } from "./runs";
import { vexp } from "./math/exp";

/** Σ w_i (x_i − m) over one run (the label-smoothing term; w is contiguous). */
@inline function runWeightedShift<T>(x: usize, sx: isize, w: usize, c: i32, m: T): T {
  let sum = <T>0;
  for (let i = 0; i < c; i++) {
    sum += load<T>(w) * (load<T>(x) - m);
    x += sx;
    w += sizeof<T>();
  }
  return sum;
}

/**
 * The loss at one position from its max m and log-sum-exp. Adds its terms to the sums in `res`,
 * or, when `terms` is not 0, writes them there (f64 nll, w[t], smoothing term, 1) for
 * cross_entropy_sum to add in position order later.
 */
@inline function positionLoss<T>(xk: T, m: T, lse: T, wk: T, shift: T, wsum: T, ls: f64, share: T, res: usize, terms: usize): T {
  const nll = -(xk - m - lse) * wk;
  let loss = nll;
  let smooth: T = <T>0;
  if (ls > 0) {
    smooth = lse * wsum - shift;
    loss = <T>(1 - ls) * nll + share * smooth;
  }
  if (terms != 0) {
    store<f64>(terms, <f64>nll);
    store<f64>(terms, <f64>wk, 8);
    store<f64>(terms, <f64>smooth, 16);
    store<f64>(terms, 1, 24);
    return loss;
  }
  if (ls > 0) accumulate(res + 32, <f64>smooth);
  accumulate(res, <f64>nll);
  accumulate(res + 16, <f64>wk);
  return loss;
}

/** Bytes of one position's terms (positionLoss). */
const TERM = 32;

/** Lane l of a vector of T. */
@inline function lane<T>(v: v128, l: i32): T {
  if (sizeof<T>() == 8) return l == 0 ? <T>f64x2.extract_lane(v, 0) : <T>f64x2.extract_lane(v, 1);
  return l < 2 ? (l == 0 ? <T>f32x4.extract_lane(v, 0) : <T>f32x4.extract_lane(v, 1)) : (l == 2 ? <T>f32x4.extract_lane(v, 2) : <T>f32x4.extract_lane(v, 3));
}

/** One position whose class axis has stride sxc: max pass, Σexp pass, the loss. */
@inline function crossEntropyAt<T>(xp: usize, sxc: isize, k: i32, w: usize, c: i32, wsum: T, ls: f64, share: T, res: usize, terms: usize): T {
  const m = runMax<T>(xp, c, sxc);
  const lse = <T>Math.log(<f64>runSumExp<T>(xp, sxc, c, m, 0, 0, false));
  const shift = ls > 0 ? runWeightedShift<T>(xp, sxc, w, c, m) : <T>0;
  return positionLoss<T>(load<T>(xp + <isize>k * sxc), m, lse, load<T>(w + <usize>k * sizeof<T>()), shift, wsum, ls, share, res, terms);
}

/**
 * n positions side by side, contiguous across positions (the class axis is not the innermost,
 * as in (N, C, H, W)): L neighbouring positions are the lanes of a vector walked down the class
 * axis; the per-position sums come out in the same order as crossEntropyAt's.
 */
@inline function crossEntropyColumns<T>(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, n: i32, stn: isize, son: isize, ignore: i32, wsum: T, ls: f64, share: T, res: usize, terms: usize): void {
  const S = <usize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let j = 0;
  for (; j + L <= n; j += L) {
    const xj = x + <usize>j * S;
    let vm = v128.splat<T>(<T>-Infinity);
    let p = xj;
    for (let i = 0; i < c; i++, p += sxc) vm = v128.pmax<T>(vm, v128.load(p));
    let vs = v128.splat<T>(<T>0);
    let vw = vs;
    p = xj;
    let wp = w;
    for (let i = 0; i < c; i++, p += sxc, wp += S) {
      const d = v128.sub<T>(v128.load(p), vm);
      vs = v128.add<T>(vs, vexp<T>(d));
      if (ls > 0) vw = v128.add<T>(vw, v128.mul<T>(v128.splat<T>(load<T>(wp)), d));
    }
    const vl = libmLog<T>(vs);
    for (let l = 0; l < L; l++) {
      const pos = j + l;
      const k = <i32>load<i64>(t + <isize>pos * stn);
      let loss = <T>0;
      if (k != ignore) {
        const at = xj + <usize>l * S + <isize>k * sxc;
        loss = positionLoss<T>(load<T>(at), lane<T>(vm, l), lane<T>(vl, l), load<T>(w + <usize>k * S), lane<T>(vw, l), wsum, ls, share, res, terms != 0 ? terms + <usize>pos * TERM : 0);
      }
      if (out != 0) store<T>(out + <isize>pos * son, loss);
    }
  }
  for (; j < n; j++) {
    const k = <i32>load<i64>(t + <isize>j * stn);
    const loss = k == ignore ? <T>0 : crossEntropyAt<T>(x + <usize>j * S, sxc, k, w, c, wsum, ls, share, res, terms != 0 ? terms + <usize>j * TERM : 0);
    if (out != 0) store<T>(out + <isize>j * son, loss);
  }
}

/**
 * Cross-entropy with class-index targets, fused: per position one max pass and one Σexp pass, then
 * −log p[t] = lse − (x[t] − m) read at the target alone (no log-probability array). `w` holds C
 * class weights (ones when the caller has none); `out` is 0 for reductions, else the per-position
 * loss. `res` receives six f64: Σ w[t]·nll, Σ w[t], Σ smoothing term, each with its compensation.
 * Operands in the outer block: [out, x, t]. Targets were checked by TypeScript.
 */
@inline function crossEntropy<T>(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, n: i32, sxn: isize, stn: isize, son: isize, outer: usize, ignore: i32, ls: f64, res: usize, terms: usize = 0): void {
  if (terms != 0) memory.fill(terms, 0, <usize>n * TERM);
  else memory.fill(res, 0, 48);
  const share = <T>(ls / c);
  let wsum = <T>0;
  if (ls > 0) for (let i = 0; i < c; i++) wsum += load<T>(w + <usize>i * sizeof<T>());
  const S = <isize>sizeof<T>();
  const columns = sxn == S && sxc != S && n >= 16 / sizeof<T>();
  const rows = rowCount(outer);
  for (let r = 0; r < rows; r++) {
    const xr = x + rowOffset(outer, 1, r);
    const tr = t + rowOffset(outer, 2, r);
    const or = out + rowOffset(outer, 0, r);
    if (columns) {
      crossEntropyColumns<T>(xr, tr, w, out != 0 ? or : 0, c, sxc, n, stn, son, ignore, wsum, ls, share, res, terms);
      continue;
    }
    for (let j = 0; j < n; j++) {
      const k = <i32>load<i64>(tr + <isize>j * stn);
      const loss = k == ignore ? <T>0 : crossEntropyAt<T>(xr + <isize>j * sxn, sxc, k, w, c, wsum, ls, share, res, terms != 0 ? terms + <usize>j * TERM : 0);
      if (out != 0) store<T>(or + <isize>j * son, loss);
    }
  }
}

export function cross_entropy_f64(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, n: i32, sxn: isize, stn: isize, son: isize, outer: usize, ignore: i32, ls: f64, res: usize): void { crossEntropy<f64>(x, t, w, out, c, sxc, n, sxn, stn, son, outer, ignore, ls, res); }
export function cross_entropy_f32(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, n: i32, sxn: isize, stn: isize, son: isize, outer: usize, ignore: i32, ls: f64, res: usize): void { crossEntropy<f32>(x, t, w, out, c, sxc, n, sxn, stn, son, outer, ignore, ls, res); }

// A run of positions split across threads (one axis of positions, no outer block): each share
// writes its positions' terms, and cross_entropy_sum then adds them all in position order, the
// order cross_entropy_* adds them in: the same sums for any thread count. terms: n x 32 bytes.
export function cross_entropy_terms_f64(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, n: i32, sxn: isize, stn: isize, son: isize, ignore: i32, ls: f64, terms: usize): void { crossEntropy<f64>(x, t, w, out, c, sxc, n, sxn, stn, son, 0, ignore, ls, 0, terms); }
export function cross_entropy_terms_f32(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, n: i32, sxn: isize, stn: isize, son: isize, ignore: i32, ls: f64, terms: usize): void { crossEntropy<f32>(x, t, w, out, c, sxc, n, sxn, stn, son, 0, ignore, ls, 0, terms); }
/** Adds the terms of n positions (cross_entropy_terms_*) to the six sums in `res`, as cross_entropy_* would. */
export function cross_entropy_sum(terms: usize, n: i32, ls: f64, res: usize): void {
  memory.fill(res, 0, 48);
  for (let j = 0; j < n; j++) {
    const p = terms + <usize>j * TERM;
    if (load<f64>(p, 24) == 0) continue;
    if (ls > 0) accumulate(res + 32, load<f64>(p, 16));
    accumulate(res, load<f64>(p));
    accumulate(res + 16, load<f64>(p, 8));
  }
}

/**
 * Cross-entropy with class-probability targets (same shape as the input, class stride stc): per
 * position lse·Σ w t′ − Σ w t′ (x − m), t′ = t (1 − ls) + ls / C, which is −Σ w t′ log p without
 * the log-probabilities. `res` receives Σ loss and its compensation. Operands: [out, x, t].
 */
@inline function crossEntropyProb<T>(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, stc: isize, n: i32, sxn: isize, stn: isize, son: isize, outer: usize, ls: f64, res: usize): void {
  memory.fill(res, 0, 16);
  const keep = <T>(1 - ls);
  const share = <T>(ls / c);
  const rows = rowCount(outer);
  for (let r = 0; r < rows; r++) {
    const xr = x + rowOffset(outer, 1, r);
    const tr = t + rowOffset(outer, 2, r);
    const or = out + rowOffset(outer, 0, r);
    for (let j = 0; j < n; j++) {
      const xp = xr + <isize>j * sxn;
      let tp = tr + <isize>j * stn;
      const m = runMax<T>(xp, c, sxc);
      const lse = <T>Math.log(<f64>runSumExp<T>(xp, sxc, c, m, 0, 0, false));
      let a = <T>0;
      let b = <T>0;
      let p = xp;
      let wp = w;
      for (let i = 0; i < c; i++) {
        let ti = load<T>(tp);
        if (ls > 0) ti = ti * keep + share;
        const wt = load<T>(wp) * ti;
        a += wt;
        b += wt * (load<T>(p) - m);
        p += sxc;
        tp += stc;
        wp += sizeof<T>();
      }
      const loss = lse * a - b;
      if (out != 0) store<T>(or + <isize>j * son, loss);
      accumulate(res, <f64>loss);
    }
  }
}

export function cross_entropy_prob_f64(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, stc: isize, n: i32, sxn: isize, stn: isize, son: isize, outer: usize, ls: f64, res: usize): void { crossEntropyProb<f64>(x, t, w, out, c, sxc, stc, n, sxn, stn, son, outer, ls, res); }
export function cross_entropy_prob_f32(x: usize, t: usize, w: usize, out: usize, c: i32, sxc: isize, stc: isize, n: i32, sxn: isize, stn: isize, son: isize, outer: usize, ls: f64, res: usize): void { crossEntropyProb<f32>(x, t, w, out, c, sxc, stc, n, sxn, stn, son, outer, ls, res); }

/**
 * Flat position (in the planned loop order) of the first class index outside [0, classes) that
 * is not `ignore`, or −1. Operands in the outer block: [t].
 */
export function class_index_check_i64(t: usize, n: i32, st: isize, outer: usize, classes: i32, ignore: i32): i32 {
  const rows = rowCount(outer);
  for (let r = 0; r < rows; r++) {
    let p = t + rowOffset(outer, 0, r);
    for (let j = 0; j < n; j++) {
      const k = load<i64>(p);
      if (k != <i64>ignore && <u64>k >= <u64>classes) return r * n + j;
      p += st;
    }
  }
  return -1;
}
