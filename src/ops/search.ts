// np.searchsorted: NumPy's common dtype for the haystack and the keys, its argument checks and
// texts; the binary search (with NumPy's reuse of the previous key's bounds) is assembly/search.ts.

import { describe, promoteTypes, scalarDType, type DType } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { readOptions } from "../core/options.js";
import { kernel } from "../backend/wasm/kernels.js";
import { Temps, fromData, isScalar, type Operand } from "./operand.js";
import { SORT_SUFFIX } from "./sort-plan.js";

type SearchKernel = (a: number, n: number, sa: number, keys: number, m: number, sk: number, out: number, right: number) => void;
type SorterKernel = (a: number, n: number, sa: number, sorter: number, ss: number, keys: number, m: number, sk: number, out: number, right: number) => number;

/** np.searchsorted's keywords. */
export interface SearchsortedOptions {
  side?: "left" | "right";
  sorter?: Operand | null;
}

/** `x` as an array of `dtype`: itself when it already is, else a converted copy recorded in temps. */
function asDType(x: NDArray, dtype: DType, temps: Temps): NDArray {
  return x.dtype === dtype ? x : temps.add(x._cast(dtype));
}

/**
 * np.searchsorted: int64 insertion indices of `v` into the sorted 1-D `a`.
 * @example
 * nd.searchsorted([1, 2, 3], [0, 3], { side: "right" }) // array([0, 3])
 */
export function searchsorted(a: Operand, v: Operand, options?: SearchsortedOptions): NDArray<"int64"> {
  const opts = readOptions<SearchsortedOptions>(options, "searchsorted", ["side", "sorter"]);
  const side = opts.side ?? "left";
  if (side !== "left" && side !== "right") {
    throw new ValueError(`search side must be 'left' or 'right' (got ${typeof side === "string" ? `'${side}'` : describe(side)})`);
  }
  const temps = new Temps();
  try {
    const hay = temps.array(a, "a");
    if (hay.ndim !== 1) throw new ValueError(hay.ndim === 0 ? "object of too small depth for desired array" : "object too deep for desired array");
    const keys0 = v instanceof NDArray ? temps.array(v, "v") : null;
    const vDType = keys0 !== null ? keys0.dtype : isScalar(v) ? scalarDType(v) : null;
    const staged = keys0 ?? temps.add(fromData(v as Exclude<Operand, NDArray>, undefined, "v"));
    const dtype = promoteTypes(hay.dtype, vDType ?? staged.dtype);
    const A = asDType(hay, dtype, temps);
    let keys = asDType(staged, dtype, temps);
    if (!keys.isContiguous) keys = temps.add(keys.copy());
    const out = NDArray.empty(keys.shape, "int64");
    try {
      const n = A.shape[0]!;
      const m = keys.size;
      const sa = A.byteStrides[0]!;
      const size = keys.itemsize;
      const right = side === "right" ? 1 : 0;
      if (opts.sorter !== undefined && opts.sorter !== null) {
        let s = temps.array(opts.sorter, "sorter");
        if (s.dtype === "float32" || s.dtype === "float64" || s.dtype === "bool") throw new TypeError("sorter must only contain integers");
        if (s.size !== n) throw new ValueError("sorter.size must equal a.size");
        if (s.ndim !== 1) throw new ValueError("sorter must be 1-D");
        s = asDType(s, "int64", temps);
        if (m > 0) {
          const status = kernel<SorterKernel>("searchsorted_sorter", SORT_SUFFIX[dtype])(A.ptr, n, sa, s.ptr, s.byteStrides[0]!, keys.ptr, m, size, out.ptr, right);
          if (status !== 0) throw new ValueError("Sorter index out of range.");
        }
      } else if (m > 0) {
        kernel<SearchKernel>("searchsorted", SORT_SUFFIX[dtype])(A.ptr, n, sa, keys.ptr, m, size, out.ptr, right);
      }
      return out;
    } catch (e) {
      out.dispose();
      throw e;
    }
  } finally {
    temps.dispose();
  }
}
