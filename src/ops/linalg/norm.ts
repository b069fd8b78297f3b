// np.linalg.norm and np.linalg.cond, written as NumPy writes them: element-wise and reduction
// kernels for the entry-wise orders, the SVD kernel for the 2-norm and the nuclear norm.

import { isFloat } from "../../core/dtype.js";
import { LinAlgError, ValueError } from "../../core/errors.js";
import { NDArray } from "../../core/ndarray.js";
import { normalizeAxis } from "../../core/shape.js";
import { notEqual } from "../compare.js";
import { zeros } from "../creation.js";
import { abs, divide, multiply, power, sqrt } from "../elementwise.js";
import { type Operand, Temps } from "../operand.js";
import { max, min, sum } from "../reduce.js";
import { dot } from "./product-ops.js";
import { svdvals } from "./decompositions.js";
import { inv } from "./solvers.js";
import { stackedSquare } from "./shapes.js";

/** The orders norm accepts: a number (Infinity, -Infinity included), "fro" or "nuc". */
export type NormOrder = number | "fro" | "f" | "nuc" | null;

/** max(…, initial=0): zeros where the reduced axis is empty. */
function maxOrZero(x: NDArray, axis: number, keepdims = false): NDArray {
  if (x.shape[axis] === 0) {
    const shape = [...x.shape];
    if (keepdims) shape[axis] = 1;
    else shape.splice(axis, 1);
    return zeros(shape, x.dtype);
  }
  return max(x, axis, keepdims);
}

/** _multi_svd_norm: the matrices on (row, col) moved last, their singular values reduced. */
function svdNorm(x: NDArray, row: number, col: number, op: "max" | "min" | "sum", temps: Temps): NDArray {
  const rest = x.shape.map((_, d) => d).filter((d) => d !== row && d !== col);
  const y = temps.add(x.transpose([...rest, row, col]));
  const s = temps.add(svdvals(y));
  const last = s.ndim - 1;
  return op === "max" ? maxOrZero(s, last) : op === "min" ? min(s, last) : sum(s, last);
}

// Vector and matrix norms: `ord` as NumPy's (vectors: any number, ±Infinity, 0; matrices: "fro",
// "nuc", ±1, ±2, ±Infinity); `axis` an axis (vector norms) or a pair (matrix norms), all axes by
// default (the 2-norm of the flattened array, or a matrix norm of a 2-D array when `ord` is set).
// np.linalg.norm.
export function norm(x: Operand, ord: NormOrder = null, axis: number | readonly number[] | null = null, keepdims = false): NDArray {
  const temps = new Temps();
  try {
    let a = temps.array(x, "x");
    if (!isFloat(a.dtype)) a = temps.add(a._cast("float64"));
    const nd = a.ndim;
    if (axis === null && (ord === null || ((ord === "f" || ord === "fro") && nd === 2) || (ord === 2 && nd === 1))) {
      const flat = temps.add(a.reshape([-1]));
      const sq = temps.add(dot(flat, flat));
      const r = sqrt(sq);
      if (!keepdims) return r;
      temps.add(r);
      return r.reshape(new Array<number>(nd).fill(1));
    }
    const axes = axis === null ? a.shape.map((_, d) => d) : typeof axis === "number" ? [axis] : [...axis];
    for (const ax of axes) if (!Number.isInteger(ax)) throw new TypeError("'axis' must be None, an integer or a tuple of integers");
    if (axes.length === 1) {
      const ax = normalizeAxis(axes[0], nd);
      if (ord === Infinity) return maxOrZero(temps.add(abs(a)), ax, keepdims);
      if (ord === -Infinity) return min(temps.add(abs(a)), ax, keepdims);
      if (ord === 0) return sum(temps.add(temps.add(notEqual(a, 0))._cast(a.dtype)), ax, keepdims);
      if (ord === 1) return sum(temps.add(abs(a)), ax, keepdims);
      if (ord === null || ord === 2) return sqrt(temps.add(sum(temps.add(multiply(a, a)), ax, keepdims)));
      if (typeof ord === "string") throw new ValueError(`Invalid norm order '${ord}' for vectors`);
      const p = temps.add(power(temps.add(abs(a)), temps.add(NDArray.empty([], a.dtype).fill(ord))));
      const s = temps.add(sum(p, ax, keepdims));
      return power(s, temps.add(NDArray.empty([], a.dtype).fill(1 / ord)));
    }
    if (axes.length === 2) {
      const row = normalizeAxis(axes[0], nd);
      const col = normalizeAxis(axes[1], nd);
      if (row === col) throw new ValueError("Duplicate axes given.");
      let r: NDArray;
      const absSum = (ax: number) => temps.add(sum(temps.add(abs(a)), ax));
      if (ord === 2) r = svdNorm(a, row, col, "max", temps);
      else if (ord === -2) r = svdNorm(a, row, col, "min", temps);
      else if (ord === 1) r = maxOrZero(absSum(row), col > row ? col - 1 : col);
      else if (ord === Infinity) r = maxOrZero(absSum(col), row > col ? row - 1 : row);
      else if (ord === -1) r = min(absSum(row), col > row ? col - 1 : col);
      else if (ord === -Infinity) r = min(absSum(col), row > col ? row - 1 : row);
      else if (ord === null || ord === "fro" || ord === "f") r = sqrt(temps.add(sum(temps.add(multiply(a, a)), [row, col])));
      else if (ord === "nuc") r = svdNorm(a, row, col, "sum", temps);
      else throw new ValueError("Invalid norm order for matrices.");
      if (!keepdims) return r;
      temps.add(r);
      const shape = [...a.shape];
      shape[row] = 1;
      shape[col] = 1;
      return r.reshape(shape);
    }
    throw new ValueError("Improper number of dimensions to norm.");
  } finally {
    temps.dispose();
  }
}

// The condition number of each matrix in the norm `p` (default: the 2-norm, σmax/σmin, from the
// SVD; Infinity for a singular matrix).
// np.linalg.cond.
export function cond(x: Operand, p: NormOrder = null): NDArray {
  const temps = new Temps();
  try {
    const a = temps.array(x, "x");
    if (a.ndim < 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
    if (a.shape[a.ndim - 1] * a.shape[a.ndim - 2] === 0) throw new LinAlgError("cond is not defined on empty arrays");
    let r: NDArray;
    if (p === null || p === 2 || p === -2) {
      const s = temps.add(svdvals(a));
      const k = s.shape[s.ndim - 1];
      const first = temps.add(s.slice("...", 0));
      const last = temps.add(s.slice("...", k - 1));
      r = p === -2 ? divide(last, first) : divide(first, last);
    } else {
      stackedSquare(a.shape);
      const n = a.shape[a.ndim - 1];
      const batch = a.shape.slice(0, -2);
      const count = batch.reduce((q, d) => q * d, 1);
      const flat = temps.add(a.reshape([count, n, n]));
      const out = new Float64Array(count);
      for (let t = 0; t < count; t++) {
        const m = temps.add(flat.slice(t));
        let ix: NDArray;
        try {
          ix = temps.add(inv(m));
        } catch (e) {
          if (!(e instanceof LinAlgError)) throw e;
          out[t] = Infinity;
          continue;
        }
        const v = (temps.add(norm(m, p, [-2, -1])).item() as number) * (temps.add(norm(ix, p, [-2, -1])).item() as number);
        out[t] = Number.isNaN(v) && !hasNaN(m) ? Infinity : v;
      }
      const d = a.dtype === "float32" ? "float32" : "float64";
      r = NDArray.empty(batch, d);
      const h = r.reshape([-1]);
      for (let t = 0; t < count; t++) h.set([t], out[t]);
      h.dispose();
      return r;
    }
    // NumPy: a NaN from a singular matrix (0/0) becomes Infinity unless the matrix holds a NaN.
    const vals = r.toTypedArray() as Float64Array;
    if (vals.some(Number.isNaN)) {
      const n = a.shape[a.ndim - 1] * a.shape[a.ndim - 2];
      const src = a.toTypedArray() as ArrayLike<number>;
      const flatR = temps.add(r.reshape([-1]));
      for (let t = 0; t < vals.length; t++) {
        if (!Number.isNaN(vals[t])) continue;
        let nan = false;
        for (let i = 0; i < n; i++) if (Number.isNaN(Number(src[t * n + i]))) nan = true;
        if (!nan) flatR.set([t], Infinity);
      }
    }
    return r;
  } finally {
    temps.dispose();
  }
}

function hasNaN(m: NDArray): boolean {
  const v = m.toTypedArray() as ArrayLike<number>;
  for (let i = 0; i < v.length; i++) if (Number.isNaN(Number(v[i]))) return true;
  return false;
}
