// np.einsum: runs the plan of einsum.ts. Operands become strided views (a repeated label walks a
// diagonal: strides added; a size-1 axis broadcast to its label's size: stride 0); a summed label
// is a reduction; a pair contraction that sums labels is one batched call of the matmul kernel
// over the operands' own strides (`bhqd,bhkd->bhqk` transposes a view, copies nothing); a pair
// that sums nothing is a broadcast multiply.

import { promoteTypes } from "../../core/dtype.js";
import { NDArray } from "../../core/ndarray.js";
import { multiply } from "../elementwise.js";
import { matmul } from "../matmul.js";
import { type Operand, Temps } from "../operand.js";
import { sum } from "../reduce.js";
import { type EinsumPlan, einsumPlan, einsumResult } from "./einsum.js";

/** Operand `i`'s view: diagonals merged, every axis at its label's size. */
function operandView(plan: EinsumPlan, i: number, x: NDArray): NDArray {
  const op = plan.operands[i];
  const shape: number[] = [];
  const strides: number[] = [];
  op.axes.forEach((axes, d) => {
    const size = plan.sizes.get(op.labels[d])!;
    shape.push(size);
    strides.push(op.shape[d] === 1 && size !== 1 ? 0 : axes.reduce((s, a) => s + x.strides[a], 0));
  });
  return x.view(shape, strides, x.offset);
}

/**
 * Einstein summation over `subscripts` (`"ij,jk->ik"`; implicit output without `->`, `...` for
 * broadcast axes, repeated labels for traces and diagonals, any number of operands). Pairs that
 * sum labels run as batched matrix products in the matmul kernel; single-operand subscripts that
 * sum nothing return a view, as NumPy's.
 * np.einsum (its default, optimize=False, result).
 * @example
 * nd.einsum("ij,jk->ik", [[1, 2], [3, 4]], [[1, 0], [0, 1]])   // array([[1, 2], [3, 4]])
 * nd.einsum("ii", [[1, 2], [3, 4]]).item()                     // 5
 * nd.einsum("bhqd,bhkd->bhqk", nd.ones([2, 4, 8, 16]), nd.ones([2, 4, 8, 16])).shape   // [2, 4, 8, 8]
 */
export function einsum(subscripts: string, ...operands: Operand[]): NDArray {
  if (typeof subscripts !== "string") throw new TypeError("einsum: subscripts must be a string");
  const temps = new Temps();
  try {
    const xs = operands.map((o, i) => temps.array(o, `operands[${i}]`));
    const plan = einsumPlan(subscripts, xs.map((x) => x.shape));
    const dtype = xs.reduce((d, x) => promoteTypes(d, x.dtype), xs[0].dtype);
    const tensors: NDArray[] = xs.map((x, i) => {
      const cast = x.dtype === dtype ? x : temps.add(x._cast(dtype));
      return temps.add(operandView(plan, i, cast));
    });
    for (const step of plan.steps) {
      let r: NDArray;
      if (step.kind === "sum") {
        r = sum(tensors[step.input], step.axes);
        if (r.dtype !== dtype) r = temps.add(r)._cast(dtype);
      } else if (step.kind === "transpose") {
        r = tensors[step.input].transpose(step.perm);
      } else {
        const left = temps.add(tensors[step.left].transpose(step.permLeft));
        const right = temps.add(tensors[step.right].transpose(step.permRight));
        const fl = step.freeLeft.map((l) => plan.sizes.get(l)!);
        const fr = step.freeRight.map((l) => plan.sizes.get(l)!);
        if (step.matmul) {
          const a = temps.add(left.reshape([...step.batchShape, step.m, step.k]));
          const b = temps.add(right.reshape([...step.batchShape, step.k, step.n]));
          const p = temps.add(matmul(a, b));
          r = p.reshape([...step.batchShape, ...fl, ...fr]);
        } else {
          const a = temps.add(left.reshape([...step.batchShape, ...fl, ...fr.map(() => 1)]));
          const b = temps.add(right.reshape([...step.batchShape, ...fl.map(() => 1), ...fr]));
          r = multiply(a, b);
        }
        if (r.dtype !== dtype) r = temps.add(r)._cast(dtype);
      }
      tensors.push(temps.add(r));
    }
    const result = tensors[einsumResult(plan)];
    if (plan.view) return result.view(result.shape, result.strides, result.offset);
    // The last step's own array when it is one (C-contiguous, nobody else's), else a fresh copy.
    const last = plan.steps[plan.steps.length - 1];
    if (last !== undefined && last.kind !== "transpose" && result.isContiguous) return result.view(result.shape, result.strides, result.offset);
    return result._cast(dtype);
  } finally {
    temps.dispose();
  }
}
