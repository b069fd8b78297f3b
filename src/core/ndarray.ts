// NDArray: a view (storage, dtype, shape, strides, offset) over a block of WASM heap. Views share
// their storage. This class holds the array itself and what only rearranges or copies it; the
// operations (a.add, a.sum, a.get, …) are attached by src/ops/methods.ts, so this module imports
// no operation.

import { DTYPE, checkDType, describe, type DType, type Scalar, type TypedArray, type TypedArrayOf } from "./dtype.js";
import { DisposedError, IndexError, MAXDIMS, ValueError, indexError, maxDimsError, readOnlyError } from "./errors.js";
import { ArrayFlags } from "./flags.js";
import { formatRepr } from "../format/repr.js";
import { toElement } from "./scalar.js";
import { contiguousStrides, denseStrides, isContiguous, keepOrder, normalizeAxis, sizeOf } from "./shape.js";
import { type IndexSpec, resolveIndex } from "./slice.js";
import { reshapeLayout } from "./reshape.js";
import { track } from "./tidy.js";
import { castStrided } from "../backend/wasm/copy.js";
import { scalarSlot } from "../backend/wasm/callblock.js";
import { heap, viewAt, writeElement } from "../backend/wasm/heap.js";
import { Storage, allocBlock, freeBlock } from "../backend/wasm/storage.js";

// Symbol.dispose as TypeScript's esnext.disposable lib (and @types/node) declare it, so that the
// declarations compile without that lib and `using a = nd.zeros(3)` type-checks with it.
declare global {
  interface SymbolConstructor {
    readonly dispose: unique symbol;
  }
}

const disposeSymbol: typeof Symbol.dispose = Symbol.dispose ?? Symbol.for("Symbol.dispose");
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** What `toArray()` gives: nested arrays of numbers (booleans for bool), or one value for a 0-d array. */
export type NestedArray<T> = T | NestedArray<T>[];

/** The JS type of one element: boolean for bool, number otherwise (64-bit integers are exact up to 2^53). */
export type ElementOf<D extends DType> = D extends "bool" ? boolean : number;

/**
 * An n-dimensional array (NumPy's `ndarray`): elements of one dtype in WebAssembly memory, seen
 * through a shape and strides. Create one with `nd.array`, `nd.zeros`, `nd.arange`, …; free it with
 * `dispose()`, `using` or `nd.tidy`.
 *
 * @example
 * const a = nd.array([[1, 2], [3, 4]]);
 * a.shape;         // [2, 2]
 * a.T.toString();  // "array([[1, 3],\n       [2, 4]])"
 */
export class NDArray<out D extends DType = DType> {
  /** @internal null once disposed. */
  _storage: Storage | null;
  /** The element type, NumPy's name: `"float64"`, `"int64"`, `"bool"`, … */
  readonly dtype: D;
  /** The length of each axis. */
  readonly shape: readonly number[];
  /** Steps between neighbours along each axis, in elements (NumPy's `strides` are in bytes). */
  readonly strides: readonly number[];
  /** @internal Offset of element [0, …, 0] in elements from the start of the storage. */
  readonly offset: number;
  /** Number of elements (NumPy's `size`). */
  readonly size: number;
  /** @internal Whether writes are allowed (NumPy's WRITEABLE flag; see `flags`). */
  _writeable = true;
  /** @internal The array that owns the storage, for a view (NumPy's `base`, collapsed to the owner). */
  _base: NDArray | null = null;

  /** @internal Takes ownership of one reference to `storage`. Use nd.array, nd.zeros, … to create arrays. */
  constructor(storage: Storage, dtype: D, shape: readonly number[], strides: readonly number[], offset = 0) {
    if (shape.length > MAXDIMS) {
      storage.release();
      throw new ValueError(maxDimsError(shape.length));
    }
    this._storage = storage;
    this.dtype = dtype;
    this.shape = shape;
    this.strides = strides;
    this.offset = offset;
    this.size = sizeOf(shape);
    track(this);
  }

  /**
   * @internal A fresh dense array, C-contiguous or with its axes in memory in `order` (innermost
   * first, as NumPy's order "K" and its iterator lay arrays out); `zero` fills it with zeros.
   */
  static empty<D extends DType>(shape: readonly number[], dtype: D, zero = false, order?: readonly number[]): NDArray<D> {
    const itemsize = DTYPE[dtype].itemsize;
    const storage = Storage.alloc(sizeOf(shape) * itemsize, zero);
    const strides = order === undefined ? contiguousStrides(shape) : denseStrides(shape, order, itemsize).map((s) => s / itemsize);
    return new NDArray(storage, dtype, shape, strides, 0);
  }

  /** Number of axes (NumPy's `ndim`). */
  get ndim(): number {
    return this.shape.length;
  }

  /** Bytes per element. */
  get itemsize(): number {
    return DTYPE[this.dtype].itemsize;
  }

  /** Whether `dispose()` has freed this array. */
  get isDisposed(): boolean {
    return this._storage === null;
  }

  /** @internal The storage, or DisposedError if the array was disposed. */
  get storage(): Storage {
    if (this._storage === null) throw new DisposedError();
    return this._storage;
  }

  /** @internal Byte address of element [0, …, 0]. */
  get ptr(): number {
    return this.storage.ptr + this.offset * DTYPE[this.dtype].itemsize;
  }

  /** @internal Strides in bytes, as kernels take them. */
  get byteStrides(): number[] {
    const size = DTYPE[this.dtype].itemsize;
    return this.strides.map((s) => s * size);
  }

  /** @internal Whether the elements are laid out in C order without gaps. */
  get isContiguous(): boolean {
    return isContiguous(this.shape, this.strides);
  }

  /** @internal A new view of the same storage; read-only when this array is (or `readOnly`). */
  view(shape: readonly number[], strides: readonly number[], offset: number, readOnly = false): NDArray<D> {
    const v = new NDArray(this.storage.retain(), this.dtype, shape, strides, offset);
    v._base = this._base ?? this;
    v._writeable = this._writeable && !readOnly;
    return v;
  }

  /**
   * NumPy's `ndarray.flags`: `writeable` (settable), `cContiguous` and `fContiguous`.
   * Views NumPy makes read-only (`broadcastTo`, `diagonal`, `diag` of a matrix) are read-only
   * here too, as is every view of a read-only array; writing one is NumPy's ValueError
   * (`assignment destination is read-only`, `output array is read-only`, …). `writeable` can
   * be set to false on any array, and back to true unless the array owning the memory is
   * read-only.
   * @example
   * const b = nd.broadcastTo(nd.arange(3), [2, 3]);
   * b.flags.writeable                    // false: its rows share their elements
   * const a = nd.zeros(3);
   * a.flags.writeable = false;           // a.set([0], 1) now throws
   */
  get flags(): ArrayFlags {
    return new ArrayFlags(this);
  }

  /** @internal Throws NumPy's ValueError (`${what} is read-only`) unless the array is writeable. */
  checkWriteable(what = "assignment destination"): void {
    this.storage; // a disposed array says so first
    if (!this._writeable) throw new ValueError(readOnlyError(what));
  }

  /**
   * Frees the array's memory now (its storage once no view uses it). Calling it again does nothing.
   * NumPy has no counterpart (reference counting frees its arrays); like tf.dispose in TensorFlow.js.
   * @example
   * const a = nd.zeros([1000, 1000]);
   * a.dispose();                         // the 8 MB are free again
   */
  dispose(): void {
    const s = this._storage;
    if (s === null) return;
    this._storage = null;
    s.release();
  }

  /** `using a = nd.zeros(3)` disposes `a` at the end of the block. */
  [disposeSymbol](): void {
    this.dispose();
  }

  /**
   * The elements in C order, as a new TypedArray: Float64Array, Int32Array, … (Uint8Array of 0/1
   * for bool, BigInt64Array / BigUint64Array for the 64-bit integers, which are exact there).
   * Like ndarray.tobytes / torch.Tensor.numpy: the data out of the array.
   * @example
   * nd.array([1, 2], "int32").toTypedArray()   // Int32Array [1, 2]
   * nd.array([1, 2]).toTypedArray()            // BigInt64Array [1n, 2n]
   */
  toTypedArray(): TypedArrayOf<D> {
    const out = new DTYPE[this.dtype].array(this.size) as TypedArray;
    if (this.size > 0) {
      if (this.isContiguous) (out as { set(v: ArrayLike<unknown>): void }).set(viewAt(this.ptr, this.dtype, this.size) as ArrayLike<unknown>);
      else this.readInto(out, this.dtype);
    }
    return out as TypedArrayOf<D>;
  }

  /** Copies the elements in C order, converted to `dtype`, into `out`. */
  private readInto(out: TypedArray, dtype: DType): void {
    const size = DTYPE[dtype].itemsize;
    const block = allocBlock(this.size * size);
    try {
      castStrided(block, dtype, contiguousStrides(this.shape).map((s) => s * size), this.ptr, this.dtype, this.byteStrides, this.shape);
      (out as { set(v: ArrayLike<unknown>): void }).set(viewAt(block, dtype, this.size) as ArrayLike<unknown>);
    } finally {
      freeBlock(block);
    }
  }

  /** The elements as numbers in C order (64-bit integers rounded to the nearest double). */
  private numbers(): ArrayLike<number> {
    if (!DTYPE[this.dtype].big) return this.toTypedArray() as ArrayLike<number>;
    const out = new Float64Array(this.size);
    if (this.size > 0) this.readInto(out, "float64");
    return out;
  }

  /**
   * Nested JS arrays (booleans for a bool array, numbers otherwise; 64-bit integers are exact up
   * to 2^53); a 0-d array gives its value.
   * NumPy's ndarray.tolist.
   * @example
   * nd.array([[1, 2], [3, 4]]).toArray()  // [[1, 2], [3, 4]]
   * nd.array([true]).toArray()            // [true]
   */
  toArray(this: NDArray<"bool">): NestedArray<boolean>;
  toArray(): NestedArray<number>;
  toArray(): NestedArray<number | boolean> {
    const flat = this.numbers();
    const isBool = this.dtype === "bool";
    const build = (axis: number, start: number): NestedArray<number | boolean> => {
      if (axis === this.ndim) return isBool ? flat[start] !== 0 : flat[start]!;
      const n = this.shape[axis]!;
      const step = sizeOf(this.shape.slice(axis + 1));
      const out = new Array<NestedArray<number | boolean>>(n);
      for (let i = 0; i < n; i++) out[i] = build(axis + 1, start + i * step);
      return out;
    };
    return build(0, 0);
  }

  /**
   * `JSON.stringify(a)` gives the nested values.
   * NumPy's ndarray.tolist, for JSON.stringify.
   * @example
   * JSON.stringify(nd.array([[1, 2]]))    // "[[1,2]]"
   */
  toJSON(): NestedArray<number | boolean> {
    return this.toArray();
  }

  /** Element offset (in elements, from the storage start) of a flat or multi-dimensional index, as ndarray.item takes it. */
  private elementOffset(index: number[]): number {
    if (index.length === 0) {
      if (this.size !== 1) throw new ValueError("can only convert an array of size 1 to a Python scalar");
      return this.offset;
    }
    for (const i of index) {
      if (!Number.isInteger(i)) throw new TypeError(`item: indices must be integers, got ${describe(i)}`);
    }
    if (index.length === 1 && this.ndim !== 1) {
      // A single index is flat, in C order.
      let flat = index[0]!;
      if (flat < -this.size || flat >= this.size) throw new IndexError(`index ${flat} is out of bounds for size ${this.size}`);
      if (flat < 0) flat += this.size;
      let offset = this.offset;
      for (let d = this.ndim - 1; d >= 0; d--) {
        offset += (flat % this.shape[d]!) * this.strides[d]!;
        flat = Math.floor(flat / this.shape[d]!);
      }
      return offset;
    }
    if (index.length !== this.ndim) throw new ValueError("incorrect number of indices for array");
    let offset = this.offset;
    for (let d = 0; d < index.length; d++) {
      let i = index[d]!;
      const n = this.shape[d]!;
      if (i < -n || i >= n) throw new IndexError(indexError(i, d, n));
      if (i < 0) i += n;
      offset += i * this.strides[d]!;
    }
    return offset;
  }

  /**
   * ndarray.item: one element as a JS value (a boolean for bool, a number otherwise; 64-bit
   * integers beyond ±2^53 are rounded, use toTypedArray() for them). With no index the array
   * must have one element; a single index is flat (C order), several index each axis.
   * @example
   * const a = nd.array([[1, 2], [3, 4]]);
   * a.item(3)                            // 4 (flat index)
   * a.item(0, 1) * 2                     // 4
   */
  item(this: NDArray<"bool">, ...index: number[]): boolean;
  item(...index: number[]): number;
  item(...index: number[]): number | boolean {
    const offset = this.elementOffset(index);
    const v = heap(this.dtype)[this.storage.ptr / DTYPE[this.dtype].itemsize + offset]!;
    return this.dtype === "bool" ? v !== 0 : Number(v);
  }

  /**
   * NumPy's repr, e.g. `array([[1, 2],\n       [3, 4]])`; also what `${a}` and `String(a)` give.
   * @example
   * String(nd.arange(3))                 // "array([0, 1, 2])"
   */
  toString(): string {
    return formatRepr(this.toTypedArray(), this.shape, this.dtype);
  }

  [inspectSymbol](): string {
    return this._storage === null ? "NDArray(disposed)" : this.toString();
  }

  /**
   * A 0-d array as a number (NumPy 2: `float(a)`); any other array is a TypeError.
   * @example
   * nd.sum([1, 2, 3]) * 2                // 12: a 0-d array converts to its number
   */
  valueOf(): number {
    this.storage; // a disposed array says so first
    if (this.ndim !== 0) throw new TypeError("only 0-dimensional arrays can be converted to Python scalars");
    return Number(this.item());
  }

  [Symbol.toPrimitive](hint: string): number | string {
    return hint === "string" ? this.toString() : this.valueOf();
  }

  /**
   * A C-contiguous copy.
   * NumPy's ndarray.copy.
   * @example
   * const b = nd.array([[1, 2], [3, 4]]).T.copy();   // C-contiguous
   */
  copy(): NDArray<D> {
    return this._cast(this.dtype);
  }

  /**
   * A copy converted to `dtype` with NumPy's casting (floats truncate into integers, anything
   * non-zero is true), laid out as this array is (NumPy's default order "K": the copy of a
   * column-major array is column-major).
   * NumPy's ndarray.astype.
   * @example
   * nd.array([1.7, -1.7]).astype("int32")   // array([ 1, -1], dtype=int32)
   * nd.array([0, 2]).astype("bool")          // array([False,  True])
   */
  astype<T extends DType>(dtype: T): NDArray<T> {
    return this._cast(checkDType(dtype, "astype: dtype") as T, true);
  }

  /** @internal F order (innermost first) when NumPy's PyArray_ISFORTRAN holds (F-contiguous, not C-contiguous), else undefined: NumPy's order "A". */
  _fortranOrder(): number[] | undefined {
    const flags = this.flags;
    return this.ndim > 1 && flags.fContiguous && !flags.cContiguous ? this.shape.map((_, d) => d) : undefined;
  }

  /** @internal The axis order (innermost first) of NumPy's order "K" copy of this array, or undefined when that is C order. */
  _keptOrder(): number[] | undefined {
    return this.ndim > 1 && !this.isContiguous ? keepOrder(this.shape, this.byteStrides, this.itemsize) : undefined;
  }

  /**
   * @internal A C-contiguous copy converted to `dtype`, or with `keep` one laid out as this array
   * is (order "K"). The library's own conversions take C order: its kernels read them as dense rows.
   */
  _cast<T extends DType>(dtype: T, keep = false): NDArray<T> {
    const src = this.ptr; // a disposed array throws here, before anything is allocated
    const out = NDArray.empty(this.shape, dtype, false, keep ? this._keptOrder() : undefined);
    castStrided(out.ptr, dtype, out.byteStrides, src, this.dtype, this.byteStrides, this.shape);
    return out;
  }

  /**
   * np.reshape: `-1` infers one dimension; a view when the strides allow it, else a copy.
   * @example
   * nd.arange(6).reshape(2, 3)
   * nd.arange(6).reshape([3, -1])        // shape [3, 2]
   */
  reshape(...shape: (number | readonly number[])[]): NDArray<D> {
    const dims = shape.length === 1 && Array.isArray(shape[0]) ? (shape[0] as readonly number[]) : (shape as number[]);
    const layout = reshapeLayout(this.shape, this.strides, dims);
    if (layout.strides !== null) return this.view(layout.shape, layout.strides, this.offset);
    const c = this.copy();
    const out = c.view(layout.shape, contiguousStrides(layout.shape), 0);
    c.dispose();
    return out;
  }

  /** The transpose (axes reversed), a view. */
  get T(): NDArray<D> {
    return this.view(this.shape.slice().reverse(), this.strides.slice().reverse(), this.offset);
  }

  /**
   * np.transpose: permutes the axes (reverses them when none are given), a view.
   * @example
   * nd.zeros([2, 3, 4]).transpose(2, 0, 1)   // shape [4, 2, 3]
   */
  transpose(...axes: (number | readonly number[])[]): NDArray<D> {
    const list = axes.length === 1 && Array.isArray(axes[0]) ? (axes[0] as readonly number[]) : (axes as number[]);
    if (list.length === 0) return this.T;
    if (list.length !== this.ndim) throw new ValueError("axes don't match array");
    const perm = list.map((a) => normalizeAxis(a, this.ndim));
    if (new Set(perm).size !== perm.length) throw new ValueError("repeated axis in transpose");
    return this.view(perm.map((p) => this.shape[p]!), perm.map((p) => this.strides[p]!), this.offset);
  }

  /**
   * A 1-D copy in C order.
   * NumPy's ndarray.flatten.
   * @example
   * nd.array([[1, 2], [3, 4]]).flatten()  // array([1, 2, 3, 4])
   */
  flatten(): NDArray<D> {
    const c = this.copy();
    const out = c.view([this.size], [1], 0);
    c.dispose();
    return out;
  }

  /**
   * np.ravel: a 1-D view when the elements are contiguous, else a copy.
   * @example
   * nd.array([[1, 2], [3, 4]]).T.ravel()  // array([1, 3, 2, 4]) (a copy here)
   */
  ravel(): NDArray<D> {
    return this.reshape(-1);
  }

  /**
   * np.squeeze: removes axes of length 1 (all of them, or those named), a view.
   * @example
   * nd.zeros([1, 3, 1]).squeeze()        // shape [3]
   */
  squeeze(axis?: number | readonly number[] | null): NDArray<D> {
    let drop: Set<number>;
    if (axis === undefined || axis === null) drop = new Set(this.shape.flatMap((n, d) => (n === 1 ? [d] : [])));
    else {
      const list = typeof axis === "number" ? [axis] : axis;
      if (!Array.isArray(list)) throw new TypeError(`squeeze: axis must be an integer, a list of integers or null, got ${describe(axis)}`);
      drop = new Set(list.map((a) => normalizeAxis(a, this.ndim)));
      if (drop.size !== list.length) throw new ValueError("repeated axis");
      for (const d of drop) {
        if (this.shape[d] !== 1) throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
      }
    }
    const keep = this.shape.map((_, d) => d).filter((d) => !drop.has(d));
    return this.view(keep.map((d) => this.shape[d]!), keep.map((d) => this.strides[d]!), this.offset);
  }

  /**
   * np.swapaxes: exchanges two axes, a view.
   * @example
   * nd.zeros([2, 3]).swapaxes(0, 1)      // shape [3, 2]
   */
  swapaxes(axis1: number, axis2: number): NDArray<D> {
    const a = normalizeAxis(axis1, this.ndim, "axis1", "axis1: ");
    const b = normalizeAxis(axis2, this.ndim, "axis2", "axis2: ");
    const perm = this.shape.map((_, d) => (d === a ? b : d === b ? a : d));
    return this.view(perm.map((p) => this.shape[p]!), perm.map((p) => this.strides[p]!), this.offset);
  }

  /**
   * Basic indexing as a view: integers (negative from the end) drop an axis, "start:stop:step"
   * strings slice, "..." fills the remaining axes, null inserts a new axis. `A[:, 1]` is
   * `A.slice(":", 1)`. Index arrays and masks are `get`'s.
   * NumPy's basic indexing `a[...]`.
   * @example
   * const A = nd.arange(12).reshape(3, 4);
   * A.slice(":", 1)                      // A[:, 1] → array([1, 5, 9])
   * A.slice("::2", "1:3")                // A[::2, 1:3]
   * A.slice(null, "...")                 // A[None, ...], shape [1, 3, 4]
   */
  slice(...specs: IndexSpec[]): NDArray<D> {
    const r = resolveIndex(this.shape, this.strides, this.offset, specs);
    return this.view(r.shape, r.strides, r.offset);
  }

  /**
   * ndarray.fill: sets every element to `value`, in place. A fractional, NaN or infinite number
   * into an integer array is a TypeError (see `set`).
   * @example
   * nd.zeros(3).fill(7)                  // array([7., 7., 7.])
   */
  fill(value: Scalar): this {
    this.checkWriteable();
    const v = toElement(value, this.dtype);
    if (this.size === 0) return this;
    if (this.isContiguous) {
      const start = this.ptr / DTYPE[this.dtype].itemsize;
      (heap(this.dtype) as { fill(v: unknown, s: number, e: number): void }).fill(v, start, start + this.size);
      return this;
    }
    const slot = scalarSlot(0);
    writeElement(slot, this.dtype, v);
    castStrided(this.ptr, this.dtype, this.byteStrides, slot, this.dtype, this.shape.map(() => 0), this.shape);
    return this;
  }
}
