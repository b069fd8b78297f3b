// x mod π/2 for huge |x| (Payne–Hanek): the trig kernels (vtrig.ts) send lanes beyond their
// Cody–Waite range here. x = m·2^(e−52) with m a 53-bit integer; only the bits of 2/π from
// b_(e−53) on affect x·2/π mod 4 (earlier ones multiply m into multiples of 4), so 192 of them
// times m give x·2/π mod 4 with 190 fraction bits and an error below 2^-137. The closest a double
// comes to a multiple of π/2 is about 2^-61, so at least 75 significant fraction bits survive any
// cancellation. The fraction, rounded to the nearest integer n, becomes a double-double f and
// y = f·π/2 is formed with Dekker's exact product: y0 + y1 to about 2^-100 relative.

// The bits of 2/π after the binary point, 64 per word, behind one zero word (so that windows may
// start before the binary point).
const TWO_OVER_PI = memory.data<u64>([
  0x0000000000000000,
  0xA2F9836E4E441529, 0xFC2757D1F534DDC0, 0xDB6295993C439041, 0xFE5163ABDEBBC561, 0xB7246E3A424DD2E0,
  0x06492EEA09D1921C, 0xFE1DEB1CB129A73E, 0xE88235F52EBB4484, 0xE99C7026B45F7E41, 0x3991D639835339F4,
  0x9C845F8BBDF9283B, 0x1FF897FFDE05980F, 0xEF2F118B5A0A6D1F, 0x6D367ECF27CB09B7, 0x4F463F669E5FEA2D,
  0x7527BAC7EBE5F17B, 0x3D0739F78A5292EA, 0x6BFB5FB11F8D5D08, 0x56033046FC7B6BAB,
]);

const PIO2_HI = 1.5707963267948966;
const PIO2_LO = 6.123233995736766e-17;
const SPLIT = 134217729.0; // 2^27 + 1, Dekker's splitter

/** The reduced argument of the last remPio2Large call: y0 + y1, |y0| ≤ π/4. */
export let remY0: f64 = 0;
export let remY1: f64 = 0;

// High 64 bits of the 128-bit product a·b.
@inline function mulhi(a: u64, b: u64): u64 {
  const a0 = a & 0xFFFFFFFF, a1 = a >> 32, b0 = b & 0xFFFFFFFF, b1 = b >> 32;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >> 32) + (p01 & 0xFFFFFFFF) + (p10 & 0xFFFFFFFF);
  return a1 * b1 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

@inline function pow2(k: i32): f64 {
  return reinterpret<f64>(<u64>(1023 + k) << 52);
}

/**
 * For |x| ≥ 2^20: n = the integer nearest x·2/π, modulo 4, returned; x − n·π/2 left in remY0 +
 * remY1. Infinities and NaN give NaN.
 */
export function remPio2Large(x: f64): i32 {
  const u = reinterpret<u64>(x);
  const e = <i32>((u >> 52) & 0x7FF) - 1023;
  if (e == 1024) {
    remY0 = x - x;
    remY1 = remY0;
    return 0;
  }
  const m = (u & 0x000FFFFFFFFFFFFF) | 0x0010000000000000;
  // The 192-bit window of 2/π starting at b_(e−53), which is bit e + 10 of the table.
  const start = e + 10;
  const sh = <u64>(start & 63);
  const p = TWO_OVER_PI + (<usize>(start >> 6) << 3);
  let w0 = load<u64>(p), w1 = load<u64>(p, 8), w2 = load<u64>(p, 16);
  if (sh != 0) {
    const w3 = load<u64>(p, 24);
    w0 = (w0 << sh) | (w1 >> (64 - sh));
    w1 = (w1 << sh) | (w2 >> (64 - sh));
    w2 = (w2 << sh) | (w3 >> (64 - sh));
  }
  // m·W in words p1 p2 p3 (bits 128…191, 64…127, 0…63); bits 190 and 191 are n mod 4, the
  // 190 below them the fraction.
  const p3 = m * w2;
  const l1 = m * w1;
  let p2 = mulhi(m, w2) + l1;
  const c2 = <u64>(p2 < l1);
  let p1 = mulhi(m, w1) + m * w0 + c2;
  let n = <i32>(p1 >> 62);
  let f0 = p1 & 0x3FFFFFFFFFFFFFFF, f1 = p2, f2 = p3;
  let negative = false;
  if ((f0 >> 61) != 0) {
    // fraction ≥ 1/2: round n up and take 1 − fraction
    n += 1;
    negative = true;
    f2 = ~f2 + 1;
    f1 = ~f1 + <u64>(f2 == 0);
    f0 = ((~f0) & 0x3FFFFFFFFFFFFFFF) + <u64>(f2 == 0 && f1 == 0);
  }
  // Normalise: the leading one to bit 63 of t0, the next 64 bits in t1.
  let lz = 0;
  if (f0 == 0) {
    f0 = f1; f1 = f2; f2 = 0; lz = 64;
    if (f0 == 0) { f0 = f1; f1 = 0; lz = 128; }
  }
  const z = clz<u64>(f0);
  let t0 = f0, t1 = f1;
  if (z != 0) {
    t0 = (f0 << z) | (f1 >> (64 - z));
    t1 = (f1 << z) | (f2 >> (64 - z));
  }
  lz += <i32>z;
  // fraction = (t0 + t1·2^-64)·2^(−62−lz) = hi + lo, hi the top 53 bits (exact)
  const hi = <f64>(t0 >> 11) * pow2(-51 - lz);
  const lo = <f64>(((t0 & 0x7FF) << 53) | (t1 >> 11)) * pow2(-115 - lz);
  // y = (hi + lo)·π/2, hi·PIO2_HI exact by Dekker's product
  const prod = hi * PIO2_HI;
  let c = SPLIT * hi;
  const hh = c - (c - hi), hl = hi - hh;
  c = SPLIT * PIO2_HI;
  const ph = c - (c - PIO2_HI), pl = PIO2_HI - ph;
  const err = ((hh * ph - prod) + hh * pl + hl * ph) + hl * pl;
  const tail = err + (hi * PIO2_LO + lo * PIO2_HI);
  let y0 = prod + tail;
  let y1 = tail - (y0 - prod);
  if (negative != (x < 0)) {
    y0 = -y0;
    y1 = -y1;
  }
  if (x < 0) n = -n;
  remY0 = y0;
  remY1 = y1;
  return n & 3;
}
