// Array creation: np.array, zeros, ones, full, eye, arange.

import { DType, ITEMSHIFT, checkDType, scalarDType } from "../dtype.js";
import { ValueError, ZeroDivisionError } from "../errors.js";
import { NDArray, heapOf } from "../ndarray.js";
import { checkShape } from "../shape.js";
import { castArray, copyArray, filled } from "./copy.js";
import { Operand, fromData } from "./operand.js";

function optionalDType(dtype: unknown, argument: string): DType | undefined {
  return dtype === undefined ? undefined : checkDType(dtype, argument);
}

/**
 * np.array: from nested JS arrays, a TypedArray, a scalar or an NDArray (always a copy).
 * Inferred dtype: all booleans → bool, all integers → int32, otherwise float64.
 */
export function array(data: Operand, dtype?: DType): NDArray {
  const d = optionalDType(dtype, "array: dtype");
  if (data instanceof NDArray) return d === undefined || d === data.dtype ? copyArray(data) : castArray(data, d);
  return fromData(data, d, "array: data");
}

/** np.zeros (float64 unless `dtype` says otherwise). */
export function zeros(shape: number | readonly number[], dtype: DType = "float64"): NDArray {
  return NDArray.empty(checkShape(shape, "zeros: shape"), checkDType(dtype, "zeros: dtype"), true);
}

/** np.ones. */
export function ones(shape: number | readonly number[], dtype: DType = "float64"): NDArray {
  return filled(checkShape(shape, "ones: shape"), 1, checkDType(dtype, "ones: dtype"));
}

/** np.full: the dtype follows the fill value as NumPy's does (int → int32, float → float64, boolean → bool). */
export function full(shape: number | readonly number[], value: number | boolean, dtype?: DType): NDArray {
  if (typeof value !== "number" && typeof value !== "boolean") throw new TypeError(`full: value must be a number or a boolean, got ${typeof value}`);
  const d = optionalDType(dtype, "full: dtype") ?? (typeof value === "number" && Math.abs(value) > 2147483647 ? "float64" : scalarDType(value));
  return filled(checkShape(shape, "full: shape"), value, d);
}

/** np.eye(n): the n×n identity. */
export function eye(n: number, dtype: DType = "float64"): NDArray {
  if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`eye: n must be an integer, got ${typeof n === "number" ? n : typeof n}`);
  if (n < 0) throw new ValueError("negative dimensions are not allowed");
  const out = NDArray.empty([n, n], checkDType(dtype, "eye: dtype"), true);
  const heap = heapOf(out.dtype);
  const base = out.ptr >> ITEMSHIFT[out.dtype];
  for (let i = 0; i < n; i++) heap[base + i * (n + 1)] = 1;
  return out;
}

/**
 * np.arange(stop) or np.arange(start, stop, step = 1, dtype?). Integer arguments give int32.
 * As NumPy fills it: the first two elements are `start` and `start + step` converted to the
 * dtype, then element i is start + i * delta with delta their difference, in the dtype's
 * arithmetic (float32 rounds every step).
 */
export function arange(start: number, stop?: number, step = 1, dtype?: DType): NDArray {
  if (stop === undefined) [start, stop] = [0, start];
  for (const [name, v] of [["start", start], ["stop", stop], ["step", step]] as const) {
    if (typeof v !== "number") throw new TypeError(`arange: ${name} must be a number, got ${typeof v}`);
  }
  if (step === 0) throw new ZeroDivisionError("division by zero");
  const d = optionalDType(dtype, "arange: dtype") ?? ([start, stop, step].every((v) => Number.isInteger(v)) ? "int32" : "float64");
  const length = Math.max(0, Math.ceil((stop - start) / step));
  if (!Number.isFinite(length)) throw new ValueError("arange: cannot compute length");
  const out = NDArray.empty([length], d);
  const heap = heapOf(d);
  const base = out.ptr >> ITEMSHIFT[d];
  if (length > 0) heap[base] = start;
  if (length > 1) heap[base + 1] = start + step;
  const first = heap[base];
  if (d === "float32") {
    const f = Math.fround;
    const delta = f(heap[base + 1] - first);
    for (let i = 2; i < length; i++) heap[base + i] = f(first + f(i * delta));
  } else {
    const delta = heap[base + 1] - first;
    for (let i = 2; i < length; i++) heap[base + i] = first + i * delta;
  }
  return out;
}
