// np.reshape's shape logic: resolving -1 and finding strides that make the result a view.

import { ValueError } from "./errors.js";
import { contiguousStrides, sizeOf } from "./shape.js";

/** Resolves a requested shape (one -1 allowed) against `size`, with NumPy's errors. */
export function resolveShape(size: number, requested: readonly number[]): number[] {
  let unknown = -1;
  let known = 1;
  for (let i = 0; i < requested.length; i++) {
    const d = requested[i];
    if (typeof d !== "number" || !Number.isInteger(d)) throw new TypeError(`reshape: dimensions must be integers, got ${typeof d === "number" ? d : typeof d}`);
    if (d === -1) {
      if (unknown >= 0) throw new ValueError("can only specify one unknown dimension");
      unknown = i;
    } else if (d < 0) {
      throw new ValueError("negative dimensions not allowed");
    } else known *= d;
  }
  if (unknown < 0 ? known !== size : known === 0 || size % known !== 0) {
    throw new ValueError(`cannot reshape array of size ${size} into shape ${shapeString(requested)}`);
  }
  if (unknown < 0) return requested.slice();
  const out = requested.slice();
  out[unknown] = size / known;
  return out;
}

/**
 * NumPy's convert_shape_to_string: no spaces, -1 printed as "newaxis" except when leading
 * (leading ones are dropped), and a trailing comma only when one dimension was printed first.
 */
export function shapeString(dims: readonly number[]): string {
  let i = 0;
  while (i < dims.length && dims[i] < 0) i++;
  if (i === dims.length) return "()";
  const parts = [String(dims[i++])];
  for (; i < dims.length; i++) parts.push(dims[i] < 0 ? "newaxis" : String(dims[i]));
  return i === 1 ? `(${parts[0]},)` : `(${parts.join(",")})`;
}

/**
 * The new shape and, when the data can be re-read without copying, its strides (else null).
 * Follows NumPy's _attempt_nocopy_reshape: groups of old and new axes with equal products must
 * be contiguous within the old layout.
 */
export function reshapeLayout(shape: readonly number[], strides: readonly number[], requested: readonly number[]): { shape: number[]; strides: number[] | null } {
  const size = sizeOf(shape);
  const newShape = resolveShape(size, requested);
  if (size === 0) return { shape: newShape, strides: contiguousStrides(newShape) };

  const oldDims: number[] = [];
  const oldStrides: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] !== 1) {
      oldDims.push(shape[i]);
      oldStrides.push(strides[i]);
    }
  }
  const newStrides = new Array<number>(newShape.length).fill(0);
  let oi = 0;
  let oj = 1;
  let ni = 0;
  let nj = 1;
  while (ni < newShape.length && oi < oldDims.length) {
    let np = newShape[ni];
    let op = oldDims[oi];
    while (np !== op) {
      if (np < op) np *= newShape[nj++];
      else op *= oldDims[oj++];
    }
    for (let ok = oi; ok < oj - 1; ok++) {
      if (oldStrides[ok] !== oldDims[ok + 1] * oldStrides[ok + 1]) return { shape: newShape, strides: null };
    }
    newStrides[nj - 1] = oldStrides[oj - 1];
    for (let nk = nj - 1; nk > ni; nk--) newStrides[nk - 1] = newStrides[nk] * newShape[nk];
    ni = nj++;
    oi = oj++;
  }
  // Trailing size-1 axes take the last stride (any stride would do).
  const last = ni > 0 ? newStrides[ni - 1] : 1;
  for (let nk = ni; nk < newShape.length; nk++) newStrides[nk] = last;
  return { shape: newShape, strides: newStrides };
}
