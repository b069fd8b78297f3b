// torch.softmax and torch.log_softmax along one axis of any strided array: one WASM call,
// max-subtracted (see assembly/softmax.ts).

import { floatResult } from "../core/dtype.js";
import { IndexError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { planLoop } from "../backend/wasm/callblock.js";
import { PARALLEL_ELEMENTS, parallelRuns } from "../backend/wasm/split.js";
import { FLOAT, K, checkNumber } from "./common.js";
import { type Operand, asArray } from "../ops/operand.js";

/** PyTorch's dimension check (c10::maybe_wrap_dim): a 0-d array takes dim −1 or 0. */
export function wrapDim(dim: number, ndim: number): number {
  const n = Math.max(ndim, 1);
  if (dim < -n || dim >= n) throw new IndexError(`Dimension out of range (expected to be in range of [${-n}, ${n - 1}], but got ${dim})`);
  return dim < 0 ? dim + n : dim;
}

function apply(x: Operand, axis: number, log: boolean): NDArray {
  const fn = log ? "logSoftmax" : "softmax";
  checkNumber(axis, `${fn}: axis`, true);
  const { array, owned } = asArray(x, "x");
  let src = array;
  try {
    const dim = wrapDim(axis, array.ndim);
    const dtype = floatResult(array.dtype);
    if (dtype !== array.dtype) src = array._cast(dtype);
    const out = NDArray.empty(array.shape, dtype);
    if (out.size === 0) return out;
    if (array.ndim === 0) {
      K[`${log ? "log_softmax" : "softmax"}_${FLOAT[dtype]}`](src.ptr, out.ptr, 1, 0, 0, 1, 0, 0, 0);
      return out;
    }
    const so = out.byteStrides;
    const sx = src.byteStrides;
    const rest = (s: readonly number[]): number[] => s.filter((_, d) => d !== dim);
    const loop = planLoop(rest(array.shape), [rest(so), rest(sx)]);
    const kernel = K[`${log ? "log_softmax" : "softmax"}_${FLOAT[dtype]}`];
    const c = array.shape[dim]!;
    // Rows are independent: large calls split them across threads (same bytes for any count).
    if (loop.outer === 0 && out.size >= PARALLEL_ELEMENTS) {
      const rows = (start: number, n: number): number[] => [src.ptr + start * loop.steps[1]!, out.ptr + start * loop.steps[0]!, c, sx[dim]!, so[dim]!, n, loop.steps[1]!, loop.steps[0]!, 0];
      if (parallelRuns(kernel, loop.n, out.size, rows)) return out;
    }
    kernel(src.ptr, out.ptr, c, sx[dim]!, so[dim]!, loop.n, loop.steps[1]!, loop.steps[0]!, loop.outer);
    return out;
  } finally {
    if (src !== array) src.dispose();
    if (owned) array.dispose();
  }
}

/**
 * torch.softmax(x, dim): exp(x − max) / Σ exp(x − max) along `axis` (default the last), for any
 * strided array; float32 stays float32, int32 computes in float64 and bool in float32 (where
 * PyTorch refuses integer input). A row holding NaN gives NaN; −Infinity gives probability 0.
 * An out-of-range axis throws PyTorch's IndexError ("Dimension out of range …").
 * @example
 * nd.softmax([[1, 2, 3]])              // each row sums to 1
 * nd.softmax([[1, 2], [3, 4]], 0)      // along columns
 */
export function softmax(x: Operand, axis = -1): NDArray {
  return apply(x, axis, false);
}

/**
 * torch.log_softmax(x, dim): (x − max) − log Σ exp(x − max) along `axis`, computed without
 * forming the probabilities, so large negative log-probabilities keep their digits. Same dtypes
 * and errors as softmax.
 * @example
 * nd.logSoftmax([1, 2, 3])             // log(softmax(x)), computed stably
 */
export function logSoftmax(x: Operand, axis = -1): NDArray {
  return apply(x, axis, true);
}
