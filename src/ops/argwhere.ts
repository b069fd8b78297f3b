// np.argwhere and np.flatnonzero, from np.nonzero's index lists.

import { NDArray } from "../core/ndarray.js";
import { castStrided } from "../backend/wasm/copy.js";
import { Temps, type Operand } from "./operand.js";
import { nonzero } from "./select.js";

/**
 * np.argwhere(a): the indices of the non-zero elements, one row per element in C order, shape
 * (N, a.ndim), int64 (a 0-d `a` gives shape (1, 0) or (0, 0)).
  * @example
  * nd.argwhere([[0, 1], [2, 0]])        // array([[0, 1], [1, 0]])
 */
export function argwhere(a: Operand): NDArray {
  const temps = new Temps();
  try {
    const x = temps.array(a, "a");
    if (x.ndim === 0) {
      const lists = nonzero(temps.add(x.reshape(1)));
      lists.forEach((l) => temps.add(l));
      return NDArray.empty([lists[0]!.size, 0], "int64");
    }
    const lists = nonzero(x);
    lists.forEach((l) => temps.add(l));
    const n = lists[0]!.size;
    const out = NDArray.empty([n, x.ndim], "int64");
    if (n > 0) lists.forEach((l, d) => castStrided(out.ptr + d * 8, "int64", [x.ndim * 8], l.ptr, "int64", [8], [n]));
    return out;
  } finally {
    temps.dispose();
  }
}

/**
 * np.flatnonzero(a): the indices of the non-zero elements of the flattened array, int64.
 * @example
 * nd.flatnonzero([[0, 1], [2, 0]])     // array([1, 2])
 */
export function flatnonzero(a: Operand): NDArray {
  const temps = new Temps();
  try {
    const flat = temps.add(temps.array(a, "a").ravel());
    const [indices] = nonzero(flat);
    return indices!;
  } finally {
    temps.dispose();
  }
}
