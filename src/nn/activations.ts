// The activations of torch.nn.functional, as element-wise WASM kernels (assembly/activations.ts)
// over any strided array. `tanh` is np.tanh, in ./elementwise.ts.

import { describe, floatResult, isInteger, type DType } from "../core/dtype.js";
import { RuntimeError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { type NaryKernel, ufunc, unaryApply } from "../ops/ufunc.js";
import { maximum } from "../ops/elementwise.js";
import { asArray, type Operand } from "../ops/operand.js";
import { K, checkNumber, readOptions } from "./common.js";

type Unary = (out: number, a: number, n: number, so: number, sa: number, outer: number) => void;

/** A float activation: integer input computes in float64 (bool in float32), as the float ufuncs do. */
function floatKernels(name: string, f64: Unary, f32: Unary) {
  return ufunc(name, { float64: f64 as NaryKernel, float32: f32 as NaryKernel }, { nin: 1, loopType: (d: DType) => floatResult(d) });
}

const RELU = ufunc("relu", { float64: K.relu_f64 as NaryKernel, float32: K.relu_f32 as NaryKernel }, { nin: 1 });
const SIGMOID = floatKernels("sigmoid", K.sigmoid_f64, K.sigmoid_f32);
const GELU = floatKernels("gelu", K.gelu_f64, K.gelu_f32);
const GELU_TANH = floatKernels("gelu", K.gelu_tanh_f64, K.gelu_tanh_f32);

/**
 * torch.relu: max(x, 0), keeping the dtype (integers and bool too) and NaN.
 * @example
 * nd.relu([-1, 0, 2])                  // array([0, 0, 2])
 */
export function relu(x: Operand): NDArray {
  const { array, owned } = asArray(x, "x");
  try {
    if (array.dtype === "bool") return array.copy();
    if (isInteger(array.dtype)) return maximum(array, 0);
    return unaryApply(RELU, array);
  } finally {
    if (owned) array.dispose();
  }
}

/**
 * torch.sigmoid: 1 / (1 + exp(−x)); integer input gives float64, bool float32.
 * @example
 * nd.sigmoid([0])                      // array([0.5])
 */
export function sigmoid(x: Operand): NDArray {
  return unaryApply(SIGMOID, x);
}

/**
 * torch.nn.functional.leaky_relu: x where x > 0, else x · negativeSlope (default 0.01).
 * @example
 * nd.leakyRelu([-10, 5])               // array([-0.1,  5. ])
 * nd.leakyRelu([-10, 5], 0.2)
 */
export function leakyRelu(x: Operand, negativeSlope = 0.01): NDArray {
  const slope = checkNumber(negativeSlope, "leakyRelu: negativeSlope");
  return unaryApply(
    floatKernels(
      "leaky_relu",
      (o, a, n, so, sa, outer) => K.leaky_relu_f64(o, a, n, so, sa, outer, slope),
      (o, a, n, so, sa, outer) => K.leaky_relu_f32(o, a, n, so, sa, outer, slope),
    ),
    x,
  );
}

/** torch.nn.functional.gelu's keywords. */
export interface GeluOptions {
  /** "none" (default): x · Φ(x) with erf; "tanh": PyTorch's tanh approximation. */
  approximate?: "none" | "tanh";
}

/**
 * torch.nn.functional.gelu: x · ½ (1 + erf(x / √2)), or with `approximate: "tanh"`
 * ½ x (1 + tanh(√(2/π) (x + 0.044715 x³))), the same expressions as PyTorch's kernel. float32
 * input is computed in f64 and rounded once. Another `approximate` throws PyTorch's RuntimeError.
 * @example
 * nd.gelu([-1, 0, 1])
 * nd.gelu([-1, 0, 1], { approximate: "tanh" })
 */
export function gelu(x: Operand, options?: GeluOptions): NDArray {
  const { approximate = "none" } = readOptions<GeluOptions>(options, "gelu", ["approximate"]);
  if (typeof approximate !== "string") throw new TypeError(`gelu: approximate must be a string, got ${describe(approximate)}`);
  if (approximate !== "none" && approximate !== "tanh") throw new RuntimeError("approximate argument must be either none or tanh.");
  return unaryApply(approximate === "tanh" ? GELU_TANH : GELU, x);
}

/** torch.nn.functional.softplus's keywords. */
export interface SoftplusOptions {
  /** Default 1. */
  beta?: number;
  /** Above it (x · beta > threshold) the result is x itself. Default 20. */
  threshold?: number;
}

/**
 * torch.nn.functional.softplus: log(1 + exp(β x)) / β, or x where β x > threshold.
 * @example
 * nd.softplus([0, 1])                  // array([0.69314718, 1.31326169])
 * nd.softplus([0, 1], { beta: 2, threshold: 20 })
 */
export function softplus(x: Operand, options?: SoftplusOptions): NDArray {
  const opts = readOptions<SoftplusOptions>(options, "softplus", ["beta", "threshold"]);
  const beta = checkNumber(opts.beta ?? 1, "softplus: beta");
  const threshold = checkNumber(opts.threshold ?? 20, "softplus: threshold");
  return unaryApply(
    floatKernels(
      "softplus",
      (o, a, n, so, sa, outer) => K.softplus_f64(o, a, n, so, sa, outer, beta, threshold),
      (o, a, n, so, sa, outer) => K.softplus_f32(o, a, n, so, sa, outer, beta, threshold),
    ),
    x,
  );
}
