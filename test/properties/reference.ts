// A plain TypeScript reference for the property tests: arrays as flat C-order lists of JS values,
// every operation written the obvious way, one element at a time. It never calls ndwasm. Where it
// could share a mistake with ndwasm (result dtypes, casts of special values) it takes NumPy's own
// answers from fixtures: test/fixtures/promotion.json, and reference.test.ts checks `cast` against
// test/fixtures/special_values.json.
import { readFileSync } from "node:fs";

export type DType = "bool" | "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64" | "float32" | "float64";
export const DTYPES: readonly DType[] = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64"];

/** An element: a number (bool as 0 / 1, floats, integers up to 32 bits) or a bigint (64-bit integers). */
export type Value = number | bigint;

export interface RArray {
  dtype: DType;
  shape: number[];
  /** C order. */
  data: Value[];
}

export const isFloat = (d: DType): boolean => d === "float32" || d === "float64";
export const isBig = (d: DType): boolean => d === "int64" || d === "uint64";
export const isInt = (d: DType): boolean => d !== "bool" && !isFloat(d);
export const bits = (d: DType): number => (d === "bool" ? 8 : Number(/\d+/.exec(d)![0]));
export const signed = (d: DType): boolean => d.startsWith("int");
export const itemsize = (d: DType): number => bits(d) / 8;

/** The integer range of an integer dtype, exactly. */
export function range(d: DType): [bigint, bigint] {
  const b = BigInt(bits(d));
  return signed(d) ? [-(1n << (b - 1n)), (1n << (b - 1n)) - 1n] : [0n, (1n << b) - 1n];
}

export const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** Wraps an exact integer into an integer dtype's bits (two's complement), as C does. */
export function wrap(v: bigint, d: DType): Value {
  const w = signed(d) ? BigInt.asIntN(bits(d), v) : BigInt.asUintN(bits(d), v);
  return isBig(d) ? w : Number(w);
}

/** Rounds an exact integer to the nearest float32 (ties to even), without going through float64. */
function bigToFloat32(v: bigint): number {
  const neg = v < 0n;
  let m = neg ? -v : v;
  const len = m.toString(2).length;
  if (len <= 24) return Math.fround(Number(v));
  const shift = BigInt(len - 24);
  const rest = m & ((1n << shift) - 1n);
  const half = 1n << (shift - 1n);
  m >>= shift;
  if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  const r = Math.fround(Number(m) * 2 ** Number(shift));
  return neg ? -r : r;
}

/** x86's cvttsd2si: truncation, and the type's minimum for NaN or out-of-range values. */
function truncate(x: number, width: 32 | 64): bigint {
  const lim = 2 ** (width - 1);
  if (!(x >= -lim && x < lim)) return -(1n << BigInt(width - 1));
  return BigInt(Math.trunc(x));
}

/** An element of `from` converted to `to` as NumPy converts on x86-64 (checked against NumPy by reference.test.ts). */
export function cast(v: Value, from: DType, to: DType): Value {
  if (to === "bool") return Number(v) !== 0 || Number.isNaN(Number(v)) ? 1 : 0;
  if (isFloat(to)) {
    if (typeof v === "bigint") return to === "float32" ? bigToFloat32(v) : Number(v);
    return to === "float32" ? Math.fround(v) : v;
  }
  if (!isFloat(from)) return wrap(BigInt(v), to);
  const x = Number(v);
  // Floats to integers: a 64-bit truncation for the 64-bit types (uint64 above 2^63 by
  // subtracting 2^63 first), a 32-bit one for the others (uint32 above 2^31 likewise).
  if (bits(to) === 64) {
    if (!signed(to) && x >= 2 ** 63) return wrap(truncate(x - 2 ** 63, 64) ^ -(1n << 63n), to);
    return wrap(truncate(x, 64), to);
  }
  if (to === "uint32" && x >= 2 ** 31) return wrap(truncate(x - 2 ** 31, 32) ^ -(1n << 31n), to);
  return wrap(truncate(x, 32), to);
}

export function astype(a: RArray, to: DType): RArray {
  return { dtype: to, shape: a.shape.slice(), data: a.data.map((v) => cast(v, a.dtype, to)) };
}

// ---- views: the index arithmetic of NumPy's basic indexing, on flat C-order data ----

/** A view step, as test/support/fixtures.ts applies them to NDArrays. */
export type Step = ["T"] | ["transpose", ...number[]] | ["slice", ...(number | string | null)[]];

interface Layout {
  shape: number[];
  strides: number[];
  offset: number;
}

function sliceIndices(n: number, start: number | undefined, stop: number | undefined, step: number): { start: number; length: number } {
  if (step > 0) {
    const lo = start === undefined ? 0 : start < 0 ? Math.max(start + n, 0) : Math.min(start, n);
    const hi = stop === undefined ? n : stop < 0 ? Math.max(stop + n, 0) : Math.min(stop, n);
    return { start: lo, length: hi > lo ? Math.ceil((hi - lo) / step) : 0 };
  }
  const lo = start === undefined ? n - 1 : start < 0 ? Math.max(start + n, -1) : Math.min(start, n - 1);
  const hi = stop === undefined ? -1 : stop < 0 ? Math.max(stop + n, -1) : Math.min(stop, n - 1);
  return { start: lo, length: lo > hi ? Math.ceil((lo - hi) / -step) : 0 };
}

function applyStep(l: Layout, step: Step): Layout {
  if (step[0] === "T") return { shape: l.shape.slice().reverse(), strides: l.strides.slice().reverse(), offset: l.offset };
  if (step[0] === "transpose") {
    const perm = step.slice(1) as number[];
    return { shape: perm.map((p) => l.shape[p]!), strides: perm.map((p) => l.strides[p]!), offset: l.offset };
  }
  const out: Layout = { shape: [], strides: [], offset: l.offset };
  let axis = 0;
  for (const spec of step.slice(1) as (number | string | null)[]) {
    if (spec === null) {
      out.shape.push(1);
      out.strides.push(0);
    } else if (typeof spec === "number") {
      const n = l.shape[axis]!;
      out.offset += (spec < 0 ? spec + n : spec) * l.strides[axis]!;
      axis++;
    } else {
      const [a, b, c] = spec.split(":").map((p) => (p.trim() === "" ? undefined : Number(p)));
      const st = c ?? 1;
      const { start, length } = sliceIndices(l.shape[axis]!, a, b, st);
      if (length > 0) out.offset += start * l.strides[axis]!;
      out.shape.push(length);
      out.strides.push(l.strides[axis]! * st);
      axis++;
    }
  }
  for (; axis < l.shape.length; axis++) {
    out.shape.push(l.shape[axis]!);
    out.strides.push(l.strides[axis]!);
  }
  return out;
}

export function contiguousStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let step = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = step;
    step *= shape[i]!;
  }
  return s;
}

/** Calls f with each multi-index of `shape` in C order. */
export function forEachIndex(shape: readonly number[], f: (index: number[], flat: number) => void): void {
  const n = size(shape);
  const index = new Array<number>(shape.length).fill(0);
  for (let flat = 0; flat < n; flat++) {
    f(index, flat);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++index[d]! < shape[d]!) break;
      index[d] = 0;
    }
  }
}

/** The view of `base` that the steps select, as a new C-order array. */
export function view(base: RArray, steps: readonly Step[]): RArray {
  let l: Layout = { shape: base.shape.slice(), strides: contiguousStrides(base.shape), offset: 0 };
  for (const s of steps) l = applyStep(l, s);
  const data: Value[] = [];
  forEachIndex(l.shape, (index) => {
    let o = l.offset;
    for (let d = 0; d < index.length; d++) o += index[d]! * l.strides[d]!;
    data.push(base.data[o]!);
  });
  return { dtype: base.dtype, shape: l.shape, data };
}

// ---- broadcasting ----

export function broadcastShapes(...shapes: (readonly number[])[]): number[] | null {
  const n = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let d = 1;
    for (const s of shapes) {
      const x = i < n - s.length ? 1 : s[i - (n - s.length)]!;
      if (x === 1) continue;
      if (d !== 1 && d !== x) return null;
      d = x;
    }
    out.push(d);
  }
  return out;
}

/** Element of `a` at the broadcast multi-index `index` (of a shape `a` broadcasts to). */
export function at(a: RArray, index: readonly number[]): Value {
  const lead = index.length - a.shape.length;
  let flat = 0;
  for (let d = 0; d < a.shape.length; d++) flat = flat * a.shape[d]! + (a.shape[d] === 1 ? 0 : index[lead + d]!);
  return a.data[flat]!;
}

/** f over the broadcast elements of the arrays, into `dtype`. */
export function map(arrays: readonly RArray[], dtype: DType, f: (...xs: Value[]) => Value): RArray {
  const shape = broadcastShapes(...arrays.map((a) => a.shape));
  if (shape === null) throw new Error("reference: shapes do not broadcast");
  const data: Value[] = [];
  forEachIndex(shape, (index) => data.push(f(...arrays.map((a) => at(a, index)))));
  return { dtype, shape, data };
}

// ---- NumPy's result dtypes, from NumPy itself ----

interface PromotionCase {
  op: string;
  a: { dtype?: DType; scalar?: unknown };
  b?: { dtype?: DType; scalar?: unknown };
  dtype?: string;
  error?: { type: string; message: string };
}
const promotion = JSON.parse(readFileSync(new URL("../fixtures/promotion.json", import.meta.url), "utf8")) as { binary: PromotionCase[]; unary: PromotionCase[] };

/** An operand as the promotion table names it: a dtype, or the kind of a JS scalar. */
export type Kind = DType | "bool-scalar" | "int-scalar" | "float-scalar";
const REPRESENTATIVE: Record<string, unknown> = { "bool-scalar": true, "int-scalar": 3, "float-scalar": 2.5 };

const tableKey = (op: string, kinds: readonly Kind[]): string => `${op}|${kinds.join("|")}`;
const table = new Map<string, PromotionCase>();
for (const c of [...promotion.binary, ...promotion.unary]) {
  const kinds = [c.a, c.b].filter((x) => x !== undefined).map((x) => x!.dtype ?? Object.keys(REPRESENTATIVE).find((k) => REPRESENTATIVE[k] === x!.scalar));
  if (kinds.every((k) => k !== undefined)) table.set(tableKey(c.op, kinds as Kind[]), c);
}

/** NumPy's result dtype of `op` for operands of these kinds (float16 is float32 in ndwasm), or its error. */
export function resultDType(op: string, ...kinds: Kind[]): { dtype?: DType; error?: { type: string; message: string } } {
  const c = table.get(tableKey(op, kinds));
  if (c === undefined) throw new Error(`reference: no promotion entry for ${op}(${kinds.join(", ")})`);
  if (c.error) return { error: c.error };
  return { dtype: (c.dtype === "float16" ? "float32" : c.dtype) as DType };
}

/** The kind of a JS scalar. */
export function scalarKind(x: number | bigint | boolean): Kind {
  if (typeof x === "boolean") return "bool-scalar";
  if (typeof x === "bigint" || Number.isInteger(x)) return "int-scalar";
  return "float-scalar";
}

// ---- element-wise operations, one element at a time ----

const round = (d: DType) => (d === "float32" ? Math.fround : (x: number) => x);

/** C99's pow (Annex F) special cases, then Math.pow. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  return Math.pow(x, y);
}

/** NumPy's maximum: NaN wins (the first one), else the larger, and of two equal values the second. */
export function maximum(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  return x > y ? x : y;
}
export function minimum(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  return x < y ? x : y;
}

function ipow(b: bigint, e: bigint, d: DType): bigint {
  let r = 1n;
  const m = BigInt(bits(d));
  for (; e > 0n; e >>= 1n) {
    if (e & 1n) r = BigInt.asIntN(Number(m), r * b);
    b = BigInt.asIntN(Number(m), b * b);
  }
  return r;
}

/** A binary ufunc on two elements already in the loop dtype `d`. */
export function binaryOp(op: string, x: Value, y: Value, d: DType): Value {
  if (d === "bool") {
    const [a, b] = [Number(x), Number(y)];
    if (op === "add" || op === "maximum") return a | b;
    if (op === "multiply" || op === "minimum") return a & b;
    throw new Error(`reference: ${op} has no bool loop`);
  }
  if (isInt(d)) {
    const [a, b] = [BigInt(x), BigInt(y)];
    switch (op) {
      case "add": return wrap(a + b, d);
      case "subtract": return wrap(a - b, d);
      case "multiply": return wrap(a * b, d);
      case "maximum": return wrap(a > b ? a : b, d);
      case "minimum": return wrap(a < b ? a : b, d);
      case "power": return wrap(ipow(a, b, d), d);
    }
    throw new Error(`reference: ${op} has no integer loop`);
  }
  const r = round(d);
  const [a, b] = [Number(x), Number(y)];
  switch (op) {
    case "add": return r(a + b);
    case "subtract": return r(a - b);
    case "multiply": return r(a * b);
    case "divide": return r(a / b);
    case "power": return r(pow(a, b));
    case "maximum": return maximum(a, b);
    case "minimum": return minimum(a, b);
  }
  throw new Error(`reference: unknown op ${op}`);
}

/** Whether `op` on floats is computed exactly (correctly rounded) by any IEEE implementation. */
export const EXACT_OPS = new Set(["add", "subtract", "multiply", "divide", "maximum", "minimum", "negative", "abs", "sqrt", "square", "sign"]);

export function unaryOp(op: string, x: Value, d: DType): Value {
  if (isInt(d) || d === "bool") {
    const a = BigInt(x);
    switch (op) {
      case "negative": return wrap(-a, d);
      case "abs": return wrap(a < 0n ? -a : a, d);
      case "square": return wrap(a * a, d);
      case "sign": return wrap(a > 0n ? 1n : a < 0n ? -1n : 0n, d);
    }
    throw new Error(`reference: ${op} has no integer loop`);
  }
  const r = round(d);
  const a = Number(x);
  switch (op) {
    case "negative": return -a;
    case "abs": return Math.abs(a);
    case "square": return r(a * a);
    case "sign": return Number.isNaN(a) ? a : a > 0 ? 1 : a < 0 ? -1 : 0;
    case "sqrt": return r(Math.sqrt(a));
    case "exp": return r(Math.exp(a));
    case "log": return r(Math.log(a));
    case "sin": return r(Math.sin(a));
    case "cos": return r(Math.cos(a));
    case "tan": return r(Math.tan(a));
    case "tanh": return r(Math.tanh(a));
  }
  throw new Error(`reference: unknown op ${op}`);
}

/**
 * A comparison of two elements of dtypes da and db, as NumPy 2 compares them: integers exactly
 * (int64 against uint64 too), otherwise in the promoted float type.
 */
export function compare(op: string, x: Value, da: DType, y: Value, db: DType, promoted: DType): boolean {
  let c: number;
  if (!isFloat(promoted)) {
    const [a, b] = [BigInt(x), BigInt(y)];
    c = a < b ? -1 : a > b ? 1 : 0;
  } else {
    const a = Number(cast(x, da, promoted));
    const b = Number(cast(y, db, promoted));
    if (Number.isNaN(a) || Number.isNaN(b)) return op === "not_equal";
    c = a < b ? -1 : a > b ? 1 : 0;
  }
  switch (op) {
    case "greater": return c > 0;
    case "greater_equal": return c >= 0;
    case "less": return c < 0;
    case "less_equal": return c <= 0;
    case "equal": return c === 0;
    case "not_equal": return c !== 0;
  }
  throw new Error(`reference: unknown comparison ${op}`);
}

/**
 * np.clip of one element in a float or integer dtype: NaN anywhere gives NaN; min > max gives max.
 * A tie between x and a bound (±0) goes to x on NumPy's loop for constant bounds and to the bound
 * on its other loop: `tiesToBound` selects which.
 */
export function clip(x: Value, lo: Value, hi: Value, d: DType, tiesToBound = false): Value {
  if (isFloat(d)) {
    const [a, l, h] = [Number(x), Number(lo), Number(hi)];
    if (Number.isNaN(a)) return a;
    if (Number.isNaN(l)) return l;
    if (Number.isNaN(h)) return h;
    const v = a < l || (tiesToBound && a === l) ? l : a;
    return v > h || (tiesToBound && v === h) ? h : v;
  }
  const [a, l, h] = [BigInt(x), BigInt(lo), BigInt(hi)];
  const v = a < l ? l : a;
  return wrap(v > h ? h : v, d);
}

// ---- comparing results ----

/** Distance in units in the last place (0 for equal values, NaN with NaN, or ±0 with the same sign). */
export function ulps(a: number, b: number, d: DType): number {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b) || Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  const key = (x: number): bigint => {
    if (d === "float32") {
      const i = new Int32Array(Float32Array.of(x).buffer)[0]!;
      return BigInt(i < 0 ? -2147483648 - i : i);
    }
    const i = new BigInt64Array(Float64Array.of(x).buffer)[0]!;
    return i < 0n ? -9223372036854775808n - i : i;
  };
  const diff = key(a) - key(b);
  return Number(diff < 0n ? -diff : diff);
}

/** Whether two elements are the same value (signed zeros distinguished, any NaN equals any NaN). */
export function same(a: Value, b: Value): boolean {
  if (typeof a === "bigint" || typeof b === "bigint") return BigInt(a) === BigInt(b);
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

// ---- reductions ----

/** An axis argument made a sorted list of distinct non-negative axes (no checks: the generators make valid ones). */
export function axesOf(axis: number | number[] | null | undefined, ndim: number): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : axis;
  return [...new Set(list.map((a) => (a < 0 ? a + ndim : a)))].sort((x, y) => x - y);
}

/**
 * Groups the elements of `a` by output position for a reduction over `axes`: each group holds
 * the reduced elements in C order of the view. Returns the output shape (with or without the
 * kept axes) and the groups in C order of the output.
 */
export function groups(a: RArray, axes: readonly number[], keepdims: boolean): { shape: number[]; groups: Value[][] } {
  const kept = a.shape.map((_, d) => d).filter((d) => !axes.includes(d));
  const outShape = kept.map((d) => a.shape[d]!);
  const out: Value[][] = Array.from({ length: size(outShape) }, () => []);
  forEachIndex(a.shape, (index, flat) => {
    let o = 0;
    for (const d of kept) o = o * a.shape[d]! + index[d]!;
    out[o]!.push(a.data[flat]!);
  });
  return { shape: keepdims ? a.shape.map((n, d) => (axes.includes(d) ? 1 : n)) : outShape, groups: out };
}

/** Floats of a group as doubles, with the sum, the sum of magnitudes and whether the sum is NaN / infinite. */
export function floatSum(values: readonly Value[]): { sum: number; magnitude: number } {
  let sum = 0;
  let c = 0;
  let magnitude = 0;
  for (const v of values) {
    const x = Number(v);
    magnitude += Math.abs(x);
    const t = sum + x;
    c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return { sum: Number.isFinite(sum) ? sum + c : sum, magnitude };
}

/** The index of the first maximum (minimum) of a group; a NaN is the extreme, the first one. */
export function argExtreme(values: readonly Value[], max: boolean): number {
  let best = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const b = values[best]!;
    if (typeof x === "number" && Number.isNaN(x)) return i;
    if (max ? x > b : x < b) best = i;
  }
  return best;
}
