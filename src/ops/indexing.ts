// NumPy's `a[index]` and `a[index] = value` in full: basic indices give views (as `slice`), index
// arrays and masks give copies through the WASM gather and scatter kernels. The order of NumPy's
// checks is kept: parsing (index-parse.ts), integer bounds while the subspace view is built, the
// conversion of the value, broadcasting of the index arrays, then of the value, then the bounds
// of the index arrays.

import { describe, type Scalar } from "../core/dtype.js";
import { IndexError, ValueError, indexError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { toElement } from "../core/scalar.js";
import { broadcastShapes, broadcastStrides, sameShape, sizeOf } from "../core/shape.js";
import { type Layout, sliceIndices } from "../core/slice.js";
import { scalarSlot } from "../backend/wasm/callblock.js";
import { writeElement } from "../backend/wasm/heap.js";
import { assign } from "./assign.js";
import { type PlanKernel, checkBounds, compress, countTrue, gatherKernel, int64Index, maskPut, runPlan, scatterKernel } from "./gather.js";
import { type Entry, type Index, parseIndex } from "./index-parse.js";
import { Temps, asArray, isScalar, type Operand } from "./operand.js";
import { iteratorOrder } from "./reduce-plan.js";

/** NumPy prints shapes in these messages without spaces: `(2,)`, `(2,3)`. */
export const compact = (shape: readonly number[]): string => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`);

/** One index array of a selection: what it indexes (axis -1 for a 0-d boolean's new axis). */
export interface Fancy {
  index: NDArray | null;
  shape: readonly number[];
  axis: number;
  /** Stride (elements) and length of the indexed axis. */
  stride: number;
  size: number;
}

/** The parts of an advanced index: the subspace view, the index arrays and where their broadcast shape goes. */
export interface Selection {
  view: Layout;
  fancy: Fancy[];
  bShape: number[];
  /** Position of the broadcast index dimensions in the result (0 when they go first). */
  consec: number;
  shape: number[];
  /** Byte strides of `a` itself over bShape (np.take_along_axis's implicit ranges); zeros when absent. */
  bA?: number[];
}

/**
 * The subspace view of `entries` (integers applied, with NumPy's bounds error, index-array axes
 * removed) and, when there are index arrays, where their broadcast shape goes: in place when they
 * (and integers) are adjacent, first otherwise.
 */
export function subspace(a: NDArray, entries: readonly Entry[]): { view: Layout; fancy: Fancy[]; consec: number } {
  const view: Layout = { shape: [], strides: [], offset: a.offset };
  const fancy: Fancy[] = [];
  let dim = 0;
  // -1: no index array yet; 0: in a run of them; 1: the run ended; 2: another run (they go first).
  let status = -1;
  let consec = 0;
  for (const e of entries) {
    if (e.kind === "int" || e.kind === "fancy" || e.kind === "bool0") {
      if (status === -1) {
        consec = view.shape.length;
        status = 0;
      } else if (status === 1) {
        status = 2;
        consec = 0;
      }
    } else if (status === 0) {
      status = 1;
    }
    switch (e.kind) {
      case "int": {
        const n = a.shape[dim]!;
        let i = e.index;
        if (i < -n || i >= n) throw new IndexError(indexError(i, dim, n));
        if (i < 0) i += n;
        view.offset += i * a.strides[dim]!;
        dim++;
        break;
      }
      case "slice": {
        const step = e.step ?? 1;
        const { start, length } = sliceIndices(a.shape[dim]!, e.start, e.stop, step);
        if (length > 0) view.offset += start * a.strides[dim]!;
        view.shape.push(length);
        view.strides.push(a.strides[dim]! * step);
        dim++;
        break;
      }
      case "ellipsis":
        for (let j = 0; j < e.dims; j++, dim++) {
          view.shape.push(a.shape[dim]!);
          view.strides.push(a.strides[dim]!);
        }
        break;
      case "newaxis":
        view.shape.push(1);
        view.strides.push(0);
        break;
      case "bool0":
        fancy.push({ index: null, shape: [e.value ? 1 : 0], axis: -1, stride: 0, size: 1 });
        break;
      case "fancy":
        fancy.push({ index: e.array, shape: e.array.shape, axis: dim, stride: a.strides[dim]!, size: a.shape[dim]! });
        dim++;
        break;
    }
  }
  return { view, fancy, consec };
}

/** Broadcasts the index arrays (NumPy's IndexError otherwise) and places them in the result shape. */
export function broadcastIndices(parts: { view: Layout; fancy: Fancy[]; consec: number }): Selection {
  // NumPy's iterator takes at most 64 operands: the index arrays, plus the result when there is no subspace to walk.
  const k = parts.fancy.length;
  if (k > 64) throw new IndexError("too many advanced (array) indices. This probably means you are indexing with too many booleans. (more than 64 found)");
  if (k > 63 && sizeOf(parts.view.shape) === 1) throw new IndexError(`when no subspace is given, the number of index arrays cannot be above 63, but ${k} index arrays found`);
  let b: number[] | null = [];
  for (const f of parts.fancy) b = b && broadcastShapes(b, f.shape);
  if (b === null) {
    throw new IndexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${parts.fancy.map((f) => `${compact(f.shape)} `).join("")}`);
  }
  const v = parts.view.shape;
  const shape = [...v.slice(0, parts.consec), ...b, ...v.slice(parts.consec)];
  return { ...parts, bShape: b, shape };
}

/** Converts the index arrays to int64 and checks their bounds (only when the broadcast shape is not empty, as NumPy). */
export function prepareIndices(sel: Selection, temps: Temps, target: NDArray | null): (NDArray | null)[] {
  const checked = sizeOf(sel.bShape) > 0;
  return sel.fancy.map((f) => {
    if (f.index === null) return null;
    // An index array sharing memory with the array being written is read from a copy, as NumPy's.
    const source = target !== null && f.index._storage === target._storage ? temps.add(f.index.copy()) : f.index;
    const { index, buffer } = int64Index(source, temps);
    if (checked) checkBounds(buffer, f.size, f.axis);
    return index;
  });
}

/**
 * Runs a plan kernel (gather, scatter or add) between `a`, through `sel`, and a dense operand laid
 * out over the result shape (`v.strides` in bytes, 0 on broadcast axes).
 */
export function runSelection(kernel: PlanKernel, a: NDArray, sel: Selection, indices: readonly (NDArray | null)[], v: { ptr: number; strides: readonly number[] }): void {
  if (sizeOf(sel.shape) === 0) return;
  const itemsize = a.itemsize;
  const nb = sel.bShape.length;
  const inB = (d: number): boolean => d >= sel.consec && d < sel.consec + nb;
  const zeroSlot = scalarSlot(3);
  writeElement(zeroSlot, "int64", 0n);
  runPlan(kernel, v.ptr, a.storage.ptr + sel.view.offset * itemsize, {
    bShape: sel.bShape,
    bV: v.strides.filter((_, d) => inB(d)),
    bA: sel.bA ?? sel.bShape.map(() => 0),
    indices: sel.fancy.map((f, j) => {
      const index = indices[j];
      return index === null || index === undefined
        ? { ptr: zeroSlot, strides: sel.bShape.map(() => 0), axisStride: 0, axisSize: 1 }
        : { ptr: index.ptr, strides: broadcastStrides(index.shape, index.byteStrides, sel.bShape), axisStride: f.stride * itemsize, axisSize: f.size };
    }),
    sShape: sel.view.shape,
    sV: v.strides.filter((_, d) => !inB(d)),
    sA: sel.view.strides.map((s) => s * itemsize),
  });
}

/**
 * The axis order (innermost first) NumPy's advanced indexing gives its result (PyArray_MapIterNew):
 * the broadcast index dimensions outermost, in C order when the other axes hold more than one
 * element and else in the order its iterator gives the index arrays; the other axes innermost,
 * sorted by decreasing |stride| of the indexed view (ties in axis order); the index dimensions
 * then moved to `consec`. So `a.T.get([0, 1])` keeps `a.T`'s column-major rows.
 */
export function gatherOrder(sel: Selection): number[] {
  const nb = sel.bShape.length;
  const { shape, strides } = sel.view;
  const sub = shape.map((_, j) => j).sort((x, y) => Math.abs(strides[y]!) - Math.abs(strides[x]!) || x - y);
  const fancy =
    shape.length > 0 && sizeOf(shape) !== 1
      ? sel.bShape.map((_, i) => nb - 1 - i)
      : iteratorOrder(sel.bShape, sel.fancy.flatMap((f) => (f.index === null ? [] : [broadcastStrides(f.index.shape, f.index.strides, sel.bShape)])));
  return [...sub.reverse().map((j) => (j < sel.consec ? j : j + nb)), ...fancy.map((i) => sel.consec + i)];
}

/** The selection gathered into a new array: C-contiguous, or with its axes in `order` (innermost first). */
export function gatherNew(a: NDArray, sel: Selection, indices: readonly (NDArray | null)[], order?: readonly number[]): NDArray {
  const out = NDArray.empty(sel.shape, a.dtype, false, order);
  try {
    runSelection(gatherKernel(a.dtype), a, sel, indices, { ptr: out.ptr, strides: out.byteStrides });
  } catch (e) {
    out.dispose();
    throw e;
  }
  return out;
}

/**
 * The byte strides that read `value` (already of the target's dtype) over the selection's shape,
 * or NumPy's error when it does not broadcast there (leading length-1 axes may be dropped).
 */
export function valueStrides(value: NDArray, shape: readonly number[], error: () => Error): number[] {
  const extra = value.ndim - shape.length;
  const trimmed = value.shape.slice(Math.max(extra, 0));
  const joint = broadcastShapes(shape, trimmed);
  if ((extra > 0 && !value.shape.slice(0, extra).every((d) => d === 1)) || joint === null || !sameShape(joint, shape)) throw error();
  return broadcastStrides(trimmed, value.byteStrides.slice(Math.max(extra, 0)), shape);
}

/** NumPy's `a[specs]`: a view for basic indices, a copy for index arrays and masks. */
export function getItem(a: NDArray, specs: readonly Index[]): NDArray {
  if (specs.every((s) => s === null || typeof s === "number" || typeof s === "string")) return a.slice(...(specs as (number | string | null)[]));
  const temps = new Temps();
  try {
    const parsed = parseIndex(a.shape, specs, temps);
    if (parsed.mask !== null) return compress(a, parsed.mask);
    const parts = subspace(a, parsed.entries);
    if (!parsed.fancy) {
      const v = a.view(parts.view.shape, parts.view.strides, parts.view.offset);
      if (!parsed.scalarArray) return v;
      // A 0-d index array acts as an integer, but NumPy copies the view (order "K").
      try {
        return v._cast(v.dtype, true);
      } finally {
        v.dispose();
      }
    }
    const sel = broadcastIndices(parts);
    return gatherNew(a, sel, prepareIndices(sel, temps, null), gatherOrder(sel));
  } finally {
    temps.dispose();
  }
}

/** The value of an assignment as an array of the target's dtype, or a scalar written to a slot. */
export function valueOperand(target: NDArray, value: Operand, temps: Temps): { array: NDArray | null; ptr: number } {
  if (isScalar(value)) {
    const slot = scalarSlot(0);
    writeElement(slot, target.dtype, toElement(value as Scalar, target.dtype));
    return { array: null, ptr: slot };
  }
  if (value === null || typeof value !== "object") {
    throw new TypeError(`set: value must be a number, a bigint, a boolean, nested arrays, a TypedArray or an NDArray, got ${describe(value)}`);
  }
  const { array, owned } = asArray(value, "value");
  if (owned) temps.add(array);
  let v = array;
  if (v.dtype !== target.dtype) v = temps.add(v._cast(target.dtype));
  else if (v._storage === target._storage) v = temps.add(v.copy());
  return { array: v, ptr: v.ptr };
}

/** `a[mask] = value` for a mask of a's shape, with NumPy's texts for this case. */
function setMask(a: NDArray, mask: NDArray, value: Operand, temps: Temps): void {
  const m = mask._storage === a._storage ? temps.add(mask.copy()) : mask;
  const v = valueOperand(a, value, temps);
  if (v.array === null) {
    maskPut(a, m, v.ptr, 0, 0);
    return;
  }
  const arr = v.array;
  if (arr.ndim > 1) throw new TypeError(`NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${arr.ndim} dimensions`);
  if (arr.ndim === 1 && arr.shape[0] !== 1) {
    const count = countTrue(m);
    if (count !== arr.shape[0]) {
      throw new ValueError(`NumPy boolean array indexing assignment cannot assign ${arr.shape[0]} input values to the ${count} output values where the mask is true`);
    }
    maskPut(a, m, arr.ptr, arr.byteStrides[0]!, count);
    return;
  }
  maskPut(a, m, arr.ptr, 0, 0);
}

/** NumPy's `a[specs] = value`: the value broadcast to the indexed shape and cast to a's dtype; repeated indices: the last write wins. */
export function setItem(a: NDArray, specs: readonly Index[], value: Operand): void {
  a.checkWriteable();
  const temps = new Temps();
  try {
    const parsed = parseIndex(a.shape, specs, temps);
    if (parsed.mask !== null) {
      setMask(a, parsed.mask, value, temps);
      return;
    }
    const parts = subspace(a, parsed.entries);
    if (!parsed.fancy) {
      assign(a, parts.view, value);
      return;
    }
    const v = valueOperand(a, value, temps);
    const sel = broadcastIndices(parts);
    const strides =
      v.array === null
        ? sel.shape.map(() => 0)
        : valueStrides(v.array, sel.shape, () => new ValueError(`shape mismatch: value array of shape ${compact(v.array!.shape)} could not be broadcast to indexing result of shape ${compact(sel.shape)}`));
    const indices = prepareIndices(sel, temps, a);
    runSelection(scatterKernel(a.dtype), a, sel, indices, { ptr: v.ptr, strides });
  } finally {
    temps.dispose();
  }
}

