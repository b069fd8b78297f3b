// np.cov and np.corrcoef, step by step as numpy/lib/_function_base_impl.py computes them: the
// means and weights from np.average, the products through the matmul kernel (so, as NumPy's
// through BLAS, to a few ulps rather than to the bit).

import { checkDType, promoteTypes, type DType } from "../core/dtype.js";
import { RuntimeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { keepOrder } from "../core/shape.js";
import { readOptions } from "../core/options.js";
import { less, notEqual } from "./compare.js";
import { cumsum, join } from "./cumulative.js";
import { divide, multiply, sqrt, subtract } from "./elementwise.js";
import { matmul } from "./matmul.js";
import { Temps, type Operand } from "./operand.js";
import { copyInOrder } from "./reduce-core.js";
import { clip } from "./select.js";
import { average } from "./statistics.js";
import { truthReduce } from "./truth.js";

/** Options of np.cov. */
export interface CovOptions {
  /** Each row a variable, each column an observation (default); false: the other way round. */
  rowvar?: boolean;
  /** Normalise by N rather than N - 1 (ignored when ddof is given). */
  bias?: boolean;
  /** Delta degrees of freedom, overriding bias. */
  ddof?: number | null;
  /** Integer frequency of each observation. */
  fweights?: Operand | null;
  /** Observation weights ("importance"). */
  aweights?: Operand | null;
  /** The computation's type (default: float64, or the inputs' promotion with it). */
  dtype?: DType | null;
}

/** np.array(x, ndmin=2, dtype=dtype): a copy keeping x's layout, with a leading axis for 0-d and 1-D input. */
function atLeast2d(x: NDArray, dtype: DType, temps: Temps): NDArray {
  const c = temps.add(copyInOrder(x, keepOrder(x.shape, x.byteStrides, x.itemsize), dtype));
  if (c.ndim >= 2) return c;
  const shape = c.ndim === 0 ? [1, 1] : [1, c.shape[0]!];
  return temps.add(c.reshape(shape));
}

/** Whether any element is true. */
const anyTrue = (a: NDArray, temps: Temps) => Boolean(temps.add(truthReduce("any", a, a.shape.map(() => true), false)).item());

/** fweights / aweights: float64, one-dimensional, one per observation, non-negative. */
function weights(v: Operand, kind: "fweights" | "aweights", observations: number, temps: Temps): NDArray {
  let w = temps.array(v, kind);
  if (w.dtype !== "float64") w = temps.add(w._cast("float64"));
  if (kind === "fweights") {
    const rounded = temps.add(temps.add(w._cast("int64"))._cast("float64"));
    if (anyTrue(temps.add(notEqual(w, rounded)), temps)) throw new TypeError("fweights must be integer");
  }
  if (w.ndim > 1) throw new RuntimeError(`cannot handle multidimensional ${kind}`);
  if (w.ndim === 0) throw new TypeError("len() of unsized object");
  if (w.shape[0] !== observations) throw new RuntimeError(`incompatible numbers of samples and ${kind}`);
  if (anyTrue(temps.add(less(w, 0)), temps)) throw new ValueError(`${kind} cannot be negative`);
  return w;
}

/** The covariance matrix of the variables in m (and y), NumPy's np.cov, without the final squeeze. */
function covariance(m: Operand, y: Operand | null | undefined, opts: Partial<CovOptions>, temps: Temps): NDArray | null {
  const rowvar = opts.rowvar ?? true;
  const ddofIn = opts.ddof ?? null;
  if (ddofIn !== null && (typeof ddofIn !== "number" || ddofIn !== Math.trunc(ddofIn))) throw new ValueError("ddof must be integer");
  const mm = temps.array(m, "m");
  if (mm.ndim > 2) throw new ValueError("m has more than 2 dimensions");
  const yy = y === undefined || y === null ? null : temps.array(y, "y");
  if (yy !== null && yy.ndim > 2) throw new ValueError("y has more than 2 dimensions");
  const dtype = opts.dtype === undefined || opts.dtype === null ? promoteTypes(yy === null ? mm.dtype : promoteTypes(mm.dtype, yy.dtype), "float64") : checkDType(opts.dtype, "cov: dtype");
  let X = atLeast2d(mm, dtype, temps);
  if (!rowvar && mm.ndim !== 1) X = temps.add(X.T);
  if (X.shape[0] === 0) return null;
  if (yy !== null) {
    let Y = atLeast2d(yy, dtype, temps);
    if (!rowvar && Y.shape[0] !== 1) Y = temps.add(Y.T);
    X = temps.add(join([X, Y], 0));
  }
  const ddof = ddofIn ?? (opts.bias ? 0 : 1);
  const n = X.shape[1]!;
  let w: NDArray | null = null;
  let aw: NDArray | null = null;
  if (opts.fweights !== undefined && opts.fweights !== null) w = weights(opts.fweights, "fweights", n, temps);
  if (opts.aweights !== undefined && opts.aweights !== null) {
    aw = weights(opts.aweights, "aweights", n, temps);
    w = w === null ? aw : temps.add(multiply(w, aw));
  }
  const [avg, scl] = average(X, 1, { weights: w, returned: true });
  temps.add(avg);
  temps.add(scl);
  const wSum = scl.size > 0 ? Number(scl.item(0)) : NaN;
  let fact: number;
  if (w === null) fact = n - ddof;
  else if (ddof === 0) fact = wSum;
  else if (aw === null) fact = wSum - ddof;
  else {
    // Python's sum(): one after another, as the running sum's last element.
    const running = temps.add(cumsum(temps.add(multiply(w, aw))));
    fact = wSum - (ddof * Number(running.item(running.size - 1))) / wSum;
  }
  if (fact <= 0) fact = 0;
  // X is our own copy (or the joined copy): centred in place.
  subtract(X, temps.add(avg.reshape(avg.size, 1)), { out: X });
  const XT = w === null ? temps.add(X.T) : temps.add(temps.add(multiply(X, w)).T);
  const c = matmul(X, XT);
  const scale = temps.add(NDArray.empty([], "float64").fill(1 / fact));
  multiply(c, scale, { out: c });
  return c;
}

/**
 * np.cov: the covariance matrix of the rows of `m` (variables) over its columns (observations),
 * `y` adding variables. Normalised by N - 1 (N with `bias`, N - ddof with `ddof`), with
 * frequency and observation weights as NumPy's. One variable gives a 0-d array.
  * @example
  * nd.cov([[0, 1, 2], [2, 1, 0]])       // array([[ 1., -1.], [-1.,  1.]])
 */
export function cov(m: Operand, y?: Operand | null, options?: CovOptions): NDArray {
  const opts = readOptions<CovOptions>(options, "cov", ["rowvar", "bias", "ddof", "fweights", "aweights", "dtype"]);
  const temps = new Temps();
  try {
    const c = covariance(m, y, opts, temps);
    if (c === null) return NDArray.empty([0, 0], "float64");
    try {
      return c.squeeze();
    } finally {
      c.dispose();
    }
  } finally {
    temps.dispose();
  }
}

/** Options of np.corrcoef. */
export interface CorrcoefOptions {
  rowvar?: boolean;
  dtype?: DType | null;
}

/**
 * np.corrcoef: Pearson correlation coefficients, cov(x, y) / (std_i std_j), clipped to [-1, 1].
 * One variable gives c / c (1, or NaN for a constant or non-finite variable).
  * @example
  * nd.corrcoef([1, 2, 3, 4], [2, 4, 5, 9])  // array([[1.        , 0.96476382], [0.96476382, 1.        ]])
 */
export function corrcoef(x: Operand, y?: Operand | null, options?: CorrcoefOptions): NDArray {
  const opts = readOptions<CorrcoefOptions>(options, "corrcoef", ["rowvar", "dtype"]);
  const temps = new Temps();
  try {
    const c2 = covariance(x, y, { rowvar: opts.rowvar, dtype: opts.dtype }, temps);
    if (c2 === null) return NDArray.empty([0, 0], "float64");
    const c = c2.squeeze();
    c2.dispose();
    try {
      if (c.ndim !== 2) {
        const r = divide(c, c);
        c.dispose();
        return r;
      }
      const k = c.shape[0]!;
      const diagonal = temps.add(c.view([k], [c.strides[0]! + c.strides[1]!], c.offset));
      const stddev = temps.add(sqrt(diagonal));
      divide(c, temps.add(stddev.reshape(k, 1)), { out: c });
      divide(c, stddev, { out: c });
      clip(c, -1, 1, { out: c });
      return c;
    } catch (e) {
      c.dispose();
      throw e;
    }
  } finally {
    temps.dispose();
  }
}

