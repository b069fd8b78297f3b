// Copies that rearrange elements: np.roll (block copies), np.repeat and np.tile (one strided WASM
// copy through a stride-0 view, or a gather for per-element repeat counts).

import { canCastSafely } from "../core/dtype.js";
import { ValueError, tupleString } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { contiguousStrides, normalizeAxis, sizeOf } from "../core/shape.js";
import { castStrided } from "../backend/wasm/copy.js";
import { viewAt } from "../backend/wasm/heap.js";
import { broadcastIndices, gatherNew, prepareIndices } from "./indexing.js";
import { Temps, fromData, type Operand } from "./operand.js";
import { copyInOrder } from "./reduce-core.js";

/** A number or a list of numbers as a list of integers (Python's int() of each when `truncate`). */
function intList(x: number | readonly number[], name: string, truncate = false): number[] {
  const list = typeof x === "number" ? [x] : x;
  if (!Array.isArray(list) || !list.every((v) => typeof v === "number" && Number.isFinite(v))) throw new TypeError(`${name} must be an integer or a list of integers, got ${String(x)}`);
  if (!truncate && !list.every((v) => Number.isInteger(v))) throw new TypeError("'float' object cannot be interpreted as an integer");
  return list.map((v) => Math.trunc(v));
}

/**
 * np.roll(a, shift, axis?): elements shifted along `axis` (one or several, with one shift each or
 * a shift for all), wrapping around; without axis the flattened array is rolled and reshaped.
  * @example
  * nd.roll([1, 2, 3, 4], 1)             // array([4, 1, 2, 3])
  * nd.roll([[1, 2], [3, 4]], -1, 1)     // array([[2, 1], [4, 3]])
 */
export function roll(a: Operand, shift: number | readonly number[], axis?: number | readonly number[] | null): NDArray {
  const temps = new Temps();
  try {
    const x = temps.array(a, "a");
    if (axis === undefined || axis === null) {
      const flat = temps.add(x.ravel());
      const rolled = temps.add(roll(flat, shift, 0));
      return rolled.reshape(x.shape);
    }
    const axes = intList(axis, "axis").map((d) => normalizeAxis(d, x.ndim));
    const shifts = intList(shift, "shift", true);
    if (shifts.length !== axes.length && shifts.length !== 1 && axes.length !== 1) {
      const [s, t] = [typeof shift === "number" ? [] : [shifts.length], typeof axis === "number" ? [] : [axes.length]];
      throw new ValueError(
        `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${tupleString(s)} and arg 1 with shape ${tupleString(t)}.`,
      );
    }
    const count = Math.max(shifts.length, axes.length);
    const total = new Array<number>(x.ndim).fill(0);
    for (let i = 0; i < count; i++) total[axes[axes.length === 1 ? 0 : i]!]! += shifts[shifts.length === 1 ? 0 : i]!;
    const out = NDArray.empty(x.shape, x.dtype);
    if (x.size === 0) return out;
    const offsets = total.map((s, d) => ((s % x.shape[d]!) + x.shape[d]!) % x.shape[d]!);
    // Every combination of the two blocks per rolled axis: [0, n - k) → [k, n) and [n - k, n) → [0, k).
    const size = x.itemsize;
    const blocks = offsets.map((k, d) => {
      const n = x.shape[d]!;
      return k === 0 ? [{ from: 0, to: 0, len: n }] : [{ from: 0, to: k, len: n - k }, { from: n - k, to: 0, len: k }];
    });
    const combine = (d: number, src: number, dst: number, shape: number[]): void => {
      if (d === x.ndim) {
        castStrided(dst, x.dtype, out.byteStrides, src, x.dtype, x.byteStrides, shape);
        return;
      }
      for (const b of blocks[d]!) {
        combine(d + 1, src + b.from * x.strides[d]! * size, dst + b.to * out.strides[d]! * size, [...shape, b.len]);
      }
    };
    combine(0, x.ptr, out.ptr, []);
    return out;
  } finally {
    temps.dispose();
  }
}

/**
 * The repeats of np.repeat as integers: one count for all, or one per element along the axis. JS
 * numbers are forced to integers as NumPy forces a list (1.5 repeats once); an NDArray must cast
 * safely to int64.
 */
function repeatCounts(repeats: Operand, temps: Temps): number[] {
  if (typeof repeats === "number") return [Math.trunc(repeats)];
  let arr: NDArray;
  if (repeats instanceof NDArray) {
    repeats.storage;
    if (!canCastSafely(repeats.dtype, "int64")) throw new TypeError(`Cannot cast array data from dtype('${repeats.dtype}') to dtype('int64') according to the rule 'safe'`);
    arr = repeats;
  } else {
    arr = temps.add(fromData(repeats as Exclude<Operand, NDArray>, "int64", "repeats"));
  }
  if (arr.ndim > 1) throw new ValueError("object too deep for desired array");
  const values = arr.toArray();
  return (Array.isArray(values) ? values : [values]).map(Number);
}

/**
 * np.repeat(a, repeats, axis?): each element repeated `repeats` times (one count, or one per
 * element along `axis`); without axis the flattened array.
  * @example
  * nd.repeat([1, 2], 2)                 // array([1, 1, 2, 2])
  * nd.repeat([[1, 2], [3, 4]], [1, 2], 0)  // array([[1, 2], [3, 4], [3, 4]])
 */
export function repeat(a: Operand, repeats: number | readonly number[] | NDArray, axis?: number | null): NDArray {
  const temps = new Temps();
  try {
    let x = temps.array(a, "a");
    let ax: number;
    if (axis === undefined || axis === null) {
      x = temps.add(x.ravel());
      ax = 0;
    } else {
      ax = normalizeAxis(axis, x.ndim);
    }
    const counts = repeatCounts(repeats as Operand, temps);
    const n = x.shape[ax]!;
    if (counts.length === 1) {
      const r = counts[0]!;
      if (r < 0) throw new ValueError("negative dimensions are not allowed");
      const shape = x.shape.slice();
      shape[ax] = n * r;
      const out = NDArray.empty(shape, x.dtype);
      if (out.size === 0) return out;
      // Read as (…, n, r, …) with stride 0 along r, written as the contiguous result.
      const split = [...x.shape.slice(0, ax + 1), r, ...x.shape.slice(ax + 1)];
      const src = [...x.byteStrides.slice(0, ax + 1), 0, ...x.byteStrides.slice(ax + 1)];
      castStrided(out.ptr, x.dtype, contiguousStrides(split).map((s) => s * x.itemsize), x.ptr, x.dtype, src, split);
      return out;
    }
    if (counts.length !== n) throw new ValueError(`operands could not be broadcast together with shape (${n},) (${counts.length},)`);
    if (counts.some((c) => c < 0)) throw new ValueError("repeats may not contain negative values.");
    const total = counts.reduce((s, c) => s + c, 0);
    // The gather index: i repeated counts[i] times, staged as doubles and converted.
    const staged = temps.add(NDArray.empty([total], "float64"));
    const f = viewAt(staged.ptr, "float64", total) as Float64Array;
    let k = 0;
    counts.forEach((c, i) => {
      f.fill(i, k, k + c);
      k += c;
    });
    const index = temps.add(staged._cast("int64"));
    const sel = broadcastIndices({
      view: { shape: x.shape.filter((_, d) => d !== ax), strides: x.strides.filter((_, d) => d !== ax), offset: x.offset },
      fancy: [{ index, shape: index.shape, axis: ax, stride: x.strides[ax]!, size: n }],
      consec: ax,
    });
    return gatherNew(x, sel, prepareIndices(sel, temps, null));
  } finally {
    temps.dispose();
  }
}

/**
 * np.tile(a, reps): `a` repeated `reps` times along each axis (leading axes added to match).
 * @example
 * nd.tile([1, 2], 2)                   // array([1, 2, 1, 2])
 * nd.tile([1, 2], [2, 1])              // array([[1, 2], [1, 2]])
 */
export function tile(a: Operand, reps: number | readonly number[]): NDArray {
  const temps = new Temps();
  try {
    const x = temps.array(a, "a");
    const r = intList(reps, "reps");
    const d = Math.max(x.ndim, r.length);
    const shape = [...new Array<number>(d - x.ndim).fill(1), ...x.shape];
    const strides = [...new Array<number>(d - x.ndim).fill(0), ...x.byteStrides];
    const full = [...new Array<number>(d - r.length).fill(1), ...r];
    if (full.some((t) => t < 0)) throw new ValueError("negative dimensions are not allowed");
    const outShape = shape.map((s, i) => s * full[i]!);
    if (full.every((t) => t === 1)) {
      // NumPy copies `a` with np.array(a, ndmin=d): in its own order ("K"); the new length-1
      // axes get other strides than NumPy's (README: differences).
      const lead = d - x.ndim;
      const own = x._keptOrder() ?? x.shape.map((_, i) => x.ndim - 1 - i);
      const v = temps.add(x.view(shape, [...new Array<number>(lead).fill(0), ...x.strides], x.offset));
      return copyInOrder(v, [...new Array<number>(lead).keys(), ...own.map((i) => i + lead)], x.dtype);
    }
    const out = NDArray.empty(outShape, x.dtype);
    if (sizeOf(outShape) === 0) return out;
    // Read as (r0, s0, r1, s1, …) with stride 0 along each r, written in C order.
    const split = shape.flatMap((s, i) => [full[i]!, s]);
    const src = strides.flatMap((s) => [0, s]);
    castStrided(out.ptr, x.dtype, contiguousStrides(split).map((s) => s * x.itemsize), x.ptr, x.dtype, src, split);
    return out;
  } finally {
    temps.dispose();
  }
}
