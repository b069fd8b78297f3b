// nd.random: NumPy's legacy global generator (np.random.seed / rand / randn / randint), bit for
// bit, writing straight into WASM memory.

import { NDArray } from "../core/ndarray.js";
import { checkShape } from "../core/shape.js";
import { viewAt } from "../backend/wasm/heap.js";
import { fillGauss, fillRandint, fillUniform, globalRandomState, seed as seedGlobal } from "../random/mt19937.js";
import type { Seed } from "../random/mt19937.js";

function shapeOf(dims: (number | readonly number[])[], fn: string): number[] {
  return checkShape(dims.length === 1 && Array.isArray(dims[0]) ? dims[0] : (dims as number[]), `random.${fn}: shape`);
}

function floats(shape: number[], fill: (out: Float64Array) => void): NDArray {
  const out = NDArray.empty(shape, "float64");
  fill(viewAt(out.ptr, "float64", out.size) as Float64Array);
  return out;
}

/** np.random.seed: an integer in [0, 2**32 - 1], a 1-D list of them, or nothing for a random seed. */
function seed(s?: Seed | null): void {
  seedGlobal(s);
}

/** np.random.rand(d0, d1, …): uniform [0, 1) doubles; no arguments gives one number. */
function rand(): number;
function rand(...shape: (number | readonly number[])[]): NDArray;
function rand(...shape: (number | readonly number[])[]): NDArray | number {
  if (shape.length === 0) return globalRandomState.random();
  return floats(shapeOf(shape, "rand"), (out) => fillUniform(out));
}

/** np.random.randn(d0, d1, …): standard normal doubles (polar Box–Muller); no arguments gives one number. */
function randn(): number;
function randn(...shape: (number | readonly number[])[]): NDArray;
function randn(...shape: (number | readonly number[])[]): NDArray | number {
  if (shape.length === 0) return globalRandomState.standardNormal();
  return floats(shapeOf(shape, "randn"), (out) => fillGauss(out));
}

/**
 * np.random.randint(low, high?, size?): int64 integers in [low, high) (in [0, low) without `high`),
 * NumPy's stream; without `shape` one number.
 */
function randint(low: number, high?: number | null): number;
function randint(low: number, high: number | null | undefined, shape: number | readonly number[]): NDArray;
function randint(low: number, high?: number | null, shape?: number | readonly number[]): NDArray | number {
  if (shape === undefined) {
    const one = new Int32Array(1);
    fillRandint(one, 1, low, high);
    return one[0];
  }
  const dims = checkShape(shape, "random.randint: shape");
  const drawn = NDArray.empty(dims, "int32");
  try {
    fillRandint(viewAt(drawn.ptr, "int32", drawn.size) as Int32Array, drawn.size, low, high);
    // NumPy's default integer: the draws are the int64 stream's, stored as int64.
    return drawn.astype("int64");
  } finally {
    drawn.dispose();
  }
}

/**
 * np.random's legacy global generator (Mersenne Twister): the same seeds give NumPy's streams bit
 * for bit.
 * @example
 * nd.random.seed(0);
 * nd.random.rand(3)                    // array([0.5488135 , 0.71518937, 0.60276338])
 */
export const random = {
  /**
   * np.random.seed: an integer in [0, 2**32 - 1], a 1-D list of them, or nothing for a random seed.
   * @example
   * nd.random.seed(42);
   */
  seed,
  /**
   * np.random.rand(d0, d1, …): uniform doubles in [0, 1); no arguments gives one number.
   * @example
   * nd.random.rand(2, 3)                 // a 2 × 3 float64 array
   * nd.random.rand()                     // one number
   */
  rand,
  /**
   * np.random.randn(d0, d1, …): standard normal doubles; no arguments gives one number.
   * @example
   * nd.random.randn(1000).mean()         // close to 0
   */
  randn,
  /**
   * np.random.randint(low, high, size): int64 integers in [low, high) (in [0, low) without
   * `high`); without a shape one number.
   * @example
   * nd.random.randint(0, 10, [2, 2])     // a 2 × 2 int64 array
   * nd.random.randint(6)                 // one number in 0…5
   */
  randint,
};
