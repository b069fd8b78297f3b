// Grids: np.linspace (scalar or array endpoints, NumPy's exact arithmetic) and np.meshgrid.

import { checkDType, describe, isInteger, type DType } from "../core/dtype.js";
import { AxisError, ValueError, broadcastError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { broadcastShapes, broadcastStrides, contiguousStrides, sizeOf } from "../core/shape.js";
import { castStrided } from "../backend/wasm/copy.js";
import { heap } from "../backend/wasm/heap.js";
import { asArray, isScalar, type Operand } from "./operand.js";
import { readOptions } from "./ufunc.js";

/** np.linspace's keywords. */
export interface LinspaceOptions {
  /** Whether `stop` is the last sample (default true). */
  endpoint?: boolean;
  /** The axis of the result along which the samples run (default 0); used with array endpoints. */
  axis?: number;
  /** The result's dtype (default float64, or float32 when the endpoints are float32 arrays). */
  dtype?: DType;
}

/** An endpoint as float values broadcastable to the others, with the dtype it contributes. */
function endpoint(x: Operand, argument: string): { values: Float64Array; shape: number[]; dtype: DType | null } {
  if (isScalar(x)) return { values: Float64Array.of(Number(x)), shape: [], dtype: null };
  const { array, owned } = asArray(x, argument);
  try {
    const f = array._cast("float64");
    try {
      return { values: f.toTypedArray() as Float64Array, shape: array.shape.slice(), dtype: array.dtype };
    } finally {
      f.dispose();
    }
  } finally {
    if (owned) array.dispose();
  }
}

/** Reads `values` (of `shape`) broadcast to `target`, element `i` in C order. */
function broadcastReader(values: Float64Array, shape: readonly number[], target: readonly number[]): (i: number) => number {
  const strides = broadcastStrides(shape, contiguousStrides(shape), target);
  return (i) => {
    let offset = 0;
    for (let d = target.length - 1; d >= 0; d--) {
      offset += (i % target[d]) * strides[d];
      i = Math.floor(i / target[d]);
    }
    return values[offset];
  };
}

/**
 * np.linspace(start, stop, num = 50, endpoint = true, axis = 0): `num` evenly spaced samples,
 * bit for bit as NumPy computes them (step = delta / div, sample i = i * step + start, the last
 * one set to `stop`; i / div * delta where a step underflows to zero). Array endpoints give
 * shape (num, ...broadcast shape), with the sample axis moved to `axis`.
 * @example
 * nd.linspace(0, 1, 5)                 // array([0.  , 0.25, 0.5 , 0.75, 1.  ])
 * nd.linspace(0, 1, 4, { endpoint: false })
 */
export function linspace(start: Operand, stop: Operand, num = 50, options?: LinspaceOptions): NDArray {
  if (typeof num !== "number" || !Number.isInteger(num)) throw new TypeError(`linspace: num must be an integer, got ${describe(num)}`);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  const opts = readOptions<LinspaceOptions>(options, "linspace", ["endpoint", "axis", "dtype"]);
  const { endpoint: withEnd = true, axis = 0 } = opts;
  if (typeof withEnd !== "boolean") throw new TypeError(`linspace: endpoint must be a boolean, got ${describe(withEnd)}`);
  const dtype = opts.dtype === undefined ? undefined : checkDType(opts.dtype, "linspace: dtype");
  const a = endpoint(start, "start");
  const b = endpoint(stop, "stop");
  // result_type(start, stop) made inexact: float32 only when every array endpoint is float32.
  const arrays = [a.dtype, b.dtype].filter((d) => d !== null);
  const dt: DType = arrays.length > 0 && arrays.every((d) => d === "float32") ? "float32" : "float64";
  const r = dt === "float32" ? Math.fround : (x: number) => x;
  const lanes = broadcastShapes(b.shape, a.shape);
  if (lanes === null) throw new ValueError(broadcastError(b.shape, a.shape));
  const shape = [num, ...lanes];
  if (typeof axis !== "number" || !Number.isInteger(axis)) throw new TypeError(`linspace: axis must be an integer, got ${describe(axis)}`);
  if (axis < -shape.length || axis >= shape.length) throw new AxisError(`destination: axis ${axis} is out of bounds for array of dimension ${shape.length}`);
  const div = withEnd ? num - 1 : num;
  const m = sizeOf(lanes);
  const startAt = broadcastReader(a.values.map(r), a.shape, lanes);
  const stopAt = broadcastReader(b.values.map(r), b.shape, lanes);
  const first = Float64Array.from({ length: m }, (_, j) => startAt(j));
  const last = Float64Array.from({ length: m }, (_, j) => stopAt(j));
  const delta = first.map((x, j) => r(last[j] - x));
  const step = delta.map((d) => r(d / div));
  const anyStepZero = div > 0 && step.some((s) => s === 0);
  const y = NDArray.empty(shape, dt);
  try {
    const h = heap(dt) as Float64Array;
    const base = y.ptr / y.itemsize;
    for (let i = 0; i < num; i++) {
      const t = r(i);
      for (let j = 0; j < m; j++) {
        // y = arange * step (or arange / div * delta), then y += start; NumPy's order of rounding.
        const v = div > 0 ? (anyStepZero ? r(r(t / div) * delta[j]) : r(t * step[j])) : r(t * delta[j]);
        h[base + i * m + j] = r(v + first[j]);
      }
    }
    if (withEnd && num > 1) h.set(last, base + (num - 1) * m);
    let out: NDArray = y;
    const dest = axis < 0 ? axis + shape.length : axis;
    if (dest !== 0) {
      const perm = shape.map((_, d) => d).slice(1);
      perm.splice(dest, 0, 0);
      out = y.transpose(perm);
    }
    if (dtype !== undefined && dtype !== dt) {
      if (isInteger(dtype)) floorInPlace(y);
      const cast = out._cast(dtype);
      if (out !== y) out.dispose();
      out = cast;
    }
    if (out !== y) y.dispose();
    return out;
  } catch (e) {
    y.dispose();
    throw e;
  }
}

function floorInPlace(a: NDArray): void {
  const h = heap(a.dtype) as Float64Array;
  const base = a.ptr / a.itemsize;
  for (let i = 0; i < a.size; i++) h[base + i] = Math.floor(h[base + i]!);
}

/** np.meshgrid's keywords. */
export interface MeshgridOptions {
  /** "xy" (default, Cartesian: the first two output axes swapped) or "ij" (matrix indexing). */
  indexing?: "xy" | "ij";
  /** Return the inputs reshaped to broadcast against each other instead of full grids (default false). */
  sparse?: boolean;
}

const isMeshOptions = (x: unknown): x is MeshgridOptions =>
  typeof x === "object" && x !== null && !(x instanceof NDArray) && !Array.isArray(x) && !ArrayBuffer.isView(x);

/**
 * np.meshgrid(*xi, indexing = "xy", sparse = false): coordinate matrices from coordinate
 * vectors (any number; inputs are flattened). Every output is a new array.
 * @example
 * const [X, Y] = nd.meshgrid([1, 2, 3], [4, 5]);   // X and Y are 2 × 3
 */
export function meshgrid(...args: (Operand | MeshgridOptions)[]): NDArray[] {
  const options = args.length > 0 && isMeshOptions(args[args.length - 1]) ? (args.pop() as MeshgridOptions) : {};
  const { indexing = "xy", sparse = false } = readOptions<MeshgridOptions>(options, "meshgrid", ["indexing", "sparse"]);
  if (indexing !== "xy" && indexing !== "ij") throw new ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
  if (typeof sparse !== "boolean") throw new TypeError(`meshgrid: sparse must be a boolean, got ${describe(sparse)}`);
  const inputs = (args as Operand[]).map((x, i) => asArray(x, `xi[${i}]`));
  const outputs: NDArray[] = [];
  try {
    const ndim = inputs.length;
    const lengths = inputs.map(({ array }) => array.size);
    // Axis of each input in the grid: i, except that "xy" swaps the first two.
    const place = (i: number) => (indexing === "xy" && ndim > 1 && i < 2 ? 1 - i : i);
    const full = lengths.map((_, d) => lengths[inputs.findIndex((_, i) => place(i) === d)]);
    inputs.forEach(({ array }, i) => {
      const shape = sparse ? full.map((n, d) => (d === place(i) ? n : 1)) : full;
      const out = NDArray.empty(shape, array.dtype);
      outputs.push(out);
      if (out.size === 0) return;
      // The flattened input, read along its grid axis (a 1-D view when the input is contiguous enough).
      const flat = array.ndim === 1 ? array : array.reshape(-1);
      try {
        const strides = shape.map((_, d) => (d === place(i) ? flat.strides[0] : 0));
        const itemsize = flat.itemsize;
        castStrided(out.ptr, out.dtype, out.byteStrides, flat.ptr, flat.dtype, strides.map((s) => s * itemsize), shape);
      } finally {
        if (flat !== array) flat.dispose();
      }
    });
    return outputs;
  } catch (e) {
    for (const o of outputs) o.dispose();
    throw e;
  } finally {
    for (const { array, owned } of inputs) if (owned) array.dispose();
  }
}
