// The one door from src/random to the WASM module: the random kernels' signatures
// (assembly/random/kernels.ts), blocks of heap for generator states and scratch, and writing a
// kernel's output into any target. Pointers are unsigned byte addresses.

import { memory, wasm } from "../backend/wasm/module.js";
import { allocBlock as allocate, freeBlock } from "../backend/wasm/storage.js";

/** @internal The random kernels (assembly/random/), typed by the generated ABI. */
export const kernels = wasm;

/** The module's memory buffer (re-read after every allocation: growth replaces it). */
export function heap(): ArrayBuffer {
  return memory.buffer;
}

/** `bytes` of WASM heap (16-byte aligned). Throws RangeError when memory cannot grow. */
export function allocBlock(bytes: number): number {
  return allocate(Math.max(bytes, 8));
}

export { freeBlock };

/** Frees the state blocks of generators that were dropped. */
export const stateRegistry = new FinalizationRegistry<number>((ptr) => wasm.free(ptr));

/** `length` elements at byte address `ptr` of the WASM heap (for example an NDArray's data). */
export interface HeapSlice {
  readonly ptr: number;
  readonly length: number;
}

export type AnyTypedArray =
  | Float64Array
  | Float32Array
  | BigInt64Array
  | BigUint64Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array;

/** Where random values go: a TypedArray of the right element type (anywhere), or a HeapSlice. */
export type Out = AnyTypedArray | HeapSlice;

function isTyped(out: Out): out is AnyTypedArray {
  return ArrayBuffer.isView(out);
}

/**
 * Runs `write(ptr)` so that it fills `n` elements of `bytes` bytes each into `out`: in place when
 * `out` is a HeapSlice or a view of WASM memory, else through a scratch block copied back.
 */
export function writeTo(out: Out, n: number, bytes: number, write: (ptr: number) => void): void {
  if (!isTyped(out)) {
    write(out.ptr >>> 0);
    return;
  }
  if (out.buffer === heap()) {
    write(out.byteOffset);
    return;
  }
  const ptr = allocBlock(n * bytes);
  try {
    write(ptr);
    new Uint8Array(out.buffer, out.byteOffset, n * bytes).set(new Uint8Array(heap(), ptr, n * bytes));
  } finally {
    freeBlock(ptr);
  }
}
