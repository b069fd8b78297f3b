// Packed, register-tiled GEMM: out = a @ b (gemm) or out -= a @ b (gemmSub, the trailing update of
// blocked factorisations) for one (m, k) x (k, n) product with any byte strides.
//
// BLIS loop order jc -> pc -> ic -> jr -> ir. A KC x NC panel of b is packed into k-major strips NR
// wide, an MC x KC block of a into k-major strips MR high; the micro-kernel keeps an MR x NR tile
// of out in 8 vector accumulators (f64x2: 4 x 4, f32x4 / i32x4: 4 x 8), which V8 holds in registers
// (12 accumulators spill). Edge strips are zero-padded, so the micro-kernel always runs a full tile
// and only its store is clipped.
//
// TypeScript chooses the blocking and allocates the workspace; its layout (bytes from `work`):
//   [0, 16)     i32 mc, kc, nc (multiples of MR, -, NR)
//   [16, 144)   one MR x NR tile, for clipped stores
//   [144, ...)  packed a (mc x kc), then packed b (kc x nc)

import { madd, splat } from "./simd";

// Micro-tile height and the workspace header's size; gemm_mr / gemm_work_header give them to
// TypeScript, which sizes workspaces from the same numbers.
const MR = 4;
const WORK_HEADER = 144;

export function gemm_mr(): i32 { return MR; }
export function gemm_work_header(): i32 { return WORK_HEADER; }

/** Elements per vector, and the micro-tile width (two vectors). */
@inline function lanes<T>(): i32 { return 16 / sizeof<T>(); }

/** The micro-tile width NR for elements of `itemsize` bytes (two vectors). */
export function gemm_nr(itemsize: i32): i32 { return 32 / itemsize; }
@inline function nrOf<T>(): i32 { return 2 * lanes<T>(); }

/** Packs rows [0, mc) x cols [0, kc) of a into MR-high strips; rows past mc are zero. */
@inline function packA<T>(dst: usize, a: usize, sAm: isize, sAk: isize, mc: i32, kc: i32): void {
  const S = sizeof<T>();
  for (let i0 = 0; i0 < mc; i0 += MR) {
    const rows = min(MR, mc - i0);
    const src = a + <isize>i0 * sAm;
    if (rows == MR) {
      if (sAm == <isize>S) {
        // a transposed: each k step is MR contiguous elements.
        for (let p = 0; p < kc; p++) {
          const s = src + <isize>p * sAk;
          v128.store(dst, v128.load(s));
          if (S == 8) v128.store(dst, v128.load(s, 16), 16);
          dst += <usize>MR * S;
        }
      } else {
        const r1 = src + sAm, r2 = r1 + sAm, r3 = r2 + sAm;
        for (let p = 0; p < kc; p++) {
          const o = <isize>p * sAk;
          store<T>(dst, load<T>(src + o));
          store<T>(dst + S, load<T>(r1 + o));
          store<T>(dst + 2 * S, load<T>(r2 + o));
          store<T>(dst + 3 * S, load<T>(r3 + o));
          dst += <usize>MR * S;
        }
      }
    } else {
      for (let p = 0; p < kc; p++) {
        const o = <isize>p * sAk;
        for (let i = 0; i < MR; i++) store<T>(dst + <usize>i * S, i < rows ? load<T>(src + <isize>i * sAm + o) : <T>0);
        dst += <usize>MR * S;
      }
    }
  }
}

/** Packs rows [0, kc) x cols [0, nc) of b (negated when `neg`) into NR-wide strips; columns past nc are zero. */
@inline function packB<T>(dst: usize, b: usize, sBk: isize, sBn: isize, kc: i32, nc: i32, neg: bool): void {
  const S = sizeof<T>();
  const NR = nrOf<T>();
  for (let j0 = 0; j0 < nc; j0 += NR) {
    const cols = min(NR, nc - j0);
    const src = b + <isize>j0 * sBn;
    if (cols == NR && sBn == <isize>S) {
      for (let p = 0; p < kc; p++) {
        const s = src + <isize>p * sBk;
        if (neg) {
          v128.store(dst, v128.neg<T>(v128.load(s)));
          v128.store(dst, v128.neg<T>(v128.load(s, 16)), 16);
        } else {
          v128.store(dst, v128.load(s));
          v128.store(dst, v128.load(s, 16), 16);
        }
        dst += 32;
      }
    } else if (cols == NR) {
      for (let p = 0; p < kc; p++) {
        const s = src + <isize>p * sBk;
        for (let j = 0; j < NR; j++) {
          const x = load<T>(s + <isize>j * sBn);
          store<T>(dst + <usize>j * S, neg ? -x : x);
        }
        dst += 32;
      }
    } else {
      for (let p = 0; p < kc; p++) {
        const s = src + <isize>p * sBk;
        for (let j = 0; j < NR; j++) {
          const x = j < cols ? load<T>(s + <isize>j * sBn) : <T>0;
          store<T>(dst + <usize>j * S, neg ? -x : x);
        }
        dst += 32;
      }
    }
  }
}

/** Writes (or adds, when `acc`) one accumulator vector at p. */
@inline function emit<T>(p: usize, v: v128, acc: bool): void {
  v128.store(p, acc ? v128.add<T>(v128.load(p), v) : v);
}

/**
 * The MR x NR micro-kernel over packed strips pa (MR x kc) and pb (kc x NR). Writes the tile to
 * out (rows rs, columns cs apart), clipped to mr x nr; adds to what is there when `acc`.
 * Constant load offsets fold into V8's addressing; unrolling the k loop makes V8 hoist the loads and spill.
 */
function micro<T>(kc: i32, pa: usize, pb: usize, out: usize, rs: isize, cs: isize, mr: i32, nr: i32, acc: bool, tile: usize): void {
  let c00 = v128.splat<T>(<T>0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  let a: v128, b0: v128, b1: v128;
  const end = pb + (<usize>kc << 5);
  if (sizeof<T>() == 8) {
    while (pb < end) {
      b0 = v128.load(pb);
      b1 = v128.load(pb, 16);
      a = v128.load64_splat(pa);
      c00 = madd<T>(a, b0, c00);
      c01 = madd<T>(a, b1, c01);
      a = v128.load64_splat(pa, 8);
      c10 = madd<T>(a, b0, c10);
      c11 = madd<T>(a, b1, c11);
      a = v128.load64_splat(pa, 16);
      c20 = madd<T>(a, b0, c20);
      c21 = madd<T>(a, b1, c21);
      a = v128.load64_splat(pa, 24);
      c30 = madd<T>(a, b0, c30);
      c31 = madd<T>(a, b1, c31);
      pa += 32;
      pb += 32;
    }
  } else {
    while (pb < end) {
      b0 = v128.load(pb);
      b1 = v128.load(pb, 16);
      a = v128.load32_splat(pa);
      c00 = madd<T>(a, b0, c00);
      c01 = madd<T>(a, b1, c01);
      a = v128.load32_splat(pa, 4);
      c10 = madd<T>(a, b0, c10);
      c11 = madd<T>(a, b1, c11);
      a = v128.load32_splat(pa, 8);
      c20 = madd<T>(a, b0, c20);
      c21 = madd<T>(a, b1, c21);
      a = v128.load32_splat(pa, 12);
      c30 = madd<T>(a, b0, c30);
      c31 = madd<T>(a, b1, c31);
      pa += 16;
      pb += 32;
    }
  }
  storeTile<T>(out, rs, cs, mr, nr, acc, tile, c00, c01, c10, c11, c20, c21, c30, c31);
}

/** Stores the accumulators: whole vectors for a full tile with unit column stride, else through `tile`, clipped. */
@inline function storeTile<T>(out: usize, rs: isize, cs: isize, mr: i32, nr: i32, acc: bool, tile: usize, c00: v128, c01: v128, c10: v128, c11: v128, c20: v128, c21: v128, c30: v128, c31: v128): void {
  const S = sizeof<T>();
  const NR = nrOf<T>();
  if (mr == MR && nr == NR && cs == <isize>S) {
    emit<T>(out, c00, acc);
    emit<T>(out + 16, c01, acc);
    out += rs;
    emit<T>(out, c10, acc);
    emit<T>(out + 16, c11, acc);
    out += rs;
    emit<T>(out, c20, acc);
    emit<T>(out + 16, c21, acc);
    out += rs;
    emit<T>(out, c30, acc);
    emit<T>(out + 16, c31, acc);
    return;
  }
  v128.store(tile, c00);
  v128.store(tile, c01, 16);
  v128.store(tile, c10, 32);
  v128.store(tile, c11, 48);
  v128.store(tile, c20, 64);
  v128.store(tile, c21, 80);
  v128.store(tile, c30, 96);
  v128.store(tile, c31, 112);
  for (let i = 0; i < mr; i++) {
    const t = tile + (<usize>i << 5);
    const o = out + <isize>i * rs;
    for (let j = 0; j < nr; j++) {
      const q = o + <isize>j * cs;
      const v = load<T>(t + <usize>j * S);
      store<T>(q, acc ? load<T>(q) + v : v);
    }
  }
}

/** out = a @ b through packed panels; `work` holds the blocking and the packing space. */
@inline export function gemm<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, work: usize): void {
  packed<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, work, false);
}

/** out -= a @ b: b is packed negated and every tile adds to out (k = 0 leaves out as it is). */
@inline export function gemmSub<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, work: usize): void {
  packed<T>(out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn, work, true);
}

@inline function packed<T>(out: usize, a: usize, b: usize, m: i32, k: i32, n: i32, sOm: isize, sOn: isize, sAm: isize, sAk: isize, sBk: isize, sBn: isize, work: usize, sub: bool): void {
  const S = sizeof<T>();
  const NR = nrOf<T>();
  const MC = load<i32>(work);
  const KC = load<i32>(work, 4);
  const NC = load<i32>(work, 8);
  const tile = work + 16;
  const pa = work + WORK_HEADER;
  const pb = pa + <usize>MC * <usize>KC * S;
  for (let jc = 0; jc < n; jc += NC) {
    const nc = min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = min(KC, k - pc);
      const acc = sub || pc > 0;
      packB<T>(pb, b + <isize>pc * sBk + <isize>jc * sBn, sBk, sBn, kc, nc, sub);
      for (let ic = 0; ic < m; ic += MC) {
        const mc = min(MC, m - ic);
        packA<T>(pa, a + <isize>ic * sAm + <isize>pc * sAk, sAm, sAk, mc, kc);
        const base = out + <isize>ic * sOm + <isize>jc * sOn;
        for (let jr = 0; jr < nc; jr += NR) {
          const nr = min(NR, nc - jr);
          const sb = pb + <usize>jr * <usize>kc * S;
          const col = base + <isize>jr * sOn;
          for (let ir = 0; ir < mc; ir += MR) {
            micro<T>(kc, pa + <usize>ir * <usize>kc * S, sb, col + <isize>ir * sOm, sOm, sOn, min(MR, mc - ir), nr, acc, tile);
          }
        }
      }
    }
  }
}
