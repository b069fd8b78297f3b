// NumPy's products — dot, vdot, inner, outer, tensordot, kron, cross, multi_dot, matrix_power,
// trace — on the plans of products.ts and multidot.ts: a contraction is a transpose and reshape
// of each operand (views where the strides allow) and one call of the matmul kernel; kron and
// cross are broadcast element-wise kernels.

import { promoteTypes } from "../../core/dtype.js";
import { ValueError } from "../../core/errors.js";
import { NDArray } from "../../core/ndarray.js";
import { castStrided } from "../../backend/wasm/copy.js";
import { eye } from "../creation.js";
import { multiply, negative, subtract } from "../elementwise.js";
import { matmul } from "../matmul.js";
import { type Operand, Temps } from "../operand.js";
import { sum } from "../reduce.js";
import { type ChainTree, multiDotPlan } from "./multidot.js";
import { type ContractionPlan, type TensordotAxes, crossPlan, dotPlan, innerPlan, kronPlan, outerPlan, tensordotPlan, vdotPlan } from "./products.js";
import { matrixPowerCheck } from "./shapes.js";
import { inv } from "./solvers.js";

function withTemps<T>(body: (temps: Temps) => T): T {
  const temps = new Temps();
  try {
    return body(temps);
  } finally {
    temps.dispose();
  }
}

/** a transposed and reshaped to (m, k), b to (k, n), multiplied by the matmul kernel, viewed as `shape`. */
function contract(a: NDArray, b: NDArray, p: ContractionPlan, temps: Temps): NDArray {
  const ra = temps.add(temps.add(a.transpose(p.permA)).reshape([p.m, p.k]));
  const rb = temps.add(temps.add(b.transpose(p.permB)).reshape([p.k, p.n]));
  const product = temps.add(matmul(ra, rb));
  return product.reshape(p.shape);
}

/** Options of {@link dot}. */
export interface DotOptions {
  /** A C-contiguous array of the result's dtype and shape to write into (NumPy's rule for dot). */
  out?: NDArray;
}

/**
 * The dot product with NumPy's N-D rules: a 0-d operand multiplies; otherwise the last axis of `a`
 * is summed against the only axis of a 1-D `b` or the second-to-last of an N-D `b` (unlike matmul,
 * every batch axis of both stays in the result). Through the matmul kernel.
 * np.dot.
 * @example
 * nd.dot([1, 2, 3], [4, 5, 6]).item()          // 32
 * nd.dot([[1, 2], [3, 4]], [[5, 6], [7, 8]])   // array([[19, 22], [43, 50]])
 */
export function dot(a: Operand, b: Operand, options?: DotOptions): NDArray {
  return withTemps((temps) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    const p = dotPlan(x.shape, y.shape);
    const r = p.kind === "multiply" ? multiply(x, y) : contract(x, y, p, temps);
    const out = options?.out;
    if (out === undefined) return r;
    temps.add(r);
    if (!(out instanceof NDArray) || out.dtype !== r.dtype || out.ndim !== r.ndim || out.shape.some((d, i) => d !== r.shape[i]) || !out.isContiguous || !out._writeable) {
      throw new ValueError("output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)");
    }
    castStrided(out.ptr, out.dtype, out.byteStrides, r.ptr, r.dtype, r.byteStrides, r.shape);
    return out;
  });
}

/**
 * The dot product of two arrays flattened (same number of elements): a 0-d result.
 * np.vdot (real arrays: no conjugation).
 * @example
 * nd.vdot([[1, 2], [3, 4]], [1, 1, 1, 1]).item()   // 10
 */
export function vdot(a: Operand, b: Operand): NDArray {
  return withTemps((temps) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    return contract(x, y, vdotPlan(x.shape, y.shape), temps);
  });
}

/**
 * The inner product over the last axes of both arrays (a 0-d operand multiplies).
 * np.inner.
 * @example
 * nd.inner([[1, 2], [3, 4]], [[1, 0], [0, 1]])   // array([[1, 2], [3, 4]])
 */
export function inner(a: Operand, b: Operand): NDArray {
  return withTemps((temps) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    const p = innerPlan(x.shape, y.shape);
    return p.kind === "multiply" ? multiply(x, y) : contract(x, y, p, temps);
  });
}

/**
 * The outer product of two arrays flattened: (a.size, b.size).
 * np.outer.
 * @example
 * nd.outer([1, 2], [1, 2, 3])   // array([[1, 2, 3], [2, 4, 6]])
 */
export function outer(a: Operand, b: Operand): NDArray {
  return withTemps((temps) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    return contract(x, y, outerPlan(x.shape, y.shape), temps);
  });
}

/**
 * Sums products over the last `axes` axes of `a` and the first of `b` (an integer), or over the
 * axes named by a pair `[axesOfA, axesOfB]`. Through the matmul kernel.
 * np.tensordot.
 * @example
 * nd.tensordot(nd.ones([3, 4, 5]), nd.ones([4, 5, 2])).shape      // [3, 2]
 * nd.tensordot(nd.ones([3, 4]), nd.ones([4, 3]), [[0], [1]]).shape // [4, 4]
 */
export function tensordot(a: Operand, b: Operand, axes: TensordotAxes = 2): NDArray {
  return withTemps((temps) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    return contract(x, y, tensordotPlan(x.shape, y.shape, axes), temps);
  });
}

/**
 * The Kronecker product: blocks of `b` scaled by each entry of `a`.
 * np.kron.
 * @example
 * nd.kron([[1, 2], [3, 4]], [[1, 1], [1, 1]]).shape   // [4, 4]
 */
export function kron(a: Operand, b: Operand): NDArray {
  return withTemps((temps) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    const p = kronPlan(x.shape, y.shape);
    if (p.kind === "multiply") return multiply(x, y);
    const r = temps.add(multiply(temps.add(x.reshape(p.aView)), temps.add(y.reshape(p.bView))));
    return r.reshape(p.shape);
  });
}

/** Options of {@link cross}. */
export interface CrossOptions {
  /** The axis of `a` holding the vectors (default -1). */
  axisa?: number;
  /** The axis of `b` holding the vectors (default -1). */
  axisb?: number;
  /** The axis of the result holding the vectors (default -1). */
  axisc?: number;
  /** Overrides all three. */
  axis?: number;
}

/**
 * The cross product of 3-vectors (or 2-vectors, as NumPy still allows) along the last axis,
 * broadcast over the others.
 * np.cross.
 * @example
 * nd.cross([1, 0, 0], [0, 1, 0])   // array([0, 0, 1])
 */
export function cross(a: Operand, b: Operand, options?: CrossOptions): NDArray {
  return withTemps((temps) => {
    const x = temps.array(a, "a");
    const y = temps.array(b, "b");
    const p = crossPlan(x.shape, y.shape, options ?? {});
    const last = (arr: NDArray, axis: number) => temps.add(arr.transpose([...arr.shape.map((_, d) => d).filter((d) => d !== axis), axis]));
    const ma = last(x, p.axisA), mb = last(y, p.axisB);
    const comp = (arr: NDArray, i: number) => temps.add(arr.slice("...", i));
    const [a0, a1] = [comp(ma, 0), comp(ma, 1)];
    const [b0, b1] = [comp(mb, 0), comp(mb, 1)];
    const mul = (u: NDArray, v: NDArray) => temps.add(multiply(u, v));
    const c2 = subtract(mul(a0, b1), mul(a1, b0));
    if (p.axisC < 0) return c2;
    temps.add(c2);
    let c0: NDArray, c1: NDArray;
    if (p.lenA === 3 && p.lenB === 3) {
      const a2 = comp(ma, 2), b2 = comp(mb, 2);
      c0 = temps.add(subtract(mul(a1, b2), mul(a2, b1)));
      c1 = temps.add(subtract(mul(a2, b0), mul(a0, b2)));
    } else if (p.lenA === 2) {
      const b2 = comp(mb, 2);
      c0 = mul(a1, b2);
      c1 = temps.add(negative(mul(a0, b2)));
    } else {
      const a2 = comp(ma, 2);
      c0 = temps.add(negative(mul(a2, b1)));
      c1 = mul(a2, b0);
    }
    const out = NDArray.empty([...p.batch, 3], promoteTypes(x.dtype, y.dtype));
    try {
      out.set(["...", 0], c0);
      out.set(["...", 1], c1);
      out.set(["...", 2], c2);
      const nd = out.ndim;
      const perm = [...Array(nd - 1).keys()];
      perm.splice(p.axisC, 0, nd - 1);
      return out.transpose(perm);
    } finally {
      out.dispose();
    }
  });
}

// The product of a chain of matrices in the cheapest order (a 1-D first operand is a row, a 1-D
// last operand a column, as NumPy's).
// np.linalg.multi_dot.
export function multiDot(arrays: readonly Operand[]): NDArray {
  return withTemps((temps) => {
    const xs = arrays.map((a, i) => temps.array(a, `arrays[${i}]`));
    const p = multiDotPlan(xs.map((x) => x.shape));
    if (p.direct) return dot(xs[0], xs[1]);
    const mats = xs.map((x, i) => (x.ndim === 1 ? temps.add(x.reshape(p.shapes[i])) : x));
    const evaluate = (t: ChainTree): NDArray => (typeof t === "number" ? mats[t] : temps.add(dot(evaluate(t[0]), evaluate(t[1]))));
    const r = evaluate(p.tree);
    return r.reshape(p.shape);
  });
}

// Each square matrix raised to the integer power `n` by repeated squaring (n = 0: the identity;
// n < 0: powers of the inverse). Integer matrices stay integer for n ≥ 0.
// np.linalg.matrix_power.
export function matrixPower(a: Operand, n: number): NDArray {
  return withTemps((temps) => {
    let x = temps.array(a, "a");
    const s = matrixPowerCheck(x.shape, n);
    if (n === 0) {
      const out = NDArray.empty(x.shape, x.dtype);
      const id = temps.add(eye(s.n, null, { dtype: x.dtype }));
      out.set(["..."], id);
      return out;
    }
    if (n < 0) {
      x = temps.add(inv(x));
      n = -n;
    }
    if (n === 1) return x.copy();
    let z: NDArray | null = null;
    let result: NDArray | null = null;
    while (n > 0) {
      z = z === null ? x : temps.add(matmul(z, z));
      const bit = n % 2;
      n = Math.floor(n / 2);
      if (bit) result = result === null ? z : temps.add(matmul(result, z));
    }
    return result!.copy();
  });
}

/** Options of {@link trace}. */
export interface TraceOptions {
  /** The diagonal: 0 the main one, k > 0 above it, k < 0 below it. */
  offset?: number;
}

// The sum of each matrix's diagonal (the last two axes), in NumPy's sum dtype.
// np.linalg.trace.
export function trace(x: Operand, options?: TraceOptions): NDArray {
  const k = options?.offset ?? 0;
  if (!Number.isInteger(k)) throw new TypeError("trace: offset must be an integer");
  return withTemps((temps) => {
    const a = temps.array(x, "x");
    if (a.ndim < 2) throw new ValueError("diag requires an array of at least two dimensions");
    const nd = a.ndim;
    const [r, c] = a.shape.slice(-2);
    const [sr, sc] = a.strides.slice(-2);
    const len = Math.max(0, k >= 0 ? Math.min(r, c - k) : Math.min(r + k, c));
    const start = len === 0 ? 0 : k >= 0 ? k * sc : -k * sr;
    const diag = temps.add(a.view([...a.shape.slice(0, -2), len], [...a.strides.slice(0, -2), sr + sc], a.offset + start));
    return sum(diag, nd - 2);
  });
}
