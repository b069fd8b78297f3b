// The Mersenne Twister bit generator of NumPy's legacy RandomState: its state lives in WASM memory
// (layout in assembly/random/mt19937.ts) at an address this object owns, and np.random.seed's
// argument checks (RandomState._legacy_seeding) come first.

import { ValueError } from "./checks.js";
import { allocBlock, freeBlock, heap, kernels, stateRegistry } from "./wasm.js";

/** Seeds accepted by `np.random.seed`: an integer in [0, 2**32 - 1] or a 1-D list of them. */
export type Seed = number | ArrayLike<number>;

export const MT19937_STATE_BYTES = 2512;
const N = 624;
const KEY = 16;

export class MT19937 {
  /** Byte address of the state block in WASM memory. */
  readonly ptr: number;

  constructor() {
    this.ptr = allocBlock(MT19937_STATE_BYTES);
    new Uint8Array(heap(), this.ptr, MT19937_STATE_BYTES).fill(0);
    new Int32Array(heap(), this.ptr, 1)[0] = N;
    stateRegistry.register(this, this.ptr);
  }

  /** The 624-word key (a copy). */
  get key(): Uint32Array {
    return new Uint32Array(heap(), this.ptr + KEY, N).slice();
  }

  set key(words: ArrayLike<number>) {
    new Uint32Array(heap(), this.ptr + KEY, N).set(words);
  }

  /** Index of the next word to temper; 624 means the block is regenerated first. */
  get pos(): number {
    return new Int32Array(heap(), this.ptr, 1)[0]!;
  }

  set pos(p: number) {
    new Int32Array(heap(), this.ptr, 1)[0] = p;
  }

  /** RandomState's cached Gaussian: [hasGauss, gauss]. */
  get gaussCache(): [boolean, number] {
    const h = heap();
    return [new Int32Array(h, this.ptr + 4, 1)[0] !== 0, new Float64Array(h, this.ptr + 8, 1)[0]!];
  }

  set gaussCache([has, value]: [boolean, number]) {
    const h = heap();
    new Int32Array(h, this.ptr + 4, 1)[0] = has ? 1 : 0;
    new Float64Array(h, this.ptr + 8, 1)[0] = has ? value : 0;
  }

  /** `mt19937_seed` (init_genrand); forgets the cached Gaussian. */
  seedInt(seed: number): void {
    kernels.mt19937_seed(this.ptr, seed >>> 0);
  }

  /** `mt19937_init_by_array`; forgets the cached Gaussian. */
  seedArray(key: ArrayLike<number>): void {
    const ptr = allocBlock(key.length * 4);
    try {
      new Uint32Array(heap(), ptr, key.length).set(Array.from(key, (v) => v >>> 0));
      kernels.mt19937_seed_by_array(this.ptr, ptr, key.length);
    } finally {
      freeBlock(ptr);
    }
  }

  /** Fresh entropy, as `np.random.seed(None)` does: 624 random words, the first 0x80000000. */
  seedRandom(): void {
    const words = new Uint32Array(N);
    const crypto = globalThis.crypto;
    if (crypto?.getRandomValues) crypto.getRandomValues(words);
    else for (let i = 0; i < N; i++) words[i] = Math.floor(Math.random() * 0x100000000);
    words[0] = 0x80000000;
    this.key = words;
    this.pos = N;
    this.gaussCache = [false, 0];
  }

  /** The next `n` raw 32-bit words. */
  next32Words(n: number): Uint32Array {
    const ptr = allocBlock(n * 4);
    try {
      kernels.mt19937_next_u32(this.ptr, ptr, n);
      return new Uint32Array(heap(), ptr, n).slice();
    } finally {
      freeBlock(ptr);
    }
  }

  /** `mt19937_next32`: the next tempered word. */
  next32(): number {
    return this.next32Words(1)[0]!;
  }

  /** `mt19937_next_double`: 53 bits of two words, a multiple of 2**-53 in [0, 1). */
  nextDouble(): number {
    const w = this.next32Words(2);
    return ((w[0]! >>> 5) * 67108864.0 + (w[1]! >>> 6)) / 9007199254740992.0;
  }
}

/** `RandomState._legacy_seeding`: validate everything before touching the state. */
export function legacySeeding(bits: MT19937, seed: Seed | null | undefined): void {
  if (seed === undefined || seed === null) {
    bits.seedRandom();
    return;
  }
  if (typeof seed === "number") {
    if (!Number.isInteger(seed)) {
      throw new TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    if (seed < 0 || seed > 0xffffffff) throw new ValueError("Seed must be between 0 and 2**32 - 1");
    bits.seedInt(seed);
    return;
  }
  if (typeof seed !== "object" || typeof seed.length !== "number") {
    throw new TypeError("seed must be an integer, an array of integers, null or undefined");
  }
  // NumPy: np.asarray(seed) must be non-empty, cast safely to int64, be 1-D, and in range.
  const shape = { size: 0, nested: false, integral: true };
  inspectSeed(seed, shape);
  if (shape.size === 0) throw new ValueError("Seed must be non-empty");
  if (!shape.integral) {
    throw new TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  }
  if (shape.nested) throw new ValueError("Seed array must be 1-d");
  for (let i = 0; i < seed.length; i++) {
    const v = seed[i]!;
    if (v < 0 || v > 0xffffffff) throw new ValueError("Seed must be between 0 and 2**32 - 1");
  }
  bits.seedArray(seed);
}

function inspectSeed(items: ArrayLike<unknown>, shape: { size: number; nested: boolean; integral: boolean }): void {
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (typeof v === "object" && v !== null && typeof (v as ArrayLike<unknown>).length === "number") {
      shape.nested = true;
      inspectSeed(v as ArrayLike<unknown>, shape);
    } else {
      shape.size++;
      if (typeof v !== "number" || !Number.isInteger(v)) shape.integral = false;
    }
  }
}
