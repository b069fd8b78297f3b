// Shape rules of numpy.linalg on stacks of matrices: which inputs are accepted, the shapes of the
// results, how the batch axes broadcast, and NumPy's error texts. Pure functions over shapes.

import { ValueError } from "../../core/errors.js";
import { LinAlgError, NOT_SQUARE, remappedBroadcastError } from "./errors.js";

/** A stack of matrices: leading batch axes, then m x n. */
export interface Stack {
  batch: number[];
  /** Number of matrices (product of batch). */
  count: number;
  m: number;
  n: number;
}

const product = (xs: readonly number[]): number => xs.reduce((p, x) => p * x, 1);

/** _assert_stacked_2d: at least two dimensions. */
export function stacked2d(shape: readonly number[]): Stack {
  if (shape.length < 2) throw new LinAlgError(`${shape.length}-dimensional array given. Array must be at least two-dimensional`);
  const batch = shape.slice(0, -2);
  return { batch, count: product(batch), m: shape[shape.length - 2], n: shape[shape.length - 1] };
}

/** _assert_stacked_2d then _assert_stacked_square (inv, det, slogdet, cholesky, eigh, matrix_power, …). */
export function stackedSquare(shape: readonly number[]): Stack {
  const s = stacked2d(shape);
  if (s.m !== s.n) throw new LinAlgError(NOT_SQUARE);
  return s;
}

/** _assert_2d: exactly two dimensions (lstsq, multi_dot's operands). */
export function exactly2d(shape: readonly number[]): void {
  if (shape.length !== 2) throw new LinAlgError(`${shape.length}-dimensional array given. Array must be two-dimensional`);
}

/** Broadcasts batch shapes right-aligned; null when they do not broadcast. */
export function broadcastBatch(a: readonly number[], b: readonly number[]): number[] | null {
  const nd = Math.max(a.length, b.length);
  const out = new Array<number>(nd);
  for (let i = 0; i < nd; i++) {
    const x = i - (nd - a.length) >= 0 ? a[i - (nd - a.length)] : 1;
    const y = i - (nd - b.length) >= 0 ? b[i - (nd - b.length)] : 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out[i] = x === 1 ? y : x;
  }
  return out;
}

/** The plan of one solve call. */
export interface SolvePlan {
  /** Broadcast batch axes. */
  batch: number[];
  count: number;
  n: number;
  /** Right-hand sides per system (1 for a vector b). */
  nrhs: number;
  /** b is one vector per system (NumPy's solve1: b.ndim == 1). */
  vector: boolean;
  /** The result's shape. */
  shape: number[];
}

const SOLVE = "(m,m),(m,n)->(m,n)";
const SOLVE1 = "(m,m),(m)->(m)";

/**
 * np.linalg.solve(a, b): a is (..., M, M); b is (M,) — one vector, broadcast against every system
 * (NumPy 2's solve1) — or (..., M, K), batch axes broadcast as a gufunc's.
 */
export function solvePlan(a: readonly number[], b: readonly number[]): SolvePlan {
  const sa = stackedSquare(a);
  const n = sa.n;
  if (b.length === 1) {
    if (b[0] !== n) throw new ValueError(`solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SOLVE1} (size ${b[0]} is different from ${n})`);
    return { batch: sa.batch, count: sa.count, n, nrhs: 1, vector: true, shape: [...sa.batch, n] };
  }
  if (b.length < 2) throw new ValueError(`solve: Input operand 1 does not have enough dimensions (has ${b.length}, gufunc core with signature ${SOLVE} requires 2)`);
  const rows = b[b.length - 2], nrhs = b[b.length - 1];
  if (rows !== n) throw new ValueError(`solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SOLVE} (size ${rows} is different from ${n})`);
  const bb = b.slice(0, -2);
  const batch = broadcastBatch(sa.batch, bb);
  if (batch === null) {
    const nd = Math.max(sa.batch.length, bb.length);
    const remap = (shape: readonly number[], own: readonly number[]) => ({ shape, remapped: [...new Array<null>(nd - own.length).fill(null), ...own, null, null] });
    throw new ValueError(remappedBroadcastError([remap(a, sa.batch), remap(b, bb)], [...new Array<null>(nd).fill(null), n, nrhs]));
  }
  return { batch, count: product(batch), n, nrhs, vector: false, shape: [...batch, n, nrhs] };
}

/** The plan of one lstsq call (2-D only in NumPy). */
export interface LstsqPlan {
  m: number;
  n: number;
  nrhs: number;
  /** b was 1-D: x is (n,) and residuals (1,) or empty. */
  vector: boolean;
  xShape: number[];
}

/** np.linalg.lstsq(a, b): a (M, N), b (M,) or (M, K). */
export function lstsqPlan(a: readonly number[], b: readonly number[]): LstsqPlan {
  const vector = b.length === 1;
  exactly2d(a);
  exactly2d(vector ? [b[0], 1] : b);
  const [m, n] = a;
  const m2 = b[0], nrhs = vector ? 1 : b[1];
  if (m !== m2) throw new LinAlgError("Incompatible dimensions");
  return { m, n, nrhs, vector, xShape: vector ? [n] : [n, nrhs] };
}

/** NumPy's lstsq rcond default (None): eps of the computation type (float64) times max(M, N). */
export function lstsqDefaultRcond(m: number, n: number): number {
  return 2.220446049250313e-16 * Math.max(m, n);
}

/** np.linalg.lstsq reports residuals only when the rank is full (rank == N) and M > N. */
export function lstsqHasResiduals(m: number, n: number, rank: number): boolean {
  return rank === n && m > n;
}

/** qr's modes after NumPy's normalisation ('f'/'full' mean 'reduced', 'e' means 'economic', both deprecated). */
export type QrMode = "reduced" | "complete" | "r" | "raw" | "economic";

/**
 * The shapes of qr's results: q (..., M, qcols) when Q is formed; r (..., rrows, N). "raw" returns
 * the factored stack with every axis reversed (np.transpose) and tau (..., K); "economic" the
 * factored stack as it is.
 */
export interface QrPlan extends Stack {
  mode: QrMode;
  k: number;
  qcols: number;
  rrows: number;
  /** Whether Q is formed. */
  q: boolean;
  /** NumPy's DeprecationWarning text for 'full' and 'economic'. */
  deprecation?: string;
}

export function qrPlan(shape: readonly number[], mode: string): QrPlan {
  let normal: QrMode;
  let deprecation: string | undefined;
  if (mode === "reduced" || mode === "complete" || mode === "r" || mode === "raw") normal = mode;
  else if (mode === "f" || mode === "full") {
    normal = "reduced";
    deprecation = "The 'full' option is deprecated in favor of 'reduced'.\nFor backward compatibility let mode default.";
  } else if (mode === "e" || mode === "economic") {
    normal = "economic";
    deprecation = "The 'economic' option is deprecated.";
  } else throw new ValueError(`Unrecognized mode '${mode}'`);
  const s = stacked2d(shape);
  const k = Math.min(s.m, s.n);
  const complete = normal === "complete";
  return { ...s, mode: normal, k, qcols: complete ? s.m : k, rrows: complete ? s.m : k, q: normal === "reduced" || complete, deprecation };
}

/** The shapes of svd's results. */
export interface SvdPlan extends Stack {
  k: number;
  ucols: number;
  vrows: number;
}

export function svdPlan(shape: readonly number[], fullMatrices: boolean): SvdPlan {
  const s = stacked2d(shape);
  const k = Math.min(s.m, s.n);
  return { ...s, k, ucols: fullMatrices ? s.m : k, vrows: fullMatrices ? s.n : k };
}

/** eigh / eigvalsh's UPLO: upper-cased, 'L' or 'U'; returns whether the upper triangle is read. */
export function uploUpper(uplo: string): boolean {
  const u = uplo.toUpperCase();
  if (u !== "L" && u !== "U") throw new ValueError("UPLO argument must be 'L' or 'U'");
  return u === "U";
}

/** np.linalg.matrix_power(a, n): a square stack and an integer exponent. */
export function matrixPowerCheck(shape: readonly number[], exponent: number): Stack {
  const s = stackedSquare(shape);
  if (!Number.isInteger(exponent)) throw new TypeError("exponent must be an integer");
  return s;
}

/** NumPy's pinv rcond default (rcond=None, rtol unset). */
export const PINV_DEFAULT_RCOND = 1e-15;

/** matrix_rank's default tolerance: S.max() · max(M, N) · eps (eps of the dtype of S). */
export function matrixRankTolerance(smax: number, m: number, n: number, eps: number): number {
  return smax * Math.max(m, n) * eps;
}

/**
 * np.linalg.matrix_rank: below two dimensions the rank is 1 if any entry is nonzero, else 0
 * (no error); otherwise one rank per matrix of the stack.
 */
export function matrixRankPlan(shape: readonly number[]): { trivial: true } | ({ trivial: false } & Stack) {
  if (shape.length < 2) return { trivial: true };
  return { trivial: false, ...stacked2d(shape) };
}
