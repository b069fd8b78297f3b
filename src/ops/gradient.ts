// np.gradient: NumPy's argument handling, dtypes and error texts in TypeScript (mirroring
// numpy/lib/_function_base_impl.py line by line), then one fused WASM pass per axis over the
// strided input (assembly/gradient.ts).

import { isInteger, describe, promoteTypes, type DType, type TypedArray } from "../core/dtype.js";
import { IndexError, ValueError, ZeroDivisionError, indexError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { normalizeAxis } from "../core/shape.js";
import { PARALLEL_ELEMENTS, parallelRuns } from "../backend/wasm/split.js";
import { planLoop } from "../backend/wasm/callblock.js";
import { heap } from "../backend/wasm/heap.js";
import { wasm } from "../backend/wasm/module.js";
import { asArray, type Operand } from "./operand.js";

type GradientKernel = (out: number, f: number, n: number, so: number, sf: number, m: number, sol: number, sfl: number, outer: number, coef: number, mode: number) => void;
const K = {
  gradient_f64: wasm.gradient_f64, gradient_f32: wasm.gradient_f32, gradient_f32_f64: wasm.gradient_f32_f64, gradient_bool: wasm.gradient_bool, gradient_bool_f32: wasm.gradient_bool_f32,
} satisfies Record<string, GradientKernel>;

const UNIFORM = 1;
const EDGE2 = 2;
const AXIS_INNER = 4;
const SCALE = 8;

/**
 * 1 / h when h is a power of two whose reciprocal is a normal number of `dtype`: then x / h and
 * x * (1 / h) are the same exactly rounded value, and the kernel can multiply. Else null.
 */
export function exactReciprocal(h: number, dtype: "float32" | "float64"): number | null {
  if (!Number.isFinite(h) || h === 0) return null;
  const e = Math.log2(Math.abs(h));
  if (!Number.isInteger(e) || 2 ** e !== Math.abs(h)) return null;
  const limit = dtype === "float32" ? 126 : 1022;
  return Math.abs(e) <= limit ? 1 / h : null;
}

/** np.gradient's keywords (`edge_order` is `edgeOrder`). */
export interface GradientOptions {
  /** The axis or axes to differentiate along (default: all). */
  axis?: number | readonly number[] | null;
  /** Accuracy of the one-sided differences at the boundaries: 1 (default) or 2. */
  edgeOrder?: number;
}

/** A spacing argument: a scalar sample distance or the coordinates along an axis. */
export type Spacing = number | NDArray | readonly number[] | TypedArray;

/**
 * Spacing along one axis after NumPy's preprocessing: a scalar (weak when it was a JS number,
 * as a Python float is; strong with a dtype when it came from an array), or the differences
 * of a coordinate array in its dtype.
 */
type Distances = { kind: "scalar"; value: number; dtype: "weak" | "float32" | "float64" } | { kind: "diffs"; diffs: Float64Array; dtype: "float32" | "float64" };

const isOptions = (x: unknown): x is GradientOptions =>
  typeof x === "object" && x !== null && !(x instanceof NDArray) && !Array.isArray(x) && !ArrayBuffer.isView(x);

function axesOf(axis: GradientOptions["axis"], ndim: number): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : axis;
  if (!Array.isArray(list)) throw new TypeError(`gradient: axis must be a number, an array of numbers or undefined, got ${describe(axis)}`);
  const out = list.map((a) => normalizeAxis(a, ndim));
  if (new Set(out).size !== out.length) throw new ValueError("repeated axis");
  return out;
}

/** f32 arithmetic for coordinate arrays of dtype float32, plain doubles otherwise. */
const rounder = (dtype: string): ((x: number) => number) => (dtype === "float32" ? Math.fround : (x) => x);

/** One spacing argument as NumPy sees it: a 0-d value or a 1-D coordinate array. */
function distances(s: Spacing, length: number | null, argument: string): Distances {
  if (typeof s === "number") return { kind: "scalar", value: s, dtype: "weak" };
  if (typeof s === "boolean" || (typeof s !== "object" || s === null)) {
    throw new TypeError(`${argument} must be a number, an NDArray or an array of numbers, got ${describe(s)}`);
  }
  const { array, owned } = asArray(s as Operand, argument);
  try {
    if (array.dtype === "bool") throw new TypeError(`${argument}: boolean spacing is not supported`);
    const dtype = array.dtype === "float32" ? "float32" : "float64";
    if (array.ndim === 0) return { kind: "scalar", value: array.item() as number, dtype };
    if (length === null) throw new TypeError("invalid number of arguments");
    if (array.ndim !== 1) throw new ValueError("distances must be either scalars or 1d");
    if (array.shape[0] !== length) throw new ValueError("when 1d, distances must match the length of the corresponding dimension");
    const x = readFloats(array);
    const r = rounder(dtype);
    const diffs = new Float64Array(Math.max(0, x.length - 1));
    for (let i = 0; i < diffs.length; i++) diffs[i] = r(x[i + 1] - x[i]);
    if (diffs.length === 0) throw new IndexError(indexError(0, 0, 0));
    // Constant differences reduce to the scalar case, as NumPy does for speed (a strong scalar).
    if (diffs.every((d) => d === diffs[0])) return { kind: "scalar", value: diffs[0], dtype };
    return { kind: "diffs", diffs, dtype };
  } finally {
    if (owned) array.dispose();
  }
}

/** The elements of a 1-D array as doubles (64-bit integers rounded). */
function readFloats(a: NDArray): ArrayLike<number> {
  if (a.dtype === "float32" || a.dtype === "float64") return a.toTypedArray() as Float64Array;
  const f = a._cast("float64");
  try {
    return f.toTypedArray() as Float64Array;
  } finally {
    f.dispose();
  }
}

/** The coefficients for one axis, in the computation dtype: [e0..e5, h2] or [e0..e5, a, b, c]. */
function coefficients(d: Distances, n: number, edgeOrder: number): { values: Float64Array; uniform: boolean } {
  const second = edgeOrder !== 1;
  if (d.kind === "scalar") {
    const dx = d.value;
    const r = rounder(d.dtype === "weak" ? "float64" : d.dtype);
    if (second && d.dtype === "weak" && dx === 0) throw new ZeroDivisionError("float division by zero");
    const edges = second ? [-1.5 / dx, 2 / dx, -0.5 / dx, 0.5 / dx, -2 / dx, 1.5 / dx].map(r) : [dx, dx, 0, 0, 0, 0];
    return { values: Float64Array.from([...edges, r(2 * dx)]), uniform: true };
  }
  const r = rounder(d.dtype);
  const dx = d.diffs;
  const m = n - 2;
  const values = new Float64Array(6 + 3 * m);
  for (let i = 0; i < m; i++) {
    const dx1 = dx[i];
    const dx2 = dx[i + 1];
    const sum = r(dx1 + dx2);
    values[6 + i] = r(-dx2 / r(dx1 * sum));
    values[6 + m + i] = r(r(dx2 - dx1) / r(dx1 * dx2));
    values[6 + 2 * m + i] = r(dx1 / r(dx2 * sum));
  }
  if (!second) {
    values[0] = dx[0];
    values[1] = dx[dx.length - 1];
  } else {
    let dx1 = dx[0];
    let dx2 = dx[1];
    values[0] = r(-r(r(2 * dx1) + dx2) / r(dx1 * r(dx1 + dx2)));
    values[1] = r(r(dx1 + dx2) / r(dx1 * dx2));
    values[2] = r(-dx1 / r(dx2 * r(dx1 + dx2)));
    dx1 = dx[dx.length - 2];
    dx2 = dx[dx.length - 1];
    values[3] = r(dx2 / r(dx1 * r(dx1 + dx2)));
    values[4] = r(-r(dx2 + dx1) / r(dx1 * dx2));
    values[5] = r(r(r(2 * dx2) + dx1) / r(dx2 * r(dx1 + dx2)));
  }
  return { values, uniform: false };
}

const BOOL_SUBTRACT =
  "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.";

/** The kernel for data of `dtype` with spacing `d`: NumPy computes in the promoted type, stores in the output's. */
function kernelFor(dtype: DType, d: Distances): { kernel: GradientKernel; compute: "float32" | "float64" } {
  // bool data times float32 coefficients is float32 arithmetic (NumPy stores it in float64).
  if (dtype === "bool") return d.dtype === "float32" ? { kernel: K.gradient_bool_f32, compute: "float32" } : { kernel: K.gradient_bool, compute: "float64" };
  if (dtype === "float64") return { kernel: K.gradient_f64, compute: "float64" };
  const compute = d.dtype === "weak" ? "float32" : promoteTypes("float32", d.dtype);
  return compute === "float32" ? { kernel: K.gradient_f32, compute } : { kernel: K.gradient_f32_f64, compute: "float64" };
}

function gradientAlong(f: NDArray, axis: number, d: Distances, edgeOrder: number, otype: DType): NDArray {
  const n = f.shape[axis];
  if (n < edgeOrder + 1) {
    throw new ValueError("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
  }
  const second = edgeOrder !== 1;
  // Second-order edges index f[2]: below 3 points (edgeOrder 0 or less passes the check above) NumPy fails there.
  if (second && n < 3) throw new IndexError(indexError(n, axis, n));
  if (f.dtype === "bool" && (d.kind === "scalar" || !second)) throw new TypeError(BOOL_SUBTRACT);
  const { kernel, compute } = kernelFor(f.dtype, d);
  const { values, uniform } = coefficients(d, n, edgeOrder);
  // np.empty_like(f): laid out as f is.
  const out = NDArray.empty(f.shape, otype, false, f._keptOrder());
  if (out.size === 0) return out;
  const coef = NDArray.empty([values.length], compute);
  try {
    const h = heap(compute) as Float64Array;
    h.set(values, coef.ptr / coef.itemsize);
    const without = <T>(list: readonly T[]) => list.filter((_, k) => k !== axis);
    const loop = planLoop(without(f.shape), [without(out.byteStrides), without(f.byteStrides)]);
    const sf = f.byteStrides[axis];
    const axisInner = loop.n === 1 || Math.abs(sf) <= Math.abs(loop.steps[1]);
    const reciprocal = uniform ? exactReciprocal(compute === "float32" ? Math.fround(values[6]) : values[6], compute) : null;
    if (reciprocal !== null) (heap(compute) as Float64Array)[coef.ptr / coef.itemsize + 6] = reciprocal;
    const mode = (uniform ? UNIFORM : 0) | (second ? EDGE2 : 0) | (axisInner ? AXIS_INNER : 0) | (reciprocal !== null ? SCALE : 0);
    // Lanes are independent: large calls split them across threads (same bytes for any count).
    const lanes = (start: number, m: number): number[] => [out.ptr + start * loop.steps[0]!, f.ptr + start * loop.steps[1]!, n, out.byteStrides[axis]!, sf, m, loop.steps[0]!, loop.steps[1]!, 0, coef.ptr, mode];
    if (loop.outer !== 0 || out.size < PARALLEL_ELEMENTS || !parallelRuns(kernel, loop.n, out.size, lanes)) kernel(out.ptr, f.ptr, n, out.byteStrides[axis], sf, loop.n, loop.steps[0], loop.steps[1], loop.outer, coef.ptr, mode);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  } finally {
    coef.dispose();
  }
}

/**
 * np.gradient(f, *varargs, axis=None, edge_order=1): second-order central differences inside,
 * first- or second-order one-sided differences at the edges. Spacing: none (1), one scalar for
 * every axis, or one scalar or 1-D coordinate array per axis. Returns one NDArray when one axis
 * is differentiated, else one per axis. Integer input gives float64.
 *
 * The type follows the arguments where they decide: `axis: number` gives one NDArray, two or
 * more spacings give one per axis; otherwise it depends on `f`'s dimensions.
 *
 * @example
 * const f = nd.array([[1, 2, 6], [3, 4, 5]]);
 * const [gy, gx] = nd.gradient(f, 2, 1);      // spacing 2 along rows, 1 along columns
 * const dx = nd.gradient(f, { axis: 1 });     // NDArray: d/dx only
 */
export function gradient(f: Operand, ...args: [...spacing: Spacing[], options: GradientOptions & { axis: number }]): NDArray;
export function gradient(f: Operand, dy: Spacing, dx: Spacing, ...more: (Spacing | GradientOptions)[]): NDArray[];
export function gradient(f: Operand, ...args: (Spacing | GradientOptions)[]): NDArray | NDArray[];
export function gradient(f: Operand, ...args: (Spacing | GradientOptions)[]): NDArray | NDArray[] {
  const options = readOptions<GradientOptions>(args.length > 0 && isOptions(args[args.length - 1]) ? args.pop() : undefined, "gradient", ["axis", "edgeOrder"]);
  const spacing = args as Spacing[];
  const edgeOrder = options.edgeOrder ?? 1;
  if (typeof edgeOrder !== "number" || Number.isNaN(edgeOrder)) throw new TypeError(`gradient: edgeOrder must be 1 or 2, got ${describe(edgeOrder)}`);
  const { array: given, owned } = asArray(f, "f");
  // NumPy differentiates integers as float64 (np.gradient converts them first).
  const a = isInteger(given.dtype) ? given._cast("float64", true) : given;
  const results: NDArray[] = [];
  try {
    const axes = axesOf(options.axis, a.ndim);
    let dx: Distances[];
    if (spacing.length === 0) {
      dx = axes.map(() => ({ kind: "scalar", value: 1, dtype: "weak" }));
    } else if (spacing.length === 1 && isScalarSpacing(spacing[0])) {
      const d = distances(spacing[0], null, "spacing");
      dx = axes.map(() => d);
    } else if (spacing.length === axes.length) {
      dx = spacing.map((s, i) => distances(s, a.shape[axes[i]], `spacing ${i}`));
    } else {
      throw new TypeError("invalid number of arguments");
    }
    if (edgeOrder > 2) throw new ValueError("'edge_order' greater than 2 not supported");
    const otype: DType = a.dtype === "float32" ? "float32" : "float64";
    axes.forEach((axis, i) => results.push(gradientAlong(a, axis, dx[i], edgeOrder, otype)));
    return axes.length === 1 ? results[0] : results;
  } catch (e) {
    for (const r of results) r.dispose();
    throw e;
  } finally {
    if (a !== given) a.dispose();
    if (owned) given.dispose();
  }
}

function isScalarSpacing(s: Spacing): boolean {
  return typeof s === "number" || (s instanceof NDArray && s.ndim === 0);
}

