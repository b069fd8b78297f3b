// NumPy's bounded integers (numpy/random/src/distributions/distributions.c), generic over the bit
// generator G (MT19937 or PCG64; each has next32, next64 and nextDouble). Every draw below is in
// [off, off + rng] with rng inclusive, as NumPy's internal generators are.
//
// - masked rejection (RandomState): a draw ANDed with the smallest all-ones mask covering rng,
//   redrawn while above rng;
// - Lemire's multiply-and-reject (Generator), https://arxiv.org/abs/1805.10941;
// - ranges within 32 bits take 32-bit draws, 16- and 8-bit outputs share one 32-bit draw
//   between two or four values (NumPy's buffered draws), booleans between 32.

import { mulhi64 } from "./pcg64";

/** The smallest all-ones mask covering max. */
@inline export function genMask(max: u64): u64 {
  let mask = max;
  mask |= mask >> 1;
  mask |= mask >> 2;
  mask |= mask >> 4;
  mask |= mask >> 8;
  mask |= mask >> 16;
  mask |= mask >> 32;
  return mask;
}

/** `random_interval`: a masked draw in [0, max], 32-bit draws while max fits 32 bits. */
@inline export function randomInterval<G>(g: G, max: u64): u64 {
  if (max == 0) return 0;
  const mask = genMask(max);
  let value: u64;
  if (max <= 0xffffffff) {
    do value = <u64>(g.next32() & <u32>mask);
    while (value > max);
  } else {
    do value = g.next64() & mask;
    while (value > max);
  }
  return value;
}

@inline function lemire32<G>(g: G, rng: u32): u32 {
  const rngExcl = rng + 1;
  let m = <u64>g.next32() * <u64>rngExcl;
  let leftover = <u32>m;
  if (leftover < rngExcl) {
    const threshold = (0xffffffff - rng) % rngExcl;
    while (leftover < threshold) {
      m = <u64>g.next32() * <u64>rngExcl;
      leftover = <u32>m;
    }
  }
  return <u32>(m >> 32);
}

@inline function lemire64<G>(g: G, rng: u64): u64 {
  const rngExcl = rng + 1;
  let x = g.next64();
  let leftover = x * rngExcl;
  if (leftover < rngExcl) {
    const threshold = (0xffffffffffffffff - rng) % rngExcl;
    while (leftover < threshold) {
      x = g.next64();
      leftover = x * rngExcl;
    }
  }
  return mulhi64(x, rngExcl);
}

/** `random_bounded_uint64`: one value in [off, off + rng] (wrapping), any 64-bit range. */
@inline export function bounded64<G>(g: G, off: u64, rng: u64, mask: u64, masked: bool): u64 {
  if (rng == 0) return off;
  if (rng <= 0xffffffff) {
    if (rng == 0xffffffff) return off + <u64>g.next32();
    if (masked) {
      let v: u32;
      do v = g.next32() & <u32>mask;
      while (v > <u32>rng);
      return off + <u64>v;
    }
    return off + <u64>lemire32(g, <u32>rng);
  }
  if (rng == 0xffffffffffffffff) return off + g.next64();
  if (masked) {
    let v: u64;
    do v = g.next64() & mask;
    while (v > rng);
    return off + v;
  }
  return off + lemire64(g, rng);
}

/** `random_buffered_bounded_uint32`. */
@inline function bounded32<G>(g: G, off: u32, rng: u32, mask: u32, masked: bool): u32 {
  if (rng == 0) return off;
  if (rng == 0xffffffff) return off + g.next32();
  if (masked) {
    let v: u32;
    do v = g.next32() & mask;
    while (v > rng);
    return off + v;
  }
  return off + lemire32(g, rng);
}

// The 32-bit word that 16-bit, 8-bit and boolean draws are cut from, and how many pieces remain.
// Reset at the start of every fill, as NumPy's are.
let buf: u32 = 0;
let bcnt: i32 = 0;

@inline function buffered16<G>(g: G): u32 {
  if (!bcnt) {
    buf = g.next32();
    bcnt = 1;
  } else {
    buf >>= 16;
    bcnt -= 1;
  }
  return buf & 0xffff;
}

@inline function buffered8<G>(g: G): u32 {
  if (!bcnt) {
    buf = g.next32();
    bcnt = 3;
  } else {
    buf >>= 8;
    bcnt -= 1;
  }
  return buf & 0xff;
}

/** `random_buffered_bounded_uint16` and `_uint8` (bits = 16 or 8). */
@inline function boundedSmall<G>(g: G, off: u32, rng: u32, mask: u32, masked: bool, bits: i32): u32 {
  const all: u32 = bits == 16 ? 0xffff : 0xff;
  if (rng == 0) return off;
  if (rng == all) return off + (bits == 16 ? buffered16(g) : buffered8(g));
  if (masked) {
    let v: u32;
    do v = (bits == 16 ? buffered16(g) : buffered8(g)) & mask;
    while (v > rng);
    return off + v;
  }
  const rngExcl = rng + 1;
  let m = (bits == 16 ? buffered16(g) : buffered8(g)) * rngExcl;
  let leftover = m & all;
  if (leftover < rngExcl) {
    const threshold = (all - rng) % rngExcl;
    while (leftover < threshold) {
      m = (bits == 16 ? buffered16(g) : buffered8(g)) * rngExcl;
      leftover = m & all;
    }
  }
  return off + (m >> bits);
}

/** `random_buffered_bounded_bool`: one bit of a 32-bit draw per value (rng is 0 or 1). */
@inline function boundedBool<G>(g: G, off: u32, rng: u32): u32 {
  if (rng == 0) return off;
  if (!bcnt) {
    buf = g.next32();
    bcnt = 31;
  } else {
    buf >>= 1;
    bcnt -= 1;
  }
  return buf & 1;
}

/**
 * n bounded 64-bit integers into out (u64/i64): element i is drawn from [off_i, off_i + rng_i]
 * where off_i = offs[i * so] and rng_i = rngs[i * sr] (u64; a stride of 0 repeats one value).
 */
@inline export function fillBounded64<G>(g: G, out: usize, n: i32, offs: usize, so: isize, rngs: usize, sr: isize, masked: bool): void {
  for (let i = 0; i < n; i++) {
    const rng = load<u64>(rngs + <usize>(<isize>i * sr));
    store<u64>(out + (<usize>i << 3), bounded64(g, load<u64>(offs + <usize>(<isize>i * so)), rng, genMask(rng), masked));
  }
}

/**
 * n bounded integers of `bytes` = 4, 2 or 1 bytes into out (booleans when `bool`): as
 * fillBounded64, with off and rng read as u32.
 */
@inline export function fillBoundedNarrow<G>(g: G, out: usize, n: i32, offs: usize, so: isize, rngs: usize, sr: isize, masked: bool, bytes: i32, bool: bool): void {
  buf = 0;
  bcnt = 0;
  for (let i = 0; i < n; i++) {
    const off = load<u32>(offs + <usize>(<isize>i * so));
    const rng = load<u32>(rngs + <usize>(<isize>i * sr));
    const mask = <u32>genMask(<u64>rng);
    if (bool) store<u8>(out + <usize>i, <u8>boundedBool(g, off, rng));
    else if (bytes == 4) store<u32>(out + (<usize>i << 2), bounded32(g, off, rng, mask, masked));
    else if (bytes == 2) store<u16>(out + (<usize>i << 1), <u16>boundedSmall(g, off, rng, mask, masked, 16));
    else store<u8>(out + <usize>i, <u8>boundedSmall(g, off, rng, mask, masked, 8));
  }
}
