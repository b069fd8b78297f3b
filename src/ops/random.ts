// nd.random: NumPy's legacy global generator (np.random.seed / rand / randn / randint), bit for
// bit, writing straight into WASM memory.

import { canCastSafely } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
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

/**
 * np.random.seed: an integer in [0, 2**32 - 1], a 1-D list or NDArray of them, or nothing for a
 * random seed.
 */
function seed(s?: Seed | NDArray | boolean | null): void {
  if (s instanceof NDArray) s = arraySeed(s);
  else if (typeof s === "boolean") s = +s;
  // np.asarray of a list of booleans is a bool array, which casts safely to int64.
  else if (Array.isArray(s)) s = s.map((v: unknown) => (typeof v === "boolean" ? +v : v)) as number[];
  seedGlobal(s);
}

/**
 * RandomState._legacy_seeding of an ndarray: squeezed, then a 0-d integer is an integer seed;
 * anything else must be non-empty, cast safely to int64 and be 1-D (NumPy's checks, in its order).
 */
function arraySeed(a: NDArray): number | number[] {
  const s = a.squeeze();
  try {
    const integral = canCastSafely(s.dtype, "int64") || s.dtype === "uint64";
    if (s.ndim === 0 && integral) return Number(s.item());
    if (s.size === 0) throw new ValueError("Seed must be non-empty");
    if (!canCastSafely(s.dtype, "int64")) {
      throw new TypeError(`Cannot cast ${s.ndim === 0 ? "scalar" : "array data"} from dtype('${s.dtype}') to dtype('int64') according to the rule 'safe'`);
    }
    if (s.ndim !== 1) throw new ValueError("Seed array must be 1-d");
    return Array.from(s.toTypedArray() as ArrayLike<number | bigint>, Number);
  } finally {
    s.dispose();
  }
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

export const random = { seed, rand, randn, randint };
