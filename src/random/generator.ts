// NumPy's `Generator` over PCG64 and `np.random.default_rng(seed)`. Every method checks its
// arguments and returns a Draws (./draws.ts): NumPy's output shape and dtype, and `fill(out)`,
// which draws bit for bit as NumPy.

import * as dist from "./distributions.js";
import type { Draws } from "./draws.js";
import type { IntParamInput, ParamInput, Size } from "./params.js";
import { PCG64 } from "./pcg64.js";
import type { Population, ShuffleTarget } from "./sampling.js";
import { type Entropy, SeedSequence } from "./seed-sequence.js";

export class Generator {
  readonly bitGenerator: PCG64;

  constructor(bitGenerator: PCG64) {
    this.bitGenerator = bitGenerator;
  }

  /** `random(size)`: doubles in [0, 1). */
  random(size?: Size): Draws<"float64"> {
    return dist.random(this.bitGenerator, size);
  }

  /** `integers(low, high, size, dtype=int64, endpoint=False)`; without high, [0, low). */
  integers(low: IntParamInput, high?: IntParamInput | null, size?: Size, options?: dist.IntegersOptions): Draws {
    return dist.integers(this.bitGenerator, low, high, size, options);
  }

  standardNormal(size?: Size): Draws<"float64"> {
    return dist.standardNormal(this.bitGenerator, size);
  }

  normal(loc: ParamInput = 0, scale: ParamInput = 1, size?: Size): Draws<"float64"> {
    return dist.normal(this.bitGenerator, loc, scale, size);
  }

  uniform(low: ParamInput = 0, high: ParamInput = 1, size?: Size): Draws<"float64"> {
    return dist.uniform(this.bitGenerator, low, high, size);
  }

  exponential(scale: ParamInput = 1, size?: Size): Draws<"float64"> {
    return dist.exponential(this.bitGenerator, scale, size);
  }

  choice(a: Population, size?: Size, options?: dist.GeneratorChoiceOptions): Draws<"int64"> {
    return dist.choice(this.bitGenerator, a, size, options);
  }

  permutation(x: number | bigint | Population): Draws<"int64"> {
    return dist.permutation(this.bitGenerator, x);
  }

  shuffle(target: ShuffleTarget, rowLength = 1): void {
    dist.shuffle(this.bitGenerator, target, rowLength);
  }
}

/**
 * `np.random.default_rng(seed)`: a Generator over PCG64 seeded through SeedSequence (an integer,
 * a bigint, a list of them, or a SeedSequence); no seed draws fresh entropy; a Generator is
 * returned as it is.
 */
export function defaultRng(seed?: Entropy | SeedSequence | Generator | PCG64 | null): Generator {
  if (seed instanceof Generator) return seed;
  if (seed instanceof PCG64) return new Generator(seed);
  return new Generator(new PCG64(seed));
}
