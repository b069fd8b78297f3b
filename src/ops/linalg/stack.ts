// The glue between numpy.linalg's stacks of matrices and the kernels of assembly/linalg: the
// result dtype (NumPy's `_commonType`: float32 when every input is float32, else float64; the
// computation is float64 either way, as NumPy's gufuncs run in double), a C-contiguous working
// copy broadcast to the batch (the kernels factor in place), workspaces, and the kernel statuses
// turned into NumPy's LinAlgError texts.

import { type DType } from "../../core/dtype.js";
import { LinAlgError } from "../../core/errors.js";
import { NDArray } from "../../core/ndarray.js";
import { broadcastStrides } from "../../core/shape.js";
import { allocBlock, freeBlock } from "../../backend/wasm/storage.js";
import { wasm } from "../../backend/wasm/module.js";

/** The dtypes the kernels compute in. */
export type LinalgDType = "float64" | "float32";

/** NumPy's linalg result type: float32 when every input is float32, else float64. */
export function resultType(...dtypes: DType[]): LinalgDType {
  return dtypes.every((d) => d === "float32") ? "float32" : "float64";
}

/** A C-contiguous copy of `a` in `dtype`, its batch axes broadcast to `batch` (the core axes kept). */
export function workingCopy(a: NDArray, dtype: LinalgDType, batch: readonly number[], core = 2): NDArray {
  const coreShape = a.shape.slice(a.ndim - core);
  const target = [...batch, ...coreShape];
  if (a.ndim === target.length && a.shape.every((d, i) => d === target[i])) return a._cast(dtype);
  const v = a.view(target, broadcastStrides(a.shape, a.strides, target), a.offset);
  try {
    return v._cast(dtype);
  } finally {
    v.dispose();
  }
}

/** The kernels by name and suffix (`lu_solve_f64`, …), looked up once per call. */
export function kernel(name: string, dtype: LinalgDType): (...args: number[]) => number {
  return (wasm as unknown as Record<string, (...args: number[]) => number>)[`${name}_${dtype === "float64" ? "f64" : "f32"}`];
}

export const itemBytes = (dtype: LinalgDType): number => (dtype === "float64" ? 8 : 4);

/** Scratch blocks of one call (workspaces, pivots), freed together. */
export class Scratch {
  private readonly blocks: number[] = [];
  alloc(bytes: number): number {
    const p = allocBlock(Math.max(16, bytes));
    this.blocks.push(p);
    return p;
  }
  free(): void {
    for (const p of this.blocks) freeBlock(p);
    this.blocks.length = 0;
  }
}

/** The result in its dtype: a float64 result converted (and released) when NumPy returns float32. */
export function toResult(x: NDArray, dtype: LinalgDType): NDArray {
  if (x.dtype === dtype) return x;
  try {
    return x._cast(dtype);
  } finally {
    x.dispose();
  }
}

/** Throws NumPy's LinAlgError when a kernel reported a failure (status != 0). */
export function check(status: number, message: string): void {
  if (status !== 0) throw new LinAlgError(message);
}
