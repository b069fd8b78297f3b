// Nested JS arrays → shape + flat values, with NumPy's ragged-array error and dtype inference.

import { DTYPE, describe, promoteTypes, type DType } from "./dtype.js";
import { MAXDIMS, ValueError } from "./errors.js";

/** One element of nested input arrays: a number, a boolean or a bigint (for the 64-bit integers). */
export type Leaf = number | boolean | bigint;

export interface Flat {
  shape: number[];
  values: Leaf[];
  /** The dtype NumPy would infer: bool, int64 (uint64 for integers past int64), float64. */
  dtype: DType;
}

function inhomogeneous(depth: number, shape: number[]): ValueError {
  const detected = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  return new ValueError(
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. ` +
      `The detected shape was ${detected} + inhomogeneous part.`,
  );
}

const INT64_MAX = 2 ** 63;
const UINT64_LIMIT = 2 ** 64;

/** The dtype NumPy gives one Python scalar inside a list (integers beyond uint64 become float64: there are no object arrays). */
export function leafDType(x: Leaf): DType {
  if (typeof x === "boolean") return "bool";
  if (typeof x === "bigint") return x >= -(2n ** 63n) && x < 2n ** 63n ? "int64" : "uint64";
  if (!Number.isInteger(x)) return "float64";
  if (x >= -INT64_MAX && x < INT64_MAX) return "int64";
  return x >= 0 && x < UINT64_LIMIT ? "uint64" : "float64";
}

/** Flattens nested arrays of numbers, bigints and booleans (any depth up to 64, TypedArrays at any level). */
export function flattenNested(data: unknown, argument = "data"): Flat {
  // The shape is read along the first elements, then every branch is checked against it.
  const shape: number[] = [];
  for (let x: unknown = data; isSequence(x); x = (x as ArrayLike<unknown>)[0]) {
    shape.push((x as ArrayLike<unknown>).length);
    if (shape.length > MAXDIMS) {
      throw new ValueError(`setting an array element with a sequence. The requested array would exceed the maximum number of dimension of ${MAXDIMS}.`);
    }
    if ((x as ArrayLike<unknown>).length === 0) break;
  }
  const values: Leaf[] = [];
  let dtype: DType | null = null;
  const walk = (x: unknown, depth: number): void => {
    if (depth === shape.length) {
      if (isSequence(x)) throw inhomogeneous(depth, shape.slice(0, depth));
      if (typeof x !== "number" && typeof x !== "boolean" && typeof x !== "bigint") {
        throw new TypeError(`${argument} must contain only numbers, bigints and booleans, got ${describe(x)}`);
      }
      const d = leafDType(x);
      dtype = dtype === null ? d : dtype === d ? d : promoteTypes(dtype, d);
      values.push(x);
      return;
    }
    if (!isSequence(x) || x.length !== shape[depth]) throw inhomogeneous(depth, shape.slice(0, depth));
    for (let i = 0; i < x.length; i++) walk(x[i], depth + 1);
  };
  walk(data, 0);
  return { shape, values, dtype: dtype ?? "float64" };
}

/** The dtype of a TypedArray's elements (Uint8ClampedArray reads as uint8). */
export function typedArrayDType(x: ArrayBufferView): DType | undefined {
  for (const d of Object.keys(DTYPE) as DType[]) {
    if (d !== "bool" && x instanceof DTYPE[d].array) return d;
  }
  return x instanceof Uint8ClampedArray ? "uint8" : undefined;
}

function isSequence(x: unknown): x is ArrayLike<unknown> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}
