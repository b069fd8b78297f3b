// Predicates of one element: np.isnan, isinf, isfinite, signbit (bool out). Integers and bools
// are tested as float64 (never NaN or infinite; signbit is x < 0).

import { DTYPE, type DType } from "../core/dtype.js";
import type { NDArray } from "../core/ndarray.js";
import { kernel } from "../backend/wasm/kernels.js";
import type { Operand } from "./operand.js";
import { type Loop, type NaryKernel, type OutOptions, type Ufunc, apply, readOptions } from "./ufunc.js";

function predicate(name: string): Ufunc {
  const f64 = kernel<NaryKernel>(name, "f64");
  const f32 = kernel<NaryKernel>(name, "f32");
  return {
    name,
    loop(_vals, promoted: DType): Loop {
      const d = DTYPE[promoted].kind === "f" ? promoted : "float64";
      return { inputs: [d], output: "bool", kernel: d === "float32" ? f32 : f64 };
    },
  };
}

const ISNAN = predicate("isnan");
const ISINF = predicate("isinf");
const ISFINITE = predicate("isfinite");
const SIGNBIT = predicate("signbit");

const run = (u: Ufunc, x: Operand, options: OutOptions | undefined): NDArray => apply(u, [x], ["x"], readOptions<OutOptions>(options, u.name, ["out"]));

/**
 * np.isnan.
 * @example
 * nd.isnan([1, NaN, Infinity])         // array([False,  True, False])
 */
export const isnan = (x: Operand, options?: OutOptions): NDArray => run(ISNAN, x, options);
/**
 * np.isinf (either infinity).
 * @example
 * nd.isinf([1, NaN, -Infinity])        // array([False, False,  True])
 */
export const isinf = (x: Operand, options?: OutOptions): NDArray => run(ISINF, x, options);
/**
 * np.isfinite (neither NaN nor infinite).
 * @example
 * nd.isfinite([1, NaN, Infinity])      // array([ True, False, False])
 */
export const isfinite = (x: Operand, options?: OutOptions): NDArray => run(ISFINITE, x, options);
/**
 * np.signbit: whether the sign bit is set (true for −0.0 and negative NaN).
 * @example
 * nd.signbit([-1, -0.0, 0.5, 2])       // array([ True,  True, False, False])
 */
export const signbit = (x: Operand, options?: OutOptions): NDArray => run(SIGNBIT, x, options);
