// Array storage lives in the module's own heap (TLSF via runtime "minimal").
// TypeScript owns every pointer: kernels never allocate.

/** Allocates `bytes` bytes, 16-byte aligned. Traps when memory cannot grow; the caller turns that into a RangeError. */
export function alloc(bytes: usize): usize {
  return heap.alloc(bytes);
}

export function free(ptr: usize): void {
  heap.free(ptr);
}

/** Zero-fills `bytes` bytes at `ptr` (bulk memory). */
export function fill_zero(ptr: usize, bytes: usize): void {
  memory.fill(ptr, 0, bytes);
}
