// Direct access to the WASM kernels for tests that check a kernel before (or beneath) its
// TypeScript operation: scratch blocks in the module's heap and typed copies in and out.
// Every pointer is an unsigned byte address; views are re-taken after each allocation.
import { memory, wasm } from "../../src/backend/wasm/module.js";

export { memory, wasm };

/** The raw exports, indexable by name (for kernels the typed ABI does not list yet). */
export const raw = wasm as unknown as Record<string, (...args: number[]) => number>;

type Elem = "f64" | "f32" | "i32" | "u32" | "i16" | "u16" | "i8" | "u8" | "i64" | "u64";
const CTOR = {
  f64: Float64Array, f32: Float32Array, i32: Int32Array, u32: Uint32Array, i16: Int16Array,
  u16: Uint16Array, i8: Int8Array, u8: Uint8Array, i64: BigInt64Array, u64: BigUint64Array,
} as const;

/** Allocates `bytes` (16-byte aligned) in the WASM heap; free it with `release`. */
export function allocBytes(bytes: number, zero = true): number {
  return (zero ? wasm.alloc_zero(Math.max(bytes, 1)) : wasm.alloc(Math.max(bytes, 1))) >>> 0;
}

export function release(ptr: number): void {
  wasm.free(ptr);
}

/** A live typed view of `n` elements at `ptr` (valid until the next allocation). */
export function view<E extends Elem>(type: E, ptr: number, n: number): InstanceType<(typeof CTOR)[E]> {
  const C = CTOR[type];
  return new C(memory.buffer, ptr, n) as InstanceType<(typeof CTOR)[E]>;
}

/** Copies `values` into a fresh block; returns its address. */
export function put(type: Elem, values: ArrayLike<number> | ArrayLike<bigint>): number {
  const C = CTOR[type];
  const ptr = allocBytes(values.length * C.BYTES_PER_ELEMENT);
  (view(type, ptr, values.length) as unknown as { set(v: unknown): void }).set(values);
  return ptr;
}

/** Copies `n` elements out of the heap. */
export function get<E extends Elem>(type: E, ptr: number, n: number): InstanceType<(typeof CTOR)[E]> {
  return view(type, ptr, n).slice() as InstanceType<(typeof CTOR)[E]>;
}
