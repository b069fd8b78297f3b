// NumPy's legacy `RandomState` and the global generator behind np.random.* (seed, rand, randn,
// randint, random, uniform, normal, ...). Every method checks its arguments and returns a Draws
// (./draws.ts): NumPy's output shape and dtype, and `fill(out)`, which draws bit for bit as NumPy.

import { ValueError } from "./checks.js";
import { type Draws, sample, sampleOne } from "./draws.js";
import type { IntDType } from "./integers.js";
import * as legacy from "./legacy-distributions.js";
import { legacySeeding, MT19937, type Seed } from "./mt19937.js";
import type { IntParamInput, ParamInput, Size } from "./params.js";
import type { Population, ShuffleTarget } from "./sampling.js";

export type { Seed };

/** `RandomState.get_state()`: the MT19937 words, the read position and the cached Gaussian. */
export interface LegacyState {
  key: Uint32Array;
  pos: number;
  hasGauss: boolean;
  gauss: number;
}

export class RandomState {
  readonly bitGenerator = new MT19937();

  /** `RandomState(seed)`; no seed (or null) draws the state from crypto.getRandomValues. */
  constructor(seed?: Seed | null) {
    this.seed(seed);
  }

  /** `seed(seed)`: reseed MT19937 and forget the cached Gaussian (nothing changes if seed is bad). */
  seed(seed?: Seed | null): void {
    legacySeeding(this.bitGenerator, seed);
  }

  /** Whether a Gaussian is cached (the second of the last polar pair). */
  get hasGauss(): boolean {
    return this.bitGenerator.gaussCache[0];
  }

  get gauss(): number {
    return this.bitGenerator.gaussCache[1];
  }

  /** `get_state()`. */
  getState(): LegacyState {
    const [hasGauss, gauss] = this.bitGenerator.gaussCache;
    return { key: this.bitGenerator.key, pos: this.bitGenerator.pos, hasGauss, gauss };
  }

  /** `set_state(state)`. */
  setState(state: LegacyState): void {
    if (state.key.length !== 624 || !(state.pos >= 0 && state.pos <= 624)) {
      throw new ValueError("state must hold 624 words and a position in [0, 624]");
    }
    this.bitGenerator.key = state.key;
    this.bitGenerator.pos = state.pos;
    this.bitGenerator.gaussCache = [state.hasGauss, state.gauss];
  }

  /** `random_sample(size)`, `random(size)`. */
  randomSample(size?: Size): Draws<"float64"> {
    return legacy.randomSample(this.bitGenerator, size);
  }

  random(size?: Size): Draws<"float64"> {
    return legacy.randomSample(this.bitGenerator, size);
  }

  /** `standard_normal(size)`. */
  standardNormal(size?: Size): Draws<"float64"> {
    return legacy.standardNormal(this.bitGenerator, size);
  }

  uniform(low: ParamInput = 0, high: ParamInput = 1, size?: Size): Draws<"float64"> {
    return legacy.uniform(this.bitGenerator, low, high, size);
  }

  normal(loc: ParamInput = 0, scale: ParamInput = 1, size?: Size): Draws<"float64"> {
    return legacy.normal(this.bitGenerator, loc, scale, size);
  }

  exponential(scale: ParamInput = 1, size?: Size): Draws<"float64"> {
    return legacy.exponential(this.bitGenerator, scale, size);
  }

  gamma(shape: ParamInput, scale: ParamInput = 1, size?: Size): Draws<"float64"> {
    return legacy.gamma(this.bitGenerator, shape, scale, size);
  }

  beta(a: ParamInput, b: ParamInput, size?: Size): Draws<"float64"> {
    return legacy.beta(this.bitGenerator, a, b, size);
  }

  binomial(n: IntParamInput, p: ParamInput, size?: Size): Draws<"int64"> {
    return legacy.binomial(this.bitGenerator, n, p, size);
  }

  poisson(lam: ParamInput = 1, size?: Size): Draws<"int64"> {
    return legacy.poisson(this.bitGenerator, lam, size);
  }

  /** `randint(low, high, size, dtype)`; without high, [0, low). */
  randint(low: IntParamInput, high?: IntParamInput | null, size?: Size, dtype: IntDType = "int64"): Draws {
    return legacy.randint(this.bitGenerator, low, high, size, dtype);
  }

  choice(a: Population, size?: Size, options?: legacy.ChoiceOptions): Draws<"int64"> {
    return legacy.choice(this.bitGenerator, a, size, options);
  }

  permutation(x: number | bigint | Population): Draws<"int64"> {
    return legacy.permutation(this.bitGenerator, x);
  }

  shuffle(target: ShuffleTarget, rowLength = 1): void {
    legacy.shuffle(this.bitGenerator, target, rowLength);
  }
}

/** The global generator behind `np.random.*`; seeded from fresh entropy until `seed` is called. */
export const globalRandomState = new RandomState();

// The forms src/ops/random.ts uses (the global generator, flattened outputs).

/** `np.random.seed(seed)`. */
export function seed(s?: Seed | null): void {
  globalRandomState.seed(s);
}

/** `np.random.rand(n)` as a new Float64Array. */
export function rand(n: number): Float64Array {
  return sample(globalRandomState.randomSample(n));
}

/** `np.random.randn(n)` as a new Float64Array. */
export function randn(n: number): Float64Array {
  return sample(globalRandomState.standardNormal(n));
}

/** One `np.random.random()`. */
export function random1(): number {
  return sampleOne(globalRandomState.randomSample()) as number;
}

/** One `np.random.standard_normal()`. */
export function standardNormal1(): number {
  return sampleOne(globalRandomState.standardNormal()) as number;
}

/** Writes n `np.random.rand` values into `out` (for example a view of WASM memory). */
export function fillUniform(out: Float64Array, n: number = out.length): void {
  globalRandomState.randomSample(n).fill(out.subarray(0, n));
}

/** Writes n `np.random.randn` values into `out`. */
export function fillGauss(out: Float64Array, n: number = out.length): void {
  globalRandomState.standardNormal(n).fill(out.subarray(0, n));
}

/**
 * Writes n `np.random.randint(low, high)` values into an Int32Array: NumPy's int64 stream, with
 * the bounds checked as `dtype=np.int32` checks them. As in NumPy, n = 0 returns before any check.
 */
export function fillRandint(out: Int32Array, n: number, low: number, high?: number | null): void {
  globalRandomState.randint(low, high, n, "int32").fill(out.subarray(0, n));
}

/** `np.random.randint(low, high, size=n)` as an Int32Array (see fillRandint). */
export function randint(low: number, high?: number | null, n = 1): Int32Array {
  const out = new Int32Array(n);
  fillRandint(out, n, low, high);
  return out;
}
