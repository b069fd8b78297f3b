// Element-wise regression losses over two broadcast operands: (a − b)² (mse) and |a − b| (mae),
// either stored per element (reduction "none") or summed. The difference and its square or
// absolute value are computed in T, as PyTorch does; sums accumulate in f64, in blocks of 64
// elements with several partial sums, and the block sums in a Neumaier-compensated total, so the
// result is accurate to about one rounding whatever the length. Also the per-sample pass of
// scikit-learn's log_loss, and the finiteness check it makes first.

import { accumulate, rowCount, rowOffset } from "./callblock";

const MSE = 0;
const MAE = 1;

@inline function scalarLoss<T>(kind: i32, a: T, b: T): T {
  const d = a - b;
  return kind == MSE ? d * d : abs<T>(d);
}

@inline function vectorLoss<T>(kind: i32, a: v128, b: v128): v128 {
  const d = v128.sub<T>(a, b);
  return kind == MSE ? v128.mul<T>(d, d) : v128.abs<T>(d);
}

// Operands in the outer block: [out, a, b].
@inline function lossNone<T>(kind: i32, out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  const rows = rowCount(outer);
  for (let r = 0; r < rows; r++) {
    let po = out + rowOffset(outer, 0, r);
    let pa = a + rowOffset(outer, 1, r);
    let pb = b + rowOffset(outer, 2, r);
    let i = 0;
    if (so == S && sa == S && (sb == S || sb == 0)) {
      const splat = sb == 0;
      const vb = v128.splat<T>(load<T>(pb));
      for (; i + L <= n; i += L) {
        v128.store(po, vectorLoss<T>(kind, v128.load(pa), splat ? vb : v128.load(pb)));
        po += 16;
        pa += 16;
        if (!splat) pb += 16;
      }
    }
    for (; i < n; i++) {
      store<T>(po, scalarLoss<T>(kind, load<T>(pa), load<T>(pb)));
      po += so;
      pa += sa;
      pb += sb;
    }
  }
}

/** f64 lanes of a loss vector: two f64x2 for f32x4 (the low and high halves). */
@inline function widen<T>(v: v128, hi: bool): v128 {
  if (sizeof<T>() == 8) return hi ? f64x2.splat(0) : v;
  return f64x2.promote_low_f32x4(hi ? i32x4.shuffle(v, v, 2, 3, 0, 1) : v);
}

const BLOCK = 64;

/** Sum of one block of at most BLOCK elements, in f64. */
@inline function blockSum<T>(kind: i32, a: usize, b: usize, n: i32, sa: isize, sb: isize): f64 {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let i = 0;
  let total = 0.0;
  if (sa == S && (sb == S || sb == 0)) {
    const splat = sb == 0;
    const vb = v128.splat<T>(load<T>(b));
    let s0 = f64x2.splat(0);
    let s1 = s0;
    let s2 = s0;
    let s3 = s0;
    for (; i + 2 * L <= n; i += 2 * L) {
      const v0 = vectorLoss<T>(kind, v128.load(a), splat ? vb : v128.load(b));
      const v1 = vectorLoss<T>(kind, v128.load(a, 16), splat ? vb : v128.load(b, 16));
      s0 = f64x2.add(s0, widen<T>(v0, false));
      s1 = f64x2.add(s1, widen<T>(v1, false));
      if (sizeof<T>() == 4) {
        s2 = f64x2.add(s2, widen<T>(v0, true));
        s3 = f64x2.add(s3, widen<T>(v1, true));
      }
      a += 32;
      if (!splat) b += 32;
    }
    const s = f64x2.add(f64x2.add(s0, s1), f64x2.add(s2, s3));
    total = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  }
  for (; i < n; i++) {
    total += <f64>scalarLoss<T>(kind, load<T>(a), load<T>(b));
    a += sa;
    b += sb;
  }
  return total;
}

// Operands in the outer block: [a, b].
@inline function lossSum<T>(kind: i32, a: usize, b: usize, n: i32, sa: isize, sb: isize, outer: usize): f64 {
  let sum = 0.0;
  let comp = 0.0;
  const rows = rowCount(outer);
  for (let r = 0; r < rows; r++) {
    let pa = a + rowOffset(outer, 0, r);
    let pb = b + rowOffset(outer, 1, r);
    for (let i = 0; i < n; i += BLOCK) {
      const m = min(BLOCK, n - i);
      const v = blockSum<T>(kind, pa, pb, m, sa, sb);
      const t = sum + v;
      comp += abs(sum) >= abs(v) ? sum - t + v : v - t + sum;
      sum = t;
      pa += <isize>m * sa;
      pb += <isize>m * sb;
    }
  }
  // Once the sum has met an infinity the compensation means nothing (it may be NaN).
  return isFinite(sum) ? sum + comp : sum;
}

export function mse_none_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { lossNone<f64>(MSE, out, a, b, n, so, sa, sb, outer); }
export function mse_none_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { lossNone<f32>(MSE, out, a, b, n, so, sa, sb, outer); }
export function mae_none_f64(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { lossNone<f64>(MAE, out, a, b, n, so, sa, sb, outer); }
export function mae_none_f32(out: usize, a: usize, b: usize, n: i32, so: isize, sa: isize, sb: isize, outer: usize): void { lossNone<f32>(MAE, out, a, b, n, so, sa, sb, outer); }

export function mse_sum_f64(a: usize, b: usize, n: i32, sa: isize, sb: isize, outer: usize): f64 { return lossSum<f64>(MSE, a, b, n, sa, sb, outer); }
export function mse_sum_f32(a: usize, b: usize, n: i32, sa: isize, sb: isize, outer: usize): f64 { return lossSum<f32>(MSE, a, b, n, sa, sb, outer); }
export function mae_sum_f64(a: usize, b: usize, n: i32, sa: isize, sb: isize, outer: usize): f64 { return lossSum<f64>(MAE, a, b, n, sa, sb, outer); }
export function mae_sum_f32(a: usize, b: usize, n: i32, sa: isize, sb: isize, outer: usize): f64 { return lossSum<f32>(MAE, a, b, n, sa, sb, outer); }

/**
 * scikit-learn's log_loss over n samples of predicted probabilities p (row stride sn, column
 * stride sc; with `binary` the single column q stands for the two columns 1 − q, q, computed in T).
 * Per row, in T: whether the row sum is within `tol` of 1; the probability of the true class
 * (`cls`: i32 per sample, −1 for a row of zeros; 0 skips the loss), clipped to [eps, 1 − eps] of T,
 * and −log of it in f64, times the weight (`w`: f64 per sample, or 0 for ones). `res` receives
 * Σ w·loss and Σ w (each with its compensation) and the number of rows not summing to one.
 */
@inline function logLoss<T>(p: usize, n: i32, c: i32, sn: isize, sc: isize, binary: i32, cls: usize, w: usize, tol: f64, res: usize): void {
  memory.fill(res, 0, 40);
  const eps = sizeof<T>() == 8 ? <T>2.220446049250313e-16 : <T>1.1920928955078125e-7;
  const top = <T>1 - eps;
  const t = <T>tol;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const row = p + <isize>i * sn;
    let sum = <T>0;
    if (binary) {
      const q = load<T>(row);
      sum = <T>1 - q + q;
    } else {
      for (let j = 0; j < c; j++) sum += load<T>(row + <isize>j * sc);
    }
    if (!(abs<T>(sum - <T>1) <= t)) bad++;
    if (cls == 0) continue;
    const k = load<i32>(cls + (<usize>i << 2));
    let loss = 0.0;
    if (k >= 0) {
      let v = binary ? (k == 0 ? <T>1 - load<T>(row) : load<T>(row)) : load<T>(row + <isize>k * sc);
      v = min<T>(max<T>(v, eps), top);
      loss = -Math.log(<f64>v);
    }
    const wi = w != 0 ? load<f64>(w + (<usize>i << 3)) : 1.0;
    accumulate(res, loss * wi);
    accumulate(res + 16, wi);
  }
  store<f64>(res + 32, <f64>bad);
}

export function log_loss_f64(p: usize, n: i32, c: i32, sn: isize, sc: isize, binary: i32, cls: usize, w: usize, tol: f64, res: usize): void { logLoss<f64>(p, n, c, sn, sc, binary, cls, w, tol, res); }
export function log_loss_f32(p: usize, n: i32, c: i32, sn: isize, sc: isize, binary: i32, cls: usize, w: usize, tol: f64, res: usize): void { logLoss<f32>(p, n, c, sn, sc, binary, cls, w, tol, res); }

/** 0 when every element is finite, 1 when one is NaN, else 2 (an infinity). Operands: [a]. */
@inline function finiteCheck<T>(a: usize, n: i32, sa: isize, outer: usize): i32 {
  let inf = false;
  const rows = rowCount(outer);
  for (let r = 0; r < rows; r++) {
    let pa = a + rowOffset(outer, 0, r);
    for (let i = 0; i < n; i++) {
      const x = load<T>(pa);
      if (x != x) return 1;
      if (x - x != x - x) inf = true;
      pa += sa;
    }
  }
  return inf ? 2 : 0;
}

export function finite_check_f64(a: usize, n: i32, sa: isize, outer: usize): i32 { return finiteCheck<f64>(a, n, sa, outer); }
export function finite_check_f32(a: usize, n: i32, sa: isize, outer: usize): i32 { return finiteCheck<f32>(a, n, sa, outer); }
