// What operations accept in place of an NDArray, and how it becomes one.

import { DTYPE, describe, type DType, type Scalar, type TypedArray, scalarDType } from "../core/dtype.js";
import { flattenNested, typedArrayDType, type Leaf } from "../core/nested.js";
import { NDArray } from "../core/ndarray.js";
import { toElement } from "../core/scalar.js";
import { castKernel } from "../backend/wasm/kernels.js";
import { heap, viewAt } from "../backend/wasm/heap.js";

/** Nested JS arrays of numbers, bigints and booleans. */
export type Nested = Leaf | readonly Nested[];
/** An NDArray, a scalar (number, bigint, boolean), nested JS arrays or a TypedArray. */
export type Operand = NDArray | Scalar | readonly Nested[] | TypedArray | Uint8ClampedArray;

export const isScalar = (x: unknown): x is Scalar => typeof x === "number" || typeof x === "boolean" || typeof x === "bigint";

/**
 * Writes JS values into a fresh contiguous array of `dtype`. Plain integers bound for a 64-bit
 * type are staged as float64 (exact, they are doubles) and converted in place by the cast
 * kernel, so no BigInt is made per element.
 */
function fromValues(values: ArrayLike<Leaf>, shape: number[], dtype: DType, explicit: boolean): NDArray {
  const out = NDArray.empty(shape, dtype);
  try {
    const n = values.length;
    const t = DTYPE[dtype];
    const mode = explicit ? "cast" : "assign";
    if (t.big && !ArrayBuffer.isView(values)) {
      let staged = true;
      for (let i = 0; i < n; i++) if (typeof values[i] === "bigint") staged = false;
      if (staged) {
        const f64 = viewAt(out.ptr, "float64", n) as Float64Array;
        const [lo, hi] = t.kind === "i" ? [-(2 ** 63), 2 ** 63] : [0, 2 ** 64];
        for (let i = 0; i < n; i++) {
          const v = values[i]!;
          // In range and integral: the double is the value. Anything else gets toElement's error or cast.
          f64[i] = typeof v === "boolean" ? +v : Number.isInteger(v) && (v as number) >= lo && (v as number) < hi ? (v as number) : Number(toElement(v, dtype, mode));
        }
        castKernel("float64", dtype)(out.ptr, out.ptr, n, 8, 8, 0);
        return out;
      }
    }
    const h = heap(dtype) as { [i: number]: number | bigint };
    const base = out.ptr / t.itemsize;
    for (let i = 0; i < n; i++) h[base + i] = toElement(values[i]!, dtype, mode);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

/** Copies a TypedArray into a new array of its own dtype, or converts it with the cast kernel. */
function fromTypedArray(data: TypedArray | Uint8ClampedArray, source: DType, dtype: DType): NDArray {
  const n = data.length;
  const staged = NDArray.empty([n], source);
  (viewAt(staged.ptr, source, n) as { set(v: ArrayLike<unknown>): void }).set(data as ArrayLike<unknown>);
  if (dtype === source) return staged;
  try {
    const out = NDArray.empty([n], dtype);
    if (n > 0) castKernel(source, dtype)(out.ptr, staged.ptr, n, DTYPE[dtype].itemsize, DTYPE[source].itemsize, 0);
    return out;
  } finally {
    staged.dispose();
  }
}

/**
 * A new array from a non-NDArray operand (`dtype` overrides the inferred one, converting as
 * NumPy's `np.array(data, dtype)` does).
 */
export function fromData(data: Exclude<Operand, NDArray>, dtype: DType | undefined, argument: string): NDArray {
  if (isScalar(data)) return fromValues([data], [], dtype ?? scalarDType(data), dtype !== undefined);
  if (ArrayBuffer.isView(data)) {
    const inferred = typedArrayDType(data);
    if (inferred === undefined) throw new TypeError(`${argument} must be a TypedArray of numbers, got ${data.constructor.name}`);
    return fromTypedArray(data as TypedArray, inferred, dtype ?? inferred);
  }
  if (!Array.isArray(data)) throw new TypeError(`${argument} must be an NDArray, a number, a boolean, nested arrays or a TypedArray, got ${describe(data)}`);
  const flat = flattenNested(data, argument);
  return fromValues(flat.values, flat.shape, dtype ?? flat.dtype, dtype !== undefined);
}

/** An NDArray for `x`, and whether the caller created it (and must dispose it). Throws DisposedError for a disposed array. */
export function asArray(x: Operand, argument: string): { array: NDArray; owned: boolean } {
  if (x instanceof NDArray) {
    x.storage; // throws if disposed
    return { array: x, owned: false };
  }
  return { array: fromData(x, undefined, argument), owned: true };
}

/** Arrays an operation created for itself, disposed together when it ends (returned or thrown). */
export class Temps {
  private readonly list: NDArray[] = [];

  /** Records `a` as a temporary and returns it. */
  add<T extends NDArray>(a: T): T {
    this.list.push(a);
    return a;
  }

  /** The operand as an array; one made here is a temporary. */
  array(x: Operand, argument: string): NDArray {
    const { array, owned } = asArray(x, argument);
    if (owned) this.list.push(array);
    return array;
  }

  dispose(): void {
    for (const a of this.list) a.dispose();
    this.list.length = 0;
  }
}
