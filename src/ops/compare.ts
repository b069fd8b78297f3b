// Comparison ufuncs: np.greater, greater_equal, less, less_equal, equal, not_equal. Operands are
// promoted as NumPy does (NEP 50 weak scalars) and broadcast; the result is a bool array.

import { DType } from "../dtype.js";
import { NDArray } from "../ndarray.js";
import { wasm } from "../wasm/module.js";
import { Operand } from "./operand.js";
import { NaryKernel, prepare, resultType, run, values } from "./nary.js";

type Name = "greater" | "greater_equal" | "less" | "less_equal" | "equal" | "not_equal";
const SUFFIX = { float64: "f64", float32: "f32", int32: "i32", bool: "u8" } as const;
const K = wasm as unknown as Record<`${Name}_${(typeof SUFFIX)[DType]}`, NaryKernel>;

function compare(name: Name, x1: Operand, x2: Operand): NDArray {
  const temps: NDArray[] = [];
  try {
    const vals = values([x1, x2], ["x1", "x2"], temps);
    const dtype = resultType(vals);
    return run(K[`${name}_${SUFFIX[dtype]}`], prepare(vals, [dtype, dtype], temps), "bool");
  } finally {
    for (const t of temps) t.dispose();
  }
}

/** np.greater (`x1 > x2`), element-wise with broadcasting; comparisons with NaN are false. */
export const greater = (x1: Operand, x2: Operand): NDArray => compare("greater", x1, x2);
/** np.greater_equal (`x1 >= x2`). */
export const greaterEqual = (x1: Operand, x2: Operand): NDArray => compare("greater_equal", x1, x2);
/** np.less (`x1 < x2`). */
export const less = (x1: Operand, x2: Operand): NDArray => compare("less", x1, x2);
/** np.less_equal (`x1 <= x2`). */
export const lessEqual = (x1: Operand, x2: Operand): NDArray => compare("less_equal", x1, x2);
/** np.equal (`x1 == x2`). */
export const equal = (x1: Operand, x2: Operand): NDArray => compare("equal", x1, x2);
/** np.not_equal (`x1 != x2`; true where either is NaN). */
export const notEqual = (x1: Operand, x2: Operand): NDArray => compare("not_equal", x1, x2);
