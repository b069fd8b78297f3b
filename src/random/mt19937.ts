/**
 * NumPy's legacy global random generator (`np.random.seed`, `rand`, `randn`, `randint`, i.e.
 * `RandomState` over MT19937), bit for bit, in plain TypeScript.
 *
 * References: numpy/random/src/mt19937/mt19937.{c,h}, numpy/random/_mt19937.pyx
 * (`_legacy_seeding`), numpy/random/mtrand.pyx, numpy/random/_bounded_integers.pyx.in and the
 * C distributions wrapped by ./legacy.ts.
 */
import { OverflowError, ValueError } from "../core/errors.js";
import { boundedMaskedFill, type GaussCache, legacyGauss } from "./legacy.js";

/** Seeds accepted by `np.random.seed`: an integer in [0, 2**32 - 1] or a 1-D list of them. */
export type Seed = number | ArrayLike<number>;

/** `RandomState.get_state()`: the MT19937 words, the read position and the cached Gaussian. */
export interface LegacyState {
  key: Uint32Array;
  pos: number;
  hasGauss: boolean;
  gauss: number;
}

const valueError = (message: string) => new ValueError(message);
// Python's int(x) raises OverflowError for infinities.
const overflowError = (message: string) => new OverflowError(message);

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The Mersenne Twister bit generator with NumPy's seeding and its 53-bit doubles. */
export class MT19937 {
  /** The 624-word state (`key` in NumPy's `get_state()`). */
  readonly key = new Uint32Array(N);
  /** Index of the next word to temper; N means the block must be regenerated first. */
  pos = N;

  /** `mt19937_seed` (the reference `init_genrand`), used by `np.random.seed(int)`. */
  seedInt(seed: number): void {
    const mt = this.key;
    let s = seed >>> 0;
    mt[0] = s;
    for (let i = 1; i < N; i++) {
      s = (Math.imul(1812433253, s ^ (s >>> 30)) + i) >>> 0;
      mt[i] = s;
    }
    this.pos = N;
  }

  /** `mt19937_init_by_array`, used by `np.random.seed(list_of_ints)`. */
  seedArray(initKey: ArrayLike<number>): void {
    const mt = this.key;
    const len = initKey.length;
    this.seedInt(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = (mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + initKey[j]! + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = (mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000; // the state can never be all zeros
  }

  /**
   * Fresh entropy, as `np.random.seed(None)` does with SeedSequence words: 623 random words,
   * the first word's top bit set so the state is never all zeros.
   */
  seedRandom(): void {
    const words = new Uint32Array(N);
    const crypto = globalThis.crypto;
    if (crypto?.getRandomValues) crypto.getRandomValues(words);
    else for (let i = 0; i < N; i++) words[i] = Math.floor(Math.random() * 0x100000000);
    words[0] = 0x80000000;
    this.key.set(words);
    this.pos = N;
  }

  /** `mt19937_gen`: regenerate the whole 624-word block at once. */
  private generate(): void {
    const mt = this.key;
    let i = 0;
    let y: number;
    for (; i < N - M; i++) {
      y = (mt[i]! & UPPER_MASK) | (mt[i + 1]! & LOWER_MASK);
      mt[i] = mt[i + M]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      y = (mt[i]! & UPPER_MASK) | (mt[i + 1]! & LOWER_MASK);
      mt[i] = mt[i + M - N]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.pos = 0;
  }

  /** `mt19937_next32`: the next tempered 32-bit word, as an unsigned number. */
  next32(): number {
    if (this.pos === N) this.generate();
    let y = this.key[this.pos++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `mt19937_next_double`: 27 + 26 bits of two consecutive words, a multiple of 2**-53. */
  nextDouble(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }
}

/** `RandomState._legacy_seeding`: validate everything before touching the state. */
function legacySeeding(bits: MT19937, seed: Seed | null | undefined): void {
  if (seed === undefined || seed === null) {
    bits.seedRandom();
    return;
  }
  if (typeof seed === "number") {
    if (!Number.isInteger(seed)) {
      throw new TypeError(
        "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'",
      );
    }
    if (seed < 0 || seed > 0xffffffff) throw valueError("Seed must be between 0 and 2**32 - 1");
    bits.seedInt(seed);
    return;
  }
  if (typeof seed !== "object" || typeof seed.length !== "number") {
    throw new TypeError("seed must be an integer, an array of integers, null or undefined");
  }
  // NumPy: np.asarray(seed) must be non-empty, cast safely to int64, be 1-D, and in range.
  const shape = { size: 0, nested: false, integral: true };
  inspectSeed(seed, shape);
  if (shape.size === 0) throw valueError("Seed must be non-empty");
  if (!shape.integral) {
    throw new TypeError(
      "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
    );
  }
  if (shape.nested) throw valueError("Seed array must be 1-d");
  for (let i = 0; i < seed.length; i++) {
    const v = seed[i]!;
    if (v < 0 || v > 0xffffffff) throw valueError("Seed must be between 0 and 2**32 - 1");
  }
  bits.seedArray(seed);
}

function inspectSeed(
  items: ArrayLike<unknown>,
  shape: { size: number; nested: boolean; integral: boolean },
): void {
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

/** Python's `int(x)` for a number bound: truncation, with Python's errors for NaN and infinity. */
function pyInt(x: number, name: string): number {
  if (typeof x !== "number") throw new TypeError(`randint: ${name} must be a number`);
  if (Number.isNaN(x)) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw overflowError("cannot convert float infinity to integer");
  return Math.trunc(x);
}

/**
 * `np.random.RandomState` restricted to what ndwasm exposes. Every method validates its
 * arguments before drawing, so a call that throws leaves the stream untouched.
 */
export class RandomState implements GaussCache {
  readonly bitGenerator = new MT19937();
  /** The second Gaussian of the last polar pair, returned by the next Gaussian draw. */
  hasGauss = false;
  gauss = 0;

  /** `RandomState(seed)`; no seed (or null) draws the state from crypto.getRandomValues. */
  constructor(seed?: Seed | null) {
    this.seed(seed);
  }

  /** `seed(seed)`: reseed MT19937 and forget the cached Gaussian. */
  seed(seed?: Seed | null): void {
    legacySeeding(this.bitGenerator, seed);
    this.hasGauss = false;
    this.gauss = 0;
  }

  /** `random_sample()`: one double in [0, 1). */
  random(): number {
    return this.bitGenerator.nextDouble();
  }

  /** `standard_normal()` / `randn()`: one legacy Gaussian. */
  standardNormal(): number {
    return legacyGauss(this.bitGenerator, this);
  }

  /** `random_sample(n)`: writes n doubles in [0, 1) into `out`. */
  fillUniform(out: Float64Array, n: number = out.length): void {
    const bits = this.bitGenerator;
    for (let i = 0; i < n; i++) out[i] = bits.nextDouble();
  }

  /** `standard_normal(n)`: writes n legacy Gaussians into `out`. */
  fillGauss(out: Float64Array, n: number = out.length): void {
    const bits = this.bitGenerator;
    for (let i = 0; i < n; i++) out[i] = legacyGauss(bits, this);
  }

  /**
   * `randint(low, high, size=n)` with NumPy's default integer dtype, for results that fit int32
   * (bounds are checked as `dtype=np.int32` checks them; the values are the same as int64's).
   * `high` omitted or null means [0, low). As in NumPy, n = 0 returns before any check.
   */
  fillRandint(out: Int32Array, n: number, low: number, high?: number | null): void {
    if (n === 0) return;
    let lo: number;
    let hi: number;
    if (high === undefined || high === null) {
      lo = 0;
      hi = pyInt(low, "low");
    } else {
      lo = pyInt(low, "low");
      hi = pyInt(high, "high");
    }
    hi -= 1; // NumPy draws from the closed range [low, high - 1]
    if (lo < -0x80000000) throw valueError("low is out of bounds for int32");
    if (hi > 0x7fffffff) throw valueError("high is out of bounds for int32");
    if (lo > hi) throw valueError(lo === 0 ? "high <= 0" : "low >= high");
    boundedMaskedFill(this.bitGenerator, out, n, lo | 0, hi - lo);
  }

  /** `rand(n)` as a new Float64Array. */
  rand(n: number): Float64Array {
    const out = new Float64Array(n);
    this.fillUniform(out, n);
    return out;
  }

  /** `randn(n)` as a new Float64Array. */
  randn(n: number): Float64Array {
    const out = new Float64Array(n);
    this.fillGauss(out, n);
    return out;
  }

  /** `randint(low, high, size=n)` as a new Int32Array (`randint(high)` when high is omitted). */
  randint(low: number, high?: number | null, n = 1): Int32Array {
    const out = new Int32Array(n);
    this.fillRandint(out, n, low, high);
    return out;
  }

  /** `get_state()`: a copy of the generator's full state. */
  getState(): LegacyState {
    const { key, pos } = this.bitGenerator;
    return { key: key.slice(), pos, hasGauss: this.hasGauss, gauss: this.gauss };
  }

  /** `set_state(state)`. */
  setState(state: LegacyState): void {
    if (state.key.length !== N || !(state.pos >= 0 && state.pos <= N)) {
      throw valueError("state must hold 624 words and a position in [0, 624]");
    }
    this.bitGenerator.key.set(state.key);
    this.bitGenerator.pos = state.pos;
    this.hasGauss = state.hasGauss;
    this.gauss = state.hasGauss ? state.gauss : 0;
  }
}

/** The global generator behind `np.random.*`; unseeded until `seed` is called. */
export const globalRandomState = new RandomState();

/** `np.random.seed(seed)`. */
export function seed(s?: Seed | null): void {
  globalRandomState.seed(s);
}

/** `np.random.rand(n)` (flattened). */
export function rand(n: number): Float64Array {
  return globalRandomState.rand(n);
}

/** `np.random.randn(n)` (flattened). */
export function randn(n: number): Float64Array {
  return globalRandomState.randn(n);
}

/** `np.random.randint(low, high, size=n)`; `randint(high, null, n)` draws from [0, high). */
export function randint(low: number, high?: number | null, n = 1): Int32Array {
  return globalRandomState.randint(low, high, n);
}

/** Writes n `np.random.rand` values into `out` (for example a view of WASM memory). */
export function fillUniform(out: Float64Array, n: number = out.length): void {
  globalRandomState.fillUniform(out, n);
}

/** Writes n `np.random.randn` values into `out`. */
export function fillGauss(out: Float64Array, n: number = out.length): void {
  globalRandomState.fillGauss(out, n);
}

/** Writes n `np.random.randint(low, high)` values into `out`. */
export function fillRandint(out: Int32Array, n: number, low: number, high?: number | null): void {
  globalRandomState.fillRandint(out, n, low, high);
}
