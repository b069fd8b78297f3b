// PCG64 (PCG XSL RR 128/64) as NumPy's Generator uses it: a 128-bit LCG with NumPy's multiplier,
// stepped before each output, and 32-bit draws that hand out the two halves of one 64-bit output
// low half first (numpy/random/src/pcg64/pcg64.h).
//
// State block (PCG64_STATE_BYTES = 40, 8-byte aligned), owned by TypeScript:
//   0   stateHi   u64     the 128-bit LCG state
//   8   stateLo   u64
//   16  incHi     u64     the 128-bit increment (always odd)
//   24  incLo     u64
//   32  hasUint32 i32     a buffered 32-bit half is waiting
//   36  uinteger  u32     that half

const MULT_HI: u64 = 2549297995355413924;
const MULT_LO: u64 = 4865540595714422341;

/** The high 64 bits of the 128-bit product a * b. */
@inline export function mulhi64(a: u64, b: u64): u64 {
  const a0 = a & 0xffffffff;
  const a1 = a >> 32;
  const b0 = b & 0xffffffff;
  const b1 = b >> 32;
  const w0 = a0 * b0;
  const t = a1 * b0 + (w0 >> 32);
  const w1 = (t & 0xffffffff) + a0 * b1;
  return a1 * b1 + (t >> 32) + (w1 >> 32);
}

@final @unmanaged
export class PCG64 {
  stateHi: u64;
  stateLo: u64;
  incHi: u64;
  incLo: u64;
  hasUint32: i32;
  uinteger: u32;

  /** state = state * MULT + inc (mod 2^128). */
  @inline step(): void {
    const lo = this.stateLo;
    const hi = this.stateHi;
    const plo = lo * MULT_LO;
    const phi = mulhi64(lo, MULT_LO) + lo * MULT_HI + hi * MULT_LO;
    const slo = plo + this.incLo;
    this.stateLo = slo;
    this.stateHi = phi + this.incHi + <u64>(slo < plo);
  }

  /** The next 64-bit output: step, then rotate hi ^ lo right by the top 6 bits. */
  @inline next64(): u64 {
    this.step();
    const hi = this.stateHi;
    return rotr<u64>(hi ^ this.stateLo, hi >> 58);
  }

  /** `pcg64_next32`: the low half of a fresh output, or the high half kept from the last one. */
  @inline next32(): u32 {
    if (this.hasUint32) {
      this.hasUint32 = 0;
      return this.uinteger;
    }
    const next = this.next64();
    this.hasUint32 = 1;
    this.uinteger = <u32>(next >> 32);
    return <u32>next;
  }

  /** 53 random bits as a double in [0, 1). */
  @inline nextDouble(): f64 {
    // below 2^53: the signed conversion (one instruction) is exact
    return <f64>(<i64>(this.next64() >> 11)) * (1.0 / 9007199254740992.0);
  }

  /** `pcg64_set_seed`: seed and sequence from 4 words at `words` (seed hi, lo, sequence hi, lo). */
  seed(words: usize): void {
    const seqHi = load<u64>(words, 16);
    const seqLo = load<u64>(words, 24);
    this.stateHi = 0;
    this.stateLo = 0;
    this.incHi = (seqHi << 1) | (seqLo >> 63);
    this.incLo = (seqLo << 1) | 1;
    this.step();
    const lo = this.stateLo + load<u64>(words, 8);
    this.stateHi = this.stateHi + load<u64>(words) + <u64>(lo < this.stateLo);
    this.stateLo = lo;
    this.step();
    this.hasUint32 = 0;
    this.uinteger = 0;
  }
}
