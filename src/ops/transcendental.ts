// The transcendental ufuncs beyond exp/log/sin/cos/tan/tanh (NumPy's float-only loops): inputs
// that are not floats compute in float64, or in float32 for bool and 8/16-bit integers (NumPy's
// float16, which ndwasm does not have). The lane functions are assembly/math/'s, within 1 ulp in
// float64 and float32 (NumPy's own bounds are 1–4 ulp), through the generic strided loops.

import { DTYPE, floatResult, promoteTypes, type DType } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { floats } from "../backend/wasm/kernels.js";
import type { Operand } from "./operand.js";
import { type Elementwise, type OutOptions, type Value, binary, kernels, ufunc, unaryApply } from "./ufunc.js";

/**
 * NumPy's choice among float loops: the first (smallest) float type every input casts to safely.
 * A float promotion is that type; otherwise each array's own smallest float decides (int8 and
 * uint16 → float32 (NumPy's float16 ‹ float32), int32 → float64), as does the promoted type of
 * weak JS scalars alone.
 */
function floatLoop(values: readonly Value[], promoted: DType): DType {
  if (DTYPE[promoted].kind === "f") return promoted;
  let d: DType | null = null;
  for (const v of values) if (v instanceof NDArray) d = d === null ? floatResult(v.dtype) : promoteTypes(d, floatResult(v.dtype));
  return d ?? floatResult(promoted);
}

function floatUfunc(name: Parameters<typeof kernels>[0], nin: number): Elementwise {
  const u = ufunc(name, kernels(name, floats), { loopType: floatResult, nin });
  return { ...u, loop: (values, promoted) => u.loop(values, floatLoop(values, promoted)) };
}

/** @internal */
export const EXP2 = floatUfunc("exp2", 1);
/** @internal */
export const EXPM1 = floatUfunc("expm1", 1);
/** @internal */
export const LOG2 = floatUfunc("log2", 1);
/** @internal */
export const LOG10 = floatUfunc("log10", 1);
/** @internal */
export const LOG1P = floatUfunc("log1p", 1);
/** @internal */
export const SINH = floatUfunc("sinh", 1);
/** @internal */
export const COSH = floatUfunc("cosh", 1);
/** @internal */
export const ARCSIN = floatUfunc("arcsin", 1);
/** @internal */
export const ARCCOS = floatUfunc("arccos", 1);
/** @internal */
export const ARCTAN = floatUfunc("arctan", 1);
/** @internal */
export const ARCSINH = floatUfunc("arcsinh", 1);
/** @internal */
export const ARCCOSH = floatUfunc("arccosh", 1);
/** @internal */
export const ARCTANH = floatUfunc("arctanh", 1);
/** @internal */
export const CBRT = floatUfunc("cbrt", 1);
/** @internal */
export const ARCTAN2 = floatUfunc("arctan2", 2);
/** @internal */
export const HYPOT = floatUfunc("hypot", 2);
/** @internal */
export const LOGADDEXP = floatUfunc("logaddexp", 2);
/** @internal */
export const LOGADDEXP2 = floatUfunc("logaddexp2", 2);

/**
 * np.exp2: 2 ** x.
 * @example
 * nd.exp2([0, 3])                      // array([1., 8.])
 */
export const exp2 = (x: Operand, options?: OutOptions): NDArray => unaryApply(EXP2, x, options);
/**
 * np.expm1: e ** x − 1, exact near 0.
 * @example
 * nd.expm1([0, 1e-10])                 // array([0.e+00, 1.e-10])
 */
export const expm1 = (x: Operand, options?: OutOptions): NDArray => unaryApply(EXPM1, x, options);
/**
 * np.log2: base-2 logarithm.
 * @example
 * nd.log2([1, 8])                      // array([0., 3.])
 */
export const log2 = (x: Operand, options?: OutOptions): NDArray => unaryApply(LOG2, x, options);
/**
 * np.log10: base-10 logarithm.
 * @example
 * nd.log10([1, 1000])                  // array([0., 3.])
 */
export const log10 = (x: Operand, options?: OutOptions): NDArray => unaryApply(LOG10, x, options);
/**
 * np.log1p: log(1 + x), exact near 0.
 * @example
 * nd.log1p([0, 1e-10])                 // array([0.e+00, 1.e-10])
 */
export const log1p = (x: Operand, options?: OutOptions): NDArray => unaryApply(LOG1P, x, options);
/**
 * np.sinh: hyperbolic sine.
 * @example
 * nd.sinh([0, 1])                      // array([0.        , 1.17520119])
 */
export const sinh = (x: Operand, options?: OutOptions): NDArray => unaryApply(SINH, x, options);
/**
 * np.cosh: hyperbolic cosine.
 * @example
 * nd.cosh([0, 1])                      // array([1.        , 1.54308063])
 */
export const cosh = (x: Operand, options?: OutOptions): NDArray => unaryApply(COSH, x, options);
/**
 * np.arcsin: inverse sine (NaN outside [−1, 1]).
 * @example
 * nd.arcsin([0, 1])                    // array([0.        , 1.57079633])
 */
export const arcsin = (x: Operand, options?: OutOptions): NDArray => unaryApply(ARCSIN, x, options);
/**
 * np.arccos: inverse cosine (NaN outside [−1, 1]).
 * @example
 * nd.arccos([1, 0])                    // array([0.        , 1.57079633])
 */
export const arccos = (x: Operand, options?: OutOptions): NDArray => unaryApply(ARCCOS, x, options);
/**
 * np.arctan: inverse tangent.
 * @example
 * nd.arctan([0, 1])                    // array([0.        , 0.78539816])
 */
export const arctan = (x: Operand, options?: OutOptions): NDArray => unaryApply(ARCTAN, x, options);
/**
 * np.arcsinh: inverse hyperbolic sine.
 * @example
 * nd.arcsinh([0, 1])                   // array([0.        , 0.88137359])
 */
export const arcsinh = (x: Operand, options?: OutOptions): NDArray => unaryApply(ARCSINH, x, options);
/**
 * np.arccosh: inverse hyperbolic cosine (NaN below 1).
 * @example
 * nd.arccosh([1, 2])                   // array([0.       , 1.3169579])
 */
export const arccosh = (x: Operand, options?: OutOptions): NDArray => unaryApply(ARCCOSH, x, options);
/**
 * np.arctanh: inverse hyperbolic tangent (±inf at ±1, NaN beyond).
 * @example
 * nd.arctanh([0, 0.5])                 // array([0.        , 0.54930614])
 */
export const arctanh = (x: Operand, options?: OutOptions): NDArray => unaryApply(ARCTANH, x, options);
/**
 * np.cbrt: cube root (negative for negative x).
 * @example
 * nd.cbrt([8, -27])                    // array([ 2., -3.])
 */
export const cbrt = (x: Operand, options?: OutOptions): NDArray => unaryApply(CBRT, x, options);
/**
 * np.arctan2: the angle of the point (x2, x1), in the right quadrant; C99's special values (signed zeros, infinities).
 * @example
 * nd.arctan2([1, -1], [1, -1])         // array([ 0.78539816, -2.35619449])
 */
export const arctan2 = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(ARCTAN2, x1, x2, options);
/**
 * np.hypot: √(x1² + x2²) without overflow or underflow on the way (inf if either is ±inf, even with NaN).
 * @example
 * nd.hypot([3, 5], [4, 12])            // array([ 5., 13.])
 */
export const hypot = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(HYPOT, x1, x2, options);
/**
 * np.logaddexp: log(e ** x1 + e ** x2) without overflow.
 * @example
 * nd.logaddexp([0, 1000], [0, 1000])   // array([6.93147181e-01, 1.00069315e+03])
 */
export const logaddexp = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(LOGADDEXP, x1, x2, options);
/**
 * np.logaddexp2: log2(2 ** x1 + 2 ** x2) without overflow.
 * @example
 * nd.logaddexp2([1, 3], [1, 3])        // array([2., 4.])
 */
export const logaddexp2 = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(LOGADDEXP2, x1, x2, options);
