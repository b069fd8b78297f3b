// What choice, permutation and shuffle share between RandomState and Generator: the checks of `a`
// and `p` (with each class's texts), NumPy's CDF search, and in-place shuffles of any target.

import { AxisError, IndexError, ValueError } from "./checks.js";
import { type Draws, makeDraws } from "./draws.js";
import { type AnyTypedArray, allocBlock, freeBlock, heap, type HeapSlice } from "./wasm.js";

/** The population of choice: a size (an integer), or an array (its length along axis 0 counts). */
export type Population = number | bigint | ArrayLike<unknown> | { readonly shape: readonly number[] };

/** Probabilities for choice: numbers (a Float32Array widens the tolerance as NumPy's float32 does). */
export type Probabilities = ArrayLike<number> | { readonly data: ArrayLike<number>; readonly shape: readonly number[] };

/** The shape of a population or probability argument (0-d for a number). */
export function shapeOf(x: unknown): number[] {
  if (typeof x === "number" || typeof x === "bigint") return [];
  if (ArrayBuffer.isView(x)) return [(x as AnyTypedArray).length];
  if (Array.isArray(x)) {
    const shape: number[] = [];
    let level: unknown = x;
    while (Array.isArray(level)) {
      shape.push(level.length);
      level = level[0];
    }
    return shape;
  }
  if (typeof x === "object" && x !== null && "shape" in x) return [...(x as { shape: readonly number[] }).shape];
  if (typeof x === "object" && x !== null && "length" in x) return [(x as ArrayLike<unknown>).length];
  return [];
}

/** `kahan_sum` of numpy/random/_common.pyx. */
export function kahanSum(p: ArrayLike<number>): number {
  let sum = p[0]!;
  let c = 0.0;
  for (let i = 1; i < p.length; i++) {
    const y = p[i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

export interface ProbabilityTexts {
  ndim: string;
  size: string;
  nan: string;
  negative: string;
  sum: string;
}

export const LEGACY_P_TEXTS: ProbabilityTexts = {
  ndim: "'p' must be 1-dimensional",
  size: "'a' and 'p' must have same size",
  nan: "probabilities contain NaN",
  negative: "probabilities are not non-negative",
  sum: "probabilities do not sum to 1",
};

export const GENERATOR_P_TEXTS: ProbabilityTexts = {
  ndim: "p must be 1-dimensional",
  size: "a and p must have same size",
  nan: "Probabilities contain NaN",
  negative: "Probabilities are not non-negative",
  sum: "Probabilities do not sum to 1. See Notes section of docstring for more information.",
};

/** choice's checks of p: 1-D, one per candidate, no NaN, none negative, summing to 1 within atol. */
export function checkProbabilities(p: Probabilities, popSize: number, texts: ProbabilityTexts): Float64Array {
  const shape = shapeOf(p);
  const data = "data" in p && !ArrayBuffer.isView(p) ? p.data : (p as ArrayLike<number>);
  // sqrt(eps) of float64, or of float32 for float32 probabilities
  const atol = data instanceof Float32Array ? 0.0003452669770922512 : 1.4901161193847656e-8;
  if (shape.length !== 1) throw new ValueError(texts.ndim);
  if (data.length !== popSize) throw new ValueError(texts.size);
  const values = Float64Array.from(data as ArrayLike<number>);
  const sum = kahanSum(values);
  if (Number.isNaN(sum)) throw new ValueError(texts.nan);
  for (const v of values) if (v < 0) throw new ValueError(texts.negative);
  if (Math.abs(sum - 1) > atol) throw new ValueError(texts.sum);
  return values;
}

/** np.cumsum(p) / cdf[-1], in order, as NumPy rounds it. */
export function normalizedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i]!;
    cdf[i] = acc;
  }
  const last = cdf[cdf.length - 1]!;
  for (let i = 0; i < cdf.length; i++) cdf[i] = cdf[i]! / last;
  return cdf;
}

/** cdf.searchsorted(x, side='right'): the number of entries <= x (NaN sorts last). */
export function searchsortedRight(cdf: Float64Array, x: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = cdf[mid]!;
    // NumPy orders NaN after every number: x < NaN is true
    if (x < v || (Number.isNaN(v) && !Number.isNaN(x))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Count of strictly positive probabilities (np.count_nonzero(p > 0)). */
export function countPositive(p: Float64Array): number {
  let n = 0;
  for (const v of p) if (v > 0) n++;
  return n;
}

/** The distinct values of `values` in the order of their first appearance. */
export function firstOccurrences(values: ArrayLike<number>): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/**
 * choice without replacement with probabilities: draw, zero the probabilities of what was found,
 * keep the new distinct indices in order of appearance, until `size` are found.
 */
export function uniqueByProbability(p0: Float64Array, size: number, uniforms: (m: number) => Float64Array): number[] {
  const p = p0.slice();
  const found: number[] = [];
  while (found.length < size) {
    const x = uniforms(size - found.length);
    for (const i of found) p[i] = 0;
    const cdf = normalizedCdf(p);
    const fresh = firstOccurrences(Array.from(x, (v) => searchsortedRight(cdf, v)));
    for (const v of fresh) found.push(v);
  }
  return found;
}

/** What shuffle works on: a TypedArray, a plain array, or a HeapSlice of `itemBytes`-byte elements. */
export type ShuffleTarget = AnyTypedArray | unknown[] | (HeapSlice & { readonly itemBytes: number });

/**
 * Shuffles `target` in place along its first axis, rows of `rowLength` elements, with
 * `kernel(data, n, rowBytes, stride)` (the bit generator's in-place Fisher–Yates).
 */
export function shuffleTarget(target: ShuffleTarget, rowLength: number, kernel: (data: number, n: number, rowBytes: number, stride: number) => void): void {
  if (!Number.isInteger(rowLength) || rowLength < 1) throw new ValueError("rowLength must be a positive integer");
  const n = Math.floor(target.length / rowLength);
  if (n <= 1) return; // nothing to draw
  if (Array.isArray(target)) {
    // shuffle row indices with the same draws, then move the rows
    const order = permutedIndices(n, kernel);
    const copy = target.slice();
    for (let r = 0; r < n; r++) {
      for (let k = 0; k < rowLength; k++) target[r * rowLength + k] = copy[order[r]! * rowLength + k];
    }
    return;
  }
  if (!ArrayBuffer.isView(target)) {
    const rowBytes = rowLength * target.itemBytes;
    return kernel(target.ptr >>> 0, n, rowBytes, rowBytes);
  }
  const rowBytes = rowLength * target.BYTES_PER_ELEMENT;
  const bytes = n * rowBytes;
  if (target.buffer === heap()) return kernel(target.byteOffset, n, rowBytes, rowBytes);
  const ptr = allocBlock(bytes);
  try {
    const src = new Uint8Array(target.buffer, target.byteOffset, bytes);
    new Uint8Array(heap(), ptr, bytes).set(src);
    kernel(ptr, n, rowBytes, rowBytes);
    src.set(new Uint8Array(heap(), ptr, bytes));
  } finally {
    freeBlock(ptr);
  }
}

/** arange(n) shuffled by `kernel` (n < 2^31), as row indices. */
export function permutedIndices(n: number, kernel: (data: number, n: number, rowBytes: number, stride: number) => void): Int32Array {
  const ptr = allocBlock(n * 4);
  try {
    const idx = new Int32Array(heap(), ptr, n);
    for (let i = 0; i < n; i++) idx[i] = i;
    kernel(ptr, n, 4, 4);
    return new Int32Array(heap(), ptr, n).slice();
  } finally {
    freeBlock(ptr);
  }
}

/** permutation's checks of a non-integer x: at least 1-D. */
function checkPermutable(shape: readonly number[], legacy: boolean): void {
  if (shape.length >= 1) return;
  if (legacy) throw new IndexError("x must be an integer or at least 1-dimensional");
  throw new AxisError("axis 0 is out of bounds for array of dimension 0");
}

/**
 * `permutation(x)` for either generator: for an integer, arange(x) shuffled (the values); for an
 * array, the shuffled indices of its first axis (take them from x). int64 either way. `shuffle`
 * is the generator's in-place shuffle kernel (data, n, rowBytes, stride).
 */
export function permutation(x: number | bigint | Population, legacy: boolean, shuffle: (data: number, n: number, rowBytes: number, stride: number) => void): Draws<"int64"> {
  let n: number;
  if (typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x))) {
    n = Math.max(0, Number(x));
  } else {
    const shape = shapeOf(x);
    checkPermutable(shape, legacy);
    n = shape[0]!;
  }
  return makeDraws("int64", [n], false, (ptr, count) => {
    const data = new BigInt64Array(heap(), ptr, count);
    for (let i = 0; i < count; i++) data[i] = BigInt(i);
    shuffle(ptr, count, 8, 8);
  });
}
