// torch.nn.functional.cross_entropy, following aten/src/ATen/native/LossNLL.cpp
// (cross_entropy_loss_symint and the nll_loss / nll_loss2d checks it reaches, in their order).
// Index targets run one fused kernel (max, Σexp and the target's log-probability per position, no
// (N, C) temporary); probability targets another. PyTorch's error classes: IndexError for a class
// index out of range, ValueError for a batch-size mismatch, RuntimeError for the other checks.

import { type FloatDType, floatResult, isFloat, promoteTypes } from "../core/dtype.js";
import { IndexError, RuntimeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { sameShape } from "../core/shape.js";
import { planLoop } from "../backend/wasm/callblock.js";
import { RESULT } from "../backend/wasm/callblock.js";
import { PARALLEL_ELEMENTS, parallelRuns } from "../backend/wasm/split.js";
import { allocBlock, freeBlock } from "../backend/wasm/storage.js";
import { threadCount } from "../backend/wasm/pool.js";
import {
  FLOAT, K, Reduction, checkNumber, checkReduction, cppDouble, readOptions, readSum, scalarArray, torchSizes, torchType,
} from "./common.js";
import { type Operand, asArray } from "../ops/operand.js";
import { wrapDim } from "./softmax.js";

/** torch.nn.functional.cross_entropy's keywords. */
export interface CrossEntropyOptions {
  /** A manual rescaling weight for each of the C classes. */
  weight?: Operand | null;
  /** A class index whose targets are skipped (default −100); index targets only. */
  ignoreIndex?: number;
  /** "mean" (default: weighted mean over the targets not ignored), "sum" or "none". */
  reduction?: Reduction;
  /** In [0, 1]: mixes the targets with the uniform distribution (default 0). */
  labelSmoothing?: number;
}

const KEYS = ["weight", "ignoreIndex", "reduction", "labelSmoothing"] as const;

function smoothingError(ls: number): RuntimeError {
  return new RuntimeError(`label_smoothing must be between 0.0 and 1.0. Got: ${cppDouble(ls)}`);
}

/** nll_loss_nd's checks for class-index targets (input of rank ≥ 1, C = input.shape[1] or [0]). */
function checkIndexShapes(input: NDArray, target: NDArray, weight: NDArray | null): void {
  const ndim = input.ndim;
  const c = input.shape[ndim === 1 ? 0 : 1]!;
  if (ndim !== 1) {
    if (target.ndim === 0) throw new IndexError("Dimension specified as 0 but tensor has no dimensions");
    if (input.shape[0] !== target.shape[0]) {
      throw new ValueError(`Expected input batch_size (${input.shape[0]}) to match target batch_size (${target.shape[0]}).`);
    }
  }
  if (ndim <= 2) {
    if (target.ndim > 1) throw new RuntimeError("0D or 1D target tensor expected, multi-target not supported");
    if (!(ndim === 1 && target.ndim === 0) && input.shape[0] !== target.shape[0]) {
      throw new RuntimeError(`size mismatch (got input: ${torchSizes(input.shape)}, target: ${torchSizes(target.shape)})`);
    }
    if (weight !== null && !(weight.ndim === 1 && weight.size === c)) {
      throw new RuntimeError(
        `weight tensor should be defined either for all ${c} classes or no classes but got weight tensor of shape: ${torchSizes(weight.shape)}`,
      );
    }
    return;
  }
  if (ndim === 4) {
    if (target.ndim !== 3) throw new RuntimeError(`only batches of spatial targets supported (3D tensors) but got targets of dimension: ${target.ndim}`);
  } else if (!sameShape(target.shape.slice(1), input.shape.slice(2))) {
    throw new RuntimeError(`Expected target size ${torchSizes([input.shape[0]!, ...input.shape.slice(2)])}, got ${torchSizes(target.shape)}`);
  }
  if (weight !== null && weight.size !== c) throw new RuntimeError("weight tensor should be defined either for all or no classes");
  if (ndim === 4 && !sameShape(target.shape, [input.shape[0]!, ...input.shape.slice(2)])) {
    // nll_loss2d's own text, unbalanced parenthesis included.
    throw new RuntimeError(`size mismatch (got input: ${torchSizes(input.shape)} , target: ${torchSizes(target.shape)}`);
  }
}

/** The first class index out of [0, C) that is not ignored: PyTorch's IndexError. */
function checkTargets(target: NDArray, classes: number, ignore: number): void {
  if (target.size === 0) return;
  const loop = planLoop(target.shape, [target.byteStrides]);
  const at = K.class_index_check_i64(target.ptr, loop.n, loop.steps[0]!, loop.outer, classes, ignore);
  if (at >= 0) throw new IndexError(`Target ${target.ndim === 0 ? target.item() : target.item(at)} is out of bounds.`);
}

/** Byte strides without the class axis. */
const without = (s: readonly number[], axis: number): number[] => s.filter((_, d) => d !== axis);

/**
 * torch.nn.functional.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing)
 * for input (C), (N, C) or (N, C, d1, …, dK) of logits, and a target of class indices (int64, shape
 * (), (N) or (N, d1, …, dK)) or of class probabilities (float, the input's shape). "mean" divides by
 * the summed weights of the targets not ignored (PyTorch's weighted mean) for index targets, by the
 * number of positions for probabilities; "none" returns one loss per position. Mean and sum are
 * 0-d arrays of the input's dtype (integer input computes in float64; a weight is cast to it).
 * Errors are PyTorch's, to the character: IndexError "Target 5 is out of bounds.", ValueError
 * "Expected input batch_size (3) to match target batch_size (2).", RuntimeError for the rest
 * ("Expected target size [2, 4], got [2, 5]", "label_smoothing must be between 0.0 and 1.0. Got: 1.5", …).
 * @example
 * const logits = nd.array([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]]);
 * nd.crossEntropy(logits, [0, 2])      // mean loss, a 0-d float64 array
 * nd.crossEntropy(logits, [0, 2], { reduction: "none" })
 */
export function crossEntropy(input: Operand, target: Operand, options?: CrossEntropyOptions): NDArray {
  const opts = readOptions<CrossEntropyOptions>(options, "crossEntropy", KEYS);
  const ignoreIndex = checkNumber(opts.ignoreIndex ?? -100, "crossEntropy: ignoreIndex", true);
  if (ignoreIndex < -2147483648 || ignoreIndex > 2147483647) throw new TypeError(`crossEntropy: ignoreIndex must fit in int32, got ${ignoreIndex}`);
  const ls = checkNumber(opts.labelSmoothing ?? 0, "crossEntropy: labelSmoothing");
  const reduction = checkReduction(opts.reduction ?? "mean", "crossEntropy");
  const temps: NDArray[] = [];
  const own = (r: { array: NDArray; owned: boolean }): NDArray => {
    if (r.owned) temps.push(r.array);
    return r.array;
  };
  try {
    let x = own(asArray(input, "input"));
    let t = own(asArray(target, "target"));
    let w = opts.weight === undefined || opts.weight === null ? null : own(asArray(opts.weight, "weight"));
    const probabilities = sameShape(x.shape, t.shape);
    if (probabilities) {
      if (!isFloat(t.dtype)) throw new RuntimeError(`Expected floating point type for target with class probabilities, got ${torchType(t.dtype)}`);
      if (ignoreIndex >= 0) throw new RuntimeError("ignore_index is not supported for floating point target");
    } else if (ls > 1) {
      throw smoothingError(ls);
    }
    const axis = wrapDim(x.ndim === 1 ? 0 : 1, x.ndim);
    const c = x.shape[axis]!;
    if (probabilities && w !== null && !(w.ndim === 1 && w.size === c)) {
      throw new RuntimeError(
        `cross_entropy: weight tensor should be defined either for all ${c} classes or no classes but got weight tensor of shape: ${torchSizes(w.shape)}`,
      );
    }
    if (probabilities && ls > 1) throw smoothingError(ls);
    if (!probabilities) {
      checkIndexShapes(x, t, w);
      if (t.dtype !== "int64") throw new RuntimeError(`expected scalar type Long but found ${torchType(t.dtype)}`);
    }

    const dtype = (probabilities ? promoteTypes(floatResult(x.dtype), t.dtype) : floatResult(x.dtype)) as FloatDType;
    if (x.dtype !== dtype) temps.push((x = x._cast(dtype)));
    if (probabilities && t.dtype !== dtype) temps.push((t = t._cast(dtype)));
    if (w === null) temps.push((w = NDArray.empty([c], dtype).fill(1)));
    else if (w.dtype !== dtype || !w.isContiguous) temps.push((w = w._cast(dtype)));
    if (!probabilities) checkTargets(t, c, ignoreIndex);

    const positions = without(x.shape, axis);
    // No classes: every position is ignored (or was an IndexError above) and loses 0.
    const out = reduction === "none" ? NDArray.empty(positions, dtype, c === 0) : null;
    const count = x.size / Math.max(c, 1);
    if (x.size === 0) {
      if (out !== null) return out;
      return scalarArray(reduction === "mean" ? NaN : 0, dtype);
    }
    const targetStrides = probabilities ? without(t.byteStrides, axis) : t.byteStrides;
    const loop = planLoop(positions, [out ? out.byteStrides : positions.map(() => 0), without(x.byteStrides, axis), targetStrides]);
    const [so, sx, st] = loop.steps as [number, number, number];
    const smoothing = ls > 0 ? ls : 0;
    const sxc = x.byteStrides[axis]!;
    if (probabilities) {
      K[`cross_entropy_prob_${FLOAT[dtype]}`](x.ptr, t.ptr, w.ptr, out ? out.ptr : 0, c, sxc, t.byteStrides[axis]!, loop.n, sx, st, so, loop.outer, smoothing, RESULT);
      if (out !== null) return out;
      const total = readSum(0);
      return scalarArray(reduction === "sum" ? total : total / count, dtype);
    }
    if (!(loop.outer === 0 && x.size >= PARALLEL_ELEMENTS && parallelPositions(x, t, w, out, c, sxc, loop.n, sx, st, so, ignoreIndex, smoothing, dtype))) {
      K[`cross_entropy_${FLOAT[dtype]}`](x.ptr, t.ptr, w.ptr, out ? out.ptr : 0, c, sxc, loop.n, sx, st, so, loop.outer, ignoreIndex, smoothing, RESULT);
    }
    if (out !== null) return out;
    const nll = readSum(0);
    const weights = readSum(2);
    const smooth = readSum(4);
    let value: number;
    if (reduction === "sum") value = smoothing > 0 ? (1 - smoothing) * nll + smooth * (smoothing / c) : nll;
    else value = smoothing > 0 ? (1 - smoothing) * (nll / weights) + (smooth / weights) * (smoothing / c) : nll / weights;
    return scalarArray(value, dtype);
  } finally {
    for (const a of temps) a.dispose();
  }
}

/**
 * Class-index cross-entropy over one run of n positions, split across threads: each share writes
 * its positions' loss terms, which cross_entropy_sum adds in position order into RESULT (the sums
 * of the one-thread kernel, bit for bit). False when the call stays on one thread.
 */
function parallelPositions(
  x: NDArray, t: NDArray, w: NDArray, out: NDArray | null, c: number, sxc: number, n: number, sx: number, st: number, so: number, ignore: number, ls: number, dtype: FloatDType,
): boolean {
  if (threadCount() < 2) return false;
  const terms = allocBlock(n * 32);
  try {
    const share = (start: number, count: number): number[] => [
      x.ptr + start * sx, t.ptr + start * st, w.ptr, out ? out.ptr + start * so : 0, c, sxc, count, sx, st, so, ignore, ls, terms + start * 32,
    ];
    if (!parallelRuns(K[`cross_entropy_terms_${FLOAT[dtype]}`], n, x.size, share)) return false;
    K.cross_entropy_sum(terms, n, ls, RESULT);
    return true;
  } finally {
    freeBlock(terms);
  }
}
