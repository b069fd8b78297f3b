// A checked request for random values: every distribution function validates its arguments (in
// NumPy's order, with NumPy's texts) and returns a Draws that knows NumPy's output shape and dtype
// and fills any target with the values NumPy would produce. Nothing is drawn until `fill`.

import { allocBlock, freeBlock, heap, type Out, writeTo } from "./wasm.js";
import { product } from "./params.js";

/** The dtypes random functions produce. */
export type RandomDType = "float64" | "int64" | "int32" | "int16" | "int8" | "uint64" | "uint32" | "uint16" | "uint8" | "bool";

export const ITEM_BYTES: Record<RandomDType, number> = {
  float64: 8,
  int64: 8,
  uint64: 8,
  int32: 4,
  uint32: 4,
  int16: 2,
  uint16: 2,
  int8: 1,
  uint8: 1,
  bool: 1,
};

const TYPED = {
  float64: Float64Array,
  int64: BigInt64Array,
  uint64: BigUint64Array,
  int32: Int32Array,
  uint32: Uint32Array,
  int16: Int16Array,
  uint16: Uint16Array,
  int8: Int8Array,
  uint8: Uint8Array,
  bool: Uint8Array,
} as const;

export type TypedFor<D extends RandomDType> = InstanceType<(typeof TYPED)[D]>;

export interface Draws<D extends RandomDType = RandomDType> {
  /** NumPy's output shape (`[]` for one value). */
  readonly shape: readonly number[];
  /** NumPy's output dtype. */
  readonly dtype: D;
  /** NumPy returns a scalar here (size omitted and every parameter a scalar). */
  readonly scalar: boolean;
  /**
   * Draws product(shape) values into `out` in C order: a TypedArray of the dtype's element type
   * and length (a view of WASM memory is written in place), or a HeapSlice. Each call draws anew.
   */
  fill(out: Out): void;
}

export function makeDraws<D extends RandomDType>(dtype: D, shape: readonly number[], scalar: boolean, write: (ptr: number, n: number) => void): Draws<D> {
  const n = product(shape);
  const bytes = ITEM_BYTES[dtype];
  return {
    shape,
    dtype,
    scalar,
    fill(out: Out): void {
      if (out.length !== n) throw new RangeError(`fill: the target holds ${out.length} elements, the draw makes ${n}`);
      if (ArrayBuffer.isView(out) && out.BYTES_PER_ELEMENT !== bytes) {
        throw new TypeError(`fill: a ${dtype} draw needs ${bytes}-byte elements, got ${out.constructor.name}`);
      }
      if (n === 0) return;
      writeTo(out, n, bytes, (ptr) => write(ptr, n));
    },
  };
}

/** Draws into a new TypedArray of the dtype (for tests and plain-JS use). */
export function sample<D extends RandomDType>(d: Draws<D>): TypedFor<D> {
  const out = new TYPED[d.dtype](product(d.shape)) as TypedFor<D>;
  d.fill(out);
  return out;
}

/** One value of a scalar draw, as a number (bigint for 64-bit integers). */
export function sampleOne(d: Draws): number | bigint {
  const out = new TYPED[d.dtype](1);
  d.fill(out);
  return out[0]!;
}

/**
 * Runs `call(addresses)` with each of `blocks` copied into WASM memory (a Float64Array,
 * BigInt64Array, Uint32Array... or a single number stored as f64), then frees them.
 */
export function withBlocks(blocks: readonly (ArrayBufferView | number)[], call: (ptrs: number[]) => void): void {
  let total = 0;
  const sizes = blocks.map((b) => (typeof b === "number" ? 8 : (b.byteLength + 7) & ~7));
  for (const s of sizes) total += s;
  const base = allocBlock(total);
  try {
    const ptrs: number[] = [];
    let p = base;
    const bytes = new Uint8Array(heap());
    blocks.forEach((b, i) => {
      ptrs.push(p);
      if (typeof b === "number") new Float64Array(heap(), p, 1)[0] = b;
      else bytes.set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), p);
      p += sizes[i]!;
    });
    call(ptrs);
  } finally {
    freeBlock(base);
  }
}
