// What the deep-learning operations share: their kernels' signatures, PyTorch's reduction
// argument, size formatting and warnings, and small helpers for options and scalar results.

import { describe, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { heapF64, writeElement } from "../backend/wasm/heap.js";
import { wasm } from "../backend/wasm/module.js";
import { RESULT } from "../backend/wasm/callblock.js";

type Float = "f64" | "f32";
type Unary = (out: number, a: number, n: number, so: number, sa: number, outer: number) => void;
type Pair = (out: number, a: number, b: number, n: number, so: number, sa: number, sb: number, outer: number) => void;

/** @internal The kernels of assembly/softmax.ts, crossentropy.ts, losses.ts and activations.ts (typed by the generated ABI). */
export const K = wasm;

export const FLOAT: Record<"float64" | "float32", Float> = { float64: "f64", float32: "f32" };

export function resultSlots(count: number): Float64Array {
  return heapF64().subarray(RESULT / 8, RESULT / 8 + count);
}

/** A compensated sum the kernel left in slots (sum, compensation) at `index`. */
export function readSum(index: number): number {
  const slots = resultSlots(index + 2);
  const sum = slots[index]!;
  // Once the sum has met an infinity the compensation means nothing (it may be NaN).
  return Number.isFinite(sum) ? sum + slots[index + 1]! : sum;
}

/** PyTorch's `reduction` keyword: average, sum, or one loss per element. */
export type Reduction = "mean" | "sum" | "none";

/** torch.nn._reduction.get_enum: the reduction names PyTorch accepts. */
export function checkReduction(reduction: unknown, fn: string): Reduction {
  if (typeof reduction !== "string") throw new TypeError(`${fn}: reduction must be a string, got ${describe(reduction)}`);
  if (reduction === "mean" || reduction === "sum" || reduction === "none") return reduction;
  throw new ValueError(`${reduction} is not a valid value for reduction`);
}

/** c10's printing of sizes: [3, 5], [] for a scalar. */
export function torchSizes(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

/** Python's repr of a torch.Size. */
export function torchSize(shape: readonly number[]): string {
  return `torch.Size(${torchSizes(shape)})`;
}

/** PyTorch's scalar type name for a dtype (torch.int64 is Long). */
export function torchType(dtype: DType): string {
  const names: Record<DType, string> = {
    float64: "Double", float32: "Float", int64: "Long", int32: "Int", int16: "Short", int8: "Char",
    uint8: "Byte", uint16: "UInt16", uint32: "UInt32", uint64: "UInt64", bool: "Bool",
  };
  return names[dtype];
}

/** A double as C++'s ostream prints it (six significant digits, %g style), as in c10::str. */
export function cppDouble(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const [mantissa, exp] = x.toExponential(5).split("e") as [string, string];
  const e = Number(exp);
  const trim = (s: string): string => (s.includes(".") ? s.replace(/\.?0+$/, "") : s);
  if (e < -4 || e >= 6) return `${trim(mantissa)}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  return trim(x.toFixed(Math.max(0, 5 - e)));
}

const warned = new Set<string>();

/**
 * warnings.warn(message, category): shown once per distinct message, as Python's default filter
 * shows a warning once per place it is raised. Node prints it through process.emitWarning,
 * elsewhere console.warn.
 */
export function warn(message: string, category = "UserWarning"): void {
  if (warned.has(message)) return;
  warned.add(message);
  const proc = (globalThis as { process?: { emitWarning?: (m: string, type: string) => void } }).process;
  if (typeof proc?.emitWarning === "function") proc.emitWarning(message, category);
  else console.warn(`${category}: ${message}`);
}

export { checkNumber, readOptions } from "../core/options.js";

/** A 0-d array holding `value` rounded to `dtype`. */
export function scalarArray(value: number, dtype: DType): NDArray {
  const out = NDArray.empty([], dtype);
  writeElement(out.ptr, dtype, value);
  return out;
}
