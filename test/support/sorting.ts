// Helpers for the sorting-kernel tests: NumPy's real dtypes as byte arrays, heap blocks fenced by
// guard bytes (a kernel that writes outside its block fails the test), calls into the sort,
// partition, search and unique kernels, and a plain reference of NumPy's order.
import { expect } from "vitest";
import { argsortWorkspaceBytes, PARTITION_WORKSPACE_BYTES, rowArgsortWorkspaceBytes, SORT_SUFFIX, sortWorkspaceBytes, type SortDType } from "../../src/ops/sort-plan.js";
import { allocBytes, memory, raw, release } from "./kernels.js";

export const DTYPES: SortDType[] = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64"];

const CTOR = {
  bool: Uint8Array, int8: Int8Array, int16: Int16Array, int32: Int32Array, int64: BigInt64Array,
  uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array, float32: Float32Array, float64: Float64Array,
} as const;

export const itemsize = (dtype: SortDType): number => CTOR[dtype].BYTES_PER_ELEMENT;
export const isFloat = (dtype: SortDType): boolean => dtype === "float32" || dtype === "float64";

export type Scalar = number | bigint;

/** Element values of little-endian bytes (bigint for 64-bit integers). */
export function values(dtype: SortDType, bytes: Uint8Array): Scalar[] {
  const copy = bytes.slice();
  return Array.from(new CTOR[dtype](copy.buffer, 0, copy.length / itemsize(dtype)) as ArrayLike<Scalar>);
}

/** Little-endian bytes of element values. */
export function toBytes(dtype: SortDType, vals: readonly Scalar[]): Uint8Array {
  const a = new CTOR[dtype](vals.length);
  (a as unknown as { set(v: readonly Scalar[]): void }).set(vals);
  return new Uint8Array(a.buffer);
}

export interface Encoded {
  dtype: SortDType;
  shape: number[];
  b64: string;
}
export const decodeBytes = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, "base64"));

const GUARD = 64;
const FILL = 0xa5;

/** A heap block of `bytes` with GUARD sentinel bytes on both sides. */
export class Block {
  readonly base: number;
  readonly ptr: number;
  constructor(readonly bytes: number, init?: Uint8Array) {
    this.base = allocBytes(bytes + 2 * GUARD, false);
    this.ptr = this.base + GUARD;
    this.heap().fill(FILL, this.base, this.ptr + bytes + GUARD);
    if (init) this.heap().set(init, this.ptr);
  }
  heap(): Uint8Array {
    return new Uint8Array(memory.buffer);
  }
  read(bytes = this.bytes): Uint8Array {
    return this.heap().slice(this.ptr, this.ptr + bytes);
  }
  i64(n: number): number[] {
    return Array.from(new BigInt64Array(this.read(n * 8).buffer), Number);
  }
  /** Checks the guards and frees the block. */
  free(): void {
    const h = this.heap();
    const bad = [...h.subarray(this.base, this.ptr), ...h.subarray(this.ptr + this.bytes, this.ptr + this.bytes + GUARD)].some((b) => b !== FILL);
    release(this.base);
    expect(bad, "a kernel wrote outside its block").toBe(false);
  }
}

const sfx = (dtype: SortDType): string => SORT_SUFFIX[dtype];

/** Byte equality without a deep comparison (large inputs). */
export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/** sort_<t> over rows × n elements (bytes); returns the sorted bytes. */
export function kernelSort(dtype: SortDType, rows: number, n: number, bytes: Uint8Array): Uint8Array {
  const data = new Block(bytes.length, bytes);
  const work = new Block(sortWorkspaceBytes(dtype, n));
  raw[`sort_${sfx(dtype)}`]!(data.ptr, rows, n, work.ptr);
  const out = data.read();
  data.free();
  work.free();
  return out;
}

/** argsort_<t>; checks the input is left unchanged. */
export function kernelArgsort(dtype: SortDType, rows: number, n: number, bytes: Uint8Array): number[] {
  const data = new Block(bytes.length, bytes);
  const out = new Block(rows * n * 8);
  const work = new Block(argsortWorkspaceBytes(dtype, n));
  raw[`argsort_${sfx(dtype)}`]!(data.ptr, rows, n, out.ptr, work.ptr);
  expect(sameBytes(data.read(), bytes), "the input was modified").toBe(true);
  const idx = out.i64(rows * n);
  [data, out, work].forEach((b) => b.free());
  return idx;
}

export function kernelPartition(dtype: SortDType, rows: number, n: number, bytes: Uint8Array, kth: readonly number[]): { partition: Uint8Array; argpartition: number[] } {
  const k = new Block(kth.length * 4, new Uint8Array(Int32Array.from(kth).buffer));
  const data = new Block(bytes.length, bytes);
  const work = new Block(PARTITION_WORKSPACE_BYTES);
  raw[`partition_${sfx(dtype)}`]!(data.ptr, rows, n, k.ptr, kth.length, work.ptr);
  const partition = data.read();
  data.free();
  const data2 = new Block(bytes.length, bytes);
  const out = new Block(rows * n * 8);
  raw[`argpartition_${sfx(dtype)}`]!(data2.ptr, rows, n, k.ptr, kth.length, out.ptr, work.ptr);
  expect(sameBytes(data2.read(), bytes), "the input was modified").toBe(true);
  const argpartition = out.i64(rows * n);
  [k, data2, out, work].forEach((b) => b.free());
  return { partition, argpartition };
}

/**
 * searchsorted_<t> on the haystack a[::step] (bytes of a whole; a negative step starts from the
 * last element), or searchsorted_sorter_<t> when a sorter is given; the sorter form returns its status.
 */
export function kernelSearch(dtype: SortDType, a: Uint8Array, step: number, keys: Uint8Array, right: boolean, sorter?: readonly number[]): { out: number[]; status: number } {
  const size = itemsize(dtype);
  const count = a.length / size;
  const n = Math.ceil(count / Math.abs(step));
  const m = keys.length / size;
  const hay = new Block(a.length, a);
  const start = step < 0 && count > 0 ? hay.ptr + (count - 1) * size : hay.ptr;
  const k = new Block(keys.length, keys);
  const out = new Block(m * 8);
  let status = 0;
  if (sorter) {
    // The sorter is passed with stride 2 (every other i64), as a strided view would be.
    const s = new BigInt64Array(2 * sorter.length).fill(-7n);
    sorter.forEach((v, i) => (s[2 * i] = BigInt(v)));
    const sb = new Block(s.byteLength, new Uint8Array(s.buffer));
    status = raw[`searchsorted_sorter_${sfx(dtype)}`]!(start, n, size * step, sb.ptr, 16, k.ptr, m, size, out.ptr, right ? 1 : 0);
    sb.free();
  } else {
    raw[`searchsorted_${sfx(dtype)}`]!(start, n, size * step, k.ptr, m, size, out.ptr, right ? 1 : 0);
  }
  const res = status === 0 ? out.i64(m) : [];
  [hay, k, out].forEach((b) => b.free());
  return { out: res, status };
}

export interface UniqueResult {
  values: Uint8Array;
  index: number[];
  inverse: number[];
  counts: number[];
}

/** np.unique(a, return_index, return_inverse, return_counts) the way ndwasm runs it: stable argsort, then run flags. */
export function kernelUnique(dtype: SortDType, bytes: Uint8Array, equalNan: boolean): UniqueResult {
  const s = sfx(dtype);
  const n = bytes.length / itemsize(dtype);
  const data = new Block(bytes.length, bytes);
  const perm = new Block(n * 8);
  const work = new Block(argsortWorkspaceBytes(dtype, n));
  raw[`argsort_${s}`]!(data.ptr, 1, n, perm.ptr, work.ptr);
  const flags = new Block(n);
  const k = raw[`unique_flags_${s}`]!(data.ptr, perm.ptr, n, flags.ptr, equalNan ? 1 : 0);
  const vals = new Block(k * itemsize(dtype));
  const index = new Block(k * 8);
  const inverse = new Block(n * 8);
  const counts = new Block(k * 8);
  raw[`unique_values_${s}`]!(data.ptr, perm.ptr, flags.ptr, n, vals.ptr);
  raw.unique_index!(perm.ptr, flags.ptr, n, index.ptr);
  raw.unique_inverse!(perm.ptr, flags.ptr, n, inverse.ptr);
  raw.unique_counts!(flags.ptr, n, counts.ptr);
  const res = { values: vals.read(), index: index.i64(k), inverse: inverse.i64(n), counts: counts.i64(k) };
  [data, perm, work, flags, vals, index, inverse, counts].forEach((b) => b.free());
  return res;
}

/** np.unique(a, axis=0) on rows × cols: lexicographic stable argsort of rows, then row run flags. */
export function kernelUniqueRows(dtype: SortDType, rows: number, cols: number, bytes: Uint8Array): UniqueResult {
  const s = sfx(dtype);
  const data = new Block(bytes.length, bytes);
  const perm = new Block(rows * 8);
  const work = new Block(rowArgsortWorkspaceBytes(rows));
  raw[`argsort_rows_${s}`]!(data.ptr, rows, cols, perm.ptr, work.ptr);
  const flags = new Block(rows);
  const k = raw[`unique_row_flags_${s}`]!(data.ptr, rows, cols, perm.ptr, flags.ptr);
  const vals = new Block(k * cols * itemsize(dtype));
  const index = new Block(k * 8);
  const inverse = new Block(rows * 8);
  const counts = new Block(k * 8);
  raw[`unique_rows_${s}`]!(data.ptr, cols, perm.ptr, flags.ptr, rows, vals.ptr);
  raw.unique_index!(perm.ptr, flags.ptr, rows, index.ptr);
  raw.unique_inverse!(perm.ptr, flags.ptr, rows, inverse.ptr);
  raw.unique_counts!(flags.ptr, rows, counts.ptr);
  expect(sameBytes(data.read(), bytes), "the input was modified").toBe(true);
  const res = { values: vals.read(), index: index.i64(k), inverse: inverse.i64(rows), counts: counts.i64(k) };
  [data, perm, work, flags, vals, index, inverse, counts].forEach((b) => b.free());
  return res;
}

// ---- the reference: NumPy's order on plain values

const nan = (x: Scalar): boolean => typeof x === "number" && x !== x;

/** NumPy's sort comparison: a < b, with every NaN above every number. */
export function less(a: Scalar, b: Scalar): boolean {
  return a < b || (nan(b) && !nan(a));
}

/** Stable argsort of one row under `less` (Array.prototype.sort is stable). */
export function referenceArgsort(vals: readonly Scalar[]): number[] {
  return vals.map((_, i) => i).sort((i, j) => (less(vals[i]!, vals[j]!) ? -1 : less(vals[j]!, vals[i]!) ? 1 : 0));
}

/** Bytes of elements picked by index (size bytes each). */
export function gather(bytes: Uint8Array, size: number, idx: readonly number[], base = 0): Uint8Array {
  const out = new Uint8Array(idx.length * size);
  idx.forEach((j, i) => out.set(bytes.subarray((base + j) * size, (base + j + 1) * size), i * size));
  return out;
}

// ---- random inputs

/** A small deterministic generator (mulberry32) for filling large inputs from a fast-check seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Edge values of a dtype as bytes: limits, ±0, ±inf, NaNs with other payloads and signs. */
export function specialBytes(dtype: SortDType): Uint8Array[] {
  const size = itemsize(dtype);
  const one = (v: Scalar): Uint8Array => toBytes(dtype, [v]);
  if (dtype === "bool") return [one(0), one(1)];
  if (!isFloat(dtype)) {
    const bits = BigInt(size * 8);
    const signed = dtype.startsWith("int");
    const lo = signed ? -(1n << (bits - 1n)) : 0n;
    const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    const big = size === 8;
    const v = (x: bigint): Scalar => (big ? x : Number(x));
    return [lo, hi, 0n, 1n, hi - 1n, lo + 1n, ...(signed ? [-1n] : [])].map((x) => one(v(x)));
  }
  const f = [NaN, 0, -0, Infinity, -Infinity, 1, -1, size === 8 ? Number.MAX_VALUE : 3.4028234663852886e38, size === 8 ? 5e-324 : 1.401298464324817e-45].map(one);
  // NaNs with a payload and with the sign bit set.
  const payload = one(NaN);
  payload[0]! |= 1;
  const negative = one(NaN);
  negative[size - 1]! |= 0x80;
  return [...f, payload, negative];
}

/**
 * n random elements: mode 0 draws any bit pattern, mode 1 a handful of values with the specials
 * mixed in (many ties), mode 2 small integers.
 */
export function randomBytes(dtype: SortDType, n: number, mode: number, seed: number): Uint8Array {
  const r = rng(seed);
  const size = itemsize(dtype);
  const out = new Uint8Array(n * size);
  const pool = [...specialBytes(dtype), ...[0, 1, 2, 3, 4].map((v) => toBytes(dtype, [size === 8 && !isFloat(dtype) ? BigInt(v) : v]))];
  for (let i = 0; i < n; i++) {
    if (dtype === "bool") out[i] = r() < 0.5 ? 1 : 0;
    else if (mode === 0) for (let b = 0; b < size; b++) out[i * size + b] = (r() * 256) | 0;
    else if (mode === 1) out.set(pool[(r() * pool.length) | 0]!, i * size);
    else out.set(toBytes(dtype, [size === 8 && !isFloat(dtype) ? BigInt((r() * 1000) | 0) : (r() * 100) | 0]), i * size);
  }
  return out;
}
