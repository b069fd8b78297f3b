// np.cumsum, np.cumprod (add.accumulate, multiply.accumulate: one WASM pass, assembly/
// cumulative.ts) and np.diff (differences of neighbouring slices, n times, prepend / append
// joined first).

import { DTYPE, checkDType, promoteTypes, sumDType, type DType } from "../core/dtype.js";
import { AxisError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { normalizeAxis } from "../core/shape.js";
import { planLoop } from "../backend/wasm/callblock.js";
import { castStrided } from "../backend/wasm/copy.js";
import { kernel } from "../backend/wasm/kernels.js";
import { notEqual } from "./compare.js";
import { subtract } from "./elementwise.js";
import { Temps, asArray, type Operand } from "./operand.js";
import { checkOut, copyInOrder, writeOut } from "./reduce-core.js";
import { iterationOrder } from "./reduce-plan.js";

type CumKernel = (out: number, a: number, len: number, so: number, sa: number, n: number, so1: number, sa1: number, outer: number) => void;

/** Options of np.cumsum / np.cumprod. */
export interface CumulativeOptions {
  /** Where to write the result (cast to its type). */
  out?: NDArray | null;
  /** The accumulator's type (NumPy's `dtype=`). */
  dtype?: DType;
}

/** NumPy's compact shape text: `(2,3)`, `(3,)`. */
const compact = (shape: readonly number[]) => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`);

/** NumPy's checks of an accumulation's `out` (PyUFunc_Accumulate and its iterator); returns the input strides broadcast to out. */
function checkAccumulateOut(out: NDArray, a: NDArray): number[] {
  const nd = a.ndim;
  if (nd <= 1) {
    if (out.ndim !== 1 || out.shape[0] !== a.shape[0]) throw new ValueError("provided out is the wrong size for the accumulation.");
    return a.byteStrides;
  }
  if (out.ndim < nd) throw new ValueError(`Iterator input op_axes[0][0] (==${nd - 1}) is not a valid axis of op[0], which has ${out.ndim} dimensions `);
  const head = out.shape.slice(0, nd);
  const clash = head.some((o, d) => o !== a.shape[d] && o !== 1 && a.shape[d] !== 1);
  if (clash || out.ndim > nd) {
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${compact(out.shape)}->${compact(head)} ${compact(a.shape)}->${compact(a.shape)} `);
  }
  if (head.some((o, d) => o === 1 && a.shape[d] !== 1)) {
    throw new ValueError(`non-broadcastable output operand with shape ${compact(out.shape)} [remapped to ${compact(out.shape.slice().reverse())}] doesn't match the broadcast shape ${compact(a.shape)}`);
  }
  // NumPy broadcasts a length-1 input axis across out's.
  return a.byteStrides.map((s, d) => (a.shape[d] === 1 ? 0 : s));
}

/** Runs the natural accumulation of `a` (shape `shape`, byte strides `strides`) along `axis` into a new array, its axes in `order` (innermost first; C order when undefined). */
function accumulateNatural(op: "cumsum" | "cumprod", a: NDArray, shape: readonly number[], strides: readonly number[], axis: number, order?: readonly number[]): NDArray {
  const out = NDArray.empty(shape, sumDType(a.dtype), false, order);
  if (out.size === 0) return out;
  const others = shape.map((_, d) => d).filter((d) => d !== axis);
  const outStrides = out.byteStrides;
  const loop = planLoop(
    others.map((d) => shape[d]!),
    [others.map((d) => outStrides[d]!), others.map((d) => strides[d]!)],
  );
  kernel<CumKernel>(op, DTYPE[a.dtype].suffix)(out.ptr, a.ptr, shape[axis]!, outStrides[axis]!, strides[axis]!, loop.n, loop.steps[0]!, loop.steps[1]!, loop.outer);
  return out;
}

function accumulate(op: "cumsum" | "cumprod", x: Operand, axis: number | null | undefined, options: unknown): NDArray {
  const opts = readOptions<CumulativeOptions>(options, op, ["out", "dtype"]);
  const out = checkOut(opts.out);
  const dtype = opts.dtype === undefined || opts.dtype === null ? null : checkDType(opts.dtype, `${op}: dtype`);
  if (axis !== undefined && axis !== null && typeof axis !== "number") throw new TypeError(`${op}: axis must be an integer or undefined, got ${Array.isArray(axis) ? "an array" : typeof axis}`);
  const { array: input, owned } = asArray(x, "a");
  const temps = new Temps();
  try {
    // axis None accumulates the C-order flattening; a 0-d array is one element long.
    let a = input;
    if (axis === undefined || axis === null || a.ndim === 0) a = temps.add(a.reshape(a.size));
    const d = normalizeAxis(axis ?? 0, a.ndim);
    let shape = a.shape;
    let strides = a.byteStrides;
    if (out !== null) {
      strides = checkAccumulateOut(out, a);
      shape = out.shape.slice(0, Math.max(1, a.ndim));
    }
    const otype = dtype ?? (out === null ? sumDType(a.dtype) : promoteTypes(out.dtype, a.dtype));
    const natural = sumDType(a.dtype);
    let src = a;
    if (otype !== natural && (DTYPE[otype].kind === "f" || DTYPE[otype].kind === "b" || DTYPE[a.dtype].kind === "f")) {
      // Each element is cast to the accumulator's type first (integers then accumulate exactly in int64 and wrap when cast).
      src = temps.add(NDArray.empty(a.shape, otype));
      castStrided(src.ptr, otype, src.byteStrides, a.ptr, a.dtype, a.byteStrides, a.shape);
      strides = out === null ? src.byteStrides : src.byteStrides.map((s, k) => (a.shape[k] === 1 ? 0 : s));
    }
    if (DTYPE[src.dtype].kind !== "f" && DTYPE[src.dtype].itemsize < 8 || src.dtype === "bool") {
      // Narrower integers and booleans accumulate on a copy widened to int64 / uint64.
      const wide = temps.add(src._cast(sumDType(src.dtype)));
      strides = strides.map((s, k) => (s === 0 && src.shape[k] === 1 ? 0 : wide.byteStrides[k]!));
      src = wide;
    }
    // Without `out`, the result is laid out in the order NumPy's accumulate iterates `a`.
    const order = out === null && a.ndim > 1 && !a.isContiguous ? iterationOrder(a.shape, a.byteStrides) : undefined;
    let result = accumulateNatural(op, src, shape, strides, d, order);
    if (result.dtype !== otype) {
      const cast = copyInOrder(result, order, otype);
      result.dispose();
      result = cast;
    }
    if (out === null) return result;
    try {
      return writeOut(out, result);
    } finally {
      result.dispose();
    }
  } finally {
    temps.dispose();
    if (owned) input.dispose();
  }
}

/**
 * np.cumsum: running sums along `axis` (of the C-order flattening when undefined). Integers and
 * booleans accumulate in int64 (uint64 for unsigned), as NumPy's; `out` and `dtype` as NumPy's.
  * @example
  * nd.cumsum([1, 2, 3, 4])              // array([ 1,  3,  6, 10])
  * nd.cumsum([[1, 2], [3, 4]], 0)       // array([[1, 2], [4, 6]])
 */
export const cumsum = (a: Operand, axis?: number | null, options?: CumulativeOptions): NDArray => accumulate("cumsum", a, axis, options);
/**
 * np.cumprod: running products.
 * @example
 * nd.cumprod([1, 2, 3, 4])             // array([ 1,  2,  6, 24])
 */
export const cumprod = (a: Operand, axis?: number | null, options?: CumulativeOptions): NDArray => accumulate("cumprod", a, axis, options);

/** Options of np.diff: values joined before / after `a` along the axis (a scalar is repeated across the other axes). */
export interface DiffOptions {
  prepend?: Operand;
  append?: Operand;
}

/** np.concatenate of diff's pieces along `axis` (dtype: NumPy's promotion of the arrays). */
export function join(pieces: readonly NDArray[], axis: number): NDArray {
  const nd = pieces[0]!.ndim;
  pieces.forEach((p, i) => {
    if (p.ndim !== nd) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${p.ndim} dimension(s)`,
      );
    }
    for (let k = 0; k < nd; k++) {
      if (k !== axis && p.shape[k] !== pieces[0]!.shape[k]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${k}, the array at index 0 has size ${pieces[0]!.shape[k]} and the array at index ${i} has size ${p.shape[k]}`,
        );
      }
    }
  });
  const dtype = pieces.map((p) => p.dtype).reduce((x, y) => promoteTypes(x, y));
  const shape = pieces[0]!.shape.slice();
  shape[axis] = pieces.reduce((s, p) => s + p.shape[axis]!, 0);
  const out = NDArray.empty(shape, dtype);
  let start = 0;
  for (const p of pieces) {
    const view = out.view(p.shape, out.strides, start * out.strides[axis]!);
    castStrided(view.ptr, dtype, view.byteStrides, p.ptr, p.dtype, p.byteStrides, p.shape);
    view.dispose();
    start += p.shape[axis]!;
  }
  return out;
}

/**
 * np.diff: the n-th discrete difference along `axis` (out[i] = a[i+1] - a[i], n times; for
 * booleans a[i+1] != a[i]). `prepend` / `append` are joined to `a` first. n = 0 gives a view of `a`.
  * @example
  * nd.diff([1, 4, 9, 16])               // array([3, 5, 7])
  * nd.diff([1, 4, 9, 16], 2)            // array([2, 2])
 */
export function diff(x: Operand, n: number = 1, axis: number = -1, options?: DiffOptions): NDArray {
  const opts = readOptions<DiffOptions>(options, "diff", ["prepend", "append"]);
  if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`'${typeof n === "number" ? "float" : typeof n}' object cannot be interpreted as an integer`);
  if (n < 0) throw new ValueError(`order must be non-negative but got ${n}`);
  const temps = new Temps();
  try {
    let a = temps.array(x, "a");
    if (n === 0) return a.view(a.shape, a.strides, a.offset);
    if (a.ndim === 0) throw new ValueError("diff requires input that is at least one dimensional");
    if (typeof axis !== "number") throw new TypeError(`diff: axis must be an integer, got ${typeof axis}`);
    if (!Number.isInteger(axis)) throw new TypeError(`'float' object cannot be interpreted as an integer`);
    if (axis < -a.ndim || axis >= a.ndim) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${a.ndim}`);
    const d = normalizeAxis(axis, a.ndim);
    const edge = (v: Operand, name: string): NDArray => {
      let e = temps.array(v, name);
      if (e.ndim === 0) {
        const shape = a.shape.slice();
        shape[d] = 1;
        e = temps.add(e.view(shape, shape.map(() => 0), e.offset));
      }
      return e;
    };
    const pieces: NDArray[] = [];
    if (opts.prepend !== undefined) pieces.push(edge(opts.prepend, "prepend"));
    pieces.push(a);
    if (opts.append !== undefined) pieces.push(edge(opts.append, "append"));
    if (pieces.length > 1) a = temps.add(join(pieces, d));
    for (let k = 0; k < n; k++) {
      const len = Math.max(a.shape[d]! - 1, 0);
      const shape = a.shape.slice();
      shape[d] = len;
      const hi = temps.add(a.view(shape, a.strides, a.offset + (len > 0 ? a.strides[d]! : 0)));
      const lo = temps.add(a.view(shape, a.strides, a.offset));
      const r = a.dtype === "bool" ? notEqual(hi, lo) : subtract(hi, lo);
      if (k === n - 1) return r;
      a = temps.add(r);
    }
    throw new Error("unreachable");
  } finally {
    temps.dispose();
  }
}
