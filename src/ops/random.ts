// nd.random: NumPy's legacy global generator (np.random.seed / rand / randn / randint), bit for
// bit, writing straight into WASM memory.

import { ITEMSHIFT } from "../dtype.js";
import { NDArray } from "../ndarray.js";
import { fillGauss, fillRandint, fillUniform, random1, seed as seedGlobal, standardNormal1 } from "../random/random-state.js";
import type { Seed } from "../random/random-state.js";
import { checkShape } from "../shape.js";
import { heapF64, heapI32 } from "../wasm/module.js";

function shapeOf(dims: (number | readonly number[])[], fn: string): number[] {
  return checkShape(dims.length === 1 && Array.isArray(dims[0]) ? dims[0] : (dims as number[]), `random.${fn}: shape`);
}

function floats(shape: number[], fill: (out: Float64Array) => void): NDArray {
  const out = NDArray.empty(shape, "float64");
  const start = out.ptr >> ITEMSHIFT.float64;
  fill(heapF64().subarray(start, start + out.size));
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
  if (shape.length === 0) return random1();
  return floats(shapeOf(shape, "rand"), (out) => fillUniform(out));
}

/** np.random.randn(d0, d1, …): standard normal doubles (polar Box–Muller); no arguments gives one number. */
function randn(): number;
function randn(...shape: (number | readonly number[])[]): NDArray;
function randn(...shape: (number | readonly number[])[]): NDArray | number {
  if (shape.length === 0) return standardNormal1();
  return floats(shapeOf(shape, "randn"), (out) => fillGauss(out));
}

/**
 * np.random.randint(low, high?, size?): integers in [low, high) (in [0, low) without `high`), as
 * int32 with NumPy's int64 stream; without `shape` one number.
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
  const out = NDArray.empty(dims, "int32");
  try {
    const start = out.ptr >> ITEMSHIFT.int32;
    fillRandint(heapI32().subarray(start, start + out.size), out.size, low, high);
  } catch (e) {
    out.dispose();
    throw e;
  }
  return out;
}

export const random = { seed, rand, randn, randint };
