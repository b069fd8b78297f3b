// Typed views of the module's linear memory. Growth detaches the old buffer, so every access
// goes through `heap`, which re-creates the views only when the buffer has changed. Addresses
// are unsigned byte offsets up to 4 GiB: an element's index is `ptr / itemsize`, never `ptr >> k`
// (a signed shift turns addresses above 2 GiB negative).

import { DTYPE, type DType, type TypedArray } from "../../core/dtype.js";
import { memory } from "./module.js";

let buffer: ArrayBuffer | null = null;
const views = new Map<DType, TypedArray>();
// Only the allocator grows memory, and only for a block it cannot place in the memory it has, so
// the buffer is looked at again only after an allocation that ends near or past the viewed bytes
// (storage.ts reports each one): reading `memory.buffer` costs 50-110 ns, much of a small call's budget.
let mayHaveGrown = true;
let viewedBytes = 0;

/**
 * @internal Reports an allocation ending at byte `end` (or, with no argument, one that failed).
 * A block that grew memory may start in the old free tail, so it counts as growth when it ends
 * within a margin of the viewed bytes (more than the allocator's rounding and headers).
 */
export function heapAllocated(end = Infinity): void {
  if (end + 1024 > viewedBytes) mayHaveGrown = true;
}

/** A view of the whole heap as elements of `dtype` (Uint8Array for bool). */
export function heap(dtype: DType): TypedArray {
  if (mayHaveGrown) {
    mayHaveGrown = false;
    const current = memory.buffer;
    if (current !== buffer) {
      buffer = current;
      viewedBytes = current.byteLength;
      views.clear();
    }
  }
  const current = buffer!;
  let v = views.get(dtype);
  if (v === undefined) {
    v = new DTYPE[dtype].array(current) as TypedArray;
    views.set(dtype, v);
  }
  return v;
}

export const heapF64 = (): Float64Array => heap("float64") as Float64Array;
export const heapI32 = (): Int32Array => heap("int32") as Int32Array;
export const heapU8 = (): Uint8Array => heap("uint8") as Uint8Array;

/** Index of the element at byte address `ptr` in `heap(dtype)`. */
export function at(ptr: number, dtype: DType): number {
  return ptr / DTYPE[dtype].itemsize;
}

/** A fresh view of `n` elements at `ptr` (valid until memory grows). */
export function viewAt(ptr: number, dtype: DType, n: number): TypedArray {
  return new DTYPE[dtype].array(memory.buffer, ptr, n) as TypedArray;
}

/** Reads one element: a number (booleans as 0/1), or a bigint for the 64-bit integers. */
export function readElement(ptr: number, dtype: DType): number | bigint {
  return heap(dtype)[at(ptr, dtype)]!;
}

/** Writes one element already converted for `dtype` (a bigint for the 64-bit integers). */
export function writeElement(ptr: number, dtype: DType, value: number | bigint): void {
  (heap(dtype) as { [i: number]: number | bigint })[at(ptr, dtype)] = value;
}
