// The scalar arithmetic of NumPy's quantile code (numpy/lib/_function_base_impl.py): the virtual
// index of each method and `_lerp`, evaluated one value at a time in the dtypes NumPy's array
// expressions would use (NEP 50: a Python scalar takes the array's dtype), so results match bit
// for bit. Pure functions; ./quantile.ts applies them to the selected order statistics.

import { DTYPE, promoteTypes, promoteWithScalar, type DType } from "../core/dtype.js";

/**
 * np.quantile's `method`: NumPy's thirteen estimators.
 * @example
 * nd.quantile([1, 2, 3, 4], 0.5, null, { method: "midpoint" }) // array(2.5)
 */
export type QuantileMethod = "inverted_cdf" | "averaged_inverted_cdf" | "closest_observation" | "interpolated_inverted_cdf" | "hazen" | "weibull" | "linear" | "median_unbiased" | "normal_unbiased" | "lower" | "higher" | "midpoint" | "nearest";

/** @internal NumPy's methods in NumPy's listing order (its error text lists them so). */
export const QUANTILE_METHODS: readonly QuantileMethod[] = [
  "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull",
  "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
];

/** @internal A value of an index expression and the dtype NumPy computes it in. */
export interface Typed {
  v: number;
  t: "int64" | "float32" | "float64";
}

const round = (v: number, t: Typed["t"]): number => (t === "float32" ? Math.fround(v) : v);

/** `x op c` (or `c op x` when `first`), c a Python scalar (int when `int`), as NumPy evaluates an array with a Python scalar. */
function weak(x: Typed, c: number, int: boolean, f: (a: number, b: number) => number, first = false): Typed {
  const t = x.t === "int64" ? (int ? "int64" : "float64") : x.t;
  const k = round(c, t);
  return { v: round(first ? f(k, x.v) : f(x.v, k), t), t };
}

const mul = (x: Typed, c: number, int: boolean): Typed => weak(x, c, int, (a, b) => a * b);
const sub = (x: Typed, c: number, int: boolean): Typed => weak(x, c, int, (a, b) => a - b);
const addW = (x: Typed, c: number, int: boolean): Typed => weak(x, c, int, (a, b) => a + b, true);

/** Two arrays' sum in their promoted dtype. */
function add(x: Typed, y: Typed): Typed {
  const t = promoteTypes(x.t, y.t) as Typed["t"];
  return { v: round(x.v + y.v, t), t };
}

/** NumPy's np.around: half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Python's float modulo (the sign of the divisor). */
const pmod = (a: number, b: number): number => ((a % b) + b) % b;

/** `n * q + (alpha + q * (1 - alpha - beta)) - 1` (NumPy's _compute_virtual_index). */
function computeVirtualIndex(n: number, q: Typed, alpha: number, beta: number): Typed {
  const alphaInt = Number.isInteger(alpha);
  const c = 1 - alpha - beta;
  const cInt = alphaInt && Number.isInteger(beta);
  return sub(add(mul(q, n, true), addW(mul(q, c, cInt), alpha, alphaInt)), 1, true);
}

/** NumPy's _discrete_interpolation_to_boundaries: floor or floor + 1 by `pick`, never below 0. */
function boundary(index: Typed, pick: (gamma: number, index: number) => boolean): number {
  const previous = Math.floor(index.v);
  const next = previous + 1;
  const gamma = round(index.v - previous, index.t);
  const r = pick(gamma, index.v) ? previous : next;
  return r < 0 ? 0 : r;
}

/** @internal
 * The virtual index of quantile q among n values: an integer (`int: true`, the value is taken
 * directly) or a fractional position to interpolate, in the dtype NumPy computes it in.
 */
export function virtualIndex(method: QuantileMethod, n: number, q: Typed): { index: Typed; int: boolean } {
  const linear = () => mul(q, n - 1, true);
  const int = (v: number): { index: Typed; int: boolean } => ({ index: { v, t: "int64" }, int: true });
  switch (method) {
    case "linear": {
      const x = linear();
      return { index: x, int: x.t === "int64" };
    }
    case "lower":
      return int(Math.floor(linear().v));
    case "higher":
      return int(Math.ceil(linear().v));
    case "nearest":
      return int(roundHalfEven(linear().v));
    case "midpoint": {
      const x = linear();
      const s = x.t === "int64" ? { v: 2 * x.v, t: x.t } : add({ v: Math.floor(x.v), t: x.t }, { v: Math.ceil(x.v), t: x.t });
      return { index: mul(s, 0.5, false), int: false };
    }
    case "inverted_cdf":
      return int(boundary(sub(mul(q, n, true), 1, true), (g) => g === 0));
    case "closest_observation":
      return int(boundary(sub(sub(mul(q, n, true), 1, true), 0.5, false), (g, i) => g === 0 && pmod(Math.floor(i), 2) === 1));
    case "averaged_inverted_cdf":
      return { index: sub(mul(q, n, true), 1, true), int: false };
    case "interpolated_inverted_cdf":
      return { index: computeVirtualIndex(n, q, 0, 1), int: false };
    case "hazen":
      return { index: computeVirtualIndex(n, q, 0.5, 0.5), int: false };
    case "weibull":
      return { index: computeVirtualIndex(n, q, 0, 0), int: false };
    case "median_unbiased":
      return { index: computeVirtualIndex(n, q, 1 / 3, 1 / 3), int: false };
    case "normal_unbiased":
      return { index: computeVirtualIndex(n, q, 3 / 8, 3 / 8), int: false };
  }
}

/** @internal NumPy's _get_indexes and _get_gamma for an interpolated virtual index: the two positions and the weight. */
export function neighbours(method: QuantileMethod, index: Typed, n: number): { previous: number; next: number; gamma: Typed } {
  let previous = Math.floor(index.v);
  let next = previous + 1;
  if (index.v >= n - 1) previous = next = -1;
  if (index.v < 0) previous = next = 0;
  // gamma = index - previous (the adjusted previous, as NumPy subtracts it), then the method's fix.
  let g = round(index.v - previous, index.t);
  if (method === "midpoint") g = index.v % 1 === 0 ? 0 : 0.5;
  else if (method === "averaged_inverted_cdf") g = g === 0 ? 0.5 : 1;
  g = index.t === "int64" ? Math.trunc(g) : round(g, index.t);
  return { previous: previous < 0 ? previous + n : previous, next: next < 0 ? next + n : next, gamma: { v: g, t: index.t } };
}

/** @internal */
export type Value = number | bigint;

/** @internal A value converted to `to` as NumPy casts (unsafe: floats truncate into integers, integers wrap). */
export function cast(x: Value, to: DType): Value {
  const t = DTYPE[to];
  if (t.kind === "f") return to === "float32" ? Math.fround(Number(x)) : Number(x);
  if (t.kind === "b") return Number(x) !== 0 ? 1 : 0;
  let b: bigint;
  if (typeof x === "bigint") b = x;
  else if (!Number.isFinite(x)) b = -(1n << 63n);
  else b = BigInt(Math.trunc(x));
  const bits = t.itemsize * 8;
  const w = t.kind === "i" ? BigInt.asIntN(bits, b) : BigInt.asUintN(bits, b);
  return t.big ? w : Number(w);
}

/** @internal x op y for two values of dtype `t`, rounded or wrapped as NumPy's loop for `t` does. */
export function arith(op: "+" | "-" | "*", x: Value, y: Value, t: DType): Value {
  if (DTYPE[t].kind === "f") {
    const a = Number(x);
    const b = Number(y);
    const r = op === "+" ? a + b : op === "-" ? a - b : a * b;
    return t === "float32" ? Math.fround(r) : r;
  }
  const a = BigInt(x);
  const b = BigInt(y);
  return cast(op === "+" ? a + b : op === "-" ? a - b : a * b, t);
}

/** @internal The weight's dtype: a Python float when q was a Python scalar (NumPy's weak_q), else the index dtype. */
export type GammaType = Typed["t"] | "weak";

/** @internal The dtype of `_lerp(a, b, gamma)` for data of dtype `a`. */
export function lerpDTypes(a: DType, g: GammaType): { product: DType; result: DType } {
  const product = g === "weak" ? promoteWithScalar(a, 0.5) : promoteTypes(a, g);
  return { product, result: promoteTypes(a, product) };
}

/** @internal NumPy's _lerp for one pair: a + (b - a) * t, or b - (b - a) * (1 - t) where t >= 0.5. */
export function lerp(a: Value, b: Value, gamma: number, dtype: DType, g: GammaType): Value {
  const { product, result } = lerpDTypes(dtype, g);
  const gt: DType = g === "weak" ? "float64" : g;
  const diff = cast(arith("-", b, a, dtype), product);
  if (gamma >= 0.5) {
    const om = g === "weak" ? 1 - gamma : (arith("-", cast(1, gt), gamma, gt) as number);
    const t2 = arith("*", diff, cast(om, product), product);
    return arith("-", cast(b, result), cast(t2, result), result);
  }
  const t1 = arith("*", diff, cast(gamma, product), product);
  return arith("+", cast(a, result), cast(t1, result), result);
}
