// nd.random: NumPy's legacy global generator (np.random.*) and np.random.default_rng's Generator,
// bit for bit. src/random/ checks arguments and draws (in WASM); this module turns its Draws into
// NDArrays and takes rows of arrays for choice, permutation and shuffle.

import { DTYPE, canCastSafely, type DType, type IntDType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
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
  const f = x._cast("float64");
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
  // A boolean is a Python int (np.random.permutation(True) is [0]).
  if (typeof a === "boolean") return { arg: +a, array: null, owned: false };
  const { array, owned } = asArray(a as Operand, "a");
  return { arg: array.ndim === 0 ? Number(array.item()) : { shape: array.shape }, array: array.ndim === 0 ? null : array, owned };
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
  a.checkWriteable("array");
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

/**
 * np.random.seed: an integer in [0, 2**32 - 1], a 1-D list or NDArray of them, or nothing for
 * fresh entropy.
 */
function seed(s?: Seed | NDArray | boolean | null): void {
  if (s instanceof NDArray) s = arraySeed(s);
  else if (typeof s === "boolean") s = +s;
  // np.asarray of a list of booleans is a bool array, which casts safely to int64.
  else if (Array.isArray(s)) s = s.map((v: unknown) => (typeof v === "boolean" ? +v : v)) as number[];
  globalRandomState.seed(s);
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
  /**
   * np.random.seed(seed): reseeds the global generator (an integer in [0, 2**32 - 1], a list of them, or nothing for fresh entropy).
   * @example
   * nd.random.seed(42);
   * nd.random.randint(0, 10, 3)          // array([6, 3, 7])
   */
  seed,
  /**
   * np.random.rand(d0, d1, …): uniform [0, 1) doubles of that shape; no arguments gives one number.
   * @example
   * nd.random.seed(0);
   * nd.random.rand(2, 2)                 // array([[0.5488135 , 0.71518937], [0.60276338, 0.54488318]])
   */
  rand,
  /**
   * np.random.randn(d0, d1, …): standard normal doubles of that shape; no arguments gives one number.
   * @example
   * nd.random.seed(0);
   * nd.random.randn(3)                   // array([1.76405235, 0.40015721, 0.97873798])
   */
  randn,
  /**
   * np.random.randint(low, high?, size?, dtype = "int64"): integers in [low, high) (in [0, low) without high).
   * @example
   * nd.random.seed(0);
   * nd.random.randint(5, null, 4)        // array([4, 0, 3, 3])
   * nd.random.randint(1, 7)              // 4
   */
  randint,
  /**
   * np.random.random(size): uniform [0, 1) doubles.
   * @example
   * nd.random.seed(0);
   * nd.random.random([2])                // array([0.5488135 , 0.71518937])
   */
  random: randomFn,
  /**
   * np.random.uniform(low = 0, high = 1, size).
   * @example
   * nd.random.seed(0);
   * nd.random.uniform(-1, 1, 3)          // array([0.09762701, 0.43037873, 0.20552675])
   */
  uniform,
  /**
   * np.random.normal(loc = 0, scale = 1, size).
   * @example
   * nd.random.seed(0);
   * nd.random.normal(10, 2, 2)           // array([13.52810469, 10.80031442])
   */
  normal,
  /**
   * np.random.standard_normal(size).
   * @example
   * nd.random.seed(0);
   * nd.random.standardNormal(2)          // array([1.76405235, 0.40015721])
   */
  standardNormal,
  /**
   * np.random.exponential(scale = 1, size).
   * @example
   * nd.random.seed(0);
   * nd.random.exponential(2, 2)          // array([1.59174902, 2.51186153])
   */
  exponential,
  /**
   * np.random.gamma(shape, scale = 1, size).
   * @example
   * nd.random.seed(0);
   * nd.random.gamma(2, 1, 2)             // array([5.13882958, 2.23848091])
   */
  gamma,
  /**
   * np.random.beta(a, b, size).
   * @example
   * nd.random.seed(0);
   * nd.random.beta(2, 5, 2)              // array([0.47917138, 0.6550558 ])
   */
  beta,
  /**
   * np.random.binomial(n, p, size): int64.
   * @example
   * nd.random.seed(0);
   * nd.random.binomial(10, 0.5, 4)       // array([5, 6, 5, 5])
   */
  binomial,
  /**
   * np.random.poisson(lam = 1, size): int64.
   * @example
   * nd.random.seed(0);
   * nd.random.poisson(3, 4)              // array([5, 6, 2, 0])
   */
  poisson,
  /**
   * np.random.choice(a, size, { replace, p }): entries of a 1-D array (rows of an N-D one), or of arange(a).
   * @example
   * nd.random.seed(0);
   * nd.random.choice(5, 3, { replace: false })  // array([2, 0, 1])
   */
  choice,
  /**
   * np.random.permutation(x): a permuted arange(x), or a permuted copy of x along axis 0.
   * @example
   * nd.random.seed(0);
   * nd.random.permutation(5)             // array([2, 0, 1, 3, 4])
   */
  permutation: (x: Operand | bigint): NDArray => sampleRows(x, (arg) => globalRandomState.permutation(arg)) as NDArray,
  /**
   * np.random.shuffle(x): shuffles x in place along axis 0.
   * @example
   * nd.random.seed(0);
   * const a = nd.arange(5);
   * nd.random.shuffle(a);
   * a                                    // array([2, 0, 1, 3, 4])
   */
  shuffle: (x: NDArray): void => shuffleRows(x, globalRandomState.shuffle.bind(globalRandomState), () => globalRandomState.permutation(x.shape[0]!)),
  /**
   * np.random.default_rng(seed): a Generator (PCG64 seeded through SeedSequence).
   * @example
   * const rng = nd.random.defaultRng(0);
   * rng.random(2)                        // array([0.63696169, 0.26978671])
   * rng.integers(0, 10, 3)               // array([3, 0, 0])
   */
  defaultRng: (s?: Entropy | NDArray | null): Generator => new Generator(rawDefaultRng(s instanceof NDArray ? (Array.from(s.toTypedArray() as ArrayLike<number | bigint>, (v) => (Number.isInteger(Number(v)) ? BigInt(v) : v)) as unknown as Entropy) : s)),
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
