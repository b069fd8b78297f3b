// What the deep-learning operations share: their kernels' signatures, PyTorch's reduction
// argument, size formatting and warnings, and small helpers for options and scalar results.

import { DType, ITEMSHIFT, describe } from "../dtype.js";
import { ValueError } from "../errors.js";
import { NDArray, heapOf } from "../ndarray.js";
import { wasm } from "../wasm/module.js";
import { RESULT } from "../wasm/storage.js";

type Float = "f64" | "f32";
type Unary = (out: number, a: number, n: number, so: number, sa: number, outer: number) => void;
type Pair = (out: number, a: number, b: number, n: number, so: number, sa: number, sb: number, outer: number) => void;

/** The kernels of assembly/softmax.ts, losses.ts and activations.ts. */
export const K = wasm as unknown as {
  [k in `${"softmax" | "log_softmax"}_${Float}`]: (x: number, out: number, c: number, sxc: number, soc: number, n: number, sxn: number, son: number, outer: number) => void;
} & {
  [k in `cross_entropy_${Float}`]: (x: number, t: number, w: number, out: number, c: number, sxc: number, n: number, sxn: number, stn: number, son: number, outer: number, ignore: number, ls: number, res: number) => void;
} & {
  [k in `cross_entropy_prob_${Float}`]: (x: number, t: number, w: number, out: number, c: number, sxc: number, stc: number, n: number, sxn: number, stn: number, son: number, outer: number, ls: number, res: number) => void;
} & { [k in `${"mse" | "mae"}_none_${Float}`]: Pair } & {
  [k in `${"mse" | "mae"}_sum_${Float}`]: (a: number, b: number, n: number, sa: number, sb: number, outer: number) => number;
} & {
  [k in `log_loss_${Float}`]: (p: number, n: number, c: number, sn: number, sc: number, binary: number, cls: number, w: number, tol: number, res: number) => void;
} & { [k in `finite_check_${Float}`]: (a: number, n: number, sa: number, outer: number) => number } & {
  [k in `${"relu" | "sigmoid" | "gelu" | "gelu_tanh" | "vexp"}_${Float}` | "relu_i32" | "erf_f64"]: Unary;
} & {
  [k in `leaky_relu_${Float}`]: (out: number, a: number, n: number, so: number, sa: number, outer: number, slope: number) => void;
} & {
  [k in `softplus_${Float}`]: (out: number, a: number, n: number, so: number, sa: number, outer: number, beta: number, threshold: number) => void;
} & { class_index_check_i32(t: number, n: number, st: number, outer: number, classes: number, ignore: number): number };

export const FLOAT: Record<"float64" | "float32", Float> = { float64: "f64", float32: "f32" };

export function resultSlots(count: number): Float64Array {
  return heapOf("float64").subarray(RESULT >> 3, (RESULT >> 3) + count) as Float64Array;
}

/** A compensated sum the kernel left in slots (sum, compensation) at `index`. */
export function readSum(index: number): number {
  const slots = resultSlots(index + 2);
  const sum = slots[index]!;
  // Once the sum has met an infinity the compensation means nothing (it may be NaN).
  return Number.isFinite(sum) ? sum + slots[index + 1]! : sum;
}

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

/** PyTorch's scalar type name for an ndwasm dtype (int32 stands in for torch's int64, Long). */
export function torchType(dtype: DType): string {
  return { float64: "Double", float32: "Float", int32: "Long", bool: "Bool" }[dtype];
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

/** The options argument: undefined or a plain object with only the named keys. */
export function readOptions<T extends object>(options: unknown, fn: string, keys: readonly string[]): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options) || options instanceof NDArray) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) throw new TypeError(`${fn}: unknown option ${JSON.stringify(key)} (expected ${keys.join(", ")})`);
  }
  return options as Partial<T>;
}

export function checkNumber(value: unknown, name: string, integer = false): number {
  if (typeof value !== "number" || (integer && !Number.isInteger(value))) {
    throw new TypeError(`${name} must be ${integer ? "an integer" : "a number"}, got ${describe(value)}`);
  }
  return value;
}

/** A 0-d array holding `value` rounded to `dtype`. */
export function scalarArray(value: number, dtype: DType): NDArray {
  const out = NDArray.empty([], dtype);
  heapOf(dtype)[out.ptr >> ITEMSHIFT[dtype]] = value;
  return out;
}
