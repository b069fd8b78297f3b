// Array creation: np.array, asarray, zeros, ones, empty, full, the *_like forms, eye, identity, arange.

import { DTYPE, checkDType, describe, scalarDType, type DType, type Scalar } from "../core/dtype.js";
import { OverflowError, ValueError, ZeroDivisionError, outOfBoundsError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { toElement } from "../core/scalar.js";
import { readOptions } from "../core/options.js";
import { checkShape } from "../core/shape.js";
import { castKernel } from "../backend/wasm/kernels.js";
import { heap, viewAt } from "../backend/wasm/heap.js";
import { fromData, isScalar, type Operand } from "./operand.js";

function optionalDType(dtype: unknown, argument: string): DType | undefined {
  return dtype === undefined || dtype === null ? undefined : checkDType(dtype, argument);
}

/**
 * np.array: a new array from nested JS arrays, a TypedArray, a scalar or an NDArray (always a
 * copy). Inferred dtype: booleans → bool, integral numbers and bigints → int64, any other number
 * → float64; TypedArrays keep their type. With `dtype`, values convert as NumPy's do.
 *
 * @example nd.array([[1, 2], [3, 4]]).toString() // "array([[1, 2],\n       [3, 4]])"
 */
export function array<D extends DType>(data: Operand, dtype: D): NDArray<D>;
export function array<D extends DType>(data: NDArray<D>): NDArray<D>;
export function array(data: NestedBooleans): NDArray<"bool">;
export function array(data: Operand, dtype?: DType): NDArray;
export function array(data: Operand, dtype?: DType): NDArray {
  const d = optionalDType(dtype, "array: dtype");
  if (data instanceof NDArray) return data.astype(d ?? data.dtype);
  return fromData(data, d, "array: data");
}

/**
 * np.asarray: an NDArray is returned as it is (no copy) when the dtype already fits; anything else as np.array.
 * @example
 * const a = nd.zeros(3);
 * nd.asarray(a) === a                  // true: no copy
 */
export function asarray(data: Operand, dtype?: DType): NDArray {
  const d = optionalDType(dtype, "asarray: dtype");
  if (data instanceof NDArray && (d === undefined || d === data.dtype)) {
    data.storage; // throws if disposed
    return data;
  }
  return array(data, d);
}

/** A boolean or nested arrays of booleans (`[[true, false]]`): what `array` makes a bool array of. */
export type NestedBooleans = boolean | readonly NestedBooleans[];

function shapeArg(shape: unknown, fn: string, dtype: DType): number[] {
  return checkShape(shape, `${fn}: shape`, DTYPE[dtype].itemsize);
}

/**
 * np.zeros (float64 unless `dtype` says otherwise).
 * @example
 * nd.zeros([2, 3])                     // 2 × 3 float64 zeros
 * nd.zeros(4, "int32")
 */
export function zeros(shape: number | readonly number[]): NDArray<"float64">;
export function zeros<D extends DType>(shape: number | readonly number[], dtype: D): NDArray<D>;
export function zeros(shape: number | readonly number[], dtype: DType = "float64"): NDArray {
  const d = checkDType(dtype, "zeros: dtype");
  return NDArray.empty(shapeArg(shape, "zeros", d), d, true);
}

/**
 * np.empty: uninitialised contents (whatever the memory held).
 * @example
 * const buffer = nd.empty([1024], "float32");   // contents undefined: fill before reading
 */
export function empty(shape: number | readonly number[]): NDArray<"float64">;
export function empty<D extends DType>(shape: number | readonly number[], dtype: D): NDArray<D>;
export function empty(shape: number | readonly number[], dtype: DType = "float64"): NDArray {
  const d = checkDType(dtype, "empty: dtype");
  return NDArray.empty(shapeArg(shape, "empty", d), d);
}

/**
 * np.ones.
 * @example
 * nd.ones([2, 2], "int8")
 */
export function ones(shape: number | readonly number[]): NDArray<"float64">;
export function ones<D extends DType>(shape: number | readonly number[], dtype: D): NDArray<D>;
export function ones(shape: number | readonly number[], dtype: DType = "float64"): NDArray {
  const d = checkDType(dtype, "ones: dtype");
  return NDArray.empty(shapeArg(shape, "ones", d), d).fill(1);
}

/**
 * np.full: the dtype follows the fill value as NumPy's does (int → int64, float → float64, boolean → bool).
 * @example
 * nd.full([2, 2], 7)                   // array([[7, 7], [7, 7]]), int64
 * nd.full(3, 0.5)                      // float64
 */
export function full(shape: number | readonly number[], value: Scalar, dtype?: DType): NDArray {
  if (!isScalar(value)) throw new TypeError(`full: value must be a number, a bigint or a boolean, got ${describe(value)}`);
  const d = optionalDType(dtype, "full: dtype") ?? scalarDType(value);
  const out = NDArray.empty(shapeArg(shape, "full", d), d);
  try {
    return fillCast(out, value);
  } catch (e) {
    out.dispose();
    throw e;
  }
}

/** Fills with a value converted as np.full converts it (an explicit dtype truncates floats). */
function fillCast(out: NDArray, value: Scalar): NDArray {
  const v = toElement(value, out.dtype, "cast");
  if (out.size > 0) {
    const start = out.ptr / out.itemsize;
    (heap(out.dtype) as { fill(v: unknown, s: number, e: number): void }).fill(v, start, start + out.size);
  }
  return out;
}

interface Like {
  shape: number[];
  dtype: DType;
  /** The prototype's axis order, innermost first (NumPy's order "K"), or undefined for C order. */
  order: number[] | undefined;
}

function likeArgs(a: Operand, dtype: DType | undefined, fn: string): Like {
  const d = optionalDType(dtype, `${fn}: dtype`);
  if (a instanceof NDArray) {
    a.storage; // a disposed prototype throws here, before its strides are read
    return { shape: a.shape.slice(), dtype: d ?? a.dtype, order: a._keptOrder() };
  }
  const tmp = fromData(a, undefined, `${fn}: a`);
  try {
    return { shape: tmp.shape.slice(), dtype: d ?? tmp.dtype, order: undefined };
  } finally {
    tmp.dispose();
  }
}

/** A new array shaped and laid out like the prototype (np.empty_like's order "K"). */
function emptyAs(s: Like, zero = false): NDArray {
  return NDArray.empty(s.shape, s.dtype, zero, s.order);
}

/**
 * np.zeros_like: zeros of `a`'s shape and dtype (or `dtype`).
 * @example
 * nd.zerosLike(nd.array([[1, 2], [3, 4]]))   // int64 zeros, shape [2, 2]
 */
export function zerosLike(a: Operand, dtype?: DType): NDArray {
  return emptyAs(likeArgs(a, dtype, "zerosLike"), true);
}

/**
 * np.ones_like.
 * @example
 * nd.onesLike(nd.array([1.5, 2.5]))    // array([1., 1.])
 */
export function onesLike(a: Operand, dtype?: DType): NDArray {
  return emptyAs(likeArgs(a, dtype, "onesLike")).fill(1);
}

/**
 * np.empty_like.
 * @example
 * const out = nd.emptyLike(nd.zeros([3, 3]));
 */
export function emptyLike(a: Operand, dtype?: DType): NDArray {
  return emptyAs(likeArgs(a, dtype, "emptyLike"));
}

/**
 * np.full_like: `value` converted to `a`'s dtype (or `dtype`).
 * @example
 * nd.fullLike(nd.array([1, 2, 3]), 9)  // array([9, 9, 9])
 */
export function fullLike(a: Operand, value: Scalar, dtype?: DType): NDArray {
  const out = emptyAs(likeArgs(a, dtype, "fullLike"));
  try {
    return fillCast(out, value);
  } catch (e) {
    out.dispose();
    throw e;
  }
}

function checkInt(x: unknown, name: string): number {
  if (typeof x !== "number" || !Number.isInteger(x)) throw new TypeError(`${name} must be an integer, got ${describe(x)}`);
  return x;
}

/** np.eye's keywords. */
export interface EyeOptions {
  /** The diagonal: 0 the main one, positive above, negative below. */
  k?: number;
  dtype?: DType;
}

/**
 * np.eye(N, M = N, k = 0, dtype = float64): ones on the k-th diagonal.
 * @example
 * nd.eye(3)                            // the 3 × 3 identity, float64
 * nd.eye(2, 3, { k: 1, dtype: "int32" })
 */
export function eye(n: number, m?: number | null | EyeOptions, given?: EyeOptions | null): NDArray {
  if (typeof m === "object" && m !== null && !Array.isArray(m)) {
    given = m;
    m = undefined;
  }
  const rows = checkInt(n, "eye: N");
  const cols = m === undefined || m === null ? rows : checkInt(m, "eye: M");
  const options = readOptions<EyeOptions>(given, "eye", ["k", "dtype"]);
  const k = checkInt(options.k ?? 0, "eye: k");
  const d = checkDType(options.dtype ?? "float64", "eye: dtype");
  const out = NDArray.empty(checkShape([rows, cols], "eye: shape", DTYPE[d].itemsize), d, true);
  const h = heap(d) as { [i: number]: number | bigint };
  const base = out.ptr / out.itemsize;
  const one = DTYPE[d].big ? 1n : 1;
  for (let i = Math.max(0, -k); i < rows && i + k < cols; i++) h[base + i * cols + i + k] = one;
  return out;
}

/**
 * np.identity(n, dtype = float64): the n × n identity.
 * @example
 * nd.identity(2, "int64")              // array([[1, 0], [0, 1]])
 */
export function identity(n: number, dtype: DType = "float64"): NDArray {
  return eye(n, n, { dtype });
}

const BOOL_ARANGE = "arange() is only supported for booleans when the result has at most length 2.";

/** NumPy's length of arange(start, stop, step), with its handling of underflow, infinity and NaN. */
function arangeLength(start: number, stop: number, step: number): number {
  const delta = stop - start;
  const ratio = delta / step;
  let length: number;
  if (ratio === 0 && delta !== 0) length = Math.sign(delta) === Math.sign(step) ? 1 : 0;
  else length = Math.ceil(ratio);
  if (Number.isNaN(length)) throw new ValueError("arange: cannot compute length");
  if (length > 2 ** 63 - 1) throw new ValueError("Maximum allowed size exceeded");
  return Math.max(0, length);
}

/**
 * np.arange(stop) or np.arange(start, stop, step = 1, dtype?). Integer arguments give int64,
 * any float gives float64. As NumPy fills it: the first two elements are `start` and
 * `start + step` converted to the dtype, then element i is start + i * delta with delta their
 * difference, in the dtype's arithmetic (float32 rounds every step, integers wrap).
 * @example
 * nd.arange(5)                         // array([0, 1, 2, 3, 4])
 * nd.arange(0, 1, 0.25)                // array([0.  , 0.25, 0.5 , 0.75])
 */
export function arange(start: number | bigint | boolean, stop?: number | bigint | boolean | null, step: number | bigint | boolean = 1, dtype?: DType): NDArray {
  if (stop === undefined || stop === null) [start, stop] = [0, start];
  for (const [name, v] of [["start", start], ["stop", stop], ["step", step]] as const) {
    if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") throw new TypeError(`arange: ${name} must be a number, got ${describe(v)}`);
  }
  const args = [start, stop, step].map((v) => (typeof v === "boolean" ? +v : v));
  const integral = args.every((v) => typeof v === "bigint" || Number.isInteger(v));
  if (Number(args[2]) === 0) throw new ZeroDivisionError(integral ? "division by zero" : "float division by zero");
  const d = optionalDType(dtype, "arange: dtype") ?? (integral ? "int64" : "float64");
  const [a, b, s] = args.map(Number) as [number, number, number];
  const length = arangeLength(a, b, s);
  if (d === "bool" && length > 2) throw new TypeError(BOOL_ARANGE);
  const out = NDArray.empty(checkShape([length], "arange: shape", DTYPE[d].itemsize), d);
  try {
    if (length > 0) fillArange(out, args[0]!, args[2]!, length);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

function fillArange(out: NDArray, start: number | bigint, step: number | bigint, length: number): void {
  const d = out.dtype;
  const t = DTYPE[d];
  if (t.kind === "f" || t.kind === "b") {
    const r = d === "float32" ? Math.fround : (x: number) => x;
    const h = heap(d === "bool" ? "uint8" : d) as Float64Array;
    const base = out.ptr / t.itemsize;
    const first = r(Number(start));
    const second = r(Number(start) + Number(step));
    if (d === "bool") {
      h[base] = first !== 0 ? 1 : 0;
      if (length > 1) h[base + 1] = second !== 0 ? 1 : 0;
      return;
    }
    h[base] = first;
    if (length > 1) h[base + 1] = second;
    const delta = r(second - first);
    for (let i = 2; i < length; i++) h[base + i] = r(first + r(i * delta));
    return;
  }
  // Integers: the first two values as Python ints converted to the dtype (range-checked), then wrapping steps.
  const toInt = (v: number | bigint): bigint => {
    const big = typeof v === "bigint" ? v : BigInt(Math.trunc(v));
    if (big < t.minBig || big > t.maxBig) throw new OverflowError(outOfBoundsError(big.toString(), d));
    return big;
  };
  const first = toInt(start);
  const second = length > 1 ? toInt(typeof start === "bigint" || typeof step === "bigint" ? BigInt(start) + BigInt(step) : Number(start) + Number(step)) : first;
  const delta = second - first;
  const last = first + BigInt(length - 1) * delta;
  const safe = (x: bigint) => x >= -(2n ** 53n) && x <= 2n ** 53n;
  if (t.big && safe(first) && safe(last)) {
    // Exact as doubles: staged as float64 and converted in place, no BigInt per element.
    const f = viewAt(out.ptr, "float64", length) as Float64Array;
    const a0 = Number(first);
    const dl = Number(delta);
    for (let i = 0; i < length; i++) f[i] = a0 + i * dl;
    castKernel("float64", d)(out.ptr, out.ptr, length, 8, 8, 0);
    return;
  }
  if (t.big) {
    const h = viewAt(out.ptr, d, length) as BigInt64Array;
    for (let i = 0; i < length; i++) h[i] = first + BigInt(i) * delta;
    return;
  }
  // Up to 32 bits: JS typed arrays wrap as C does.
  const h = viewAt(out.ptr, d, length) as Int32Array;
  const a0 = Number(first);
  const dl = Number(delta);
  for (let i = 0; i < length; i++) h[i] = a0 + i * dl;
}
