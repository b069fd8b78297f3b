// An LZMA decoder (the .lzma "alone" format: 13-byte header, then one LZMA stream), compiled on
// its own into the small module that unpacks the kernels at load (src/backend/wasm/unpack.ts).
// LZMA packs the kernels about 35% smaller than DEFLATE, and decoding in WebAssembly keeps the
// load fast where a JavaScript decoder would first run in the interpreter.
//
// Memory: the input at `input`, the probability model at `probs` (u16 each), the output at `out`;
// JavaScript grows the memory to fit and places them. Decoding stops after `size` bytes, so a
// prefix of the stream (the core module alone) costs only its own share.

// The range coder.
let range: u32 = 0;
let code: u32 = 0;
let inPos: usize = 0;
let inEnd: usize = 0;

@inline function nextByte(): u32 {
  // Past the end reads as zero bytes: a corrupt stream then fails the size check, never traps.
  const b: u32 = inPos < inEnd ? <u32>load<u8>(inPos) : 0;
  inPos++;
  return b;
}

@inline function normalize(): void {
  if (range < (1 << 24)) {
    range <<= 8;
    code = (code << 8) | nextByte();
  }
}

/** One bit with the adaptive probability at `p` (11-bit, moved by 1/32 toward the outcome). */
@inline function bit(p: usize): u32 {
  const prob: u32 = load<u16>(p);
  const bound = (range >> 11) * prob;
  let b: u32;
  if (code < bound) {
    store<u16>(p, <u16>(prob + ((2048 - prob) >> 5)));
    range = bound;
    b = 0;
  } else {
    store<u16>(p, <u16>(prob - (prob >> 5)));
    code -= bound;
    range -= bound;
    b = 1;
  }
  normalize();
  return b;
}

/** `n` bits with probability one half, most significant first. */
function direct(n: u32): u32 {
  let r: u32 = 0;
  for (; n > 0; n--) {
    range >>= 1;
    code -= range;
    const t = 0 - (code >> 31);
    code += range & t;
    r = (r << 1) + (t + 1);
    normalize();
  }
  return r;
}

/** A bit tree of `n` levels at `p`, most significant bit first. */
function tree(p: usize, n: u32): u32 {
  let m: u32 = 1;
  for (let i: u32 = 0; i < n; i++) m = (m << 1) + bit(p + (<usize>m << 1));
  return m - (1 << n);
}

/** A bit tree of `n` levels at `p`, least significant bit first. */
function reverseTree(p: usize, n: u32): u32 {
  let m: u32 = 1;
  let sym: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const b = bit(p + (<usize>m << 1));
    m = (m << 1) + b;
    sym |= b << i;
  }
  return sym;
}

// The model's layout, in u16 probabilities from `probs` (the order LZMA's reference decoder uses
// does not matter: every probability starts at one half).
const IS_MATCH = 0; //            12 states × 16 position states
const IS_REP = 192; //            12
const IS_REP_G0 = 204; //         12
const IS_REP_G1 = 216; //         12
const IS_REP_G2 = 228; //         12
const IS_REP0_LONG = 240; //      12 × 16
const POS_SLOT = 432; //          4 × 64
const POS_SPECIAL = 688; //       115 (distances 4…127, reverse trees)
const ALIGN = 803; //             16
const LEN = 819; //               length decoder: 514
const REP_LEN = 1333; //          repeat-length decoder: 514
const LITERAL = 1847; //          0x300 << (lc + lp)

/** A match length (0-based) from the length decoder at `p`: choice, choice2, low[16][8], mid[16][8], high[256]. */
function length(p: usize, posState: u32): u32 {
  if (bit(p) == 0) return tree(p + 4 + (<usize>posState << 4), 3);
  if (bit(p + 2) == 0) return 8 + tree(p + 4 + 256 + (<usize>posState << 4), 3);
  return 16 + tree(p + 4 + 512, 8);
}

/**
 * Decodes the .lzma data at `input` (`inputLength` bytes) into `size` bytes at `out`, using
 * `probs` for the model (2 × (1847 + (0x300 << (lc + lp))) bytes). Returns the number of bytes
 * written: `size` unless the data is corrupt or ends early.
 */
export function lzma_decode(input: usize, inputLength: usize, probs: usize, out: usize, size: usize): usize {
  let props = <u32>load<u8>(input);
  const lc = props % 9;
  props /= 9;
  const lp = props % 5;
  const pb = props / 5;
  if (pb > 4 || inputLength < 18) return 0;
  const count: u32 = LITERAL + (0x300 << (lc + lp));
  for (let i: u32 = 0; i < count; i++) store<u16>(probs + (<usize>i << 1), 1024);
  inPos = input + 13;
  inEnd = input + inputLength;
  if (nextByte() != 0) return 0;
  code = 0;
  range = 0xffffffff;
  for (let i = 0; i < 4; i++) code = (code << 8) | nextByte();

  const pbMask: u32 = (1 << pb) - 1;
  const lpMask: u32 = (1 << lp) - 1;
  let state: u32 = 0;
  let rep0: u32 = 0;
  let rep1: u32 = 0;
  let rep2: u32 = 0;
  let rep3: u32 = 0;
  let pos: usize = 0;
  while (pos < size) {
    const posState = <u32>pos & pbMask;
    if (bit(probs + ((<usize>(IS_MATCH + (state << 4) + posState)) << 1)) == 0) {
      // A literal, predicted from the previous byte (and after a match, from the byte at rep0).
      const prev: u32 = pos > 0 ? <u32>load<u8>(out + pos - 1) : 0;
      const p = probs + ((<usize>LITERAL + <usize>0x300 * ((((<u32>pos & lpMask) << lc) + (prev >> (8 - lc))))) << 1);
      let symbol: u32 = 1;
      if (state >= 7) {
        if (<usize>rep0 >= pos) return pos;
        let match: u32 = load<u8>(out + pos - rep0 - 1);
        while (symbol < 0x100) {
          const matchBit = (match >> 7) & 1;
          match <<= 1;
          const b = bit(p + ((<usize>(((1 + matchBit) << 8) + symbol)) << 1));
          symbol = (symbol << 1) | b;
          if (matchBit != b) break;
        }
      }
      while (symbol < 0x100) symbol = (symbol << 1) | bit(p + (<usize>symbol << 1));
      store<u8>(out + pos, <u8>symbol);
      pos++;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len: u32;
    if (bit(probs + (<usize>(IS_REP + state) << 1)) != 0) {
      if (pos == 0) return 0;
      if (bit(probs + (<usize>(IS_REP_G0 + state) << 1)) == 0) {
        if (bit(probs + ((<usize>(IS_REP0_LONG + (state << 4) + posState)) << 1)) == 0) {
          // A single byte from rep0.
          if (<usize>rep0 >= pos) return 0;
          state = state < 7 ? 9 : 11;
          store<u8>(out + pos, load<u8>(out + pos - rep0 - 1));
          pos++;
          continue;
        }
      } else {
        let dist: u32;
        if (bit(probs + (<usize>(IS_REP_G1 + state) << 1)) == 0) {
          dist = rep1;
        } else {
          if (bit(probs + (<usize>(IS_REP_G2 + state) << 1)) == 0) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(probs + (REP_LEN << 1), posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(probs + (LEN << 1), posState);
      state = state < 7 ? 7 : 10;
      // The distance: a 6-bit slot by length, then its low bits.
      const slot = tree(probs + ((<usize>(POS_SLOT + (min<u32>(len, 3) << 6))) << 1), 6);
      if (slot < 4) {
        rep0 = slot;
      } else {
        const bits = (slot >> 1) - 1;
        let dist: u32 = (2 | (slot & 1)) << bits;
        if (slot < 14) {
          dist += reverseTree(probs + ((<usize>(POS_SPECIAL + dist - slot)) << 1), bits);
        } else {
          dist += direct(bits - 4) << 4;
          dist += reverseTree(probs + (ALIGN << 1), 4);
        }
        rep0 = dist;
        if (rep0 == 0xffffffff) return pos; // the end marker
      }
    }
    len += 2;
    if (<usize>rep0 >= pos) return 0;
    // Copy byte by byte: a match may overlap what it writes.
    const from = out + pos - rep0 - 1;
    const n = min<usize>(<usize>len, size - pos);
    for (let i: usize = 0; i < n; i++) store<u8>(out + pos + i, load<u8>(from + i));
    pos += n;
  }
  return pos;
}
