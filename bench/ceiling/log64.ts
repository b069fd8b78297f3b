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
