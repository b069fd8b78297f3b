// Matrix structure: np.triu, np.tril (the triangle kept through np.where with a comparison mask,
// as NumPy computes them), np.diag and np.trace.

import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { arange } from "./creation.js";
import { greaterEqual } from "./compare.js";
import { Temps, type Operand } from "./operand.js";
import { sum } from "./reduce.js";
import { where } from "./select.js";
import { castStrided } from "../backend/wasm/copy.js";
import { diagonal } from "./views.js";

function checkK(k: number, fn: string): number {
  if (!Number.isInteger(k)) throw new TypeError(`${fn}: k must be an integer, got ${String(k)}`);
  return k;
}

/** np.tri(n, m, k) as bool: true where j - i <= k. */
function tri(n: number, m: number, k: number, temps: Temps): NDArray {
  const rows = temps.add(arange(n)).reshape(n, 1);
  temps.add(rows);
  const cols = temps.add(arange(-k, m - k));
  return temps.add(greaterEqual(rows, cols));
}

/** np.tril / np.triu: the mask of the last two axes (a 1-D input is its row repeated). */
function triangle(m: Operand, k: number, upper: boolean, fn: string): NDArray {
  checkK(k, fn);
  const temps = new Temps();
  try {
    const a = temps.array(m, "m");
    if (a.ndim === 0) throw new TypeError("tri() missing 1 required positional argument: 'N'");
    const [n, cols] = a.ndim === 1 ? [a.shape[0]!, a.shape[0]!] : [a.shape[a.ndim - 2]!, a.shape[a.ndim - 1]!];
    const zero = temps.add(NDArray.empty([], a.dtype, true));
    return upper ? where(tri(n, cols, k - 1, temps), zero, a) : where(tri(n, cols, k, temps), a, zero);
  } finally {
    temps.dispose();
  }
}

/**
 * np.tril(m, k = 0): the lower triangle (elements above the k-th diagonal zeroed), of the last two axes.
 * @example
 * nd.tril([[1, 2], [3, 4]])            // array([[1, 0], [3, 4]])
 */
export function tril(m: Operand, k = 0): NDArray {
  return triangle(m, k, false, "tril");
}

/**
 * np.triu(m, k = 0): the upper triangle (elements below the k-th diagonal zeroed).
 * @example
 * nd.triu([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1)  // array([[0, 2, 3], [0, 0, 6], [0, 0, 0]])
 */
export function triu(m: Operand, k = 0): NDArray {
  return triangle(m, k, true, "triu");
}

/**
 * np.diag(v, k = 0): for a 1-D `v` a new 2-D array with `v` on the k-th diagonal; for a 2-D one
 * its k-th diagonal (a view, as NumPy's diagonal).
  * @example
  * nd.diag([1, 2])                      // array([[1, 0], [0, 2]])
  * nd.diag([[1, 2], [3, 4]])            // array([1, 4])
 */
export function diag(v: Operand, k = 0): NDArray {
  checkK(k, "diag");
  const temps = new Temps();
  try {
    const a = temps.array(v, "v");
    if (a.ndim === 2) return diagonal(a, k);
    if (a.ndim !== 1) throw new ValueError("Input must be 1- or 2-d.");
    const n = a.shape[0]! + Math.abs(k);
    const out = NDArray.empty([n, n], a.dtype, true);
    if (a.size > 0) {
      const start = k >= 0 ? k : -k * n;
      castStrided(out.ptr + start * out.itemsize, a.dtype, [(n + 1) * out.itemsize], a.ptr, a.dtype, a.byteStrides, a.shape);
    }
    return out;
  } finally {
    temps.dispose();
  }
}

/**
 * np.trace(a, offset = 0, axis1 = 0, axis2 = 1): the sum along the diagonal (of each plane for
 * more axes), in sum's dtype (integers accumulate in int64 / uint64).
  * @example
  * nd.trace([[1, 2], [3, 4]])           // array(5)
  * nd.trace([[1, 2], [3, 4]], 1)        // array(2)
 */
export function trace(a: Operand, offset = 0, axis1 = 0, axis2 = 1): NDArray {
  const d = diagonal(a, offset, axis1, axis2);
  try {
    return sum(d, -1);
  } finally {
    d.dispose();
  }
}
