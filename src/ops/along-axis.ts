// Moving the axes an operation works along to the end of a C-contiguous copy, where the sorting
// kernels see them as contiguous rows, and moving them back.

import { NDArray } from "../core/ndarray.js";
import { allocBlock, freeBlock } from "../backend/wasm/storage.js";
import { copyInOrder } from "./reduce-core.js";

/** The permutation that puts `axes` last (in the order given), the other axes first in order. */
export function lastPermutation(ndim: number, axes: readonly number[]): number[] {
  const keep = Array.from({ length: ndim }, (_, d) => d).filter((d) => !axes.includes(d));
  return [...keep, ...axes];
}

const isIdentity = (perm: readonly number[]): boolean => perm.every((p, i) => p === i);

/** A C-contiguous copy of `a` with its axes permuted by `perm` (a plain copy when `perm` is the identity). */
export function permutedCopy<D extends NDArray>(a: D, perm: readonly number[]): D {
  if (isIdentity(perm)) return a.copy() as D;
  const v = a.transpose(perm);
  try {
    return v.copy() as D;
  } finally {
    v.dispose();
  }
}

/** `a` laid out as rows along the permutation: itself when already so, else a copy (owned). */
export function permutedRows<D extends NDArray>(a: D, perm: readonly number[]): { array: D; owned: boolean } {
  if (isIdentity(perm) && a.isContiguous) return { array: a, owned: false };
  return { array: permutedCopy(a, perm), owned: true };
}

/**
 * Undoes `perm` on `buf` (C-contiguous in permuted order): an array in the original order,
 * C-contiguous or with its axes in memory in `order` (innermost first). Disposes `buf`.
 */
export function unpermute<D extends NDArray>(buf: D, perm: readonly number[], order?: readonly number[]): D {
  if (isIdentity(perm) && order === undefined) return buf;
  const inverse = new Array<number>(perm.length);
  perm.forEach((p, i) => (inverse[p] = i));
  const v = buf.transpose(inverse);
  try {
    return copyInOrder(v, order, v.dtype) as D;
  } finally {
    v.dispose();
    buf.dispose();
  }
}

/** Runs `fn` with a scratch block of `bytes` (at least 16) and frees it however `fn` ends. */
export function withWorkspace<T>(bytes: number, fn: (ptr: number) => T): T {
  const ptr = allocBlock(Math.max(16, bytes));
  try {
    return fn(ptr);
  } finally {
    freeBlock(ptr);
  }
}
