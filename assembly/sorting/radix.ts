// Least-significant-digit radix sorts over the order-preserving keys of keys.ts. One read pass
// counts every digit's histogram; a digit whose histogram has a single bucket (every key shares
// it) needs no pass. Each pass scatters the values themselves (and their indices, for argsort)
// and recomputes the key, so floats need no key-to-value inversion and equal keys (±0, NaNs)
// keep their input order and their bits. Floats take the cheaper IEEE total-order key unless the
// count pass meets a NaN or −0.0 (then the counts are redone with NumPy's exact key).
//
// A histogram is digits<T>(bits) × 2^bits u32 counters (counts fit: rows are < 2^31 long).

import { at, key, needsExactKey } from "./keys";

/** Digit passes of a T key with `bits`-bit digits. */
@inline export function digits<T>(bits: i32): i32 {
  return (sizeof<T>() * 8 + bits - 1) / bits;
}

@inline function bump(hist: usize, k: u64, d: i32, bits: i32): void {
  const p = hist + ((<usize>(d << bits) + <usize>((k >> <u64>(d * bits)) & <u64>((1 << bits) - 1))) << 2);
  store<u32>(p, load<u32>(p) + 1);
}

/**
 * Fills the histograms of every digit in one pass over data[0, n). Without `exact` (floats'
 * cheaper plainKey) it also reports whether a NaN or −0.0 was seen: the counts are then not
 * NumPy's order and the caller counts again with `exact`.
 */
@inline function countDigits<T>(data: usize, n: i32, hist: usize, bits: i32, exact: bool): bool {
  const D = digits<T>(bits);
  memory.fill(hist, 0, <usize>(D << bits) << 2);
  let special = false;
  for (let i = 0; i < n; i++) {
    const x = load<T>(at<T>(data, i));
    if (isFloat<T>() && !exact) special |= needsExactKey<T>(x);
    const k = key<T>(x, exact);
    bump(hist, k, 0, bits);
    if (D > 1) bump(hist, k, 1, bits);
    if (D > 2) bump(hist, k, 2, bits);
    if (D > 3) bump(hist, k, 3, bits);
    if (D > 4) bump(hist, k, 4, bits);
    if (D > 5) bump(hist, k, 5, bits);
    if (D > 6) bump(hist, k, 6, bits);
    if (D > 7) bump(hist, k, 7, bits);
  }
  return special;
}

/**
 * Turns one digit's counts into bucket start offsets. Returns false, leaving the counts partly
 * rewritten, when one bucket holds all n keys: that digit's pass would not move anything.
 */
@inline function offsets(h: usize, n: i32, bits: i32): bool {
  let sum: u32 = 0;
  for (let b = 0; b < 1 << bits; b++) {
    const p = h + (<usize>b << 2);
    const c = load<u32>(p);
    if (c == <u32>n) return false;
    store<u32>(p, sum);
    sum += c;
  }
  return true;
}

@inline function bucket<T>(x: T, h: usize, d: i32, bits: i32, exact: bool): usize {
  return h + (<usize>((key<T>(x, exact) >> <u64>(d * bits)) & <u64>((1 << bits) - 1)) << 2);
}

/** One stable pass by digit d: src[0, n) → dst, through the offsets at h. */
@inline function scatter<T>(src: usize, dst: usize, n: i32, h: usize, d: i32, bits: i32, exact: bool): void {
  for (let i = 0; i < n; i++) {
    const x = load<T>(at<T>(src, i));
    const p = bucket<T>(x, h, d, bits, exact);
    const o = load<u32>(p);
    store<u32>(p, o + 1);
    store<T>(at<T>(dst, <i32>o), x);
  }
}

/**
 * One stable pass over (value, index) pairs. The first pass reads the input values with the
 * implicit indices 0..n−1; the last writes only the indices, as i64, to `out`.
 */
@inline function scatterPairs<T>(sv: usize, si: usize, dv: usize, di: usize, out: usize, n: i32, h: usize, d: i32, bits: i32, exact: bool, first: bool, last: bool): void {
  for (let i = 0; i < n; i++) {
    const x = load<T>(at<T>(sv, i));
    const ix = first ? i : load<i32>(at<i32>(si, i));
    const p = bucket<T>(x, h, d, bits, exact);
    const o = load<u32>(p);
    store<u32>(p, o + 1);
    if (last) {
      store<i64>(at<i64>(out, <i32>o), <i64>ix);
    } else {
      store<T>(at<T>(dv, <i32>o), x);
      store<i32>(at<i32>(di, <i32>o), ix);
    }
  }
}

/** Stable sort of data[0, n) in place; `buf` holds n values, `hist` the histograms. */
@inline export function radixSort<T>(data: usize, n: i32, buf: usize, hist: usize, bits: i32): void {
  if (isFloat<T>() && countDigits<T>(data, n, hist, bits, false)) {
    countDigits<T>(data, n, hist, bits, true);
    sortPasses<T>(data, n, buf, hist, bits, true);
  } else {
    if (!isFloat<T>()) countDigits<T>(data, n, hist, bits, false);
    sortPasses<T>(data, n, buf, hist, bits, false);
  }
}

@inline function sortPasses<T>(data: usize, n: i32, buf: usize, hist: usize, bits: i32, exact: bool): void {
  let src = data;
  let dst = buf;
  for (let d = 0; d < digits<T>(bits); d++) {
    const h = hist + (<usize>(d << bits) << 2);
    if (!offsets(h, n, bits)) continue;
    scatter<T>(src, dst, n, h, d, bits, exact);
    const t = src;
    src = dst;
    dst = t;
  }
  if (src != data) memory.copy(data, src, <usize>n << alignof<T>());
}

/**
 * Stable argsort of data[0, n) (left unchanged) into out (n i64). (vA, iA) and (vB, iB) are
 * two buffers of n (value, i32 index) pairs.
 */
@inline export function radixArgsort<T>(data: usize, n: i32, out: usize, hist: usize, iA: usize, iB: usize, vA: usize, vB: usize, bits: i32): void {
  if (isFloat<T>() && countDigits<T>(data, n, hist, bits, false)) {
    countDigits<T>(data, n, hist, bits, true);
    argsortPasses<T>(data, n, out, hist, iA, iB, vA, vB, bits, true);
  } else {
    if (!isFloat<T>()) countDigits<T>(data, n, hist, bits, false);
    argsortPasses<T>(data, n, out, hist, iA, iB, vA, vB, bits, false);
  }
}

@inline function argsortPasses<T>(data: usize, n: i32, out: usize, hist: usize, iA: usize, iB: usize, vA: usize, vB: usize, bits: i32, exact: bool): void {
  let active = 0;
  let passes = 0;
  for (let d = 0; d < digits<T>(bits); d++) {
    if (offsets(hist + (<usize>(d << bits) << 2), n, bits)) {
      active |= 1 << d;
      passes++;
    }
  }
  if (passes == 0) {
    for (let i = 0; i < n; i++) store<i64>(at<i64>(out, i), <i64>i);
    return;
  }
  let sv = data;
  let si: usize = 0;
  let pass = 0;
  for (let d = 0; d < digits<T>(bits); d++) {
    if ((active & (1 << d)) == 0) continue;
    const h = hist + (<usize>(d << bits) << 2);
    const dv = pass & 1 ? vB : vA;
    const di = pass & 1 ? iB : iA;
    const first = pass == 0;
    const last = pass == passes - 1;
    if (first && last) scatterPairs<T>(sv, si, dv, di, out, n, h, d, bits, exact, true, true);
    else if (first) scatterPairs<T>(sv, si, dv, di, out, n, h, d, bits, exact, true, false);
    else if (last) scatterPairs<T>(sv, si, dv, di, out, n, h, d, bits, exact, false, true);
    else scatterPairs<T>(sv, si, dv, di, out, n, h, d, bits, exact, false, false);
    sv = dv;
    si = di;
    pass++;
  }
}
