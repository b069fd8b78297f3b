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
  /**
   * np.linalg.norm: vector and matrix norms (`ord`, `axis`, `keepdims` as NumPy's).
   * @example
   * nd.linalg.norm([3, 4]).item()   // 5
   */
  norm,
  /**
   * np.linalg.cond: the condition number (2-norm by default).
   * @example
   * nd.linalg.cond([[1, 0], [0, 2]]).item()   // 2
   */
  cond,
  /**
   * np.linalg.det: the determinant of each matrix (LU).
   * @example
   * nd.linalg.det([[2, 1], [1, 3]]).item()   // 5.000000000000001
   */
  det,
  /**
   * np.linalg.slogdet: `[sign, logabsdet]` of each matrix.
   * @example
   * const [sign, logabsdet] = nd.linalg.slogdet([[1, 2], [3, 4]]);
   */
  slogdet,
  /**
   * np.linalg.inv: the inverse of each matrix (LU; LinAlgError "Singular matrix").
   * @example
   * nd.linalg.inv([[1, 2], [3, 4]])   // array([[-2. ,  1. ], [ 1.5, -0.5]])
   */
  inv,
  /**
   * np.linalg.solve: x with a·x = b for each matrix (b a vector or a stack of matrices).
   * @example
   * nd.linalg.solve([[3, 1], [1, 2]], [9, 8])   // array([2., 3.])
   */
  solve,
  /**
   * np.linalg.lstsq: `[x, residuals, rank, s]`, the least-squares solution (SVD-based).
   * @example
   * const [x] = nd.linalg.lstsq([[1, 0], [1, 1], [1, 2]], [1, 2, 4]);
   */
  lstsq,
  /**
   * np.linalg.pinv: the pseudo-inverse of each matrix (SVD).
   * @example
   * nd.linalg.pinv([[1, 2], [2, 4]])   // array([[0.04, 0.08], [0.08, 0.16]])
   */
  pinv,
  /**
   * np.linalg.matrix_rank: singular values above the tolerance, per matrix.
   * @example
   * nd.linalg.matrixRank([[1, 2], [2, 4]]).item()   // 1
   */
  matrixRank,
  /**
   * np.linalg.matrix_power: integer powers by repeated squaring (negative: of the inverse).
   * @example
   * nd.linalg.matrixPower([[1, 1], [1, 0]], 10)   // array([[89, 55], [55, 34]])
   */
  matrixPower,
  /**
   * np.linalg.cholesky: the lower (or `{ upper: true }` upper) Cholesky factor.
   * @example
   * nd.linalg.cholesky([[4, 2], [2, 5]])   // array([[2., 0.], [1., 2.]])
   */
  cholesky,
  /**
   * np.linalg.qr: `[q, r]` (modes "reduced", "complete"; "r" gives r, "raw" `[h, tau]`).
   * @example
   * const [q, r] = nd.linalg.qr([[1, 2], [3, 4]]);
   */
  qr,
  /**
   * np.linalg.eigh: `[w, v]`, ascending eigenvalues and eigenvectors of symmetric matrices.
   * @example
   * const [w, v] = nd.linalg.eigh([[2, 1], [1, 2]]);   // w: array([1., 3.])
   */
  eigh,
  /**
   * np.linalg.eigvalsh: the ascending eigenvalues of symmetric matrices.
   * @example
   * nd.linalg.eigvalsh([[2, 1], [1, 2]])   // array([1., 3.])
   */
  eigvalsh,
  /**
   * np.linalg.svd: `[u, s, vh]` (`{ fullMatrices, computeUv }`).
   * @example
   * const [u, s, vh] = nd.linalg.svd([[3, 0], [0, 4]]);   // s: array([4., 3.])
   */
  svd,
  /**
   * np.linalg.svdvals: the singular values, descending.
   * @example
   * nd.linalg.svdvals([[3, 0], [0, 4]])   // array([4., 3.])
   */
  svdvals,
  /**
   * np.linalg.trace: the sum of each matrix's diagonal (`{ offset }`).
   * @example
   * nd.linalg.trace([[1, 2], [3, 4]]).item()   // 5
   */
  trace,
  /**
   * np.linalg.multi_dot: a chain of products in the cheapest order.
   * @example
   * nd.linalg.multiDot([nd.ones([10, 100]), nd.ones([100, 5]), nd.ones([5, 50])]).shape   // [10, 50]
   */
  multiDot,
};
