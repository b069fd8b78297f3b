// Logical ufuncs: np.logical_and / or / xor / not. Any dtype in (truthiness: non-zero, NaN
// included, is true), bool out.

import type { DType } from "../core/dtype.js";
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

const run = (u: Ufunc, operands: Operand[], options: OutOptions | undefined): NDArray =>
  apply(u, operands, operands.length === 1 ? ["x"] : ["x1", "x2"], readOptions<OutOptions>(options, u.name, ["out"]));

/** np.logical_and. */
export const logicalAnd = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(AND, [x1, x2], options);
/** np.logical_or. */
export const logicalOr = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(OR, [x1, x2], options);
/** np.logical_xor. */
export const logicalXor = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(XOR, [x1, x2], options);
/** np.logical_not. */
export const logicalNot = (x: Operand, options?: OutOptions): NDArray => run(NOT, [x], options);
