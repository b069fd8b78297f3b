// np.pad with the modes constant, edge, reflect, symmetric and wrap. As NumPy pads, one axis at a
// time: axis i is padded over the already padded extent of the axes before it and the original
// extent of those after it, so corners come from the later axes. Constant regions are filled by
// strided WASM fills; the other modes are, along each axis, a fixed map from padded positions to
// original ones (NumPy's iterative reflection and wrapping replayed on positions), applied by one
// gather per axis.

import { DTYPE, describe, type DType, type Scalar } from "../core/dtype.js";
import { IndexError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { flattenNested } from "../core/nested.js";
import { toElement } from "../core/scalar.js";
import { scalarSlot } from "../backend/wasm/callblock.js";
import { castStrided } from "../backend/wasm/copy.js";
import { viewAt, writeElement } from "../backend/wasm/heap.js";
import { broadcastIndices, gatherNew, prepareIndices } from "./indexing.js";
import { Temps, type Operand } from "./operand.js";
import { copyInOrder } from "./reduce-core.js";

/** np.pad's modes that ndwasm implements (NumPy's names). */
export type PadMode = "constant" | "edge" | "reflect" | "symmetric" | "wrap";

/** Keywords of np.pad: `mode` and `constant_values` (as `constantValues`). */
export interface PadOptions {
  /** "constant" (default), "edge", "reflect", "symmetric" or "wrap". */
  mode?: PadMode;
  /** Mode "constant": the value (a number, [before, after], or one pair per axis), cast to a's dtype as NumPy casts it. Default 0. */
  constantValues?: Scalar | readonly Scalar[] | readonly (readonly Scalar[])[];
}

/** A pad width: n, [n], [before, after], [[before, after]], one pair per axis, or { axis: n | [before, after] }. */
export type PadWidth = number | readonly number[] | readonly (readonly number[])[] | { readonly [axis: number]: number | readonly [number, number] };

const MODES = ["constant", "edge", "reflect", "symmetric", "wrap"];

/** NumPy's _as_pairs: broadcasts `x` (a scalar or nested arrays) to one (before, after) pair per axis. */
function asPairs<T extends Scalar>(x: unknown, ndim: number, isIndex: boolean): [T, T][] {
  const { shape, values } = Array.isArray(x) ? flattenNested(x, isIndex ? "padWidth" : "constantValues") : { shape: [] as number[], values: [x as Scalar] };
  const v = values as T[];
  const negative = (): void => {
    if (isIndex && v.some((w) => Number(w) < 0)) throw new ValueError("index can't contain negative values");
  };
  if (shape.length < 3) {
    if (v.length === 1) {
      negative();
      return Array.from({ length: ndim }, () => [v[0]!, v[0]!]);
    }
    if (v.length === 2 && !(shape.length === 2 && shape[0] === 2 && shape[1] === 1)) {
      negative();
      return Array.from({ length: ndim }, () => [v[0]!, v[1]!]);
    }
  }
  negative();
  // np.broadcast_to(x, (ndim, 2)).
  if (shape.length > 2) throw new ValueError("input operand has more dimensions than allowed by the axis remapping");
  const target = [ndim, 2];
  const full = [...new Array<number>(2 - shape.length).fill(1), ...shape];
  if (full.some((n, d) => n !== 1 && n !== target[d])) {
    const given = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${given}  and requested shape (${ndim},2)`);
  }
  const at = (i: number, j: number): T => v[(full[0] === 1 ? 0 : i) * full[1]! + (full[1] === 1 ? 0 : j)]!;
  return Array.from({ length: ndim }, (_, i) => [at(i, 0), at(i, 1)]);
}

function padWidths(padWidth: PadWidth | NDArray, ndim: number): [number, number][] {
  let w: unknown = padWidth instanceof NDArray ? padWidth.toArray() : padWidth;
  if (w !== null && typeof w === "object" && !Array.isArray(w)) {
    const seq: [number, number][] = Array.from({ length: ndim }, () => [0, 0]);
    for (const [key, width] of Object.entries(w as Record<string, number | readonly [number, number]>)) {
      let axis = Number(key);
      if (axis < 0) axis += ndim;
      if (!Number.isInteger(axis) || axis < 0 || axis >= ndim) throw new IndexError("list assignment index out of range");
      seq[axis] = typeof width === "number" ? [width, width] : [width[0], width[1]];
    }
    w = seq;
  }
  const leaves = Array.isArray(w) ? (w as unknown[]).flat(Infinity) : [w];
  if (!leaves.every((x) => typeof x === "number" && Number.isInteger(x))) throw new TypeError("`pad_width` must be of integral type.");
  return asPairs<number>(w, ndim, true);
}

/** Fills `view` (shape, byte strides, address) of `out` with one element. */
function fillRegion(out: NDArray, ptr: number, shape: readonly number[], strides: readonly number[], element: number | bigint): void {
  if (shape.some((n) => n === 0)) return;
  const slot = scalarSlot(0);
  writeElement(slot, out.dtype, element);
  castStrided(ptr, out.dtype, strides, slot, out.dtype, shape.map(() => 0), shape);
}

/** NumPy's padding of one 1-D line of positions (its iterative reflect/symmetric/wrap algorithm replayed on indices). */
export function padPositions(n: number, before: number, after: number, mode: Exclude<PadMode, "constant">): number[] {
  const total = before + n + after;
  const p = new Array<number>(total).fill(-1);
  for (let i = 0; i < n; i++) p[before + i] = i;
  if (mode === "edge" || ((mode === "reflect" || mode === "symmetric") && n === 1)) {
    for (let i = 0; i < before; i++) p[i] = 0;
    for (let i = before + n; i < total; i++) p[i] = n - 1;
    return p;
  }
  let left = before;
  let right = after;
  if (mode === "wrap") {
    while (left > 0 || right > 0) {
      const period = Math.floor((total - right - left) / n) * n;
      let newLeft = 0;
      let newRight = 0;
      if (left > 0) {
        const end = left + period;
        const chunk = Math.min(period, left);
        const src = p.slice(end - chunk, end);
        const to = left > period ? left - period : 0;
        for (let i = 0; i < chunk; i++) p[to + i] = src[i]!;
        if (left > period) newLeft = left - period;
      }
      if (right > 0) {
        const start = total - right - period;
        const chunk = Math.min(period, right);
        const src = p.slice(start, start + chunk);
        const to = total - right;
        for (let i = 0; i < chunk; i++) p[to + i] = src[i]!;
        if (right > period) newRight = right - period;
      }
      left = newLeft;
      right = newRight;
    }
    return p;
  }
  const includeEdge = mode === "symmetric";
  while (left > 0 || right > 0) {
    let old = total - right - left;
    const edge = includeEdge ? 1 : 0;
    if (includeEdge) old = Math.floor(old / n) * n;
    else old = Math.floor((old - 1) / (n - 1)) * (n - 1) + 1 - 1;
    if (left > 0) {
      const chunk = Math.min(old, left);
      const stop = left - edge;
      // padded[stop + chunk : stop : -1] → padded[left - chunk : left]
      for (let i = 0; i < chunk; i++) p[left - chunk + i] = p[stop + chunk - i]!;
      left -= chunk;
    }
    if (right > 0) {
      const chunk = Math.min(old, right);
      // padded[-right + edge - 2 : ... : -1], i.e. from position total - right + edge - 2 backwards.
      const start = total - right + edge - 2;
      const to = total - right;
      for (let i = 0; i < chunk; i++) p[to + i] = p[start - i]!;
      right -= chunk;
    }
  }
  return p;
}

/**
 * np.pad(a, padWidth, { mode, constantValues }?): a new array with `a` surrounded by padding.
 * padWidth is NumPy's: n, [n], [before, after], [[before, after]], a pair per axis, or an object
 * mapping axes to n or [before, after]. Modes: constant (default, constantValues), edge,
 * reflect, symmetric, wrap.
  * @example
  * nd.pad([1, 2], 1)                    // array([0, 1, 2, 0])
  * nd.pad([1, 2, 3], [2, 1], { mode: "reflect" })  // array([3, 2, 1, 2, 3, 2])
  * nd.pad([[1]], [[0, 1], [1, 0]], { constantValues: 9 })  // array([[9, 1], [9, 9]])
 */
export function pad(a: Operand, padWidth: PadWidth | NDArray, options?: PadOptions): NDArray {
  const opts = readOptions<PadOptions>(options, "pad", ["mode", "constantValues"]);
  const mode = opts.mode ?? "constant";
  if (!MODES.includes(mode)) throw new ValueError(`mode '${String(mode)}' is not supported`);
  if (opts.constantValues !== undefined && mode !== "constant") throw new ValueError(`unsupported keyword arguments for mode '${mode}': {'constant_values'}`);
  const temps = new Temps();
  try {
    const x = temps.array(a, "array");
    const widths = padWidths(padWidth, x.ndim);
    const shape = x.shape.map((n, d) => n + widths[d]![0] + widths[d]![1]);
    // NumPy's _pad_simple allocates F order for an F-contiguous array, C order otherwise.
    const order = x._fortranOrder();
    if (mode === "constant") {
      const values = asPairs<Scalar>(opts.constantValues ?? 0, x.ndim, false);
      const elements = values.map(([b, c]) => [element(b, x.dtype), element(c, x.dtype)] as const);
      const out = NDArray.empty(shape, x.dtype, false, order);
      try {
        const size = x.itemsize;
        const inner = x.shape.map((_, d) => widths[d]![0] * out.strides[d]!).reduce((s, o) => s + o, 0) * size;
        if (x.size > 0) castStrided(out.ptr + inner, x.dtype, out.byteStrides, x.ptr, x.dtype, x.byteStrides, x.shape);
        // Axis d: the full extent of the axes before it, the original extent of those after.
        for (let d = 0; d < x.ndim; d++) {
          const region = shape.map((n, e) => (e < d ? n : x.shape[e]!));
          const base = shape.reduce((o, _, e) => o + (e > d ? widths[e]![0] * out.strides[e]! : 0), 0) * size;
          const [b, c] = widths[d]!;
          fillRegion(out, out.ptr + base, region.map((n, e) => (e === d ? b : n)), out.byteStrides, elements[d]![0]);
          fillRegion(out, out.ptr + base + (b + x.shape[d]!) * out.strides[d]! * size, region.map((n, e) => (e === d ? c : n)), out.byteStrides, elements[d]![1]);
        }
      } catch (e) {
        out.dispose();
        throw e;
      }
      return out;
    }
    if (x.size === 0) {
      x.shape.forEach((n, d) => {
        if (n === 0 && (widths[d]![0] > 0 || widths[d]![1] > 0)) throw new ValueError(`can't extend empty axis ${d} using modes other than 'constant' or 'empty'`);
      });
      return NDArray.empty(shape, x.dtype, false, order);
    }
    // Axis by axis, each pass gathering the last result; the final pass writes in `order`.
    const padded = widths.map(([b, c]) => b > 0 || c > 0);
    const last = padded.lastIndexOf(true);
    if (last < 0) return copyInOrder(x, order, x.dtype);
    let current: NDArray | null = null;
    try {
      for (let d = 0; d <= last; d++) {
        if (!padded[d]) continue;
        const [b, c] = widths[d]!;
        const from = current ?? x;
        const positions = padPositions(x.shape[d]!, b, c, mode as Exclude<PadMode, "constant">);
        const staged = temps.add(NDArray.empty([positions.length], "float64"));
        (viewAt(staged.ptr, "float64", positions.length) as Float64Array).set(positions);
        const index = temps.add(staged._cast("int64"));
        const sel = broadcastIndices({
          view: { shape: from.shape.filter((_, e) => e !== d), strides: from.strides.filter((_, e) => e !== d), offset: from.offset },
          fancy: [{ index, shape: index.shape, axis: d, stride: from.strides[d]!, size: from.shape[d]! }],
          consec: d,
        });
        const next = gatherNew(from, sel, prepareIndices(sel, temps, null), d === last ? order : undefined);
        current?.dispose();
        current = next;
      }
    } catch (e) {
      current?.dispose();
      throw e;
    }
    return current!;
  } finally {
    temps.dispose();
  }
}

/** A constant pad value as an element of `dtype`, converted as NumPy's setitem of a NumPy scalar (integers wrap, floats truncate). */
function element(v: Scalar, dtype: DType): number | bigint {
  if (typeof v !== "number" && typeof v !== "boolean" && typeof v !== "bigint") throw new TypeError(`pad: constantValues must be numbers, got ${describe(v)}`);
  const t = DTYPE[dtype];
  if ((t.kind === "i" || t.kind === "u") && (typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v)))) {
    const bits = t.itemsize * 8;
    const w = t.kind === "i" ? BigInt.asIntN(bits, BigInt(v)) : BigInt.asUintN(bits, BigInt(v));
    return t.big ? w : Number(w);
  }
  return toElement(v, dtype, "cast");
}
