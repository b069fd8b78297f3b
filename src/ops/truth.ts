// Reductions of truth values (assembly/truth.ts): np.any, np.all, np.count_nonzero, and the NaN
// tallies the nan* functions need. The order of the elements does not matter, so the input is
// walked as a binary loop whose output has stride 0 along the reduced axes.

import { DTYPE, type DType, type Suffix } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { planLoop } from "../backend/wasm/callblock.js";
import { kernel } from "../backend/wasm/kernels.js";
import { Temps, asArray, type Operand } from "./operand.js";
import { type Axis, type ReduceOptions, allocResult, checkReduceOut, reduceArgs, reducedFlags, writeOut } from "./reduce-core.js";
import { planReduce } from "./reduce-plan.js";

/** (out, a, n, so, sa, outer). */
type FoldKernel = (out: number, a: number, n: number, so: number, sa: number, outer: number) => void;

export type TruthOp = "any" | "all" | "tally_nonzero" | "tally_valid" | "all_nan";

/** Truth does not depend on the sign: integers by size, bool as int8, floats by type (−0 and NaN). */
function suffix(d: DType): Suffix {
  const t = DTYPE[d];
  return t.kind === "f" ? t.suffix : (`i${t.itemsize * 8}` as Suffix);
}

/**
 * Reduces `a` over `flags` with a truth kernel into a new bool (any, all, all_nan) or int64
 * (tallies) array laid out as NumPy's reduction allocates it. Empty reductions give the identity.
 */
export function truthReduce(op: TruthOp, a: NDArray, flags: readonly boolean[], keep: boolean, _temps?: Temps): NDArray {
  const dtype: DType = op.startsWith("tally") ? "int64" : "bool";
  const plan = planReduce(a.shape, a.byteStrides, flags, DTYPE[dtype].itemsize);
  const out = allocResult(plan, a.shape, flags, keep, dtype, op === "all" || op === "all_nan" ? 1 : 0);
  if (a.size === 0) return out;
  try {
    const outStrides = a.shape.map((_, d) => (flags[d] ? 0 : plan.outAxisStrides[d]!));
    const loop = planLoop(a.shape, [outStrides, a.byteStrides]);
    kernel<FoldKernel>(op, suffix(a.dtype))(out.ptr, a.ptr, loop.n, loop.steps[0]!, loop.steps[1]!, loop.outer);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  }
}

function logical(op: "any" | "all", x: Operand, axis: Axis, keepdims: unknown, options: unknown): NDArray {
  const args = reduceArgs(op, keepdims, options);
  const { array: a, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    const flags = reducedFlags(a, axis, true);
    if (args.out === null) return truthReduce(op, a, flags, args.keep);
    checkReduceOut(op === "any" ? "logical_or" : "logical_and", a.shape, flags, args.keep, args.out);
    return writeOut(args.out, temps.add(truthReduce(op, a, flags, args.keep)));
  } finally {
    temps.dispose();
    if (owned) a.dispose();
  }
}

/**
 * np.any: whether any element is non-zero (NaN counts as true, −0 as false); empty → false.
 * @example
 * nd.any([[true, false], [false, false]], 1)  // array([ True, False])
 */
export const any = (a: Operand, axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray => logical("any", a, axis, keepdims, options);
/**
 * np.all: whether every element is non-zero; empty → true.
 * @example
 * nd.all([1, 2, 0])                    // array(False)
 */
export const all = (a: Operand, axis?: Axis, keepdims?: boolean | ReduceOptions, options?: ReduceOptions): NDArray => logical("all", a, axis, keepdims, options);

/**
 * np.count_nonzero: int64 counts of the non-zero elements over `axis` (all axes when undefined: a 0-d array).
 * @example
 * nd.countNonzero([[0, 1], [2, 3]])    // array(3)
 * nd.countNonzero([[0, 1], [2, 3]], 0)  // array([1, 2])
 */
export function countNonzero(x: Operand, axis?: Axis, options?: { keepdims?: boolean }): NDArray {
  const args = reduceArgs("countNonzero", options, undefined, ["keepdims"]);
  const { array: a, owned } = asArray(x, "a");
  try {
    return truthReduce("tally_nonzero", a, reducedFlags(a, axis, true), args.keep);
  } finally {
    if (owned) a.dispose();
  }
}
