// NDArray: a view (storage, dtype, shape, strides, offset) over a block of WASM heap.
// Views share their storage; methods delegate to ops/.

import { DType, ITEMSHIFT, ITEMSIZE, TypedArray, checkDType } from "./dtype.js";
import { IndexError, ValueError, indexError } from "./errors.js";
import { formatRepr } from "./format.js";
import { contiguousStrides, isContiguous, normalizeAxis, sizeOf } from "./shape.js";
import { IndexSpec, resolveIndex } from "./slice.js";
import { track } from "./tidy.js";
import { heapF32, heapF64, heapI32, heapU8 } from "./wasm/module.js";
import { Storage } from "./wasm/storage.js";
import { assign, copyArray, castArray } from "./ops/copy.js";
import { add, divide, multiply, power, subtract } from "./ops/elementwise.js";
import { matmul } from "./ops/matmul.js";
import { Axis, argmax, argmin, max, mean, min, sum } from "./ops/reduce.js";
import { equal, greater, greaterEqual, less, lessEqual, notEqual } from "./ops/compare.js";
import { clip } from "./ops/select.js";
import type { Operand } from "./ops/operand.js";
import { reshapeLayout } from "./reshape.js";

const disposeSymbol: typeof Symbol.dispose = Symbol.dispose ?? Symbol.for("Symbol.dispose");
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** A typed view of the whole heap for `dtype`, re-created if memory has grown. */
export function heapOf(dtype: DType): TypedArray {
  switch (dtype) {
    case "float64":
      return heapF64();
    case "float32":
      return heapF32();
    case "int32":
      return heapI32();
    case "bool":
      return heapU8();
  }
}

export class NDArray {
  /** @internal null once disposed. */
  _storage: Storage | null;
  readonly dtype: DType;
  readonly shape: readonly number[];
  /** Strides in elements (NumPy's are in bytes). */
  readonly strides: readonly number[];
  /** @internal Offset of element [0, …, 0] in elements from the start of the storage. */
  readonly offset: number;
  readonly size: number;

  /** @internal Takes ownership of one reference to `storage`. Use nd.array, nd.zeros, … to create arrays. */
  constructor(storage: Storage, dtype: DType, shape: readonly number[], strides: readonly number[], offset = 0) {
    this._storage = storage;
    this.dtype = dtype;
    this.shape = shape;
    this.strides = strides;
    this.offset = offset;
    this.size = sizeOf(shape);
    track(this);
  }

  /** @internal A fresh C-contiguous array; `zero` fills it with zeros. */
  static empty(shape: readonly number[], dtype: DType, zero = false): NDArray {
    const storage = Storage.alloc(sizeOf(shape) * ITEMSIZE[dtype], zero);
    return new NDArray(storage, dtype, shape, contiguousStrides(shape), 0);
  }

  get ndim(): number {
    return this.shape.length;
  }

  get isDisposed(): boolean {
    return this._storage === null;
  }

  /** @internal The storage, or a clear error if the array was disposed. */
  get storage(): Storage {
    if (this._storage === null) throw new Error("ndwasm: this NDArray has been disposed and can no longer be used");
    return this._storage;
  }

  /** @internal Byte address of element [0, …, 0]. */
  get ptr(): number {
    return this.storage.ptr + this.offset * ITEMSIZE[this.dtype];
  }

  /** @internal Strides in bytes, as kernels take them. */
  get byteStrides(): number[] {
    const size = ITEMSIZE[this.dtype];
    return this.strides.map((s) => s * size);
  }

  /** @internal Whether the elements are laid out in C order without gaps. */
  get isContiguous(): boolean {
    return isContiguous(this.shape, this.strides);
  }

  /** @internal A new view of the same storage. */
  view(shape: readonly number[], strides: readonly number[], offset: number): NDArray {
    return new NDArray(this.storage.retain(), this.dtype, shape, strides, offset);
  }

  /** Frees the array's memory now (its storage once no view uses it). Calling it again does nothing. */
  dispose(): void {
    const s = this._storage;
    if (s === null) return;
    this._storage = null;
    s.release();
  }

  [disposeSymbol](): void {
    this.dispose();
  }

  /** The elements in C order, as a new TypedArray (Uint8Array of 0/1 for bool). */
  toTypedArray(): TypedArray {
    const src = this.isContiguous ? this : copyArray(this);
    try {
      const start = src.ptr >> ITEMSHIFT[src.dtype];
      return heapOf(src.dtype).slice(start, start + src.size);
    } finally {
      if (src !== this) src.dispose();
    }
  }

  /** Nested JS arrays (booleans for bool); a 0-d array gives a scalar. */
  toArray(): any {
    const flat = this.toTypedArray();
    const isBool = this.dtype === "bool";
    const build = (axis: number, start: number): any => {
      if (axis === this.ndim) return isBool ? flat[start] !== 0 : flat[start];
      const n = this.shape[axis];
      const step = sizeOf(this.shape.slice(axis + 1));
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = build(axis + 1, start + i * step);
      return out;
    };
    return build(0, 0);
  }

  /** Element offset (in elements, from the storage start) of a flat or multi-dimensional index, as ndarray.item takes it. */
  private elementOffset(index: number[]): number {
    if (index.length === 0) {
      if (this.size !== 1) throw new ValueError("can only convert an array of size 1 to a Python scalar");
      return this.offset;
    }
    for (const i of index) {
      if (!Number.isInteger(i)) throw new TypeError(`item: index must be integers, got ${String(i)}`);
    }
    if (index.length === 1 && this.ndim !== 1) {
      // A single index is flat, in C order.
      let flat = index[0];
      if (flat < -this.size || flat >= this.size) throw new IndexError(`index ${flat} is out of bounds for size ${this.size}`);
      if (flat < 0) flat += this.size;
      let offset = this.offset;
      for (let d = this.ndim - 1; d >= 0; d--) {
        offset += (flat % this.shape[d]) * this.strides[d];
        flat = Math.floor(flat / this.shape[d]);
      }
      return offset;
    }
    if (index.length !== this.ndim) throw new ValueError("incorrect number of indices for array");
    let offset = this.offset;
    for (let d = 0; d < index.length; d++) {
      let i = index[d];
      const n = this.shape[d];
      if (i < -n || i >= n) throw new IndexError(indexError(i, d, n));
      if (i < 0) i += n;
      offset += i * this.strides[d];
    }
    return offset;
  }

  /** ndarray.item: one element as a JS number (boolean for bool); a single index is flat. */
  item(...index: number[]): number | boolean {
    const offset = this.elementOffset(index);
    const v = heapOf(this.dtype)[(this.storage.ptr >> ITEMSHIFT[this.dtype]) + offset];
    return this.dtype === "bool" ? v !== 0 : v;
  }

  /**
   * `a[index] = value`: `index` is a list of slice specs (as for slice()); `value` a number, a
   * boolean, nested arrays or an NDArray, broadcast to the selection and cast to this dtype.
   */
  set(index: IndexSpec[] | number, value: Operand): this {
    const specs = typeof index === "number" ? [index] : index;
    if (!Array.isArray(specs)) throw new TypeError(`set: index must be an array of index specs, got ${typeof index}`);
    const r = resolveIndex(this.shape, this.strides, this.offset, specs);
    assign(this, r, value);
    return this;
  }

  /** NumPy's repr, e.g. `array([[1, 2],\n       [3, 4]])`. */
  toString(): string {
    return formatRepr(this.toTypedArray(), this.shape, this.dtype);
  }

  [inspectSymbol](): string {
    return this._storage === null ? "NDArray(disposed)" : this.toString();
  }

  /** A C-contiguous copy. */
  copy(): NDArray {
    return copyArray(this);
  }

  /** A copy converted to `dtype` with NumPy's casting (floats truncate into int32). */
  astype(dtype: DType): NDArray {
    return castArray(this, checkDType(dtype, "astype: dtype"));
  }

  /** np.reshape: `-1` infers one dimension; a view when the strides allow it, else a copy. */
  reshape(...shape: (number | readonly number[])[]): NDArray {
    const dims = shape.length === 1 && Array.isArray(shape[0]) ? (shape[0] as readonly number[]) : (shape as number[]);
    const layout = reshapeLayout(this.shape, this.strides, dims);
    if (layout.strides !== null) return this.view(layout.shape, layout.strides, this.offset);
    const c = copyArray(this);
    const out = c.view(layout.shape, contiguousStrides(layout.shape), 0);
    c.dispose();
    return out;
  }

  /** The transpose (axes reversed), a view. */
  get T(): NDArray {
    return this.view(this.shape.slice().reverse(), this.strides.slice().reverse(), this.offset);
  }

  /** np.transpose: permutes the axes (reverses them when none are given), a view. */
  transpose(...axes: (number | readonly number[])[]): NDArray {
    const list = axes.length === 1 && Array.isArray(axes[0]) ? (axes[0] as readonly number[]) : (axes as number[]);
    if (list.length === 0) return this.T;
    if (list.length !== this.ndim) throw new ValueError("axes don't match array");
    const perm = list.map((a) => normalizeAxis(a, this.ndim));
    if (new Set(perm).size !== perm.length) throw new ValueError("repeated axis in transpose");
    return this.view(perm.map((p) => this.shape[p]), perm.map((p) => this.strides[p]), this.offset);
  }

  /** A 1-D copy in C order. */
  flatten(): NDArray {
    const c = copyArray(this);
    const out = c.view([this.size], [1], 0);
    c.dispose();
    return out;
  }

  /**
   * Basic indexing as a view: integers (negative from the end) drop an axis, "start:stop:step"
   * strings slice, "..." fills the remaining axes, null inserts a new axis. `A[:, 1]` is `A.slice(":", 1)`.
   */
  slice(...specs: IndexSpec[]): NDArray {
    const r = resolveIndex(this.shape, this.strides, this.offset, specs);
    return this.view(r.shape, r.strides, r.offset);
  }

  add(b: Operand): NDArray {
    return add(this, b);
  }
  sub(b: Operand): NDArray {
    return subtract(this, b);
  }
  mul(b: Operand): NDArray {
    return multiply(this, b);
  }
  div(b: Operand): NDArray {
    return divide(this, b);
  }
  pow(b: Operand): NDArray {
    return power(this, b);
  }
  /** `a @ b` (np.matmul). */
  matmul(b: Operand): NDArray {
    return matmul(this, b);
  }
  /** ndarray.sum: over `axis` (a number, a list, or all when undefined), NumPy's pairwise rounding. */
  sum(axis?: Axis, keepdims?: boolean): NDArray {
    return sum(this, axis, keepdims);
  }
  /** ndarray.mean (integers average in float64). */
  mean(axis?: Axis, keepdims?: boolean): NDArray {
    return mean(this, axis, keepdims);
  }
  /** ndarray.max (NaN propagates). */
  max(axis?: Axis, keepdims?: boolean): NDArray {
    return max(this, axis, keepdims);
  }
  /** ndarray.min (NaN propagates). */
  min(axis?: Axis, keepdims?: boolean): NDArray {
    return min(this, axis, keepdims);
  }
  /** ndarray.argmax: int32 index of the first maximum (flat C-order index when `axis` is undefined). */
  argmax(axis?: number | null, keepdims?: boolean): NDArray {
    return argmax(this, axis, keepdims);
  }
  /** ndarray.argmin. */
  argmin(axis?: number | null, keepdims?: boolean): NDArray {
    return argmin(this, axis, keepdims);
  }
  /** `a > b` as a bool array. */
  gt(b: Operand): NDArray {
    return greater(this, b);
  }
  /** `a >= b`. */
  ge(b: Operand): NDArray {
    return greaterEqual(this, b);
  }
  /** `a < b`. */
  lt(b: Operand): NDArray {
    return less(this, b);
  }
  /** `a <= b`. */
  le(b: Operand): NDArray {
    return lessEqual(this, b);
  }
  /** `a == b` element-wise. */
  eq(b: Operand): NDArray {
    return equal(this, b);
  }
  /** `a != b` element-wise. */
  ne(b: Operand): NDArray {
    return notEqual(this, b);
  }
  /** ndarray.clip(min, max); either bound may be null. */
  clip(min: Operand | null | undefined, max: Operand | null | undefined): NDArray {
    return clip(this, min, max);
  }
}
