// The contiguous float64 loops of nd.exp and nd.log: the lane functions of exp.ts and log.ts with
// their constants held in registers and each vector's bookkeeping (the range test, the table
// indices) done on the integer side, so that the vector units do only the arithmetic: the loop is
// bound by the vector units' throughput, and V8 reloads a constant at every use otherwise. The
// arithmetic is the lane functions' own, operation for operation, so every element gets the bits
// vexp / vlog give it (the strided loops' and the tails'); vectors with a lane outside the fast
// path's range go through those lane functions whole.

import { madd } from "../simd";
import { X64, sexp, vexp64 } from "./exp";
import { A64, D64, LOG64K, MANT64, OFF64, ONE64, SPLIT64, vlog, vlog64 } from "./log";
import { EXP64, LOG64 } from "./tables";

// exp's fast path holds while n = round(x·256/ln2) is within ±261485 (|x| ≤ 708.0002: normal
// results): z = x·256/ln2 + 1.5·2^52 holds n in its low bits, so one unsigned comparison of
// bits(z) − (bits(1.5·2^52) − 261485) tests it, NaN, ±inf and every |x| > 708.0002 included.
const EXP_ZLO: u64 = 0x4338000000000000 - 261485;
const EXP_ZSPAN: u64 = 2 * 261485;

@noinline function expSlow64(x: v128): v128 {
  return vexp64(x);
}

/** out[i] = exp(a[i]) for n contiguous float64 elements (vexp's bits; out may be a). */
export function expRun64(out: usize, a: usize, n: i32): void {
  const t = X64;
  const inv = v128.load(t), shift = v128.load(t, 16), hi = v128.load(t, 32), lo = v128.load(t, 48);
  const c2 = v128.load(t, 64), c3 = v128.load(t, 80), c4 = v128.load(t, 96);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const x = v128.load(a);
    const z = madd<f64>(x, inv, shift);
    const z0 = i64x2.extract_lane(z, 0), z1 = i64x2.extract_lane(z, 1);
    let y: v128;
    if ((<u64>(z0 - EXP_ZLO) > EXP_ZSPAN) | (<u64>(z1 - EXP_ZLO) > EXP_ZSPAN)) y = expSlow64(x);
    else {
      // expTable64 (whole, fast): S = 2^k hi, e^x = S + S (tail + r + r² (C2 + C3 r + C4 r²))
      const e0 = v128.load((<usize>z0 & 255) << 4, EXP64);
      const e1 = v128.load((<usize>z1 & 255) << 4, EXP64);
      const kd = f64x2.sub(z, shift);
      const r = madd<f64>(kd, lo, madd<f64>(kd, hi, x));
      const tail = i64x2.shuffle(e0, e1, 0, 2);
      const scale = i64x2.add(i64x2.shuffle(e0, e1, 1, 3), i64x2.shl(z, 44));
      const r2 = f64x2.mul(r, r);
      const q = madd<f64>(r2, c4, madd<f64>(r, c3, c2));
      y = madd<f64>(scale, madd<f64>(r2, q, f64x2.add(tail, r)), scale);
    }
    v128.store(out, y);
    out += 16; a += 16;
  }
  if (i < n) store<f64>(out, sexp<f64>(load<f64>(a)));
}

// log's fast path holds for positive, normal, finite x: hx = bits(x) + D within [LOW, HIGH]
// (log.ts: logOutside64), tested on the elements' bits as loaded, unsigned.
const LOG_D: u64 = 0x0009980000000000;
const LOG_LOW: u64 = 0x0019980000000000;
const LOG_SPAN: u64 = 0x7FF997FFFFFFFFFF - 0x0019980000000000;

@noinline function logSlow64(x: v128): v128 {
  return vlog64(x);
}

/** out[i] = log(a[i]) for n contiguous float64 elements (vlog's bits; out may be a). */
export function logRun64(out: usize, a: usize, n: i32): void {
  const d = v128.load(D64), mant = v128.load(MANT64), off = v128.load(OFF64), split = v128.load(SPLIT64), one = v128.load(ONE64);
  const negOne = f64x2.neg(one);
  const t = A64;
  const a2 = v128.load(t), a3 = v128.load(t, 16), a4 = v128.load(t, 32), a5 = v128.load(t, 48), a6 = v128.load(t, 64);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const h0 = load<u64>(a) + LOG_D, h1 = load<u64>(a, 8) + LOG_D;
    let y: v128;
    if ((h0 - LOG_LOW > LOG_SPAN) | (h1 - LOG_LOW > LOG_SPAN)) y = logSlow64(v128.load(a));
    else {
      // logParts64 (LOG_FAST, whole): the entries of both lanes, then
      // log x = (W + r) + (Lo + r² (A2 + A3 r + … + A6 r⁴)), W + r's rounding error carried
      const i0 = <usize>(h0 >> 39) & 0x1FE0, i1 = <usize>(h1 >> 39) & 0x1FE0;
      const w0 = f64x2.add(v128.load(i0, LOG64), v128.load(<usize>(h0 >> 52) << 4, LOG64K + 77 * 16));
      const w1 = f64x2.add(v128.load(i1, LOG64), v128.load(<usize>(h1 >> 52) << 4, LOG64K + 77 * 16));
      const b0 = v128.load(i0, LOG64 + 16), b1 = v128.load(i1, LOG64 + 16);
      const w = i64x2.shuffle(w0, w1, 0, 2);
      const wlo = i64x2.shuffle(w0, w1, 1, 3);
      const invc = i64x2.shuffle(b0, b1, 0, 2);
      const z = i64x2.add(v128.and(i64x2.add(v128.load(a), d), mant), off);
      let r: v128;
      if (ASC_FEATURE_RELAXED_SIMD) r = v128.relaxed_madd<f64>(z, invc, negOne);
      else {
        const zh = v128.and(z, split);
        r = f64x2.add(f64x2.sub(f64x2.mul(zh, invc), one), f64x2.mul(f64x2.sub(z, zh), invc));
      }
      const r2 = f64x2.mul(r, r);
      const q = madd<f64>(f64x2.mul(r2, r2), a6, madd<f64>(r2, madd<f64>(r, a5, a4), madd<f64>(r, a3, a2)));
      const hi = f64x2.add(w, r);
      y = f64x2.add(hi, madd<f64>(r2, q, f64x2.add(f64x2.add(f64x2.sub(w, hi), r), wlo)));
    }
    v128.store(out, y);
    out += 16; a += 16;
  }
  if (i < n) store<f64>(out, v128.extract_lane<f64>(vlog<f64>(v128.splat<f64>(load<f64>(a))), 0));
}
