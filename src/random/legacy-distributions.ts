// The distributions of NumPy's legacy RandomState (numpy/random/mtrand.pyx) over an MT19937 bit
// generator: NumPy's argument checks and output shapes here, the draws in WASM
// (assembly/random/kernels.ts), bit for bit with NumPy 2.4.6.

import { OverflowError, ValueError } from "./checks.js";
import { type Draws, makeDraws, withBlocks } from "./draws.js";
import { boundedIntegers, type IntDType, pyInt } from "./integers.js";
import type { MT19937 } from "./mt19937.js";
import { broadcastBinary, checkSize, drawShape, expand, type IntParamInput, type ParamInput, product, type Size, toIntParam, toParam } from "./params.js";
import { parametric, withParams } from "./parametric.js";
import {
  permutation as shuffledRange,
  checkProbabilities,
  countPositive,
  LEGACY_P_TEXTS,
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

/** `random_sample(size)` (also `random`, `rand`): doubles in [0, 1). */
export function randomSample(bits: MT19937, size?: Size): Draws<"float64"> {
  const shape = checkSize(size);
  return makeDraws("float64", shape ?? [], shape === null, (ptr, n) => k.mt19937_random_f64(bits.ptr, ptr, n));
}

/** `standard_normal(size)` (also `randn`): Gaussians by the polar method, one cached between calls. */
export function standardNormal(bits: MT19937, size?: Size): Draws<"float64"> {
  const shape = checkSize(size);
  return makeDraws("float64", shape ?? [], shape === null, (ptr, n) => k.mt19937_standard_normal_f64(bits.ptr, ptr, n));
}

/** `uniform(low, high, size)`: low + (high - low) U; high < low is allowed. */
export function uniform(bits: MT19937, low: ParamInput = 0, high: ParamInput = 1, size?: Size): Draws<"float64"> {
  const lo = toParam(low);
  const hi = toParam(high);
  let range: ParamInput;
  if (lo.scalar && hi.scalar) {
    const r = hi.data[0]! - lo.data[0]!;
    if (!Number.isFinite(r)) throw new OverflowError("Range exceeds valid bounds");
    range = r;
  } else {
    const shape = broadcastBinary(hi.shape, lo.shape);
    const h = expand(hi, shape, (n) => new Float64Array(n), (v) => v);
    const l = expand(lo, shape, (n) => new Float64Array(n), (v) => v);
    const r = new Float64Array(h.length);
    for (let i = 0; i < r.length; i++) {
      r[i] = h[i]! - l[i]!;
      if (!Number.isFinite(r[i]!)) throw new OverflowError("Range exceeds valid bounds");
    }
    range = { data: r, shape };
  }
  return parametric("float64", size, [{ value: lo, name: "", constraint: "none" }, { value: range, name: "", constraint: "none" }], (ptr, n, v) =>
    withParams(v, ([a, sa, b, sb]) => k.mt19937_uniform_f64(bits.ptr, ptr, n, a!, sa!, b!, sb!)),
  );
}

/** `normal(loc, scale, size)`: loc + scale * (legacy Gaussian). */
export function normal(bits: MT19937, loc: ParamInput = 0, scale: ParamInput = 1, size?: Size): Draws<"float64"> {
  return parametric("float64", size, [{ value: loc, name: "", constraint: "none" }, { value: scale, name: "scale", constraint: "nonNegative" }], (ptr, n, v) =>
    withParams(v, ([a, sa, b, sb]) => k.mt19937_normal_f64(bits.ptr, ptr, n, a!, sa!, b!, sb!)),
  );
}

/** `exponential(scale, size)`: scale * -log(1 - U). */
export function exponential(bits: MT19937, scale: ParamInput = 1, size?: Size): Draws<"float64"> {
  return parametric("float64", size, [{ value: scale, name: "scale", constraint: "nonNegative" }], (ptr, n, v) =>
    withParams(v, ([a, sa]) => k.mt19937_exponential_f64(bits.ptr, ptr, n, a!, sa!)),
  );
}

/** `gamma(shape, scale, size)`: Marsaglia–Tsang above shape 1, Johnk-style rejection below. */
export function gamma(bits: MT19937, shape: ParamInput, scale: ParamInput = 1, size?: Size): Draws<"float64"> {
  return parametric("float64", size, [{ value: shape, name: "shape", constraint: "nonNegative" }, { value: scale, name: "scale", constraint: "nonNegative" }], (ptr, n, v) =>
    withParams(v, ([a, sa, b, sb]) => k.mt19937_gamma_f64(bits.ptr, ptr, n, a!, sa!, b!, sb!)),
  );
}

/** `beta(a, b, size)`: Johnk's algorithm when a, b <= 1, else a ratio of gammas. */
export function beta(bits: MT19937, a: ParamInput, b: ParamInput, size?: Size): Draws<"float64"> {
  return parametric("float64", size, [{ value: a, name: "a", constraint: "positive" }, { value: b, name: "b", constraint: "positive" }], (ptr, n, v) =>
    withParams(v, ([pa, sa, pb, sb]) => k.mt19937_beta_f64(bits.ptr, ptr, n, pa!, sa!, pb!, sb!)),
  );
}

/** `poisson(lam, size)` into int64. */
export function poisson(bits: MT19937, lam: ParamInput = 1, size?: Size): Draws<"int64"> {
  return parametric("int64", size, [{ value: lam, name: "lam", constraint: "legacyPoisson" }], (ptr, n, v) =>
    withParams(v, ([a, sa]) => k.mt19937_poisson_i64(bits.ptr, ptr, n, a!, sa!)),
  );
}

const LONG_MAX = 2n ** 63n - 1n;

/** `binomial(n, p, size)` into int64; n is truncated to an integer as NumPy's npy_intp cast does. */
export function binomial(bits: MT19937, n: IntParamInput, p: ParamInput, size?: Size): Draws<"int64"> {
  const pp = toParam(p);
  const np = toIntParam(n);
  const ns = Array.from(np.data, pyInt);
  const nParam = { data: ns, shape: np.shape, scalar: np.scalar };
  const tooBig = `n is out of bounds for long, consider using the new generator API for 64bit integers.`;
  if (pp.scalar && np.scalar) {
    const pv = pp.data[0]!;
    if (!(pv >= 0) || !(pv <= 1)) throw new ValueError("p < 0, p > 1 or p is NaN");
    if (ns[0]! < 0n) throw new ValueError("n < 0");
    if (ns[0]! > LONG_MAX) throw new ValueError(tooBig);
    const shape = checkSize(size);
    return makeDraws("int64", shape ?? [], shape === null, (ptr, count) =>
      withBlocks([new BigInt64Array([ns[0]!]), pv], ([a, b]) => k.mt19937_binomial_i64(bits.ptr, ptr, count, a!, 0, b!, 0)),
    );
  }
  for (const v of Array.from(pp.data)) if (!(v >= 0) || !(v <= 1)) throw new ValueError("p < 0, p > 1 or p contains NaNs");
  if (ns.some((v) => v < 0n)) throw new ValueError("n < 0");
  if (ns.some((v) => v > LONG_MAX)) throw new ValueError(tooBig);
  // NumPy iterates (out, p, n)
  const shape = drawShape(checkSize(size), [pp, nParam]);
  const pv = expand(pp, shape, (m) => new Float64Array(m), (v) => v) as Float64Array;
  const nv = expand(nParam, shape, (m) => new BigInt64Array(m), (v) => v) as BigInt64Array;
  return makeDraws("int64", shape, false, (ptr, count) => withBlocks([nv, pv], ([a, b]) => k.mt19937_binomial_i64(bits.ptr, ptr, count, a!, 8, b!, 8)));
}

/** The bounded-integer kernels of MT19937 (masked rejection). */
function mtSource(bits: MT19937) {
  return { state: bits.ptr, u64: k.mt19937_bounded_u64, u32: k.mt19937_bounded_u32, u16: k.mt19937_bounded_u16, u8: k.mt19937_bounded_u8, bool: k.mt19937_bounded_bool };
}

/** `randint(low, high, size, dtype)`: integers in [low, high), or [0, low) without high. */
export function randint(bits: MT19937, low: IntParamInput, high?: IntParamInput | null, size?: Size, dtype: IntDType = "int64"): Draws {
  if (high === undefined || high === null) return boundedIntegers(mtSource(bits), 0, low, size, dtype, true, false);
  return boundedIntegers(mtSource(bits), low, high, size, dtype, true, false);
}

/** `shuffle(x)`: in place along the first axis (rows of `rowLength` elements). */
export function shuffle(bits: MT19937, target: ShuffleTarget, rowLength = 1): void {
  shuffleTarget(target, rowLength, (data, n, rowBytes, stride) => k.mt19937_shuffle(bits.ptr, data, n, rowBytes, stride));
}

/**
 * `permutation(x)`: for an integer, arange(x) shuffled (the values); for an array, the shuffled
 * indices of its first axis (take them from x). int64 either way.
 */
export function permutation(bits: MT19937, x: number | bigint | Population): Draws<"int64"> {
  return shuffledRange(x, true, (data, n, rowBytes, stride) => k.mt19937_shuffle(bits.ptr, data, n, rowBytes, stride));
}

export interface ChoiceOptions {
  replace?: boolean;
  p?: Probabilities | null;
}

/**
 * `choice(a, size, replace, p)`: indices into a's first axis (or, for an integer a, the sample
 * itself), int64. The wiring takes a[indices] for an array a.
 */
export function choice(bits: MT19937, a: Population, size?: Size, options: ChoiceOptions = {}): Draws<"int64"> {
  const replace = options.replace ?? true;
  const rawDims = size === undefined || size === null ? null : typeof size === "number" ? [size] : Array.isArray(size) ? [...size] : checkSize(size);
  const prodSize = rawDims === null ? null : product(rawDims);
  const aShape = shapeOf(a);
  let pop: number;
  if (aShape.length === 0) {
    if (typeof a === "bigint") pop = Number(a);
    else if (typeof a === "number" && Number.isInteger(a)) pop = a;
    else throw new ValueError("a must be 1-dimensional or an integer");
    if (pop <= 0 && prodSize !== 0) throw new ValueError("a must be greater than 0 unless no samples are taken");
  } else if (aShape.length !== 1) {
    throw new ValueError("a must be 1-dimensional");
  } else {
    pop = aShape[0]!;
    if (pop === 0 && prodSize !== 0) throw new ValueError("'a' cannot be empty unless no samples are taken");
  }
  const p = options.p === undefined || options.p === null ? null : checkProbabilities(options.p, pop, LEGACY_P_TEXTS);
  const shape = rawDims ?? [];
  const count = prodSize ?? 1;
  const scalar = rawDims === null;
  if (replace) {
    if (p === null) return randint(bits, 0, pop, scalar ? null : rawDims, "int64") as Draws<"int64">;
    const cdf = normalizedCdf(p);
    const uniforms = randomSample(bits, scalar ? null : rawDims);
    return makeDraws("int64", uniforms.shape, scalar, (ptr, n) => {
      const u = new Float64Array(n);
      uniforms.fill(u);
      const out = new BigInt64Array(heap(), ptr, n);
      for (let i = 0; i < n; i++) out[i] = BigInt(searchsortedRight(cdf, u[i]!));
    });
  }
  if (count > pop) throw new ValueError("Cannot take a larger sample than population when 'replace=False'");
  if (count < 0) throw new ValueError("Negative dimensions are not allowed");
  checkSize(rawDims);
  if (p !== null) {
    if (countPositive(p) < count) throw new ValueError("Fewer non-zero entries in p than size");
    return makeDraws("int64", shape, scalar, (ptr, n) => writeIndices(ptr, uniqueByProbability(p, n, (m) => sampleArray(randomSample(bits, m)))));
  }
  return makeDraws("int64", shape, scalar, (ptr, n) => {
    // permutation(pop)[:size]
    const block = allocBlock(pop * 8);
    try {
      const perm = new BigInt64Array(heap(), block, pop);
      for (let i = 0; i < pop; i++) perm[i] = BigInt(i);
      k.mt19937_shuffle(bits.ptr, block, pop, 8, 8);
      new BigInt64Array(heap(), ptr, n).set(new BigInt64Array(heap(), block, n));
    } finally {
      freeBlock(block);
    }
  });
}

function sampleArray(d: Draws<"float64">): Float64Array {
  const out = new Float64Array(product(d.shape));
  d.fill(out);
  return out;
}

function writeIndices(ptr: number, values: readonly number[]): void {
  const out = new BigInt64Array(heap(), ptr, values.length);
  for (let i = 0; i < values.length; i++) out[i] = BigInt(values[i]!);
}
