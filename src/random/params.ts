// Distribution parameters and output sizes, as NumPy's random functions take them: a parameter is
// a number or an array (broadcast against the others and against `size`), `size` an integer or a
// shape. The texts of the errors are NumPy's (np.empty, PyArray_MultiIterNew, validate_output_shape).

import { ValueError } from "./checks.js";

/** Nested arrays of numbers, as a user writes them. */
export type Nested<T> = T | readonly Nested<T>[];

/** Values with a shape, C order (an NDArray's data in the wiring; `data.length` = product of shape). */
export interface Shaped<T> {
  readonly data: ArrayLike<T>;
  readonly shape: readonly number[];
}

/** A distribution parameter: a number, a (nested) array, a TypedArray (1-D) or data with a shape. */
export type ParamInput = number | readonly Nested<number>[] | Float64Array | Float32Array | Int32Array | Shaped<number>;

/** An integer parameter (bounds of integers, binomial's n): numbers, or bigints beyond 2^53. */
export type IntParamInput =
  | number
  | bigint
  | readonly Nested<number | bigint>[]
  | BigInt64Array
  | BigUint64Array
  | Int32Array
  | Shaped<number | bigint>;

/** `size`: an integer or a shape; null or undefined means "as the parameters' broadcast shape". */
export type Size = number | readonly number[] | null | undefined;

export interface Param<T = number> {
  readonly data: ArrayLike<T>;
  readonly shape: readonly number[];
  /** A 0-d parameter (a plain number): NumPy's scalar path. */
  readonly scalar: boolean;
}

function isShaped<T>(x: unknown): x is Shaped<T> {
  return typeof x === "object" && x !== null && !ArrayBuffer.isView(x) && !Array.isArray(x) && "shape" in x && "data" in x;
}

function flatten<T>(x: readonly Nested<T>[], isLeaf: (v: unknown) => v is T): Param<T> {
  const shape: number[] = [];
  let level: unknown = x;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const data: T[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth === shape.length) {
      if (!isLeaf(v)) throw new ValueError(inhomogeneous(depth, shape));
      data.push(v);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[depth]) throw new ValueError(inhomogeneous(depth, shape));
    for (const item of v) walk(item, depth + 1);
  };
  walk(x, 0);
  return { data, shape, scalar: false };
}

function inhomogeneous(depth: number, shape: readonly number[]): string {
  return (
    "setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
    `${depth} dimensions. The detected shape was ${tupleString(shape.slice(0, depth))} + inhomogeneous part.`
  );
}

const isNumber = (v: unknown): v is number => typeof v === "number";
const isInteger = (v: unknown): v is number | bigint => typeof v === "number" || typeof v === "bigint";

/** A float parameter from any of the accepted forms. */
export function toParam(x: ParamInput): Param<number> {
  if (typeof x === "number") return { data: [x], shape: [], scalar: true };
  if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return { data: x, shape: [x.length], scalar: false };
  if (isShaped<number>(x)) return { data: x.data, shape: [...x.shape], scalar: false };
  if (Array.isArray(x)) return flatten(x as readonly Nested<number>[], isNumber);
  throw new TypeError(`expected a number or an array of numbers, got ${typeof x}`);
}

/** An integer parameter from any of the accepted forms (values as numbers or bigints). */
export function toIntParam(x: IntParamInput): Param<number | bigint> {
  if (typeof x === "number" || typeof x === "bigint") return { data: [x], shape: [], scalar: true };
  if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return { data: x as ArrayLike<number | bigint>, shape: [x.length], scalar: false };
  if (isShaped<number | bigint>(x)) return { data: x.data, shape: [...x.shape], scalar: false };
  if (Array.isArray(x)) return flatten(x as readonly Nested<number | bigint>[], isInteger);
  throw new TypeError(`expected an integer or an array of integers, got ${typeof x}`);
}

/** Python's repr of a shape tuple: (), (3,), (2, 3). */
export function tupleString(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

export function product(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** np.empty(size)'s checks: the shape `size` names, or null when size is omitted. */
export function checkSize(size: Size): number[] | null {
  if (size === undefined || size === null) return null;
  if (typeof size !== "number" && !Array.isArray(size)) {
    throw new TypeError(`expected a sequence of integers or a single integer, got '${typeof size === "object" ? (size as object).constructor?.name ?? "object" : String(size)}'`);
  }
  const dims = typeof size === "number" ? [size] : [...size];
  for (const d of dims) {
    if (typeof d !== "number" || !Number.isInteger(d)) {
      throw new TypeError(`expected a sequence of integers or a single integer, got '${String(d)}'`);
    }
    if (d < 0) throw new ValueError("negative dimensions are not allowed");
  }
  return dims;
}

/** PyArray_MultiIterNew's broadcast of several shapes, with its mismatch text (args numbered). */
export function broadcastShapes(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let src = -1;
    for (let j = 0; j < shapes.length; j++) {
      const s = shapes[j]!;
      const k = i + s.length - nd;
      if (k < 0) continue;
      const d = s[k]!;
      if (d === 1) continue;
      if (out[i] === 1) {
        out[i] = d;
        src = j;
      } else if (out[i] !== d) {
        throw new ValueError(
          "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between " +
            `arg ${src} with shape ${tupleString(shapes[src]!)} and arg ${j} with shape ${tupleString(s)}.`,
        );
      }
    }
  }
  return out;
}

/**
 * The output shape of a distribution with array parameters (NumPy's cont/disc broadcast paths):
 * the parameters' broadcast shape, or `size`, which the parameters must broadcast to.
 */
export function drawShape(size: readonly number[] | null, params: readonly Param<unknown>[]): number[] {
  if (size === null) return broadcastShapes(params.map((p) => p.shape));
  const shape = broadcastShapes([size, ...params.map((p) => p.shape)]);
  if (shape.length !== size.length || shape.some((d, i) => d !== size[i])) {
    throw new ValueError(
      `Output size ${tupleString(size)} is not compatible with broadcast dimensions of inputs ${tupleString(shape)}.`,
    );
  }
  return shape;
}

/** numpy's binary-operation broadcast (np.subtract), with its error text. */
export function broadcastBinary(a: readonly number[], b: readonly number[]): number[] {
  const nd = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < nd; i++) {
    const da = a[a.length - nd + i] ?? 1;
    const db = b[b.length - nd + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      const compact = (s: readonly number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(",")})`);
      throw new ValueError(`operands could not be broadcast together with shapes ${compact(a)} ${compact(b)} `);
    }
    out.push(da === 1 ? db : da);
  }
  return out;
}

/**
 * The values of `param` repeated to `shape` (which it broadcasts to), in C order. `convert` maps
 * each value (for example bigint to number).
 */
export function expand<T, U>(param: Param<T>, shape: readonly number[], make: (n: number) => { [i: number]: U; length: number }, convert: (v: T) => U): { [i: number]: U; length: number } {
  const n = product(shape);
  const out = make(n);
  const src = param.data;
  if (src.length === 1) {
    const v = convert(src[0]!);
    for (let i = 0; i < n; i++) out[i] = v;
    return out;
  }
  if (param.shape.length === shape.length && src.length === n) {
    for (let i = 0; i < n; i++) out[i] = convert(src[i]!);
    return out;
  }
  // strides of param in elements, 0 along broadcast axes
  const nd = shape.length;
  const strides = new Array<number>(nd).fill(0);
  let step = 1;
  for (let k = param.shape.length - 1; k >= 0; k--) {
    const axis = nd - param.shape.length + k;
    strides[axis] = param.shape[k] === 1 ? 0 : step;
    step *= param.shape[k]!;
  }
  const index = new Array<number>(nd).fill(0);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    out[i] = convert(src[offset]!);
    for (let axis = nd - 1; axis >= 0; axis--) {
      offset += strides[axis]!;
      if (++index[axis]! < shape[axis]!) break;
      offset -= strides[axis]! * shape[axis]!;
      index[axis] = 0;
    }
  }
  return out;
}

/** A float parameter repeated to `shape` as a Float64Array. */
export function expandF64(param: Param<number>, shape: readonly number[]): Float64Array {
  return expand(param, shape, (n) => new Float64Array(n), (v) => v) as Float64Array;
}
