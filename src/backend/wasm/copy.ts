// Strided copies with conversion, the one primitive the array core needs from the kernels.

import type { DType } from "../../core/dtype.js";
import { planLoop } from "./callblock.js";
import { castKernel } from "./kernels.js";

/**
 * Copies `shape` elements from `src` (byte strides `srcStrides`, stride 0 broadcasts) to `dst`,
 * converting from `srcType` to `dstType` as NumPy casts.
 */
export function castStrided(
  dst: number,
  dstType: DType,
  dstStrides: readonly number[],
  src: number,
  srcType: DType,
  srcStrides: readonly number[],
  shape: readonly number[],
): void {
  for (const n of shape) if (n === 0) return;
  const loop = planLoop(shape, [dstStrides, srcStrides]);
  castKernel(srcType, dstType)(dst, src, loop.n, loop.steps[0]!, loop.steps[1]!, loop.outer);
}
