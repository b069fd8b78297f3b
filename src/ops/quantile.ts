// np.median, np.quantile and np.percentile: the reduced axes moved last in a contiguous copy,
// the order statistics each method needs selected in place by the partition kernel
// (assembly/partition.ts), then NumPy's mean of the middle pair or its `_lerp` on them, evaluated
// in NumPy's dtypes (./quantile-math.ts).

import { DTYPE, describe, type DType } from "../core/dtype.js";
import { IndexError, UFuncTypeError, ValueError, indexError, outputCastError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { normalizeAxis } from "../core/shape.js";
import { canCastSameKind } from "../core/dtype.js";
import { viewAt } from "../backend/wasm/heap.js";
import { lastPermutation, permutedCopy } from "./along-axis.js";
import { assign } from "./assign.js";
import { asArray, isScalar, type Operand } from "./operand.js";
import { cast, lerp, lerpDTypes, neighbours, QUANTILE_METHODS, virtualIndex, type GammaType, type QuantileMethod, type Typed, type Value } from "./quantile-math.js";
import type { Axis } from "./reduce.js";
import { partitionRows } from "./sort.js";


/** np.median's keywords. */
export interface MedianOptions {
  keepdims?: boolean;
  out?: NDArray | null;
}

/** np.quantile's keywords (`method` default "linear"). */
export interface QuantileOptions extends MedianOptions {
  method?: QuantileMethod;
}

const BOOL_SUBTRACT =
  "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.";

/** The data as rows: reduced axes moved last and merged, in a fresh contiguous copy the selection may reorder. */
interface Rows {
  data: NDArray;
  rows: number;
  n: number;
  /** The result's shape without q's axes (keepdims applied). */
  shape: number[];
}

function toRows(a: NDArray, axis: Axis, keepdims: boolean): Rows {
  if (axis !== undefined && axis !== null && typeof axis !== "number" && !Array.isArray(axis)) {
    throw new TypeError(`axis must be a number, an array of numbers or undefined, got ${describe(axis)}`);
  }
  if (axis === undefined || axis === null) {
    const data = a.flatten();
    return { data, rows: 1, n: a.size, shape: keepdims ? a.shape.map(() => 1) : [] };
  }
  const list = (typeof axis === "number" ? [axis] : axis).map((d) => normalizeAxis(d, a.ndim));
  if (new Set(list).size !== list.length) throw new ValueError("repeated axis");
  const axes = list.slice().sort((x, y) => x - y);
  const perm = lastPermutation(a.ndim, axes);
  const moved = permutedCopy(a, perm);
  let n = 1;
  for (const d of axes) n *= a.shape[d]!;
  const kept = a.shape.filter((_, d) => !axes.includes(d));
  const rows = kept.reduce((x, y) => x * y, 1);
  const data = moved.reshape([rows, n]);
  moved.dispose();
  return { data, rows, n, shape: keepdims ? a.shape.map((s, d) => (axes.includes(d) ? 1 : s)) : kept };
}

function readKeepdims(v: unknown): boolean {
  if (v === undefined) return false;
  if (typeof v !== "boolean") throw new TypeError(`keepdims must be a boolean, got ${describe(v)}`);
  return v;
}

/** Writes `result` into `out` (broadcast, cast unsafely as assignment does) and disposes it. */
function deliver(result: NDArray, out: unknown, sameKind: boolean): NDArray {
  if (out === undefined || out === null) return result;
  try {
    if (!(out instanceof NDArray)) throw new TypeError(`out must be an NDArray, got ${describe(out)}`);
    out.checkWriteable("output array");
    if (sameKind && !canCastSameKind(result.dtype, out.dtype)) throw new UFuncTypeError(outputCastError("add", result.dtype, out.dtype));
    assign(out, { shape: out.shape.slice(), strides: out.strides.slice(), offset: out.offset }, result);
    return out;
  } finally {
    result.dispose();
  }
}

/** Every value of one row at the given positions (the row partitioned around them first). */
function partitioned(r: Rows, positions: Iterable<number>): void {
  const kth = Int32Array.from(new Set(positions)).sort();
  partitionRows(r.data, r.n, kth);
}

const isFloat = (d: DType): boolean => DTYPE[d].kind === "f";

/**
 * np.median along `axis` (default all); NaN propagates.
 * @example
 * nd.median([[1, 5], [3, 2]], 0)       // array([2. , 3.5])
 */
export function median(x: Operand, axis?: Axis, options?: MedianOptions): NDArray {
  const opts = readOptions<MedianOptions>(options, "median", ["keepdims", "out"]);
  const keepdims = readKeepdims(opts.keepdims);
  const { array: a, owned } = asArray(x, "a");
  try {
    const dtype: DType = a.dtype === "float32" ? "float32" : "float64";
    const r = toRows(a, axis, keepdims);
    try {
      const { n, rows } = r;
      const float = isFloat(a.dtype);
      const out = NDArray.empty(r.shape, dtype);
      try {
        if (rows > 0) {
          const res = viewAt(out.ptr, dtype, rows) as Float64Array | Float32Array;
          if (n === 0) res.fill(NaN);
          else {
            const mid = n >> 1;
            const kth = n % 2 === 1 ? [mid] : [mid - 1, mid];
            partitioned(r, float ? [...kth, n - 1] : kth);
            const src = viewAt(r.data.ptr, a.dtype, rows * n);
            const f = dtype === "float32" ? Math.fround : (v: number) => v;
            for (let i = 0; i < rows; i++) {
              const base = i * n;
              // np.mean of the middle one or two: a sum from 0, then divided by the count.
              let v: number;
              if (n % 2 === 1) v = f(0 + Number(src[base + mid]!));
              else v = f(f(f(0 + Number(src[base + mid - 1]!)) + Number(src[base + mid]!)) / 2);
              const last = Number(src[base + n - 1]!);
              res[i] = float && last !== last ? last : v;
            }
          }
        }
      } catch (e) {
        out.dispose();
        throw e;
      }
      return deliver(out, opts.out, false);
    } finally {
      r.data.dispose();
    }
  } finally {
    if (owned) a.dispose();
  }
}

/** q's values, shape and the dtype NumPy computes its indices in. */
function readQ(q: Operand, percent: boolean): { values: number[]; shape: number[]; t: Typed["t"]; weak: boolean } {
  const weak = typeof q === "number" || typeof q === "bigint";
  if (typeof q === "boolean" || (isScalar(q) === false && typeof q !== "object")) throw new TypeError(`q must be a number or an array of numbers, got ${describe(q)}`);
  const { array, owned } = asArray(q, "q");
  try {
    if (array.ndim > 2) throw new ValueError("q must be a scalar or 1d");
    const kind = DTYPE[array.dtype].kind;
    let t: Typed["t"] = kind === "f" ? (array.dtype as "float32" | "float64") : "int64";
    const f = array._cast("float64");
    let values: number[];
    try {
      values = Array.from(f.toTypedArray() as Float64Array);
    } finally {
      f.dispose();
    }
    if (t === "float32") values = values.map(Math.fround);
    if (percent) {
      // np.true_divide(q, 100): float64, or float32 for float32 q.
      if (t === "int64") t = "float64";
      values = values.map((v) => (t === "float32" ? Math.fround(v / 100) : v / 100));
    }
    return { values, shape: array.shape.slice(), t, weak };
  } finally {
    if (owned) array.dispose();
  }
}

function checkMethod(method: unknown): QuantileMethod {
  if (method === undefined) return "linear";
  if (typeof method !== "string" || !(QUANTILE_METHODS as readonly string[]).includes(method)) {
    const shown = typeof method === "string" ? `'${method}'` : describe(method);
    throw new ValueError(`${shown} is not a valid method. Use one of: dict_keys([${QUANTILE_METHODS.map((m) => `'${m}'`).join(", ")}])`);
  }
  return method as QuantileMethod;
}

function quantileOf(fn: "quantile" | "percentile", x: Operand, q: Operand, axis: Axis, options: QuantileOptions | undefined): NDArray {
  const opts = readOptions<QuantileOptions>(options, fn, ["method", "keepdims", "out"]);
  const keepdims = readKeepdims(opts.keepdims);
  const { array: a, owned } = asArray(x, "a");
  try {
    const qs = readQ(q, fn === "percentile");
    if (!qs.values.every((v) => v >= 0 && v <= 1)) throw new ValueError(fn === "quantile" ? "Quantiles must be in the range [0, 1]" : "Percentiles must be in the range [0, 100]");
    const r = toRows(a, axis, keepdims);
    try {
      const method = checkMethod(opts.method);
      const { n, rows } = r;
      if (n === 0) throw new IndexError(indexError(-1, 0, 0));
      const A = a.dtype;
      const float = isFloat(A);
      const picks = qs.values.map((v) => virtualIndex(method, n, { v, t: qs.t }));
      // Integer indices are taken as they are; fractional ones interpolate (the kind follows from method and q's dtype).
      const probe = virtualIndex(method, n, { v: 0, t: qs.t });
      const direct = probe.int;
      if (!direct && A === "bool") throw new TypeError(BOOL_SUBTRACT);
      const g: GammaType = qs.weak ? "weak" : probe.index.t;
      const dtype: DType = direct ? A : lerpDTypes(A, g).result;
      const pairs = picks.map((p) => {
        if (direct) return { previous: p.index.v, next: p.index.v, gamma: 0 };
        const nb = neighbours(method, p.index, n);
        return { previous: nb.previous, next: nb.next, gamma: nb.gamma.v };
      });
      const out = NDArray.empty([...qs.shape, ...r.shape], dtype);
      try {
        if (rows > 0 && pairs.length > 0) {
          const positions = direct ? pairs.map((p) => p.previous) : [0, n - 1, ...pairs.flatMap((p) => [p.previous, p.next])];
          if (float) positions.push(n - 1);
          partitioned(r, positions);
          const src = viewAt(r.data.ptr, A, rows * n);
          const res = viewAt(out.ptr, dtype, out.size) as { [i: number]: Value };
          pairs.forEach((p, qi) => {
            for (let i = 0; i < rows; i++) {
              const base = i * n;
              const last = src[base + n - 1]!;
              let v: Value;
              if (float && last !== last) v = cast(last, dtype);
              else if (direct) v = src[base + p.previous]!;
              else v = lerp(src[base + p.previous]!, src[base + p.next]!, p.gamma, A, g);
              res[qi * rows + i] = v;
            }
          });
        }
      } catch (e) {
        out.dispose();
        throw e;
      }
      return deliver(out, opts.out, true);
    } finally {
      r.data.dispose();
    }
  } finally {
    if (owned) a.dispose();
  }
}

/**
 * np.quantile (q in [0, 1]) along `axis`, every NumPy `method`, to the bit.
 * @example
 * nd.quantile([[10, 7, 4], [3, 2, 1]], [0.25, 0.5], 1)  // array([[5.5, 1.5], [7. , 2. ]])
 */
export function quantile(a: Operand, q: Operand, axis?: Axis, options?: QuantileOptions): NDArray {
  return quantileOf("quantile", a, q, axis, options);
}

/**
 * np.percentile: np.quantile with q in [0, 100].
 * @example
 * nd.percentile([1, 2, 3, 4], [25, 75], null, { method: "nearest" }) // array([2, 3])
 */
export function percentile(a: Operand, q: Operand, axis?: Axis, options?: QuantileOptions): NDArray {
  return quantileOf("percentile", a, q, axis, options);
}
