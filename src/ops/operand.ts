// What operations accept in place of an NDArray, and how it becomes one.

import { DType, TypedArray, describe, toElement } from "../dtype.js";
import { OverflowError, ValueError } from "../errors.js";
import { NDArray, heapOf } from "../ndarray.js";
import { flattenNested } from "../nested.js";
import { ITEMSHIFT } from "../dtype.js";

export type Nested = number | boolean | readonly Nested[];
/** An NDArray, a scalar, nested JS arrays or a TypedArray. */
export type Operand = NDArray | number | boolean | readonly Nested[] | TypedArray;

export const scalarErrors = {
  value: (m: string) => new ValueError(m),
  overflow: (m: string) => new OverflowError(m),
};

const TYPED_DTYPE = new Map<Function, DType>([
  [Float64Array, "float64"],
  [Float32Array, "float32"],
  [Int32Array, "int32"],
  [Int16Array, "int32"],
  [Int8Array, "int32"],
  [Uint16Array, "int32"],
  [Uint8Array, "int32"],
  [Uint8ClampedArray, "int32"],
]);

/** Writes JS values into a fresh contiguous array of `dtype`. */
function fromValues(values: ArrayLike<number | boolean>, shape: number[], dtype: DType): NDArray {
  const out = NDArray.empty(shape, dtype);
  const heap = heapOf(dtype);
  const base = out.ptr >> ITEMSHIFT[dtype];
  if (ArrayBuffer.isView(values) && dtype !== "int32" && dtype !== "bool") {
    heap.set(values as unknown as ArrayLike<number>, base);
    return out;
  }
  try {
    for (let i = 0; i < values.length; i++) heap[base + i] = toElement(values[i], dtype, scalarErrors);
  } catch (e) {
    out.dispose();
    throw e;
  }
  return out;
}

/** A new array from a non-NDArray operand (`dtype` overrides the inferred one). */
export function fromData(data: Exclude<Operand, NDArray>, dtype: DType | undefined, argument: string): NDArray {
  if (typeof data === "number" || typeof data === "boolean") {
    const d = dtype ?? (typeof data === "boolean" ? "bool" : Number.isInteger(data) && Math.abs(data) <= 2147483647 ? "int32" : "float64");
    return fromValues([data], [], d);
  }
  if (ArrayBuffer.isView(data)) {
    const inferred = TYPED_DTYPE.get(data.constructor);
    if (inferred === undefined) throw new TypeError(`${argument} must be a Float64Array, Float32Array or an integer TypedArray, got ${data.constructor.name}`);
    return fromValues(data as unknown as ArrayLike<number>, [data.length], dtype ?? inferred);
  }
  if (!Array.isArray(data)) throw new TypeError(`${argument} must be an NDArray, a number, a boolean, nested arrays or a TypedArray, got ${describe(data)}`);
  const flat = flattenNested(data, argument);
  return fromValues(flat.values, flat.shape, dtype ?? flat.dtype);
}

/** An NDArray for `x`, and whether the caller created it (and must dispose it). */
export function asArray(x: Operand, argument: string): { array: NDArray; owned: boolean } {
  if (x instanceof NDArray) {
    x.storage; // throws if disposed
    return { array: x, owned: false };
  }
  return { array: fromData(x, undefined, argument), owned: true };
}
