// NumPy's `_replace_nan`: a copy of a float array with NaN replaced by a value (0 for the nan*
// sums, ±inf for nanargmin / nanargmax), one WASM pass (assembly/nan.ts).

import { DTYPE, type DType } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { planLoop, scalarSlot } from "../backend/wasm/callblock.js";
import { writeElement } from "../backend/wasm/heap.js";
import { kernel } from "../backend/wasm/kernels.js";
import { copyInOrder } from "./reduce-core.js";

type ReplaceKernel = (out: number, a: number, value: number, n: number, so: number, sa: number, outer: number) => void;

/** A copy of `a` laid out in `order` (innermost first; C order by default) with every NaN replaced by `value`. */
export function replaceNan<D extends DType>(a: NDArray<D>, value: number, order: readonly number[] = a.shape.map((_, d) => a.ndim - 1 - d)): NDArray<D> {
  if (DTYPE[a.dtype].kind !== "f") return copyInOrder(a, order, a.dtype);
  const out = NDArray.empty(a.shape, a.dtype, false, order);
  if (a.size === 0) return out;
  const slot = scalarSlot(2);
  writeElement(slot, a.dtype, value);
  const loop = planLoop(a.shape, [out.byteStrides, a.byteStrides]);
  kernel<ReplaceKernel>("replace_nan", DTYPE[a.dtype].suffix)(out.ptr, a.ptr, slot, loop.n, loop.steps[0]!, loop.steps[1]!, loop.outer);
  return out;
}
