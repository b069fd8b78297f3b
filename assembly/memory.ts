// Array storage lives in the module's own heap (TLSF via runtime "minimal").
// TypeScript owns every pointer: kernels never allocate.

/** Allocates `bytes` bytes, 16-byte aligned. Traps when memory cannot grow; the caller turns that into a RangeError. */
export function alloc(bytes: usize): usize {
  return heap.alloc(bytes);
}

export function free(ptr: usize): void {
  heap.free(ptr);
}

/**
 * Allocates `bytes` zeroed bytes. Memory that the allocation itself grew is already zero, so only
 * the part below the old end of memory is filled: a large np.zeros costs no page touching.
 */
export function alloc_zero(bytes: usize): usize {
  const end = <usize>memory.size() << 16;
  const ptr = heap.alloc(bytes);
  if (ptr < end) memory.fill(ptr, 0, min(bytes, end - ptr));
  return ptr;
}
