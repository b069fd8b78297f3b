// The Mersenne Twister (MT19937) as NumPy's legacy RandomState uses it: the reference seeding
// (init_genrand, init_by_array), 32-bit words, 64-bit words high word first, and 53-bit doubles
// made of 27 + 26 bits of two words (numpy/random/src/mt19937).
//
// State block (MT19937_STATE_BYTES = 2512, 8-byte aligned), owned by TypeScript:
//   0   pos       i32   index of the next word; 624 means "regenerate first"
//   4   hasGauss  i32   RandomState's cached Gaussian (legacy_gauss) is valid
//   8   gauss     f64   that Gaussian
//   16  key       u32[624]

const N: i32 = 624;
const M: i32 = 397;
const MATRIX_A: u32 = 0x9908b0df;
const UPPER_MASK: u32 = 0x80000000;
const LOWER_MASK: u32 = 0x7fffffff;
const KEY: usize = 16;

@final @unmanaged
export class MT19937 {
  pos: i32;
  hasGauss: i32;
  gauss: f64;

  @inline private keyAddr(i: i32): usize {
    return changetype<usize>(this) + KEY + (<usize>i << 2);
  }

  /** `mt19937_gen`: regenerate the whole 624-word block. */
  generate(): void {
    const mt = changetype<usize>(this) + KEY;
    let y: u32;
    let i: i32 = 0;
    for (; i < N - M; i++) {
      const p = mt + (<usize>i << 2);
      y = (load<u32>(p) & UPPER_MASK) | (load<u32>(p, 4) & LOWER_MASK);
      store<u32>(p, load<u32>(p, M << 2) ^ (y >> 1) ^ (-(y & 1) & MATRIX_A));
    }
    for (; i < N - 1; i++) {
      const p = mt + (<usize>i << 2);
      y = (load<u32>(p) & UPPER_MASK) | (load<u32>(p, 4) & LOWER_MASK);
      store<u32>(p, load<u32>(p - <usize>((N - M) << 2)) ^ (y >> 1) ^ (-(y & 1) & MATRIX_A));
    }
    const last = mt + (<usize>(N - 1) << 2);
    y = (load<u32>(last) & UPPER_MASK) | (load<u32>(mt) & LOWER_MASK);
    store<u32>(last, load<u32>(mt + (<usize>(M - 1) << 2)) ^ (y >> 1) ^ (-(y & 1) & MATRIX_A));
    this.pos = 0;
  }

  /** The next tempered 32-bit word. */
  @inline next32(): u32 {
    if (this.pos == N) this.generate();
    let y = load<u32>(this.keyAddr(this.pos));
    this.pos++;
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    return y ^ (y >> 18);
  }

  /** `mt19937_next64`: the first word is the high half. */
  @inline next64(): u64 {
    const hi = <u64>this.next32();
    return (hi << 32) | <u64>this.next32();
  }

  /** `mt19937_next_double`: (a * 2^26 + b) / 2^53 with a, b the top 27 and 26 bits of two words. */
  @inline nextDouble(): f64 {
    const a = <i32>(this.next32() >> 5);
    const b = <i32>(this.next32() >> 6);
    return (<f64>a * 67108864.0 + <f64>b) / 9007199254740992.0;
  }

  /** `mt19937_seed` (init_genrand). */
  seed(seed: u32): void {
    let s = seed;
    store<u32>(this.keyAddr(0), s);
    for (let i: i32 = 1; i < N; i++) {
      s = 1812433253 * (s ^ (s >> 30)) + <u32>i;
      store<u32>(this.keyAddr(i), s);
    }
    this.pos = N;
  }

  /** `mt19937_init_by_array` over `len` words at `key`. */
  seedByArray(key: usize, len: i32): void {
    this.seed(19650218);
    let i: i32 = 1;
    let j: i32 = 0;
    for (let k = max(N, len); k > 0; k--) {
      const prev = load<u32>(this.keyAddr(i - 1));
      const v = (load<u32>(this.keyAddr(i)) ^ ((prev ^ (prev >> 30)) * 1664525)) + load<u32>(key + (<usize>j << 2)) + <u32>j;
      store<u32>(this.keyAddr(i), v);
      i++;
      j++;
      if (i >= N) {
        store<u32>(this.keyAddr(0), load<u32>(this.keyAddr(N - 1)));
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = load<u32>(this.keyAddr(i - 1));
      store<u32>(this.keyAddr(i), (load<u32>(this.keyAddr(i)) ^ ((prev ^ (prev >> 30)) * 1566083941)) - <u32>i);
      i++;
      if (i >= N) {
        store<u32>(this.keyAddr(0), load<u32>(this.keyAddr(N - 1)));
        i = 1;
      }
    }
    store<u32>(this.keyAddr(0), 0x80000000); // the state can never be all zeros
    this.pos = N;
  }
}
