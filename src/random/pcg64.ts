// PCG64, the bit generator behind np.random.default_rng: its state lives in WASM memory (layout in
// assembly/random/pcg64.ts) at an address this object owns, seeded through a SeedSequence.

import { type Entropy, SeedSequence } from "./seed-sequence.js";
import { allocBlock, freeBlock, heap, kernels, stateRegistry } from "./wasm.js";

export const PCG64_STATE_BYTES = 40;

/** `PCG64.state` as NumPy reports it. */
export interface PCG64State {
  bit_generator: "PCG64";
  state: { state: bigint; inc: bigint };
  has_uint32: number;
  uinteger: number;
}

const MASK64 = (1n << 64n) - 1n;

export class PCG64 {
  /** Byte address of the state block in WASM memory. */
  readonly ptr: number;
  readonly seedSeq: SeedSequence;

  /** `PCG64(seed)`: seeds are SeedSequence entropy, or a SeedSequence. */
  constructor(seed?: Entropy | SeedSequence | null) {
    this.seedSeq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
    this.ptr = allocBlock(PCG64_STATE_BYTES);
    stateRegistry.register(this, this.ptr);
    const words = this.seedSeq.generateState(4, "uint64");
    const wptr = allocBlock(32);
    try {
      new BigUint64Array(heap(), wptr, 4).set(words);
      kernels.pcg64_seed(this.ptr, wptr);
    } finally {
      freeBlock(wptr);
    }
  }

  get state(): PCG64State {
    const w = new BigUint64Array(heap(), this.ptr, 4);
    const extra = new Uint32Array(heap(), this.ptr + 32, 2);
    return {
      bit_generator: "PCG64",
      state: { state: (w[0]! << 64n) | w[1]!, inc: (w[2]! << 64n) | w[3]! },
      has_uint32: extra[0]!,
      uinteger: extra[1]!,
    };
  }

  set state(s: PCG64State) {
    if (s.bit_generator !== "PCG64") throw new TypeError("state must be for a PCG64 PRNG");
    const w = new BigUint64Array(heap(), this.ptr, 4);
    w[0] = (s.state.state >> 64n) & MASK64;
    w[1] = s.state.state & MASK64;
    w[2] = (s.state.inc >> 64n) & MASK64;
    w[3] = s.state.inc & MASK64;
    const extra = new Uint32Array(heap(), this.ptr + 32, 2);
    extra[0] = s.has_uint32;
    extra[1] = s.uinteger;
  }

  /** `random_raw(n)`: the next n 64-bit outputs. */
  randomRaw(n: number): BigUint64Array {
    const ptr = allocBlock(n * 8);
    try {
      kernels.pcg64_next_u64(this.ptr, ptr, n);
      return new BigUint64Array(heap(), ptr, n).slice();
    } finally {
      freeBlock(ptr);
    }
  }

  /** The next n 32-bit draws (halves of 64-bit outputs, low half first). */
  next32Words(n: number): Uint32Array {
    const ptr = allocBlock(n * 4);
    try {
      kernels.pcg64_next_u32(this.ptr, ptr, n);
      return new Uint32Array(heap(), ptr, n).slice();
    } finally {
      freeBlock(ptr);
    }
  }
}
