// Logical ufuncs: np.logical_and / or / xor / not. Any dtype in (truthiness: non-zero, NaN
// included, is true), bool out.

import { DTYPE, type DType } from "../core/dtype.js";
import { OverflowError, PY_INT_TOO_LARGE } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { kernel } from "../backend/wasm/kernels.js";
import type { Operand } from "./operand.js";
import { type Loop, type NaryKernel, type OutOptions, type Ufunc, apply, readOptions } from "./ufunc.js";

function logical(name: string, family: string, nin: number): Ufunc {
  const k = kernel<NaryKernel>(family, "bool");
  return {
    name,
    loop(): Loop {
      return { inputs: new Array<DType>(nin).fill("bool"), output: "bool", kernel: k };
    },
  };
}

const AND = logical("logical_and", "logical_and", 2);
const OR = logical("logical_or", "logical_or", 2);
const XOR = logical("logical_xor", "logical_xor", 2);
const NOT = logical("logical_not", "invert", 1);

/** With two operands NumPy converts a Python int through C's long first: one past int64 fails there. */
function checkInts(operands: readonly Operand[]): void {
  if (operands.length < 2) return;
  for (const x of operands) {
    if ((typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x))) && (BigInt(x) > DTYPE.int64.maxBig || BigInt(x) < DTYPE.int64.minBig)) {
      throw new OverflowError(PY_INT_TOO_LARGE);
    }
  }
}

const run = (u: Ufunc, operands: Operand[], options: OutOptions | undefined): NDArray => {
  checkInts(operands);
  return apply(u, operands, operands.length === 1 ? ["x"] : ["x1", "x2"], readOptions<OutOptions>(options, u.name, ["out"]));
};

/**
 * np.logical_and.
 * @example
 * nd.logicalAnd([true, true, false], [true, false, false])  // array([ True, False, False])
 */
export const logicalAnd = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(AND, [x1, x2], options);
/**
 * np.logical_or.
 * @example
 * nd.logicalOr([0, 1, 2], [0, 0, 3])   // array([False,  True,  True])
 */
export const logicalOr = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(OR, [x1, x2], options);
/**
 * np.logical_xor.
 * @example
 * nd.logicalXor([true, true, false], [true, false, false])  // array([False,  True, False])
 */
export const logicalXor = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(XOR, [x1, x2], options);
/**
 * np.logical_not.
 * @example
 * nd.logicalNot([0, 1, 2])             // array([ True, False, False])
 */
export const logicalNot = (x: Operand, options?: OutOptions): NDArray => run(NOT, [x], options);
