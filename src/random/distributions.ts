// The distributions of NumPy's Generator (numpy/random/_generator.pyx) over a PCG64 bit generator:
// NumPy's argument checks and output shapes here, the draws in WASM (assembly/random/kernels.ts),
// bit for bit with NumPy 2.4.6.

import { OverflowError, ValueError } from "./checks.js";
import { type Draws, makeDraws } from "./draws.js";
import { boundedIntegers, type IntDType } from "./integers.js";
import type { PCG64 } from "./pcg64.js";
import { broadcastBinary, checkSize, expand, type IntParamInput, type ParamInput, product, type Size, toParam } from "./params.js";
import { parametric, withParams } from "./parametric.js";
import {
  permutation as shuffledRange,
  checkProbabilities,
  countPositive,
  GENERATOR_P_TEXTS,
  normalizedCdf,
  type Population,
  type Probabilities,
  searchsortedRight,
  shapeOf,
  shuffleTarget,
  type ShuffleTarget,
  uniqueByProbability,
} from "./sampling.js";
import { allocBlock, freeBlock, heap, kernels as k } from "./wasm.js";

/** `random(size)`: doubles in [0, 1), 53 bits of one 64-bit draw each. */
export function random(bits: PCG64, size?: Size): Draws<"float64"> {
  const shape = checkSize(size);
  return makeDraws("float64", shape ?? [], shape === null, (ptr, n) => k.pcg64_random_f64(bits.ptr, ptr, n));
}

/** `standard_normal(size)`: the 256-layer ziggurat. */
export function standardNormal(bits: PCG64, size?: Size): Draws<"float64"> {
  const shape = checkSize(size);
  return makeDraws("float64", shape ?? [], shape === null, (ptr, n) => k.pcg64_standard_normal_f64(bits.ptr, ptr, n));
}

/** `normal(loc, scale, size)`: loc + scale * (ziggurat normal). */
export function normal(bits: PCG64, loc: ParamInput = 0, scale: ParamInput = 1, size?: Size): Draws<"float64"> {
  return parametric("float64", size, [{ value: loc, name: "", constraint: "none" }, { value: scale, name: "scale", constraint: "nonNegative" }], (ptr, n, v) =>
    withParams(v, ([a, sa, b, sb]) => k.pcg64_normal_f64(bits.ptr, ptr, n, a!, sa!, b!, sb!)),
  );
}

/** `uniform(low, high, size)`: low + (high - low) U, with high >= low required. */
export function uniform(bits: PCG64, low: ParamInput = 0, high: ParamInput = 1, size?: Size): Draws<"float64"> {
  const lo = toParam(low);
  const hi = toParam(high);
  let range: ParamInput;
  if (lo.scalar && hi.scalar) {
    const r = hi.data[0]! - lo.data[0]!;
    if (!Number.isFinite(r)) throw new OverflowError("high - low range exceeds valid bounds");
    range = r;
  } else {
    const shape = broadcastBinary(hi.shape, lo.shape);
    const h = expand(hi, shape, (n) => new Float64Array(n), (v) => v);
    const l = expand(lo, shape, (n) => new Float64Array(n), (v) => v);
    const r = new Float64Array(h.length);
    for (let i = 0; i < r.length; i++) r[i] = h[i]! - l[i]!;
    if (!r.every(Number.isFinite)) throw new OverflowError("Range exceeds valid bounds");
    range = { data: r, shape };
  }
  return parametric("float64", size, [{ value: lo, name: "", constraint: "none" }, { value: range, name: "high - low", constraint: "nonNegative" }], (ptr, n, v) =>
    withParams(v, ([a, sa, b, sb]) => k.pcg64_uniform_f64(bits.ptr, ptr, n, a!, sa!, b!, sb!)),
  );
}

/** `exponential(scale, size)`: scale * (ziggurat exponential). */
export function exponential(bits: PCG64, scale: ParamInput = 1, size?: Size): Draws<"float64"> {
  return parametric("float64", size, [{ value: scale, name: "scale", constraint: "nonNegative" }], (ptr, n, v) =>
    withParams(v, ([a, sa]) => k.pcg64_exponential_f64(bits.ptr, ptr, n, a!, sa!)),
  );
}

/** The bounded-integer kernels of PCG64 (Lemire's method). */
function pcgSource(bits: PCG64) {
  return { state: bits.ptr, u64: k.pcg64_bounded_u64, u32: k.pcg64_bounded_u32, u16: k.pcg64_bounded_u16, u8: k.pcg64_bounded_u8, bool: k.pcg64_bounded_bool };
}

export interface IntegersOptions {
  /** Include high: draw from [low, high]. */
  endpoint?: boolean;
  dtype?: IntDType;
}

/** `integers(low, high, size, dtype, endpoint)`: without high, [0, low) (or [0, low]). */
export function integers(bits: PCG64, low: IntParamInput, high?: IntParamInput | null, size?: Size, options: IntegersOptions = {}): Draws {
  const dtype = options.dtype ?? "int64";
  const closed = options.endpoint ?? false;
  if (high === undefined || high === null) return boundedIntegers(pcgSource(bits), 0, low, size, dtype, false, closed);
  return boundedIntegers(pcgSource(bits), low, high, size, dtype, false, closed);
}

/** `shuffle(x)`: in place along the first axis (rows of `rowLength` elements). */
export function shuffle(bits: PCG64, target: ShuffleTarget, rowLength = 1): void {
  shuffleTarget(target, rowLength, (data, n, rowBytes, stride) => k.pcg64_shuffle(bits.ptr, data, n, rowBytes, stride));
}

/**
 * `permutation(x)`: for an integer, arange(x) shuffled (the values); for an array, the shuffled
 * indices of its first axis (take them from x). int64 either way.
 */
export function permutation(bits: PCG64, x: number | bigint | Population): Draws<"int64"> {
  return shuffledRange(x, false, (data, n, rowBytes, stride) => k.pcg64_shuffle(bits.ptr, data, n, rowBytes, stride));
}

export interface GeneratorChoiceOptions {
  replace?: boolean;
  p?: Probabilities | null;
  /** Shuffle the sample drawn without replacement (NumPy's default); false keeps Floyd's order. */
  shuffle?: boolean;
}

function typeName(a: unknown): string {
  if (typeof a === "number") return "float";
  if (typeof a === "string") return "str";
  return typeof a;
}

/**
 * `choice(a, size, replace, p, shuffle)`: indices into a's first axis (or, for an integer a, the
 * sample itself), int64. The wiring takes a[indices] along axis 0 for an array a.
 */
export function choice(bits: PCG64, a: Population, size?: Size, options: GeneratorChoiceOptions = {}): Draws<"int64"> {
  const replace = options.replace ?? true;
  const doShuffle = options.shuffle ?? true;
  const rawDims = size === undefined || size === null ? null : typeof size === "number" ? [size] : Array.isArray(size) ? [...size] : checkSize(size);
  const prodSize = rawDims === null ? null : product(rawDims);
  const aShape = shapeOf(a);
  let pop: number;
  if (aShape.length === 0) {
    if (typeof a === "bigint") pop = Number(a);
    else if (typeof a === "number" && Number.isInteger(a)) pop = a;
    else throw new ValueError(`a must be a sequence or an integer, not <class '${typeName(a)}'>`);
    if (pop <= 0 && prodSize !== 0) throw new ValueError("a must be a positive integer unless no samples are taken");
  } else {
    pop = aShape[0]!;
    if (pop === 0 && prodSize !== 0) throw new ValueError("a cannot be empty unless no samples are taken");
  }
  const p = options.p === undefined || options.p === null ? null : checkProbabilities(options.p, pop, GENERATOR_P_TEXTS);
  const shape = rawDims ?? [];
  const count = prodSize ?? 1;
  const scalar = rawDims === null;
  if (replace) {
    if (p === null) return integers(bits, 0, pop, scalar ? null : rawDims) as Draws<"int64">;
    const cdf = normalizedCdf(p);
    const uniforms = random(bits, scalar ? null : rawDims);
    return makeDraws("int64", uniforms.shape, scalar, (ptr, n) => {
      const u = new Float64Array(n);
      uniforms.fill(u);
      const out = new BigInt64Array(heap(), ptr, n);
      for (let i = 0; i < n; i++) out[i] = BigInt(searchsortedRight(cdf, u[i]!));
    });
  }
  if (count > pop) throw new ValueError("Cannot take a larger sample than population when replace is False");
  if (count < 0) throw new ValueError("negative dimensions are not allowed");
  checkSize(rawDims);
  if (p !== null) {
    if (countPositive(p) < count) throw new ValueError("Fewer non-zero entries in p than size");
    return makeDraws("int64", shape, scalar, (ptr, n) => {
      const found = uniqueByProbability(p, n, (m) => {
        const d = random(bits, m);
        const u = new Float64Array(m);
        d.fill(u);
        return u;
      });
      const out = new BigInt64Array(heap(), ptr, n);
      for (let i = 0; i < n; i++) out[i] = BigInt(found[i]!);
    });
  }
  const cutoff = doShuffle ? 50 : 20;
  if (pop > 10000 && count > Math.floor(pop / cutoff)) {
    // tail shuffle: shuffle the last `count` places of arange(pop)
    return makeDraws("int64", shape, scalar, (ptr, n) => {
      const block = allocBlock(pop * 8);
      try {
        const idx = new BigInt64Array(heap(), block, pop);
        for (let i = 0; i < pop; i++) idx[i] = BigInt(i);
        k.pcg64_shuffle_int_i64(bits.ptr, block, pop, Math.max(pop - n, 1));
        new BigInt64Array(heap(), ptr, n).set(new BigInt64Array(heap(), block + (pop - n) * 8, n));
      } finally {
        freeBlock(block);
      }
    });
  }
  // Floyd's algorithm, then (by default) a shuffle of what it found
  return makeDraws("int64", shape, scalar, (ptr, n) => {
    const bytes = floydWorkspaceBytes(n);
    const mask = bytes / 8 - 1;
    const hash = allocBlock(bytes);
    try {
      new Uint8Array(heap(), hash, bytes).fill(0xff);
      k.pcg64_floyd_i64(bits.ptr, ptr, pop, n, hash, mask);
      if (doShuffle) k.pcg64_shuffle_int_i64(bits.ptr, ptr, n, 1);
    } finally {
      freeBlock(hash);
    }
  });
}

/**
 * The workspace of pcg64_floyd_i64 for a sample of `size`: an open-addressing set of u64 slots,
 * as many as the smallest power of two above 1.2 size (NumPy's `set_size`), in bytes.
 */
export function floydWorkspaceBytes(size: number): number {
  let mask = Math.trunc(1.2 * size);
  for (let s = 1; s < 32; s *= 2) mask |= mask >>> s;
  return ((mask >>> 0) + 1) * 8;
}
