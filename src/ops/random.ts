// nd.random: NumPy's legacy global generator (np.random.*) and np.random.default_rng's Generator,
// bit for bit. src/random/ checks arguments and draws (in WASM); this module turns its Draws into
// NDArrays and takes rows of arrays for choice, permutation and shuffle.

import { DTYPE, type DType, type IntDType } from "../core/dtype.js";
import { describe } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { castStrided } from "../backend/wasm/copy.js";
import type { Draws } from "../random/draws.js";
import { type Generator as RawGenerator, defaultRng as rawDefaultRng } from "../random/generator.js";
import type { IntParamInput, ParamInput, Size } from "../random/params.js";
import { RandomState, globalRandomState, type Seed } from "../random/random-state.js";
import type { Entropy } from "../random/seed-sequence.js";
import { asArray, type Operand } from "./operand.js";

/** An array-valued parameter: numbers, nested arrays, TypedArrays or an NDArray. */
export type Parameter = number | NDArray | ParamInput;
/** An integer parameter (bounds, binomial's n): numbers, bigints, arrays of them or an integer NDArray. */
export type IntParameter = number | bigint | NDArray | IntParamInput;

/** A float parameter as the generators take it: an NDArray becomes its values as float64, in C order, with its shape. */
function param(x: Parameter): ParamInput {
  if (!(x instanceof NDArray)) return x;
  const f = x.astype("float64");
  try {
    return { data: f.toTypedArray() as Float64Array, shape: x.shape };
  } finally {
    f.dispose();
  }
}

/** An integer parameter: an NDArray's values exactly (bigints for the 64-bit types), with its shape. */
function intParam(x: IntParameter): IntParamInput {
  if (!(x instanceof NDArray)) return x;
  x.storage; // throws if disposed
  return { data: x.toTypedArray() as ArrayLike<number | bigint>, shape: x.shape };
}

/** A Draws as NumPy returns it: an array, or one value when NumPy returns a scalar. */
function materialise(d: Draws): NDArray | number {
  const out = NDArray.empty(d.shape, d.dtype as DType);
  try {
    d.fill({ ptr: out.ptr, length: out.size });
  } catch (e) {
    out.dispose();
    throw e;
  }
  if (!d.scalar) return out;
  const v = out.item();
  out.dispose();
  return v;
}

const asArrayResult = (d: Draws): NDArray => materialise(d) as NDArray;

/** Rows `index[i]` of `a` along axis 0, as a new array of shape [...indexShape, ...a.shape.slice(1)]. */
function takeRows(a: NDArray, index: NDArray): NDArray {
  const rows = a.shape.slice(1);
  const out = NDArray.empty([...index.shape, ...rows], a.dtype);
  try {
    const idx = index.toTypedArray() as BigInt64Array;
    const rowStrides = a.byteStrides.slice(1);
    const rowSize = rows.reduce((x, y) => x * y, 1);
    const outStrides = out.byteStrides.slice(index.ndim);
    for (let i = 0; i < idx.length; i++) {
      castStrided(out.ptr + i * rowSize * out.itemsize, a.dtype, outStrides, a.ptr + Number(idx[i]) * a.byteStrides[0]!, a.dtype, rowStrides, rows);
    }
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

/** What a population argument is for the generators: an integer, or an array's shape (rows are taken here). */
function population(a: Operand | bigint): { arg: number | bigint | { shape: readonly number[] }; array: NDArray | null; owned: boolean } {
  if (typeof a === "number" || typeof a === "bigint") return { arg: a, array: null, owned: false };
  const { array, owned } = asArray(a as Operand, "a");
  return { arg: array.ndim === 0 ? (array.item() as number) : { shape: array.shape }, array: array.ndim === 0 ? null : array, owned };
}

/** choice / permutation over an array: the generator draws row indices, the rows are taken here. */
function sampleRows(a: Operand | bigint, draw: (arg: number | bigint | { shape: readonly number[] }) => Draws<"int64">): NDArray | number {
  const p = population(a);
  try {
    const d = draw(p.arg);
    if (p.array === null) return materialise(d);
    const index = asArrayResult({ ...d, scalar: false, fill: d.fill.bind(d) } as Draws);
    try {
      const rows = takeRows(p.array, index);
      if (!d.scalar) return rows;
      const v = rows.item();
      rows.dispose();
      return v;
    } finally {
      index.dispose();
    }
  } finally {
    if (p.owned) p.array?.dispose();
  }
}

/** Shuffles an array in place along axis 0: contiguous arrays in WASM, others through a permutation of rows. */
function shuffleRows(a: NDArray, shuffle: RawGenerator["shuffle"] | RandomState["shuffle"], permute: () => Draws<"int64">): void {
  if (!(a instanceof NDArray)) throw new TypeError(`shuffle: x must be an NDArray, got ${describe(a)}`);
  a.storage;
  if (a.ndim === 0) throw new TypeError("shuffle: x must be an array of at least one dimension");
  if (a.isContiguous) {
    shuffle({ ptr: a.ptr, length: a.size, itemBytes: a.itemsize }, a.size / Math.max(a.shape[0]!, 1));
    return;
  }
  const order = asArrayResult(permute());
  try {
    const shuffled = takeRows(a, order);
    castStrided(a.ptr, a.dtype, a.byteStrides, shuffled.ptr, a.dtype, shuffled.byteStrides, a.shape);
    shuffled.dispose();
  } finally {
    order.dispose();
  }
}

function shapeOf(dims: (number | readonly number[])[]): number[] {
  return dims.length === 1 && Array.isArray(dims[0]) ? [...(dims[0] as readonly number[])] : (dims as number[]);
}

export interface ChoiceOptions {
  /** Sample with replacement (default true). */
  replace?: boolean;
  /** The probability of each entry (default uniform). */
  p?: Operand | null;
}

function choiceOptions(options: unknown, fn: string, keys: string[]): { replace?: boolean; p?: ArrayLike<number> | { data: ArrayLike<number>; shape: readonly number[] } | null; shuffle?: boolean } {
  const o = readOptions<ChoiceOptions & { shuffle?: boolean }>(options, fn, keys);
  const p = o.p === undefined || o.p === null ? o.p : o.p instanceof NDArray ? (param(o.p) as { data: ArrayLike<number>; shape: readonly number[] }) : (o.p as ArrayLike<number>);
  return { ...o, p };
}

/** np.random.seed: an integer in [0, 2**32 - 1], a 1-D array of them, or nothing for fresh entropy. */
function seed(s?: Seed | NDArray | null): void {
  globalRandomState.seed(s instanceof NDArray ? (Array.from(s.toTypedArray() as ArrayLike<number | bigint>, Number) as number[]) : s);
}

/** np.random.rand(d0, d1, …): uniform [0, 1) doubles; no arguments gives one number. */
function rand(): number;
function rand(...shape: (number | readonly number[])[]): NDArray;
function rand(...shape: (number | readonly number[])[]): NDArray | number {
  return materialise(globalRandomState.randomSample(shape.length === 0 ? undefined : shapeOf(shape)));
}

/** np.random.randn(d0, d1, …): standard normal doubles (the legacy polar method); no arguments gives one number. */
function randn(): number;
function randn(...shape: (number | readonly number[])[]): NDArray;
function randn(...shape: (number | readonly number[])[]): NDArray | number {
  return materialise(globalRandomState.standardNormal(shape.length === 0 ? undefined : shapeOf(shape)));
}

/** np.random.randint(low, high?, size?, dtype = "int64"): integers in [low, high) (in [0, low) without high). */
function randint(low: number | bigint, high?: number | bigint | null): number;
function randint(low: IntParameter, high: IntParameter | null | undefined, size: Size, dtype?: IntDType): NDArray;
function randint(low: IntParameter, high?: IntParameter | null, size?: Size, dtype: IntDType = "int64"): NDArray | number {
  return materialise(globalRandomState.randint(intParam(low), high === undefined || high === null ? high : intParam(high), size, dtype));
}

/** A shape for `size` (never omitted in the overloads that return an array). */
type Shape = number | readonly number[];

function randomFn(): number;
function randomFn(size: Shape): NDArray;
function randomFn(size?: Size): NDArray | number {
  return materialise(globalRandomState.random(size));
}

function standardNormal(): number;
function standardNormal(size: Shape): NDArray;
function standardNormal(size?: Size): NDArray | number {
  return materialise(globalRandomState.standardNormal(size));
}

function uniform(low?: number, high?: number): number;
function uniform(low: Parameter, high: Parameter, size?: Size): NDArray;
function uniform(low: Parameter = 0, high: Parameter = 1, size?: Size): NDArray | number {
  return materialise(globalRandomState.uniform(param(low), param(high), size));
}

function normal(loc?: number, scale?: number): number;
function normal(loc: Parameter, scale: Parameter, size?: Size): NDArray;
function normal(loc: Parameter = 0, scale: Parameter = 1, size?: Size): NDArray | number {
  return materialise(globalRandomState.normal(param(loc), param(scale), size));
}

function exponential(scale?: number): number;
function exponential(scale: Parameter, size?: Size): NDArray;
function exponential(scale: Parameter = 1, size?: Size): NDArray | number {
  return materialise(globalRandomState.exponential(param(scale), size));
}

function gamma(shape: number, scale?: number): number;
function gamma(shape: Parameter, scale: Parameter, size?: Size): NDArray;
function gamma(shape: Parameter, scale: Parameter = 1, size?: Size): NDArray | number {
  return materialise(globalRandomState.gamma(param(shape), param(scale), size));
}

function beta(a: number, b: number): number;
function beta(a: Parameter, b: Parameter, size?: Size): NDArray;
function beta(a: Parameter, b: Parameter, size?: Size): NDArray | number {
  return materialise(globalRandomState.beta(param(a), param(b), size));
}

function binomial(n: number, p: number): number;
function binomial(n: IntParameter, p: Parameter, size?: Size): NDArray;
function binomial(n: IntParameter, p: Parameter, size?: Size): NDArray | number {
  return materialise(globalRandomState.binomial(intParam(n), param(p), size));
}

function poisson(lam?: number): number;
function poisson(lam: Parameter, size?: Size): NDArray;
function poisson(lam: Parameter = 1, size?: Size): NDArray | number {
  return materialise(globalRandomState.poisson(param(lam), size));
}

function choice(a: number | bigint, size?: null): number;
function choice(a: Operand | bigint, size: Shape, options?: ChoiceOptions): NDArray;
function choice(a: Operand | bigint, size?: Size, options?: ChoiceOptions): NDArray | number;
function choice(a: Operand | bigint, size?: Size, options?: ChoiceOptions): NDArray | number {
  return sampleRows(a, (arg) => globalRandomState.choice(arg, size, choiceOptions(options, "random.choice", ["replace", "p"])));
}

/**
 * NumPy's legacy global generator (np.random.*), bit for bit: the same streams as NumPy 2.4.6 on
 * x86-64 Linux, in Node and in browsers. Without `size` (and with scalar parameters) a function
 * returns one number, as NumPy returns a Python scalar.
 *
 * @example
 * nd.random.seed(0);
 * nd.random.rand(3).toArray(); // [0.5488135039273248, 0.7151893663724195, 0.6027633760716439]
 */
export const random = {
  seed,
  rand,
  randn,
  randint,
  /** np.random.random(size): uniform [0, 1) doubles. */
  random: randomFn,
  /** np.random.uniform(low = 0, high = 1, size). */
  uniform,
  /** np.random.normal(loc = 0, scale = 1, size). */
  normal,
  /** np.random.standard_normal(size). */
  standardNormal,
  /** np.random.exponential(scale = 1, size). */
  exponential,
  /** np.random.gamma(shape, scale = 1, size). */
  gamma,
  /** np.random.beta(a, b, size). */
  beta,
  /** np.random.binomial(n, p, size): int64. */
  binomial,
  /** np.random.poisson(lam = 1, size): int64. */
  poisson,
  /** np.random.choice(a, size, { replace, p }): entries of a 1-D array (rows of an N-D one), or of arange(a). */
  choice,
  /** np.random.permutation(x): a permuted arange(x), or a permuted copy of x along axis 0. */
  permutation: (x: Operand | bigint): NDArray => sampleRows(x, (arg) => globalRandomState.permutation(arg)) as NDArray,
  /** np.random.shuffle(x): shuffles x in place along axis 0. */
  shuffle: (x: NDArray): void => shuffleRows(x, globalRandomState.shuffle.bind(globalRandomState), () => globalRandomState.permutation(x.shape[0]!)),
  /** np.random.default_rng(seed): a Generator (PCG64 seeded through SeedSequence). */
  defaultRng: (s?: Entropy | NDArray | null): Generator => new Generator(rawDefaultRng(s instanceof NDArray ? (Array.from(s.toTypedArray() as ArrayLike<number | bigint>, (v) => BigInt(v)) as unknown as Entropy) : s)),
};

export interface IntegersOptions {
  /** Include high: draw from [low, high]. */
  endpoint?: boolean;
  /** The integer dtype (default int64). */
  dtype?: IntDType;
}

/**
 * NumPy's `Generator` (from `nd.random.defaultRng(seed)`): PCG64 with NumPy's algorithms (ziggurat
 * normals and exponentials, Lemire's bounded integers), bit for bit with `np.random.default_rng`.
 */
export class Generator {
  /** @internal */
  readonly raw: RawGenerator;

  /** @internal Use nd.random.defaultRng(seed). */
  constructor(raw: RawGenerator) {
    this.raw = raw;
  }

  /** Generator.random(size): doubles in [0, 1). */
  random(size?: Size): NDArray | number {
    return materialise(this.raw.random(size));
  }

  /** Generator.integers(low, high?, size?, { endpoint, dtype }): without high, [0, low). */
  integers(low: IntParameter, high?: IntParameter | null, size?: Size, options?: IntegersOptions): NDArray | number {
    const o = readOptions<IntegersOptions>(options, "integers", ["endpoint", "dtype"]);
    if (o.dtype !== undefined && !(o.dtype in DTYPE)) throw new TypeError(`integers: dtype must be an integer dtype, got ${describe(o.dtype)}`);
    return materialise(this.raw.integers(intParam(low), high === undefined || high === null ? high : intParam(high), size, o));
  }

  /** Generator.standard_normal(size) (ziggurat). */
  standardNormal(size?: Size): NDArray | number {
    return materialise(this.raw.standardNormal(size));
  }

  /** Generator.normal(loc = 0, scale = 1, size). */
  normal(loc: Parameter = 0, scale: Parameter = 1, size?: Size): NDArray | number {
    return materialise(this.raw.normal(param(loc), param(scale), size));
  }

  /** Generator.uniform(low = 0, high = 1, size). */
  uniform(low: Parameter = 0, high: Parameter = 1, size?: Size): NDArray | number {
    return materialise(this.raw.uniform(param(low), param(high), size));
  }

  /** Generator.exponential(scale = 1, size) (ziggurat). */
  exponential(scale: Parameter = 1, size?: Size): NDArray | number {
    return materialise(this.raw.exponential(param(scale), size));
  }

  /** Generator.choice(a, size, { replace, p, shuffle }). */
  choice(a: Operand | bigint, size?: Size, options?: ChoiceOptions & { shuffle?: boolean }): NDArray | number {
    return sampleRows(a, (arg) => this.raw.choice(arg, size, choiceOptions(options, "choice", ["replace", "p", "shuffle"])));
  }

  /** Generator.permutation(x). */
  permutation(x: Operand | bigint): NDArray {
    return sampleRows(x, (arg) => this.raw.permutation(arg)) as NDArray;
  }

  /** Generator.shuffle(x): in place along axis 0. */
  shuffle(x: NDArray): void {
    shuffleRows(x, this.raw.shuffle.bind(this.raw), () => this.raw.permutation(x.shape[0]!));
  }
}
