// Bit-wise ufuncs on integers and booleans: np.bitwise_and / or / xor, invert, left_shift,
// right_shift. Floats are refused with NumPy's text.

import { DTYPE, type DType } from "../core/dtype.js";
import type { NDArray } from "../core/ndarray.js";
import { bits, exact, kernel } from "../backend/wasm/kernels.js";
import type { Operand } from "./operand.js";
import { type NaryKernel, type OutOptions, binary, kernels, ufunc, unaryApply } from "./ufunc.js";

type Kernels = Partial<Record<DType, NaryKernel>>;

function refuseFloats(name: string): (d: DType) => void {
  return (d) => {
    if (DTYPE[d].kind === "f") {
      throw new TypeError(
        `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
      );
    }
  };
}

const intBits = (d: DType) => (DTYPE[d].kind === "i" || DTYPE[d].kind === "u" ? bits(d) : null);
const intExact = (d: DType) => (DTYPE[d].kind === "i" || DTYPE[d].kind === "u" ? exact(d) : null);
const boolKernel = (family: string): Kernels => ({ bool: kernel<NaryKernel>(family, "bool") });

const AND = ufunc("bitwise_and", kernels("bitwise_and", intBits, boolKernel("logical_and")), { refuse: refuseFloats("bitwise_and") });
const OR = ufunc("bitwise_or", kernels("bitwise_or", intBits, boolKernel("logical_or")), { refuse: refuseFloats("bitwise_or") });
const XOR = ufunc("bitwise_xor", kernels("bitwise_xor", intBits, boolKernel("logical_xor")), { refuse: refuseFloats("bitwise_xor") });
const INVERT = ufunc("invert", kernels("invert", intBits, boolKernel("invert")), { nin: 1, refuse: refuseFloats("invert") });
const toInt8 = (d: DType): DType => (d === "bool" ? "int8" : d);
const LEFT = ufunc("left_shift", kernels("left_shift", intExact), { loopType: toInt8, refuse: refuseFloats("left_shift") });
const RIGHT = ufunc("right_shift", kernels("right_shift", intExact), { loopType: toInt8, refuse: refuseFloats("right_shift") });

/**
 * np.bitwise_and (`&`).
 * @example
 * nd.bitwiseAnd([12, 10], 6)           // array([4, 2])
 */
export const bitwiseAnd = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(AND, x1, x2, options);
/**
 * np.bitwise_or (`|`).
 * @example
 * nd.bitwiseOr([12, 10], 6)            // array([14, 14])
 */
export const bitwiseOr = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(OR, x1, x2, options);
/**
 * np.bitwise_xor (`^`).
 * @example
 * nd.bitwiseXor([12, 10], 6)           // array([10, 12])
 */
export const bitwiseXor = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(XOR, x1, x2, options);
/**
 * np.invert (`~`; logical not for bool).
 * @example
 * nd.invert([0, 5])                    // array([-1, -6])
 * nd.invert([true, false])             // array([False,  True])
 */
export const invert = (x: Operand, options?: OutOptions): NDArray => unaryApply(INVERT, x, options);
/**
 * np.bitwise_not, the same ufunc as np.invert.
 * @example
 * nd.bitwiseNot(nd.array([0, 5], "uint8"))  // array([255, 250], dtype=uint8)
 */
export const bitwiseNot = invert;
/**
 * np.left_shift (`<<`): shifting past the type's width gives 0.
 * @example
 * nd.leftShift([1, 3], 2)              // array([ 4, 12])
 */
export const leftShift = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(LEFT, x1, x2, options);
/**
 * np.right_shift (`>>`): arithmetic for signed types; past the width, 0 or −1.
 * @example
 * nd.rightShift([16, -16], 2)          // array([ 4, -4])
 */
export const rightShift = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(RIGHT, x1, x2, options);
