// float64 log: the library's loop and the alternatives measured against it (bench/ceiling.bench.mjs).
import { logRun64 } from "../../assembly/math/run64";
import { A64, D64, LOG64K, MANT64, OFF64, SPLIT64 } from "../../assembly/math/log";
import { LOG64 } from "../../assembly/math/tables";

/** The library: 256-entry table, r = z/c − 1 exactly rounded, degree-6 polynomial, W + r's error carried. */
export function log64_library(out: usize, a: usize, n: i32): void {
  logRun64(out, a, n);
}

// The library's fast path (run64.ts: logFast64) for positive normal x, no range test. `exact`: r
// exactly rounded through the 26-bit split (the library), or z·invc − 1 rounded twice. `gather`:
// each lane's own table entries (the library), or entry 0's for both (wrong values: the cost of
// the arithmetic without the table reads).
@inline function fastLog(a: usize, exact: bool, gather: bool, d: v128, mant: v128, off: v128, split: v128, one: v128,
  a2: v128, a3: v128, a4: v128, a5: v128, a6: v128): v128 {
  let w: v128, wlo: v128, invc: v128;
  if (gather) {
    const h0 = load<u64>(a) + 0x0009980000000000, h1 = load<u64>(a, 8) + 0x0009980000000000;
    const i0 = <usize>(h0 >> 39) & 0x1FE0, i1 = <usize>(h1 >> 39) & 0x1FE0;
    const w0 = f64x2.add(v128.load(i0, LOG64), v128.load(<usize>(h0 >> 52) << 4, LOG64K + 77 * 16));
    const w1 = f64x2.add(v128.load(i1, LOG64), v128.load(<usize>(h1 >> 52) << 4, LOG64K + 77 * 16));
    const b0 = v128.load(i0, LOG64 + 16), b1 = v128.load(i1, LOG64 + 16);
    w = i64x2.shuffle(w0, w1, 0, 2);
    wlo = i64x2.shuffle(w0, w1, 1, 3);
    invc = i64x2.shuffle(b0, b1, 0, 2);
  } else {
    w = one; wlo = one; invc = one;
  }
  const z = i64x2.add(v128.and(i64x2.add(v128.load(a), d), mant), off);
  let r: v128;
  if (exact) {
    const zh = v128.and(z, split);
    r = f64x2.add(f64x2.sub(f64x2.mul(zh, invc), one), f64x2.mul(f64x2.sub(z, zh), invc));
  } else {
    r = f64x2.sub(f64x2.mul(z, invc), one);
  }
  const r2 = f64x2.mul(r, r);
  const q = f64x2.add(f64x2.mul(f64x2.mul(r2, r2), a6), f64x2.add(f64x2.mul(r2, f64x2.add(f64x2.mul(r, a5), a4)), f64x2.add(f64x2.mul(r, a3), a2)));
  const hi = f64x2.add(w, r);
  return f64x2.add(hi, f64x2.add(f64x2.mul(r2, q), f64x2.add(f64x2.add(f64x2.sub(w, hi), r), wlo)));
}

@inline function run(out: usize, a: usize, n: i32, exact: bool, gather: bool): void {
  const d = v128.load(D64), mant = v128.load(MANT64), off = v128.load(OFF64), split = v128.load(SPLIT64), one = f64x2.splat(1);
  const a2 = v128.load(A64), a3 = v128.load(A64, 16), a4 = v128.load(A64, 32), a5 = v128.load(A64, 48), a6 = v128.load(A64, 64);
  for (let i: usize = 0; i < (<usize>n << 3); i += 32) {
    v128.store(out + i, fastLog(a + i, exact, gather, d, mant, off, split, one, a2, a3, a4, a5, a6));
    v128.store(out + i, fastLog(a + i + 16, exact, gather, d, mant, off, split, one, a2, a3, a4, a5, a6), 16);
  }
}

/** The library's fast path alone: no range test. */
export function log64_fast_path(out: usize, a: usize, n: i32): void { run(out, a, n, true, true); }

/** The fast path with r = z·invc − 1 rounded (no split). */
export function log64_rounded_r(out: usize, a: usize, n: i32): void { run(out, a, n, false, true); }

/** The fast path's arithmetic with no table reads (wrong values: a lower bound on its time). */
export function log64_no_table(out: usize, a: usize, n: i32): void { run(out, a, n, true, false); }

// fdlibm's e_log.c, lane-parallel: x = 2^k (1 + f), 1 + f in [√2/2, √2), s = f / (2 + f),
// log x = k ln2hi + (f − (hfsq − (s (hfsq + R(s²)) + k ln2lo))): no table, one division.
@inline function fdlibm(x: v128, d: v128, mant: v128, off: v128, magic: v128, bias: v128, one: v128, two: v128, half: v128,
  l1: v128, l2: v128, l3: v128, l4: v128, l5: v128, l6: v128, l7: v128, ln2hi: v128, ln2lo: v128): v128 {
  const hx = i64x2.add(x, d);
  const dk = f64x2.sub(v128.or(i64x2.shr_u(hx, 52), magic), bias);
  const f = f64x2.sub(i64x2.add(v128.and(hx, mant), off), one);
  const hfsq = f64x2.mul(f64x2.mul(f, f), half);
  const s = f64x2.div(f, f64x2.add(f, two));
  const z = f64x2.mul(s, s);
  const w = f64x2.mul(z, z);
  const t1 = f64x2.mul(w, f64x2.add(l2, f64x2.mul(w, f64x2.add(l4, f64x2.mul(w, l6)))));
  const t2 = f64x2.mul(z, f64x2.add(l1, f64x2.mul(w, f64x2.add(l3, f64x2.mul(w, f64x2.add(l5, f64x2.mul(w, l7)))))));
  const r = f64x2.add(t2, t1);
  const y = f64x2.add(f64x2.sub(f64x2.add(f64x2.mul(s, f64x2.add(hfsq, r)), f64x2.mul(dk, ln2lo)), hfsq), f);
  return f64x2.add(y, f64x2.mul(dk, ln2hi));
}

/** fdlibm's log (no table, a division) over positive normal x: no range test. */
export function log64_fdlibm(out: usize, a: usize, n: i32): void {
  const d = i64x2.splat(0x00095f6200000000), mant = i64x2.splat(0x000fffffffffffff), off = i64x2.splat(0x3fe6a09e00000000);
  const magic = i64x2.splat(0x4330000000000000), bias = f64x2.splat(4503599627371519.0), one = f64x2.splat(1), two = f64x2.splat(2), half = f64x2.splat(0.5);
  const l1 = f64x2.splat(6.666666666666735130e-01), l2 = f64x2.splat(3.999999999940941908e-01), l3 = f64x2.splat(2.857142874366239149e-01);
  const l4 = f64x2.splat(2.222219843214978396e-01), l5 = f64x2.splat(1.818357216161805012e-01), l6 = f64x2.splat(1.531383769920937332e-01);
  const l7 = f64x2.splat(1.479819860511658591e-01), ln2hi = f64x2.splat(6.93147180369123816490e-01), ln2lo = f64x2.splat(1.90821492927058770002e-10);
  for (let i: usize = 0; i < (<usize>n << 3); i += 32) {
    const x0 = v128.load(a + i), x1 = v128.load(a + i, 16);
    v128.store(out + i, fdlibm(x0, d, mant, off, magic, bias, one, two, half, l1, l2, l3, l4, l5, l6, l7, ln2hi, ln2lo));
    v128.store(out + i, fdlibm(x1, d, mant, off, magic, bias, one, two, half, l1, l2, l3, l4, l5, l6, l7, ln2hi, ln2lo), 16);
  }
}
