// Rounding ufuncs: np.floor, ceil, trunc, rint, and np.round(a, decimals). Integers and booleans
// keep their dtype under floor / ceil / trunc (NumPy 2), and are rounded in float by rint.

import { DTYPE, floatResult, isInteger, type DType } from "../core/dtype.js";
import { UFuncTypeError, outputCastError } from "../core/errors.js";
import { checkNumber } from "../core/options.js";
import type { NDArray } from "../core/ndarray.js";
import { castKernel, floats, type UnaryKernel } from "../backend/wasm/kernels.js";
import { Temps, type Operand } from "./operand.js";
import { divide, multiply } from "./elementwise.js";
import { copyInOrder } from "./reduce-core.js";
import { type NaryKernel, type OutOptions, kernels, ufunc, unaryApply } from "./ufunc.js";

type Kernels = Partial<Record<DType, NaryKernel>>;

/** Integer and bool loops that copy: their values are already whole. */
const copies = Object.fromEntries(
  (Object.keys(DTYPE) as DType[]).filter((d) => DTYPE[d].kind !== "f").map((d) => [d, castKernel(d, d) as UnaryKernel as unknown as NaryKernel]),
) as Kernels;

const exact = (name: "floor" | "ceil" | "trunc") => ufunc(name, kernels(name, floats, copies), { nin: 1 });
const FLOOR = exact("floor");
const CEIL = exact("ceil");
const TRUNC = exact("trunc");
const RINT = ufunc("rint", kernels("rint", floats), { nin: 1, loopType: (d) => floatResult(d) });

/**
 * np.floor: the largest integer not above x (integers unchanged).
 * @example
 * nd.floor([-1.5, 0.5, 2.7])           // array([-2.,  0.,  2.])
 */
export const floor = (x: Operand, options?: OutOptions): NDArray => unaryApply(FLOOR, x, options);
/**
 * np.ceil.
 * @example
 * nd.ceil([-1.5, 0.5, 2.7])            // array([-1.,  1.,  3.])
 */
export const ceil = (x: Operand, options?: OutOptions): NDArray => unaryApply(CEIL, x, options);
/**
 * np.trunc: toward zero.
 * @example
 * nd.trunc([-1.5, 0.5, 2.7])           // array([-1.,  0.,  2.])
 */
export const trunc = (x: Operand, options?: OutOptions): NDArray => unaryApply(TRUNC, x, options);
/**
 * np.rint: to the nearest integer, ties to even.
 * @example
 * nd.rint([0.5, 1.5, 2.5, -0.5])       // array([ 0.,  2.,  2., -0.])
 */
export const rint = (x: Operand, options?: OutOptions): NDArray => unaryApply(RINT, x, options);

/** NumPy's power_of_ten: a table up to 1e8, then repeated multiplication by 10. */
function powerOfTen(n: number): number {
  if (n < 9) return 10 ** n;
  let r = 1e9;
  while (n-- > 9) r *= 10;
  return r;
}

/**
 * np.round(a, decimals = 0) (np.around): rint(a · 10^d) / 10^d, as NumPy computes it (ties to
 * even; float32 stays float32). Integers are returned as they are for decimals ≥ 0 and rounded in
 * float64 (then converted back) for negative decimals.
  * @example
  * nd.round([1.234, 5.678], 1)          // array([1.2, 5.7])
  * nd.round([1250, 1350], -2)           // array([1200, 1400])
 */
export function round(a: Operand, decimals = 0): NDArray {
  checkNumber(decimals, "round: decimals", true);
  const temps = new Temps();
  try {
    const x = temps.array(a, "a");
    if (x.dtype === "bool") {
      // NumPy rounds booleans in a bool copy: only decimals = 0 (a plain rint) can succeed.
      if (decimals === 0) return rint(x);
      throw new UFuncTypeError(outputCastError(decimals > 0 ? "multiply" : "divide", "float64", "bool"));
    }
    // NumPy copies integers laid out as they are (order "K").
    if (DTYPE[x.dtype].kind !== "f" && decimals >= 0) return x._cast(x.dtype, true);
    const f = powerOfTen(Math.abs(decimals));
    const src = isInteger(x.dtype) ? temps.add(x._cast("float64", true)) : x;
    const scaled = decimals >= 0 ? multiply(src, f) : divide(src, f);
    try {
      rint(scaled, { out: scaled });
      if (decimals >= 0) divide(scaled, f, { out: scaled });
      else multiply(scaled, f, { out: scaled });
    } catch (e) {
      scaled.dispose();
      throw e;
    }
    // decimals 0 is NumPy's rint, laid out by its ufunc as x is; other decimals are written into a
    // new C-ordered array (F-ordered when x is F-contiguous only), as PyArray_Round allocates it.
    if (decimals === 0) return scaled;
    try {
      return copyInOrder(scaled, x._fortranOrder(), x.dtype);
    } finally {
      scaled.dispose();
    }
  } finally {
    temps.dispose();
  }
}

/**
 * np.around, the same function as np.round.
 * @example
 * nd.around([0.5, 1.5, 2.5])           // array([0., 2., 2.])
 */
export const around = round;
