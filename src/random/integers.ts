// Bounded random integers of every integer dtype, as NumPy's _bounded_integers.pyx checks and
// draws them: RandomState.randint (masked rejection, [low, high)) and Generator.integers (Lemire's
// method, optionally [low, high]). Bounds are exact: numbers, or bigints beyond 2^53.

import { OverflowError, ValueError } from "./checks.js";
import { type Draws, makeDraws } from "./draws.js";
import { broadcastShapes, checkSize, expand, type IntParamInput, product, type Size, toIntParam } from "./params.js";
import type { Exports } from "../backend/wasm/abi.generated.js";
import { allocBlock, freeBlock, heap } from "./wasm.js";

export type IntDType = "int64" | "int32" | "int16" | "int8" | "uint64" | "uint32" | "uint16" | "uint8" | "bool";

/** Inclusive bounds of each dtype. */
const BOUNDS: Record<IntDType, readonly [bigint, bigint]> = {
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int16: [-(2n ** 15n), 2n ** 15n - 1n],
  int8: [-128n, 127n],
  uint64: [0n, 2n ** 64n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  uint16: [0n, 65535n],
  uint8: [0n, 255n],
  bool: [0n, 1n],
};

const WIDTH: Record<IntDType, 64 | 32 | 16 | 8 | 1> = {
  int64: 64,
  uint64: 64,
  int32: 32,
  uint32: 32,
  int16: 16,
  uint16: 16,
  int8: 8,
  uint8: 8,
  bool: 1,
};

export const INT_DTYPES = Object.keys(BOUNDS) as IntDType[];

type BoundedKernel = Exports["pcg64_bounded_u64"];

/** @internal The bit generator's five bounded-integer kernels and its state address. */
export interface BoundedSource {
  state: number;
  u64: BoundedKernel;
  u32: BoundedKernel;
  u16: BoundedKernel;
  u8: BoundedKernel;
  bool: BoundedKernel;
}

/** Python's int(x): truncation, NaN and infinities refused as Python refuses them. */
export function pyInt(x: number | bigint): bigint {
  if (typeof x === "bigint") return x;
  if (typeof x !== "number") throw new TypeError(`expected an integer, got ${typeof x}`);
  if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  return BigInt(Math.trunc(x));
}

/** `format_bounds_error`: "high <= 0" style when every low is 0. */
function boundsError(closed: boolean, lows: readonly bigint[]): ValueError {
  if (lows.every((v) => v === 0n)) return new ValueError(closed ? "high < 0" : "high <= 0");
  return new ValueError(closed ? "low > high" : "low >= high");
}

/** @internal
 * `_rand_<dtype>(low, high, size, use_masked, closed)`: integers in [low, high) ([low, high] when
 * closed) with NumPy's checks in NumPy's order. An omitted high is the caller's business (NumPy
 * turns integers(h) into integers(0, h) before this).
 */
export function boundedIntegers(
  src: BoundedSource,
  low: IntParamInput,
  high: IntParamInput,
  size: Size,
  dtype: IntDType,
  masked: boolean,
  closed: boolean,
): Draws {
  if (!(dtype in BOUNDS)) throw new TypeError(`Unsupported dtype ${JSON.stringify(dtype)} for integers`);
  const [lb, ub] = BOUNDS[dtype];
  const width = WIDTH[dtype];
  const isOpen = closed ? 0n : 1n;
  // size 0 returns before anything else is looked at
  if (size !== null && size !== undefined) {
    const dims = checkSize(size)!;
    if (product(dims) === 0) return makeDraws(dtype, checkSize(size)!, false, () => {});
  }
  const lo = toIntParam(low);
  const hi = toIntParam(high);
  if (lo.scalar && hi.scalar) {
    const l = pyInt(lo.data[0]!);
    const h = pyInt(hi.data[0]!) - isOpen;
    if (l < lb) throw new ValueError(`low is out of bounds for ${dtype}`);
    if (h > ub) throw new ValueError(`high is out of bounds for ${dtype}`);
    if (l > h) throw boundsError(closed, [l]);
    const shape = checkSize(size);
    return makeDraws(dtype, shape ?? [], shape === null, (ptr, n) => draw(src, width, masked, ptr, n, [l], [h - l]));
  }
  let lows: bigint[];
  let highs: bigint[]; // closed upper bounds
  if (width === 64) {
    lows = Array.from(lo.data, (v) => {
      const l = pyInt(v);
      if (l < lb || l > ub) throw new ValueError(`low is out of bounds for ${dtype}`);
      return l;
    });
    highs = Array.from(hi.data, (v) => {
      const h = pyInt(v) - isOpen;
      if (h > ub) throw new ValueError(`high is out of bounds for ${dtype}`);
      if (h < lb) throw boundsError(closed, lows);
      return h;
    });
  } else {
    // NumPy compares the raw values with the bounds, then casts (truncating floats)
    const raw = (v: number | bigint) => (typeof v === "bigint" ? Number(v) : v);
    if (Array.from(lo.data).some((v) => raw(v) < Number(lb))) throw new ValueError(`low is out of bounds for ${dtype}`);
    const limit = Number(ub) + 1;
    if (Array.from(hi.data).some((v) => (closed ? raw(v) >= limit : raw(v) > limit))) {
      throw new ValueError(`high is out of bounds for ${dtype}`);
    }
    lows = Array.from(lo.data, pyInt);
    highs = Array.from(hi.data, (v) => pyInt(v) - isOpen);
  }
  const pairs = broadcastShapes([lo.shape, hi.shape]);
  const lowB = expand({ data: lows, shape: lo.shape, scalar: false }, pairs, (n) => new Array<bigint>(n), (v) => v) as bigint[];
  const highB = expand({ data: highs, shape: hi.shape, scalar: false }, pairs, (n) => new Array<bigint>(n), (v) => v) as bigint[];
  for (let i = 0; i < lowB.length; i++) if (lowB[i]! > highB[i]!) throw boundsError(closed, lows);
  const sizeDims = checkSize(size);
  // NumPy iterates low, high and the output together: with a size, the parameters broadcast with it
  const full = sizeDims === null ? pairs : broadcastShapes([lo.shape, hi.shape, sizeDims]);
  const shape = sizeDims ?? pairs;
  const ls = expand({ data: lows, shape: lo.shape, scalar: false }, full, (n) => new Array<bigint>(n), (v) => v) as bigint[];
  const hs = expand({ data: highs, shape: hi.shape, scalar: false }, full, (n) => new Array<bigint>(n), (v) => v) as bigint[];
  const n = product(shape);
  const offs = ls.slice(0, n);
  const rngs = hs.slice(0, n).map((h, i) => h - offs[i]!);
  return makeDraws(dtype, shape, false, (ptr, count) => draw(src, width, masked, ptr, count, offs, rngs));
}

/** Writes n values to ptr: element i in [off_i, off_i + rng_i] (one pair repeats for all). */
function draw(src: BoundedSource, width: 64 | 32 | 16 | 8 | 1, masked: boolean, ptr: number, n: number, offs: readonly bigint[], rngs: readonly bigint[]): void {
  const m = offs.length;
  const stride = m === 1 ? 0 : width === 64 ? 8 : 4;
  const bytes = width === 64 ? 8 : 4;
  const block = allocBlock(2 * m * bytes);
  try {
    const b = block + m * bytes;
    if (width === 64) {
      const mask = (1n << 64n) - 1n;
      new BigUint64Array(heap(), block, m).set(offs.map((v) => v & mask));
      new BigUint64Array(heap(), b, m).set(rngs.map((v) => v & mask));
    } else {
      const mask = (1n << BigInt(width === 1 ? 8 : width)) - 1n;
      new Uint32Array(heap(), block, m).set(offs.map((v) => Number(v & mask)));
      new Uint32Array(heap(), b, m).set(rngs.map((v) => Number(v & mask)));
    }
    const k = width === 64 ? src.u64 : width === 32 ? src.u32 : width === 16 ? src.u16 : width === 8 ? src.u8 : src.bool;
    k(src.state, ptr, n, block, stride, b, stride, masked);
  } finally {
    freeBlock(block);
  }
}
