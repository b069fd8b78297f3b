// `a[index] = value` with basic indices: the value broadcast to the selection and cast to the
// array's dtype, in one strided WASM copy.

import { describe } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { toElement } from "../core/scalar.js";
import { broadcastShapes, broadcastStrides, sameShape, sizeOf } from "../core/shape.js";
import type { Layout } from "../core/slice.js";
import { scalarSlot } from "../backend/wasm/callblock.js";
import { castStrided } from "../backend/wasm/copy.js";
import { writeElement } from "../backend/wasm/heap.js";
import { asArray, isScalar, type Operand } from "./operand.js";

const tuple = (shape: readonly number[]): string => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`);

/**
 * Copies `value` into the view `layout` of `target`: a JS scalar is stored as NumPy stores a
 * Python scalar (with the float-literal rule for integer arrays), an array is broadcast to the
 * view (leading length-1 axes dropped) and cast as NumPy casts on assignment. A value sharing
 * memory with the target is copied first, as NumPy does for overlaps.
 */
export function assign(target: NDArray, layout: Layout, value: Operand): void {
  const dtype = target.dtype;
  const base = target.storage.ptr;
  const size = sizeOf(layout.shape);
  if (isScalar(value)) {
    const v = toElement(value, dtype);
    if (size === 0) return;
    const dst = base + layout.offset * target.itemsize;
    if (size === 1) {
      writeElement(dst, dtype, v);
      return;
    }
    const slot = scalarSlot(0);
    writeElement(slot, dtype, v);
    castStrided(dst, dtype, layout.strides.map((s) => s * target.itemsize), slot, dtype, layout.shape.map(() => 0), layout.shape);
    return;
  }
  if (value === null || typeof value !== "object") {
    throw new TypeError(`set: value must be a number, a bigint, a boolean, nested arrays, a TypedArray or an NDArray, got ${describe(value)}`);
  }
  const { array, owned } = asArray(value, "value");
  const src = !owned && array._storage === target._storage ? array.copy() : array;
  try {
    if (layout.shape.length === 0 && src.ndim > 0) throw new ValueError("setting an array element with a sequence.");
    const extra = src.ndim - layout.shape.length;
    const leadingOnes = extra <= 0 || src.shape.slice(0, extra).every((d) => d === 1);
    const trimmed = src.shape.slice(Math.max(extra, 0));
    const shape = broadcastShapes(layout.shape, trimmed);
    if (!leadingOnes || shape === null || !sameShape(shape, layout.shape)) {
      throw new ValueError(`could not broadcast input array from shape ${tuple(src.shape)} into shape ${tuple(layout.shape)}`);
    }
    if (size === 0) return;
    const itemsize = target.itemsize;
    const srcStrides = broadcastStrides(trimmed, src.byteStrides.slice(Math.max(extra, 0)), layout.shape);
    castStrided(base + layout.offset * itemsize, dtype, layout.strides.map((s) => s * itemsize), src.ptr, src.dtype, srcStrides, layout.shape);
  } finally {
    if (src !== array) src.dispose();
    if (owned) array.dispose();
  }
}
