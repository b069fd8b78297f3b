// torch.nn.functional.mse_loss and l1_loss: PyTorch's size warning, broadcasting and reductions,
// one WASM pass over the broadcast operands (never materialised).

import { floatResult, promoteTypes } from "../core/dtype.js";
import { RuntimeError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { broadcastShapes, broadcastStrides, sameShape, sizeOf } from "../core/shape.js";
import { planLoop } from "../backend/wasm/callblock.js";
import { FLOAT, K, Reduction, checkReduction, readOptions, scalarArray, torchSize, warn } from "./common.js";
import { type Operand, asArray } from "../ops/operand.js";

/** The `reduction` keyword of torch.nn.functional.mse_loss and l1_loss. */
export interface LossOptions {
  /** "mean" (default), "sum" or "none". */
  reduction?: Reduction;
}

/** ATen's infer_size message: the first mismatch found from the last dimension. */
export function sizeMismatch(a: readonly number[], b: readonly number[]): RuntimeError {
  const n = Math.max(a.length, b.length);
  for (let i = n - 1; i >= 0; i--) {
    const sa = a[i - (n - a.length)] ?? 1;
    const sb = b[i - (n - b.length)] ?? 1;
    if (sa !== sb && sa !== 1 && sb !== 1) {
      return new RuntimeError(`The size of tensor a (${sa}) must match the size of tensor b (${sb}) at non-singleton dimension ${i}`);
    }
  }
  return new RuntimeError("The sizes of the tensors do not match");
}

function regression(kind: "mse" | "mae", fn: string, input: Operand, target: Operand, options: LossOptions | undefined): NDArray {
  const { reduction: r = "mean" } = readOptions<LossOptions>(options, fn, ["reduction"]);
  const x = asArray(input, "input");
  let y: { array: NDArray; owned: boolean } | undefined;
  const temps: NDArray[] = [];
  if (x.owned) temps.push(x.array);
  try {
    y = asArray(target, "target");
    if (y.owned) temps.push(y.array);
    let a = x.array;
    let b = y.array;
    if (!sameShape(a.shape, b.shape)) {
      warn(
        `Using a target size (${torchSize(b.shape)}) that is different to the input size (${torchSize(a.shape)}). ` +
          "This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.",
      );
    }
    const shape = broadcastShapes(a.shape, b.shape);
    if (shape === null) throw sizeMismatch(a.shape, b.shape);
    const reduction = checkReduction(r, fn);
    const dtype = floatResult(promoteTypes(a.dtype, b.dtype));
    if (a.dtype !== dtype) temps.push((a = a._cast(dtype)));
    if (b.dtype !== dtype) temps.push((b = b._cast(dtype)));
    const sa = broadcastStrides(a.shape, a.byteStrides, shape);
    const sb = broadcastStrides(b.shape, b.byteStrides, shape);
    if (reduction === "none") {
      const out = NDArray.empty(shape, dtype);
      if (out.size > 0) {
        const loop = planLoop(shape, [out.byteStrides, sa, sb]);
        K[`${kind}_none_${FLOAT[dtype]}`](out.ptr, a.ptr, b.ptr, loop.n, loop.steps[0]!, loop.steps[1]!, loop.steps[2]!, loop.outer);
      }
      return out;
    }
    const size = sizeOf(shape);
    let total = 0;
    if (size > 0) {
      const loop = planLoop(shape, [sa, sb]);
      total = K[`${kind}_sum_${FLOAT[dtype]}`](a.ptr, b.ptr, loop.n, loop.steps[0]!, loop.steps[1]!, loop.outer);
    }
    // The mean of nothing is NaN, as torch's is.
    return scalarArray(reduction === "sum" ? total : total / size, dtype);
  } finally {
    for (const t of temps) t.dispose();
  }
}

/**
 * torch.nn.functional.mse_loss: (input − target)², broadcast, then reduced ("mean" by default,
 * "sum", or "none" for the element-wise array). Mean and sum are 0-d arrays. Shapes that differ
 * give PyTorch's UserWarning ("Using a target size (torch.Size([…])) that is different to the
 * input size …", once per message); shapes that do not broadcast throw RuntimeError ("The size of
 * tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0"). float32 stays
 * float32; integer and bool operands compute in float64 / float32. Sums are compensated in f64.
 * @example
 * nd.mse([1, 2, 3], [1, 2, 5])         // array(1.33333333)
 * nd.mse([1, 2], [0, 0], { reduction: "sum" })   // array(5.)
 */
export function mse(input: Operand, target: Operand, options?: LossOptions): NDArray {
  return regression("mse", "mse", input, target, options);
}

/**
 * torch.nn.functional.l1_loss: |input − target|, with mse's broadcasting, reductions, warning and errors.
 * @example
 * nd.mae([1, 2, 3], [2, 2, 2])         // array(0.66666667)
 */
export function mae(input: Operand, target: Operand, options?: LossOptions): NDArray {
  return regression("mae", "mae", input, target, options);
}
