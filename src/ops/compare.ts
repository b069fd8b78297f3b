// Comparison ufuncs: np.greater, greater_equal, less, less_equal, equal, not_equal. Operands are
// promoted as NumPy does (NEP 50 weak scalars) and broadcast; the result is a bool array. As in
// NumPy 2, comparisons are exact where promotion would round: int64 against uint64, and a JS
// integer outside an integer array's range (`uint8 < 300` is true everywhere).

import { DTYPE, isInteger, scalarKind, type DType } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { sameShape } from "../core/shape.js";
import { swapInputs } from "../backend/wasm/callblock.js";
import { kernel, numeric, signless, table, type SuffixRule } from "../backend/wasm/kernels.js";
import { Temps, type Operand } from "./operand.js";
import { type Loop, type NaryKernel, type OutOptions, type Ufunc, type Value, apply, readOptions, resultType, values } from "./ufunc.js";

type Name = "greater" | "greater_equal" | "less" | "less_equal" | "equal" | "not_equal";

/** The comparison with its operands swapped: a > b is b < a. */
const MIRROR: Record<Name, Name> = {
  greater: "less",
  greater_equal: "less_equal",
  less: "greater",
  less_equal: "greater_equal",
  equal: "equal",
  not_equal: "not_equal",
};

/** Equality: bit equality for integers (the signed kernel of the width), float equality for floats. */
const equality: SuffixRule = (d) => (d === "bool" ? "i8" : signless(d));

/** The kernel for each dtype (less and less_equal as greater and greater_equal with the operands swapped). */
function loops(name: Name): Partial<Record<DType, NaryKernel>> {
  if (name === "equal" || name === "not_equal") return table<NaryKernel>(name, equality);
  if (name === "greater" || name === "greater_equal") return table<NaryKernel>(name, numeric);
  const mirrored = table<NaryKernel>(MIRROR[name] as "greater" | "greater_equal", numeric);
  const out: Partial<Record<DType, NaryKernel>> = {};
  for (const [d, k] of Object.entries(mirrored) as [DType, NaryKernel][]) out[d] = swapInputs(k);
  return out;
}

function comparison(name: Name): Ufunc & { compare: Name } {
  const kernels = loops(name);
  const mixed = kernel<NaryKernel>(`${name}_i64`, "u64");
  const mirrored = kernel<NaryKernel>(`${MIRROR[name]}_i64`, "u64");
  // (u, i) runs the mirrored (i, u) kernel with the operands swapped.
  const swapped = swapInputs(mirrored);
  return {
    name,
    compare: name,
    loop(vals: readonly Value[], promoted: DType): Loop {
      const [a, b] = vals.map((v) => (v instanceof NDArray ? v.dtype : null));
      if (a === "int64" && b === "uint64") return { inputs: ["int64", "uint64"], output: "bool", kernel: mixed };
      if (a === "uint64" && b === "int64") return { inputs: ["uint64", "int64"], output: "bool", kernel: swapped };
      return { inputs: [promoted, promoted], output: "bool", kernel: kernels[promoted]! };
    },
  };
}

/**
 * NumPy 2 compares an integer array with a Python int outside its range exactly: every element
 * gets the same answer. Returns it, or null when the comparison is an ordinary one.
 */
function constantAnswer(name: Name, vals: readonly Value[]): boolean | null {
  const isInt = (v: Value): v is number | bigint => !(v instanceof NDArray) && scalarKind(v) === "int";
  const [x, y] = vals as [Value, Value];
  // Two Python ints compare exactly, whatever their size.
  if (isInt(x) && isInt(y)) return exact(name, BigInt(x), BigInt(y));
  const promoted = resultType(vals);
  if (!isInteger(promoted)) return null;
  const t = DTYPE[promoted];
  for (let i = 0; i < 2; i++) {
    const s = vals[i]!;
    // Against booleans NumPy converts the int as any ufunc does (an error past int64).
    const other = vals[1 - i]!;
    if (!isInt(s) || (other instanceof NDArray ? other.dtype === "bool" : typeof other === "boolean")) continue;
    const v = BigInt(s as number | bigint);
    if (v >= t.minBig && v <= t.maxBig) continue;
    // The array's elements all lie below (or above) the scalar.
    const below = v > t.maxBig;
    const op = i === 0 ? MIRROR[name] : name;
    if (op === "equal") return false;
    if (op === "not_equal") return true;
    return op === "less" || op === "less_equal" ? below : !below;
  }
  return null;
}

/** x (op) y for two Python ints. */
function exact(name: Name, x: bigint, y: bigint): boolean {
  switch (name) {
    case "greater": return x > y;
    case "greater_equal": return x >= y;
    case "less": return x < y;
    case "less_equal": return x <= y;
    case "equal": return x === y;
    case "not_equal": return x !== y;
  }
}

const GREATER = comparison("greater");
const GREATER_EQUAL = comparison("greater_equal");
const LESS = comparison("less");
const LESS_EQUAL = comparison("less_equal");
const EQUAL = comparison("equal");
const NOT_EQUAL = comparison("not_equal");

function run(u: ReturnType<typeof comparison>, x1: Operand, x2: Operand, options?: OutOptions): NDArray {
  const opts = readOptions<OutOptions>(options, u.name, ["out"]);
  const temps = new Temps();
  try {
    const vals = values([x1, x2], ["x1", "x2"], temps);
    const answer = constantAnswer(u.compare, vals);
    if (answer === null) return apply(u, vals, ["x1", "x2"], opts);
    const shape = (vals.find((v) => v instanceof NDArray) as NDArray | undefined)?.shape ?? [];
    const out = opts.out ?? null;
    if (out === null) return NDArray.empty(shape, "bool").fill(answer);
    // anything else about out (its shape, a read-only out) the ufunc checks and reports
    if (!(out instanceof NDArray) || !sameShape(out.shape, shape) || !out._writeable) return apply(u, vals, ["x1", "x2"], opts);
    return out.fill(answer);
  } finally {
    temps.dispose();
  }
}

/**
 * np.greater (`x1 > x2`), element-wise with broadcasting; comparisons with NaN are false.
 * @example
 * nd.greater([1, 2, 3], 2)             // array([False, False,  True])
 */
export const greater = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(GREATER, x1, x2, options);
/**
 * np.greater_equal (`x1 >= x2`).
 * @example
 * nd.greaterEqual([1, 2, 3], 2)        // array([False,  True,  True])
 */
export const greaterEqual = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(GREATER_EQUAL, x1, x2, options);
/**
 * np.less (`x1 < x2`).
 * @example
 * nd.less([1, 2, 3], [3, 2, 1])        // array([ True, False, False])
 */
export const less = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(LESS, x1, x2, options);
/**
 * np.less_equal (`x1 <= x2`).
 * @example
 * nd.lessEqual([1, 2, 3], 2)           // array([ True,  True, False])
 */
export const lessEqual = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(LESS_EQUAL, x1, x2, options);
/**
 * np.equal (`x1 == x2`).
 * @example
 * nd.equal([1, 2, NaN], [1, 3, NaN])   // array([ True, False, False])
 */
export const equal = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(EQUAL, x1, x2, options);
/**
 * np.not_equal (`x1 != x2`; true where either is NaN).
 * @example
 * nd.notEqual([1, 2], [1, 3])          // array([False,  True])
 */
export const notEqual = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => run(NOT_EQUAL, x1, x2, options);
