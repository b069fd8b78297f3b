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

/** Floor division of exact integers (Python's //), 0 for a zero divisor as NumPy's loops give. */
function floorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** C's fmod and NumPy's divmod of two floats in the dtype `r` rounds to (npy_divmod). */
function divmod(a: number, b: number, r: (x: number) => number): [number, number] {
  const mod0 = a % b; // fmod, exact
  if (b === 0) return [r(a / b), mod0];
  let mod = mod0;
  let div = r(r(a - mod) / b);
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod = r(mod + b);
      div = r(div - 1);
    }
  } else {
    mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (r(div - floordiv) > 0.5) floordiv = r(floordiv + 1);
  } else {
    const q = a / b;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** A binary ufunc on two elements already in the loop dtype `d`. */
export function binaryOp(op: string, x: Value, y: Value, d: DType): Value {
  if (d === "bool") {
    const [a, b] = [Number(x), Number(y)];
    if (op === "add" || op === "maximum" || op === "bitwise_or") return a | b;
    if (op === "multiply" || op === "minimum" || op === "bitwise_and") return a & b;
    if (op === "bitwise_xor") return a ^ b;
    throw new Error(`reference: ${op} has no bool loop`);
  }
  if (isInt(d)) {
    const [a, b] = [BigInt(x), BigInt(y)];
    const w = BigInt(bits(d));
    switch (op) {
      case "add": return wrap(a + b, d);
      case "subtract": return wrap(a - b, d);
      case "multiply": return wrap(a * b, d);
      case "maximum": return wrap(a > b ? a : b, d);
      case "minimum": return wrap(a < b ? a : b, d);
      case "power": return wrap(ipow(a, b, d), d);
      case "floor_divide": return wrap(floorDiv(a, b), d);
      case "remainder": return wrap(b === 0n ? 0n : a - floorDiv(a, b) * b, d);
      case "fmod": return wrap(b === 0n ? 0n : a % b, d);
      case "bitwise_and": return wrap(a & b, d);
      case "bitwise_or": return wrap(a | b, d);
      case "bitwise_xor": return wrap(a ^ b, d);
      // A count below zero or past the width shifts everything out (right shifts fill with the sign).
      case "left_shift": return wrap(b < 0n || b >= w ? 0n : a << b, d);
      case "right_shift": return wrap(b < 0n || b >= w ? (a < 0n ? -1n : 0n) : a >> b, d);
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
    case "fmod": return a % b;
    case "remainder": return divmod(a, b, r)[1];
    case "floor_divide": return divmod(a, b, r)[0];
    case "copysign": return Number.isNaN(b) ? Math.abs(a) : b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a);
    case "heaviside": return Number.isNaN(a) ? a : a < 0 ? 0 : a > 0 ? 1 : b;
  }
  throw new Error(`reference: unknown op ${op}`);
}

/** Round half to even (C's rint). */
export function rint(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const diff = x - f;
  const r = diff > 0.5 || (diff === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}

/** Whether `op` on floats is computed exactly (correctly rounded) by any IEEE implementation. */
export const EXACT_OPS = new Set([
  "add", "subtract", "multiply", "divide", "maximum", "minimum", "negative", "abs", "sqrt", "square", "sign", "remainder", "fmod", "floor_divide",
  "copysign", "heaviside", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "positive", "floor", "ceil", "trunc", "rint",
  "invert", "reciprocal", "deg2rad", "rad2deg",
]);

/** Predicates of one element: isnan, isinf, isfinite, signbit (0 / 1). */
export function predicate(op: string, x: Value, d: DType): number {
  if (!isFloat(d)) return op === "isfinite" ? 1 : op === "signbit" ? +(BigInt(x) < 0n) : 0;
  const a = Number(x);
  if (op === "isnan") return +Number.isNaN(a);
  if (op === "isinf") return +(a === Infinity || a === -Infinity);
  if (op === "isfinite") return +Number.isFinite(a);
  return +(a < 0 || Object.is(a, -0));
}

/** np.round(x, decimals) of a float in dtype d: x * 10^d rounded half to even, divided back (or the reverse for d < 0). */
export function roundDecimals(x: number, decimals: number, d: DType): number {
  const r = round(d);
  if (!Number.isFinite(x)) return x;
  if (decimals >= 0) {
    const f = r(10 ** decimals);
    return r(rint(r(x * f)) / f);
  }
  const f = r(10 ** -decimals);
  return r(rint(r(x / f)) * f);
}

export function unaryOp(op: string, x: Value, d: DType): Value {
  if (isInt(d) || d === "bool") {
    const a = BigInt(x);
    switch (op) {
      case "negative": return wrap(-a, d);
      case "abs": return wrap(a < 0n ? -a : a, d);
      case "square": return wrap(a * a, d);
      case "sign": return wrap(a > 0n ? 1n : a < 0n ? -1n : 0n, d);
      case "positive": case "floor": case "ceil": case "trunc": case "rint": return x;
      case "invert": return d === "bool" ? 1 - Number(x) : wrap(~a, d);
      // NumPy's integer reciprocal: 1.0 / x converted back as its casts convert (1 / 0 is inf).
      case "reciprocal": return cast(1 / Number(x), "float64", d);
    }
    throw new Error(`reference: ${op} has no integer loop`);
  }
  const r = round(d);
  const a = Number(x);
  switch (op) {
    case "positive": return a;
    case "floor": return Math.floor(a);
    case "ceil": return Math.ceil(a);
    case "trunc": return Math.trunc(a);
    case "rint": return rint(a);
    case "reciprocal": return r(1 / a);
    // NumPy's constants: NPY_PI / 180 and 180 / NPY_PI in the dtype (npy_deg2radf uses NPY_PIf).
    case "deg2rad": return r(a * r(r(Math.PI) / 180));
    case "rad2deg": return r(a * r(180 / r(Math.PI)));
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

// ---- matmul ----

/**
 * np.matmul of two arrays already cast to `d`: 1-D operands promoted, batch axes broadcast.
 * Floats: the exact sum of products (compensated) and the sum of their magnitudes (for a bound);
 * integers wrap, booleans are any-of-and.
 */
export function matmul(a: RArray, b: RArray, d: DType): { result: RArray; magnitude: number[] } {
  const a2 = a.shape.length === 1 ? { ...a, shape: [1, a.shape[0]!] } : a;
  const b2 = b.shape.length === 1 ? { ...b, shape: [b.shape[0]!, 1] } : b;
  const [n, k] = a2.shape.slice(-2) as [number, number];
  const m = b2.shape.at(-1)!;
  const batch = broadcastShapes(a2.shape.slice(0, -2), b2.shape.slice(0, -2))!;
  const shape = [...batch, n, m];
  const data: Value[] = [];
  const magnitude: number[] = [];
  const fits = (x: RArray) => x.data.every((v) => (typeof v === "bigint" ? v >= -(2n ** 20n) && v <= 2n ** 20n : Math.abs(v) <= 2 ** 20));
  const small = k < 4096 && fits(a2) && fits(b2);
  const batchOf = (x: RArray, index: readonly number[]) => {
    const lead = index.length - (x.shape.length - 2);
    let flat = 0;
    for (let dd = 0; dd < x.shape.length - 2; dd++) flat = flat * x.shape[dd]! + (x.shape[dd] === 1 ? 0 : index[lead + dd]!);
    return flat * x.shape.at(-2)! * x.shape.at(-1)!;
  };
  forEachIndex(shape, (index) => {
    const bi = index.slice(0, -2);
    const [i, j] = index.slice(-2) as [number, number];
    const oa = batchOf(a2, bi);
    const ob = batchOf(b2, bi);
    if (d === "bool") {
      let any = 0;
      for (let p = 0; p < k; p++) any |= Number(a2.data[oa + i * k + p]) & Number(b2.data[ob + p * m + j]);
      data.push(any);
      magnitude.push(0);
    } else if (isInt(d)) {
      let s = 0n;
      if (small) {
        // Exact in doubles: |products| < 2^40, k < 2^12.
        let f = 0;
        for (let p = 0; p < k; p++) f += Number(a2.data[oa + i * k + p]!) * Number(b2.data[ob + p * m + j]!);
        s = BigInt(f);
      } else {
        for (let p = 0; p < k; p++) s += BigInt(a2.data[oa + i * k + p]!) * BigInt(b2.data[ob + p * m + j]!);
      }
      data.push(wrap(s, d));
      magnitude.push(0);
    } else {
      const products: number[] = [];
      for (let p = 0; p < k; p++) products.push(Number(a2.data[oa + i * k + p]) * Number(b2.data[ob + p * m + j]));
      const { sum, magnitude: mag } = floatSum(products);
      data.push(d === "float32" ? Math.fround(sum) : sum);
      magnitude.push(mag);
    }
  });
  // 1-D operands lose their axis again.
  const out = shape.filter((_, ax) => !((a.shape.length === 1 && ax === shape.length - 2) || (b.shape.length === 1 && ax === shape.length - 1)));
  return { result: { dtype: d, shape: out, data }, magnitude };
}

// ---- np.gradient, as numpy/lib/_function_base_impl.py computes it, dtype by dtype ----

/** The dtype of a binary operation's arithmetic (float types only here). */
const floatOf = (a: DType, b: DType): DType => (a === "float64" || b === "float64" ? "float64" : "float32");

/** A spacing after NumPy's preprocessing: a scalar (weak when it was a Python float) or coordinate differences. */
export type GradSpacing = { kind: "scalar"; value: number; dtype: DType | "weak" } | { kind: "diffs"; diffs: number[]; dtype: DType };

/** NumPy's handling of one spacing argument: np.diff of coordinates in their dtype, constant differences become a (strong) scalar. */
export function gradSpacing(s: number | RArray): GradSpacing {
  if (typeof s === "number") return { kind: "scalar", value: s, dtype: "weak" };
  const dtype: DType = s.dtype === "float32" ? "float32" : "float64";
  const r = round(dtype);
  const x = s.data.map(Number);
  const diffs = x.slice(1).map((v, i) => r(v - x[i]!));
  if (diffs.every((v) => v === diffs[0])) return { kind: "scalar", value: diffs[0]!, dtype };
  return { kind: "diffs", diffs, dtype };
}

/**
 * np.gradient along one axis of `f` (float64, float32 or bool; integers arrive as float64).
 * Every expression is evaluated as NumPy's array expression is: in the promoted dtype of its
 * operands (a Python float is weak), left to right, rounded at each step.
 */
export function gradientAxis(f: RArray, axis: number, sp: GradSpacing, edgeOrder: number): RArray {
  const D = f.dtype;
  const out: DType = D === "float32" ? "float32" : "float64";
  const n = f.shape[axis]!;
  const data = new Array<Value>(f.data.length);
  const strides = contiguousStrides(f.shape);
  const s = strides[axis]!;
  // The type a spacing scalar or coefficient array has, and arithmetic with it and f.
  const sd: DType = sp.dtype === "weak" ? (D === "float32" ? "float32" : "float64") : sp.dtype;
  const combine = floatOf(sd, D === "bool" ? sd : D);
  const rc = round(combine);
  const rs = round(sd);
  const rd = round(D === "bool" ? "float64" : D);
  const val = (flat: number) => Number(f.data[flat]);
  // Python floats meet a scalar of dtype sd (weak scalars: in float64 first, then cast).
  const py = (x: number) => (sp.dtype === "weak" ? x : rs(x));
  forEachIndex(f.shape, (index, flat) => {
    const i = index[axis]!;
    const base = flat - i * s;
    const F = (k: number) => val(base + k * s);
    let v: number;
    if (sp.kind === "scalar") {
      const dx = sp.value;
      const weakDiv = sp.dtype === "weak";
      // f[a] - f[b] in f's dtype, divided by a scalar: the scalar is cast to f32 when weak.
      const divide = (num: number, den: number) => (weakDiv ? rd(num / rd(den)) : round(floatOf(D, sd))(num / den));
      if (i > 0 && i < n - 1) v = divide(rd(F(i + 1) - F(i - 1)), py(2 * dx));
      else if (edgeOrder === 1) v = i === 0 ? divide(rd(F(1) - F(0)), dx) : divide(rd(F(n - 1) - F(n - 2)), dx);
      else {
        const [a, b, c] = [py(-1.5 / dx), py(2 / dx), py(-0.5 / dx)];
        const w = (x: number) => (weakDiv ? rd(x) : x);
        const r = weakDiv ? rd : round(floatOf(D, sd));
        v = i === 0 ? r(r(r(w(a) * F(0)) + r(w(b) * F(1))) + r(w(c) * F(2))) : r(r(r(w(-c) * F(n - 3)) + r(w(-b) * F(n - 2))) + r(w(-a) * F(n - 1)));
      }
    } else {
      const dx = sp.diffs;
      if (i > 0 && i < n - 1) {
        const dx1 = dx[i - 1]!;
        const dx2 = dx[i]!;
        const a = rs(-dx2 / rs(dx1 * rs(dx1 + dx2)));
        const b = rs(rs(dx2 - dx1) / rs(dx1 * dx2));
        const c = rs(dx1 / rs(dx2 * rs(dx1 + dx2)));
        v = rc(rc(rc(a * F(i - 1)) + rc(b * F(i))) + rc(c * F(i + 1)));
      } else if (edgeOrder === 1) {
        const r = round(floatOf(D, sd));
        v = i === 0 ? r(rd(F(1) - F(0)) / dx[0]!) : r(rd(F(n - 1) - F(n - 2)) / dx[n - 2]!);
      } else if (i === 0) {
        const [dx1, dx2] = [dx[0]!, dx[1]!];
        const a = rs(-rs(rs(2 * dx1) + dx2) / rs(dx1 * rs(dx1 + dx2)));
        const b = rs(rs(dx1 + dx2) / rs(dx1 * dx2));
        const c = rs(-dx1 / rs(dx2 * rs(dx1 + dx2)));
        v = rc(rc(rc(a * F(0)) + rc(b * F(1))) + rc(c * F(2)));
      } else {
        const [dx1, dx2] = [dx[n - 3]!, dx[n - 2]!];
        const a = rs(dx2 / rs(dx1 * rs(dx1 + dx2)));
        const b = rs(-rs(dx2 + dx1) / rs(dx1 * dx2));
        const c = rs(rs(rs(2 * dx2) + dx1) / rs(dx2 * rs(dx1 + dx2)));
        v = rc(rc(rc(a * F(n - 3)) + rc(b * F(n - 2))) + rc(c * F(n - 1)));
      }
    }
    data[flat] = round(out)(v);
  });
  return { dtype: out, shape: f.shape.slice(), data };
}

// ---- softmax and the losses, in float64 ----

/** log(Σ exp(x - m)) + m of one run, max-subtracted. */
export function logSumExp(xs: readonly number[]): number {
  const m = Math.max(...xs);
  if (!Number.isFinite(m)) return xs.some((x) => Number.isNaN(x)) ? NaN : m === -Infinity ? -Infinity : NaN;
  return Math.log(xs.reduce((s, x) => s + Math.exp(x - m), 0)) + m;
}

/** Rows of `a` along `axis`: each row's flat indices in C order of the other axes. */
export function rows(shape: readonly number[], axis: number): number[][] {
  const strides = contiguousStrides(shape);
  const other = shape.map((n, d) => (d === axis ? 1 : n));
  const out: number[][] = [];
  forEachIndex(other, (index) => {
    let base = 0;
    for (let d = 0; d < shape.length; d++) base += index[d]! * strides[d]!;
    out.push(Array.from({ length: shape[axis] ?? 1 }, (_, i) => base + i * (strides[axis] ?? 0)));
  });
  return out;
}

/** torch.softmax / log_softmax of one row in float64, max-subtracted. */
export function softmaxRow(xs: readonly number[], log: boolean): number[] {
  const m = xs.reduce((a, b) => (Number.isNaN(a) || b > a || Number.isNaN(b) ? (Number.isNaN(a) ? a : b) : a), -Infinity);
  const shifted = xs.map((x) => x - m);
  const s = shifted.reduce((acc, v) => acc + Math.exp(v), 0);
  return log ? shifted.map((v) => v - Math.log(s)) : shifted.map((v) => Math.exp(v) / s);
}

/**
 * torch.nn.functional.cross_entropy with class-index targets, as aten/src/ATen/native/LossNLL.cpp
 * computes it: per position nll = −w[t]·logp[t] and, with label smoothing ε, smooth = −Σ_c w[c]·logp[c];
 * the loss (1 − ε)·nll + ε/C·smooth; "mean" divides both sums by the summed weights of the targets
 * not ignored. Returns the per-position losses and the reduced value.
 */
export function crossEntropyIndex(logp: number[][], target: number[], weight: number[] | null, ignore: number, ls: number): { none: number[]; sum: number; mean: number } {
  const c = logp[0]?.length ?? 0;
  const w = (k: number) => (weight === null ? 1 : weight[k]!);
  let nll = 0;
  let smooth = 0;
  let weights = 0;
  const none = logp.map((row, i) => {
    const t = target[i]!;
    if (t === ignore) return 0;
    const n = -w(t) * row[t]!;
    const s = -row.reduce((acc, v, k) => acc + w(k) * v, 0);
    nll += n;
    smooth += s;
    weights += w(t);
    return ls > 0 ? (1 - ls) * n + (ls / c) * s : n;
  });
  const sum = ls > 0 ? (1 - ls) * nll + (ls / c) * smooth : nll;
  const mean = ls > 0 ? (1 - ls) * (nll / weights) + (ls / c) * (smooth / weights) : nll / weights;
  return { none, sum, mean };
}

/** cross_entropy with class-probability targets: −Σ_c w[c]·t'[c]·logp[c], t' = (1 − ε)·t + ε/C; "mean" over positions. */
export function crossEntropyProb(logp: number[][], target: number[][], weight: number[] | null, ls: number): { none: number[]; sum: number; mean: number } {
  const c = logp[0]?.length ?? 0;
  const none = logp.map((row, i) => -row.reduce((acc, v, k) => acc + (weight === null ? 1 : weight[k]!) * ((1 - ls) * target[i]![k]! + ls / c) * v, 0));
  const sum = none.reduce((a, b) => a + b, 0);
  return { none, sum, mean: sum / none.length };
}

/** sklearn.metrics.log_loss for integer labels 0…C−1 and rows of probabilities (clipped to [eps, 1 − eps]). */
export function logLoss(labels: number[], proba: number[][], eps: number, weights: number[] | null, normalize: boolean): number {
  let total = 0;
  let wsum = 0;
  labels.forEach((y, i) => {
    const p = Math.min(Math.max(proba[i]![y]!, eps), 1 - eps);
    const w = weights === null ? 1 : weights[i]!;
    total += -Math.log(p) * w;
    wsum += w;
  });
  return normalize ? total / wsum : total;
}
