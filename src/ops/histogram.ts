// np.bincount and np.histogram (numpy/lib/_histograms_impl.py): bin edges from np.linspace in
// the type NumPy picks, each value's bin by NumPy's equal-width arithmetic in WASM
// (assembly/histogram.ts), counts and weighted sums by bincount, block by block as NumPy adds them.

import { DTYPE, canCastSameKind, promoteTypes, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { scalarSlot } from "../backend/wasm/callblock.js";
import { heapF64 } from "../backend/wasm/heap.js";
import { kernel } from "../backend/wasm/kernels.js";
import { greater, greaterEqual } from "./compare.js";
import { diff } from "./cumulative.js";
import { add, divide } from "./elementwise.js";
import { linspace } from "./grid.js";
import { Temps, asArray, type Operand } from "./operand.js";
import { max, min, sum } from "./reduce.js";
import { truthReduce } from "./truth.js";

const bincountKernel = kernel<(out: number, x: number, n: number, sx: number) => void>("bincount", "i64");
const bincountWeighted = kernel<(out: number, x: number, w: number, n: number, sx: number, sw: number) => void>("bincount_weighted", "i64");
type IndexKernel = (idx: number, a: number, n: number, sa: number, edges: number, params: number, wide: number) => void;
type SearchKernel = (idx: number, a: number, n: number, sa: number, edges: number, nedges: number) => void;

const anyTrue = (a: NDArray, temps: Temps) => Boolean(temps.add(truthReduce("any", a, a.shape.map(() => true), false)).item());

/** Counts (int64) or weighted sums (float64) of the bin numbers in `idx` (int64, -1 skipped) into `bins` bins. */
function tally(idx: NDArray, w: NDArray | null, bins: number): NDArray {
  const out = NDArray.empty([bins], w === null ? "int64" : "float64", true);
  if (idx.size === 0) return out;
  if (w === null) bincountKernel(out.ptr, idx.ptr, idx.size, idx.byteStrides[0]!);
  else bincountWeighted(out.ptr, idx.ptr, w.ptr, idx.size, idx.byteStrides[0]!, w.byteStrides[0]!);
  return out;
}

/** A 1-D operand, NumPy's `PyArray_ContiguousFromAny(x, NPY_INTP, 1, 1)` for bincount's list. */
function binNumbers(x: Operand, temps: Temps): NDArray {
  if (Array.isArray(x) && x.length === 0) return temps.add(NDArray.empty([0], "int64"));
  const a = temps.array(x, "x");
  if (a.ndim > 1) throw new ValueError("object too deep for desired array");
  if (a.ndim < 1) throw new ValueError("object of too small depth for desired array");
  if (!canCastSameKind(a.dtype, "int64")) throw new TypeError(`Cannot cast array data from dtype('${a.dtype}') to dtype('int64') according to the rule 'safe'`);
  return a.dtype === "int64" ? a : temps.add(a._cast("int64"));
}

/**
 * np.bincount: how often each non-negative integer occurs in `x` (int64), or the sum of the
 * `weights` (float64) falling on it, for 0 … max(max(x) + 1, minlength) - 1.
  * @example
  * nd.bincount([0, 1, 1, 3])            // array([1, 2, 0, 1])
  * nd.bincount([0, 1, 1], [0.5, 1, 2])  // array([0.5, 3. ])
 */
export function bincount(x: Operand, weights?: Operand | null, minlength: number = 0): NDArray {
  const temps = new Temps();
  try {
    const idx = binNumbers(x, temps);
    let w: NDArray | null = null;
    if (weights !== undefined && weights !== null) {
      w = temps.array(weights, "weights");
      if (w.ndim > 1) throw new ValueError("object too deep for desired array");
      if (w.ndim < 1) throw new ValueError("object of too small depth for desired array");
      if (w.dtype !== "float64") w = temps.add(w._cast("float64"));
    }
    if (minlength === null) throw new TypeError("use 0 instead of None for minlength");
    if (typeof minlength !== "number" || !Number.isInteger(minlength)) throw new TypeError(`'${typeof minlength === "number" ? "float" : typeof minlength}' object cannot be interpreted as an integer`);
    if (minlength < 0) throw new ValueError("'minlength' must not be negative");
    let bins = minlength;
    if (idx.size > 0) {
      if (Number(temps.add(min(idx)).item()) < 0) throw new ValueError("'list' argument must have no negative elements");
      bins = Math.max(bins, Number(temps.add(max(idx)).item()) + 1);
    }
    if (w !== null && w.size !== idx.size) throw new ValueError("The weights and list don't have the same length.");
    return tally(idx, w, bins);
  } finally {
    temps.dispose();
  }
}

/** Options of np.histogram. */
export interface HistogramOptions {
  /** The lower and upper edge of the bins (default: the data's minimum and maximum). */
  range?: readonly [number, number] | null;
  /** A weight for each value: the histogram sums them (in the weights' type). */
  weights?: Operand | null;
  /** Return the probability density (integral 1 over the range) instead of counts. */
  density?: boolean | null;
}

/** Python's repr of a float (shortest digits; exponent below 1e-4 and from 1e16). */
function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, e] = x.toExponential().split("e") as [string, string];
  const exp = Number(e);
  if (exp < -4 || exp >= 16) return `${mant}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  const s = x.toFixed(Math.max(0, mant.replace("-", "").replace(".", "").length - 1 - exp));
  return s.includes(".") ? s : `${s}.0`;
}

/**
 * An outer edge as NumPy holds it: a Python int or float (the range, or 0 and 1 for empty data),
 * or a NumPy scalar of the data's type (its minimum or maximum). The kind decides the types
 * NumPy's arithmetic runs in (NEP 50: Python scalars are weak).
 */
interface Edge {
  value: number;
  /** "int" / "float": a Python scalar; otherwise the dtype of a NumPy scalar. */
  kind: "int" | "float" | DType;
  /** An integer NumPy scalar's exact value. */
  big?: bigint;
}

const pyScalarText = (e: Edge) => (e.kind === "int" ? String(e.value) : pyFloat(e.value));

function outerEdges(a: NDArray, range: readonly [number, number] | null | undefined, temps: Temps): [Edge, Edge] {
  let first: Edge;
  let last: Edge;
  if (range !== undefined && range !== null) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((v) => typeof v === "number")) throw new TypeError("histogram: range must be [min, max] numbers");
    const [lo, hi] = range as [number, number];
    first = { value: lo, kind: Number.isInteger(lo) ? "int" : "float" };
    last = { value: hi, kind: Number.isInteger(hi) ? "int" : "float" };
    if (lo > hi) throw new ValueError("max must be larger than min in range parameter.");
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new ValueError(`supplied range of [${pyScalarText(first)}, ${pyScalarText(last)}] is not finite`);
  } else if (a.size === 0) {
    first = { value: 0, kind: "int" };
    last = { value: 1, kind: "int" };
  } else {
    const lo = temps.add(min(a));
    const hi = temps.add(max(a));
    const big = DTYPE[a.dtype].big;
    first = { value: Number(lo.item()), kind: a.dtype, big: big ? (lo.toTypedArray() as BigInt64Array)[0] : undefined };
    last = { value: Number(hi.item()), kind: a.dtype, big: big ? (hi.toTypedArray() as BigInt64Array)[0] : undefined };
    if (!Number.isFinite(first.value) || !Number.isFinite(last.value)) throw new ValueError(`autodetected range of [${pyFloat(first.value)}, ${pyFloat(last.value)}] is not finite`);
  }
  if (first.value === last.value && (first.big === undefined || first.big === last.big)) {
    // x - 0.5 and x + 0.5: a float32 scalar stays float32; integers become float64.
    const f32 = first.kind === "float32";
    const shift = (e: Edge, by: number): Edge => {
      if (e.kind === "int" || e.kind === "float") return { value: e.value + by, kind: "float" };
      if (f32) return { value: Math.fround(e.value + by), kind: "float32" };
      return { value: e.value + by, kind: "float64" };
    };
    first = shift(first, -0.5);
    last = shift(last, 0.5);
  }
  return [first, last];
}

/** _unsigned_subtract(last, first): its value, and whether it is a float32 (the only case the division stays in float32). */
function denominator(first: Edge, last: Edge): { value: number; float32: boolean } {
  if (first.kind === "int" && last.kind === "int") return { value: Number(BigInt.asUintN(64, BigInt(last.value) - BigInt(first.value))), float32: false };
  if (first.kind === "float32" && last.kind === "float32") return { value: Math.fround(last.value - first.value), float32: true };
  if (first.big !== undefined && last.big !== undefined) return { value: Number(last.big - first.big), float32: false };
  return { value: last.value - first.value, float32: false };
}

/** np.linspace(first, last, n + 1, dtype=binType): computed in float32 only for float32 NumPy scalars. */
function equalEdges(first: Edge, last: Edge, bins: number, binType: DType, temps: Temps): NDArray {
  const f32 = first.kind === "float32" && last.kind === "float32";
  const as = (e: Edge) => (f32 ? temps.add(NDArray.empty([], "float32").fill(e.value)) : e.value);
  return linspace(as(first), as(last), bins + 1, { dtype: binType });
}

/**
 * Per-value bins of `a` (bool read as uint8), -1 for values outside the edges; or, with
 * `counts` (int64 zeros), the count of each bin in the same pass.
 */
function equalWidthBins(a: NDArray, first: Edge, last: Edge, bins: number, temps: Temps, counts: NDArray | null): { idx: NDArray | null; edges: NDArray } {
  const binType: DType = a.dtype === "float32" ? "float32" : "float64";
  const edges = equalEdges(first, last, bins, binType, temps);
  if (bins > 1 && anyTrue(temps.add(greaterEqual(temps.add(edges.slice(":-1")), temps.add(edges.slice("1:")))), temps)) {
    edges.dispose();
    throw new ValueError(`Too many bins for data range. Cannot create ${bins} finite-sized bins.`);
  }
  const data = a.dtype === binType ? a : temps.add(a._cast(binType));
  const idx = counts === null ? temps.add(NDArray.empty([a.size], "int64")) : null;
  const denom = denominator(first, last);
  const f32 = binType === "float32";
  const round = f32 ? Math.fround : (x: number) => x;
  const params = scalarSlot(0);
  const h = heapF64();
  const p = params / 8;
  h[p] = round(first.value);
  h[p + 1] = round(first.value);
  h[p + 2] = round(last.value);
  h[p + 3] = denom.value;
  h[p + 4] = bins;
  if (a.size > 0) {
    const wide = f32 && denom.float32 ? 0 : 1;
    kernel<IndexKernel>(idx === null ? "histogram_count" : "histogram_index", DTYPE[binType].suffix)((idx ?? counts)!.ptr, data.ptr, a.size, data.byteStrides[0]!, edges.ptr, params, wide);
  }
  return { idx, edges };
}

/** Per-value bins among explicit, increasing edges (compared in the promoted type of data and edges). */
function edgeBins(a: NDArray, edges: NDArray, temps: Temps): NDArray {
  const common = promoteTypes(a.dtype, edges.dtype);
  const t = DTYPE[common];
  const work: DType = t.kind === "f" ? common : t.kind === "u" && t.itemsize === 8 ? "uint64" : t.kind === "b" ? "int64" : "int64";
  const data = a.dtype === work ? a : temps.add(a._cast(work));
  const e = edges.dtype === work && edges.isContiguous ? edges : temps.add(edges._cast(work));
  const idx = temps.add(NDArray.empty([a.size], "int64"));
  if (a.size > 0 && e.size > 0) kernel<SearchKernel>("histogram_search", DTYPE[work].suffix)(idx.ptr, data.ptr, a.size, data.byteStrides[0]!, e.ptr, e.size);
  else if (a.size > 0) idx.fill(-1);
  return idx;
}

/** NumPy's weighted histogram: bincount's float64 sums per block of 65536 values, each cast to the weights' type and added. */
function weightedSums(idx: NDArray, w: NDArray, bins: number, temps: Temps): NDArray {
  const w64 = w.dtype === "float64" ? w : temps.add(w._cast("float64"));
  const n = NDArray.empty([bins], w.dtype, true);
  try {
    const BLOCK = 65536;
    for (let start = 0; start < idx.size; start += BLOCK) {
      const stop = Math.min(start + BLOCK, idx.size);
      const block = new Temps();
      try {
        const part = block.add(tally(block.add(idx.slice(`${start}:${stop}`)), block.add(w64.slice(`${start}:${stop}`)), bins));
        add(n, w.dtype === "float64" ? part : block.add(part._cast(w.dtype)), { out: n });
      } finally {
        block.dispose();
      }
    }
    return n;
  } catch (e) {
    n.dispose();
    throw e;
  }
}

/**
 * np.histogram: counts (int64) of the values of `a` (flattened) in `bins` equal-width bins over
 * `range` (default: the data's span), or among explicit increasing edges (`bins` an array; the
 * last bin closed on the right). `weights` sum instead of counting; `density` normalises.
 * Returns `[hist, binEdges]`, bit for bit NumPy's (weighted sums among explicit edges: NumPy adds
 * cumulative sums of the sorted weights, here each bin's own, so they may differ in the last digits).
  * @example
  * const [counts, edges] = nd.histogram([1, 2, 2, 3, 5], 4);
  * counts                               // array([1, 2, 1, 1])
  * edges                                // array([1., 2., 3., 4., 5.])
 */
export function histogram(x: Operand, bins: number | Operand = 10, options?: HistogramOptions): [NDArray, NDArray] {
  const opts = readOptions<HistogramOptions>(options, "histogram", ["range", "weights", "density"]);
  const temps = new Temps();
  const results: NDArray[] = [];
  try {
    let a = temps.array(x, "a");
    let w: NDArray | null = null;
    if (opts.weights !== undefined && opts.weights !== null) {
      w = temps.array(opts.weights, "weights");
      if (w.ndim !== a.ndim || w.shape.some((n, d) => n !== a.shape[d])) throw new ValueError("weights should have the same shape as a.");
      w = temps.add(w.reshape(w.size));
    }
    if (a.dtype === "bool") a = temps.add(a._cast("uint8"));
    a = temps.add(a.reshape(a.size));
    let idx: NDArray | null;
    let edges: NDArray;
    let count: number;
    let hist: NDArray | null = null;
    if (typeof bins === "number" || typeof bins === "bigint" || typeof bins === "boolean") {
      if (typeof bins !== "number" || !Number.isInteger(bins)) throw new TypeError("`bins` must be an integer, a string, or an array");
      if (bins < 1) throw new ValueError("`bins` must be positive, when an integer");
      const [first, last] = outerEdges(a, opts.range, temps);
      if (w === null) results.push((hist = NDArray.empty([bins], "int64", true)));
      ({ idx, edges } = equalWidthBins(a, first, last, bins, temps, hist));
      count = bins;
    } else {
      if (typeof bins === "string") throw new TypeError("histogram: `bins` estimators given by name are not supported; give a number of bins or the edges");
      edges = asArray(bins as Operand, "bins").array;
      if (edges === bins) edges = edges.view(edges.shape, edges.strides, edges.offset);
      results.push(edges);
      if (edges.ndim !== 1) throw new ValueError("`bins` must be 1d, when an array");
      if (edges.size > 1 && anyTrue(temps.add(greater(temps.add(edges.slice(":-1")), temps.add(edges.slice("1:")))), temps)) throw new ValueError("`bins` must increase monotonically, when an array");
      idx = edgeBins(a, edges, temps);
      count = Math.max(edges.size - 1, 0);
    }
    if (!results.includes(edges)) results.push(edges);
    if (hist === null) {
      hist = w === null ? tally(idx!, null, count) : weightedSums(idx!, w, count, temps);
      results.push(hist);
    }
    if (opts.density) {
      const widths = temps.add(diff(edges));
      const ratio = temps.add(divide(hist, widths.dtype === "float64" ? widths : temps.add(widths._cast("float64"))));
      const density = divide(ratio, temps.add(sum(hist)));
      results.push(density);
      hist.dispose();
      results.splice(results.indexOf(hist), 1);
      hist = density;
    }
    return [hist, edges];
  } catch (e) {
    for (const r of results) r.dispose();
    throw e;
  } finally {
    temps.dispose();
  }
}

