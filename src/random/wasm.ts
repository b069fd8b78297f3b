// The one door from src/random to the WASM module: the random kernels' signatures
// (assembly/random/kernels.ts), blocks of heap for generator states and scratch, and writing a
// kernel's output into any target. Pointers are unsigned byte addresses.

import { wasm } from "../wasm/module.js";

type Fill = (state: number, out: number, n: number) => void;
type Fill1 = (state: number, out: number, n: number, a: number, sa: number) => void;
type Fill2 = (state: number, out: number, n: number, a: number, sa: number, b: number, sb: number) => void;
type Bounded = (state: number, out: number, n: number, a: number, sa: number, b: number, sb: number, masked: boolean) => void;
type Shuffle = (state: number, data: number, n: number, rowBytes: number, stride: number) => void;
type Vector1 = (out: number, a: number, n: number) => void;

/** The exports of assembly/random/kernels.ts and assembly/random/libm-kernels.ts. */
export interface RandomKernels {
  mt19937_seed(state: number, seed: number): void;
  mt19937_seed_by_array(state: number, key: number, len: number): void;
  pcg64_seed(state: number, words: number): void;
  mt19937_next_u32: Fill;
  pcg64_next_u64: Fill;
  pcg64_next_u32: Fill;
  mt19937_random_f64: Fill;
  pcg64_random_f64: Fill;
  mt19937_uniform_f64: Fill2;
  pcg64_uniform_f64: Fill2;
  mt19937_standard_normal_f64: Fill;
  mt19937_normal_f64: Fill2;
  pcg64_standard_normal_f64: Fill;
  pcg64_normal_f64: Fill2;
  mt19937_exponential_f64: Fill1;
  pcg64_exponential_f64: Fill1;
  mt19937_gamma_f64: Fill2;
  mt19937_beta_f64: Fill2;
  mt19937_binomial_i64: Fill2;
  mt19937_poisson_i64: Fill1;
  mt19937_bounded_u64: Bounded;
  mt19937_bounded_u32: Bounded;
  mt19937_bounded_u16: Bounded;
  mt19937_bounded_u8: Bounded;
  mt19937_bounded_bool: Bounded;
  pcg64_bounded_u64: Bounded;
  pcg64_bounded_u32: Bounded;
  pcg64_bounded_u16: Bounded;
  pcg64_bounded_u8: Bounded;
  pcg64_bounded_bool: Bounded;
  mt19937_shuffle: Shuffle;
  pcg64_shuffle: Shuffle;
  pcg64_shuffle_int_i64(state: number, data: number, n: number, first: number): void;
  pcg64_floyd_i64(state: number, out: number, pop: number, size: number, hash: number, mask: number): void;
  glibc_log_f64: Vector1;
  glibc_log1p_f64: Vector1;
  glibc_exp_f64: Vector1;
  glibc_pow_f64(out: number, a: number, b: number, n: number): void;
}

export const kernels = wasm as unknown as RandomKernels;

/** The module's memory buffer (re-read after every allocation: growth replaces it). */
export function heap(): ArrayBuffer {
  return wasm.memory.buffer as ArrayBuffer;
}

/** `bytes` of WASM heap (16-byte aligned). Throws RangeError when memory cannot grow. */
export function allocBlock(bytes: number): number {
  try {
    return wasm.alloc(Math.max(bytes, 8)) >>> 0;
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError || (e instanceof Error && e.message.startsWith("abort"))) {
      throw new RangeError(`ndwasm: out of WebAssembly memory allocating ${bytes} bytes for random numbers`);
    }
    throw e;
  }
}

export function freeBlock(ptr: number): void {
  wasm.free(ptr);
}

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
