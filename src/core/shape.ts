// Pure shape arithmetic: no WASM, no arrays, just numbers. Strides here are in elements
// unless a name says bytes.

import { AxisError, ValueError } from "./errors.js";
import { describe } from "./dtype.js";

export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

/** C-order strides, in elements. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = step;
    step *= shape[i];
  }
  return strides;
}

export function isContiguous(shape: readonly number[], strides: readonly number[]): boolean {
  let step = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] !== 1 && strides[i] !== step) return false;
    step *= shape[i];
  }
  return true;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** NumPy's broadcasting of two shapes, or null when they are incompatible. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const x = i < n - a.length ? 1 : a[i - (n - a.length)];
    const y = i < n - b.length ? 1 : b[i - (n - b.length)];
    if (x === y || y === 1) out[i] = x;
    else if (x === 1) out[i] = y;
    else return null;
  }
  return out;
}

/** Strides that read an array of `shape` as if it had the broadcast shape `target` (stride 0 on stretched axes). */
export function broadcastStrides(shape: readonly number[], strides: readonly number[], target: readonly number[]): number[] {
  const out = new Array<number>(target.length).fill(0);
  const lead = target.length - shape.length;
  for (let i = 0; i < shape.length; i++) out[lead + i] = shape[i] === 1 ? 0 : strides[i];
  return out;
}

/** Validates an axis against `ndim` and makes it non-negative (AxisError otherwise, its text after NumPy's `prefix`, e.g. "axis1: "). */
export function normalizeAxis(axis: number, ndim: number, argument = "axis", prefix = ""): number {
  if (!Number.isInteger(axis)) throw new TypeError(`${argument} must be an integer, got ${describe(axis)}`);
  if (axis < -ndim || axis >= ndim) throw new AxisError(`${prefix}axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

/** An axis argument (undefined, a number or a list) as a sorted list of distinct axes. */
export function normalizeAxes(axis: number | readonly number[] | undefined | null, ndim: number): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : axis;
  if (!Array.isArray(list)) throw new TypeError(`axis must be a number, an array of numbers or undefined, got ${typeof axis}`);
  const out = list.map((a) => normalizeAxis(a, ndim));
  if (new Set(out).size !== out.length) throw new ValueError("duplicate value in 'axis'");
  return out.sort((x, y) => x - y);
}

/**
 * Merges axes that every operand walks contiguously (stride[i] == shape[i+1] * stride[i+1]) and drops
 * size-1 axes, as NumPy's iterator does, so kernels see as few and as long loops as possible.
 * `strides` holds one stride list per operand, all of `shape`'s length; returns new lists.
 */
export function coalesce(shape: readonly number[], strides: readonly (readonly number[])[]): { shape: number[]; strides: number[][] } {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 1) continue;
    const last = outShape.length - 1;
    if (last >= 0 && strides.every((s, k) => outStrides[k][last] === shape[i] * s[i])) {
      outShape[last] *= shape[i];
      for (let k = 0; k < strides.length; k++) outStrides[k][last] = strides[k][i];
    } else {
      outShape.push(shape[i]);
      for (let k = 0; k < strides.length; k++) outStrides[k].push(strides[k][i]);
    }
  }
  return { shape: outShape, strides: outStrides };
}

/** NumPy's npy_intp limit, 2^63 - 1: no dimension, and no array's byte size, may exceed it. (As a double it reads 2^63.) */
const INTP_LIMIT = 2 ** 63;

/**
 * A shape argument: a number or an array of non-negative integers, with NumPy's errors for
 * negative, oversized and overflowing shapes (`itemsize` bytes per element).
 */
export function checkShape(shape: unknown, argument = "shape", itemsize = 8): number[] {
  const list = typeof shape === "number" ? [shape] : shape;
  if (!Array.isArray(list) || !list.every((d) => typeof d === "number")) {
    throw new TypeError(`${argument} must be a number or an array of numbers, got ${describe(shape)}`);
  }
  for (const d of list) {
    if (!Number.isInteger(d)) throw new TypeError(`${argument} must contain integers, got ${d}`);
    if (d < 0) throw new ValueError("negative dimensions are not allowed");
    if (d >= INTP_LIMIT) throw new ValueError("Maximum allowed dimension exceeded");
  }
  // NumPy multiplies the non-zero dimensions and the itemsize, so (2**62, 0) of float64 is too
  // big although it holds nothing. Exact in bigints past 2^53.
  let bytes = itemsize;
  for (const d of list) if (d !== 0) bytes *= d;
  if (bytes >= 2 ** 53) {
    let exact = BigInt(itemsize);
    for (const d of list) if (d !== 0) exact *= BigInt(d);
    if (exact >= BigInt(INTP_LIMIT)) throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
  }
  return list.slice();
}

/**
 * The axis order (innermost first) of np.empty_like(a, order="K"), as np.array(a, copy=True)
 * lays out its copy: C order for C-contiguous arrays (and 1-D), F order for F-contiguous ones,
 * otherwise the axes sorted by decreasing |stride| (ties in axis order). Strides in bytes.
 */
export function keepOrder(shape: readonly number[], strides: readonly number[], itemsize: number): number[] {
  const nd = shape.length;
  const c = Array.from({ length: nd }, (_, i) => nd - 1 - i);
  if (nd <= 1 || flagContiguous(shape, strides, itemsize, c)) return c;
  const f = Array.from({ length: nd }, (_, i) => i);
  if (flagContiguous(shape, strides, itemsize, f)) return f;
  return f.sort((x, y) => Math.abs(strides[y]) - Math.abs(strides[x]) || x - y).reverse();
}

/** NumPy's contiguity flag for axes taken innermost first: size-1 axes ignored, empty arrays contiguous. */
function flagContiguous(shape: readonly number[], strides: readonly number[], itemsize: number, order: readonly number[]): boolean {
  if (shape.includes(0)) return true;
  let expected = itemsize;
  for (const d of order) {
    if (shape[d] === 1) continue;
    if (strides[d] !== expected) return false;
    expected *= shape[d];
  }
  return true;
}

/** Byte strides of a dense array of `shape` whose axes lie in `order` (innermost first). */
export function denseStrides(shape: readonly number[], order: readonly number[], itemsize: number): number[] {
  const strides = new Array<number>(shape.length).fill(0);
  let step = itemsize;
  for (const d of order) {
    strides[d] = step;
    step *= shape[d];
  }
  return strides;
}
