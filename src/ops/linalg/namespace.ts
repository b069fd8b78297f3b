// The nd.linalg namespace: numpy.linalg's functions under their camel-cased names.

import { cholesky, det, inv, lstsq, pinv, slogdet, solve } from "./solvers.js";
import { eigh, eigvalsh, matrixRank, qr, svd, svdvals } from "./decompositions.js";
import { cond, norm } from "./norm.js";
import { matrixPower, multiDot, trace } from "./product-ops.js";

/**
 * numpy.linalg on stacks of matrices (leading batch axes broadcast), float64 and float32 (other
 * dtypes computed as float64), in WebAssembly: LU, Cholesky, Householder QR, symmetric
 * tridiagonal QL/QR and bidiagonal-QR SVD, LAPACK's algorithms. Failures throw `nd.LinAlgError`
 * with NumPy's texts.
 * @example
 * const x = nd.linalg.solve([[3, 1], [1, 2]], [9, 8]);   // array([2., 3.])
 * nd.linalg.norm(x).item()                               // 3.605551275463989
 */
export const linalg = {
  norm,
  cond,
  det,
  slogdet,
  inv,
  solve,
  lstsq,
  pinv,
  matrixRank,
  matrixPower,
  cholesky,
  qr,
  eigh,
  eigvalsh,
  svd,
  svdvals,
  trace,
  multiDot,
};
