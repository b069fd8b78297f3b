// Copies and casts: every one is a strided WASM loop (cast_<from>_<to>), broadcasting allowed.

import { DType, SUFFIX, ITEMSIZE, ITEMSHIFT, toElement } from "../dtype.js";
import { ValueError } from "../errors.js";
import { NDArray, heapOf } from "../ndarray.js";
import { broadcastShapes, broadcastStrides, sameShape } from "../shape.js";
import type { Layout } from "../slice.js";
import type { UnaryKernel } from "../wasm/kernels.js";
import { planLoop } from "../wasm/iterate.js";
import { wasm } from "../wasm/module.js";
import { Operand, asArray, scalarErrors } from "./operand.js";

export function castKernel(from: DType, to: DType): UnaryKernel {
  return wasm[`cast_${SUFFIX[from]}_${SUFFIX[to]}`];
}

/**
 * Copies `src` (broadcast to `shape`) into the strided destination at byte address `dst`,
 * converting to `dtype`.
 */
export function copyInto(dst: number, dtype: DType, shape: readonly number[], strides: readonly number[], src: NDArray): void {
  const dstBytes = strides.map((s) => s * ITEMSIZE[dtype]);
  // Leading size-1 axes beyond the destination's rank are dropped, as NumPy's assignment does.
  const extra = Math.max(0, src.ndim - shape.length);
  const srcBytes = broadcastStrides(src.shape.slice(extra), src.byteStrides.slice(extra), shape);
  const loop = planLoop(shape, [dstBytes, srcBytes]);
  castKernel(src.dtype, dtype)(dst, src.ptr, loop.n, loop.steps[0], loop.steps[1], loop.outer);
}

/** A C-contiguous copy of `a` converted to `dtype`. */
export function castArray(a: NDArray, dtype: DType): NDArray {
  const out = NDArray.empty(a.shape, dtype);
  if (out.size > 0) copyInto(out.ptr, dtype, out.shape, out.strides, a);
  return out;
}

export function copyArray(a: NDArray): NDArray {
  return castArray(a, a.dtype);
}

/** `target[layout] = value`: broadcasts and casts `value` into a view of `target`. */
export function assign(target: NDArray, layout: Layout, value: Operand): void {
  const base = target.storage.ptr;
  const shift = ITEMSHIFT[target.dtype];
  const size = layout.shape.reduce((x, y) => x * y, 1);
  if (typeof value === "number" || typeof value === "boolean") {
    const v = toElement(value, target.dtype, scalarErrors);
    if (size === 1) {
      heapOf(target.dtype)[(base >> shift) + layout.offset] = v;
      return;
    }
  }
  const { array, owned } = asArray(value, "value");
  // A value that shares memory with the target is copied first, as NumPy does for overlaps.
  const src = !owned && array._storage === target._storage ? array.copy() : array;
  try {
    const extra = src.ndim - layout.shape.length;
    const leadingOnes = extra <= 0 || src.shape.slice(0, extra).every((d) => d === 1);
    const shape = broadcastShapes(layout.shape, src.shape.slice(Math.max(extra, 0)));
    if (!leadingOnes || shape === null || !sameShape(shape, layout.shape)) {
      throw new ValueError(`could not broadcast input array from shape ${tuple(src.shape)} into shape ${tuple(layout.shape)}`);
    }
    if (size > 0) copyInto(base + (layout.offset << shift), target.dtype, layout.shape, layout.strides, src);
  } finally {
    if (src !== array) src.dispose();
    if (owned) array.dispose();
  }
}

function tuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

/** A contiguous array of `shape` filled with one value (np.full). */
export function filled(shape: readonly number[], value: number | boolean, dtype: DType): NDArray {
  const v = toElement(value, dtype, scalarErrors);
  const out = NDArray.empty(shape, dtype, v === 0);
  if (v !== 0 && out.size > 0) {
    const start = out.ptr >> ITEMSHIFT[dtype];
    heapOf(dtype).fill(v, start, start + out.size);
  }
  return out;
}
