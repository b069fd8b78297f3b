// NumPy's index parsing (prepare_index in numpy/_core/src/multiarray/mapping.c): index specs → a
// list of entries, with NumPy's errors in NumPy's order: invalid specs as they are met, then too
// many indices, then result dimensions, then boolean masks that do not fit their axes. Bounds and
// broadcasting are checked later, where NumPy checks them.

import { DTYPE, describe, type TypedArray } from "../core/dtype.js";
import { IndexError, MAXDIMS, OverflowError, tooManyIndicesError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { sameShape } from "../core/shape.js";
import { INVALID_INDEX, type IndexSpec, parse } from "../core/slice.js";
import { maskIndices } from "./gather.js";
import { type Nested, type Temps, fromData } from "./operand.js";

/**
 * One index for `a.get` / `a.set`: everything `slice` takes (an integer, a "start:stop:step"
 * string, "..." or null), a bigint, a boolean (NumPy's 0-d boolean index), an integer index array
 * (a JS number[], nested for N-D, an integer NDArray or a TypedArray) or a boolean mask (a bool
 * NDArray or a JS boolean[]).
 */
export type Index = IndexSpec | bigint | boolean | NDArray | readonly Nested[] | TypedArray;

export type Entry =
  | { kind: "int"; index: number }
  | { kind: "slice"; start?: number; stop?: number; step?: number }
  | { kind: "ellipsis"; dims: number }
  | { kind: "newaxis" }
  /** An integer index array; `maskAxis` is the length of the mask axis it came from (NumPy checks it against the array), else -1. */
  | { kind: "fancy"; array: NDArray; maskAxis: number }
  /** A 0-d boolean: a new axis of length 1 (true) or 0 (false), indexed by zeros. */
  | { kind: "bool0"; value: boolean };

export interface ParsedIndex {
  entries: Entry[];
  /** A single boolean mask of the array's own shape (NumPy's HAS_BOOL), selected in C order. */
  mask: NDArray | null;
  /** Whether any index array, mask or 0-d boolean is present. */
  fancy: boolean;
  /** A 0-d integer array was used as an integer: the result is a copy, as NumPy's. */
  scalarArray: boolean;
}

const NON_INTEGER_ARRAY = "arrays used as indices must be of integer (or boolean) type";
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** An integer from a number or bigint spec, as NumPy's PyArray_PyIntAsIntp. */
function integer(spec: number | bigint): number {
  if (typeof spec === "bigint") {
    if (spec < INT64_MIN || spec > INT64_MAX) throw new OverflowError("Python int too large to convert to C long");
    return Number(spec);
  }
  if (!Number.isInteger(spec)) throw new IndexError(INVALID_INDEX);
  return spec;
}

/** The array a non-scalar spec stands for; one made here is a temporary. */
function indexArray(spec: NDArray | readonly Nested[] | TypedArray, temps: Temps): NDArray {
  if (spec instanceof NDArray) {
    spec.storage; // throws if disposed
    if (DTYPE[spec.dtype].kind === "f") throw new IndexError(NON_INTEGER_ARRAY);
    return spec;
  }
  const isList = Array.isArray(spec);
  const arr = temps.add(fromData(spec as readonly Nested[], undefined, "index"));
  // An empty list is an integer index, as NumPy's (it would otherwise be float64).
  if (isList && arr.size === 0) return temps.add(arr._cast("int64"));
  if (DTYPE[arr.dtype].kind === "f") throw new IndexError(isList ? INVALID_INDEX : NON_INTEGER_ARRAY);
  return arr;
}

/**
 * Parses `specs` for an array of `shape`. Arrays made for the index go to `temps`. Without
 * `allowMask` a mask of the array's shape is expanded to index arrays like any other (ufunc.at).
 */
export function parseIndex(shape: readonly number[], specs: readonly Index[], temps: Temps, allowMask = true): ParsedIndex {
  const ndim = shape.length;
  const entries: Entry[] = [];
  let ellipsis: { kind: "ellipsis"; dims: number } | null = null;
  let used = 0;
  let newDims = 0;
  let fancyDims = 0;
  let fancy = false;
  let scalarArray = false;
  let hasNewaxis = false;

  for (const spec of specs) {
    if (spec === null || typeof spec === "string" || typeof spec === "number") {
      const p = parse(spec);
      if (p.kind === "ellipsis") {
        if (ellipsis !== null) throw new IndexError("an index can only have a single ellipsis ('...')");
        ellipsis = { kind: "ellipsis", dims: 0 };
        entries.push(ellipsis);
      } else if (p.kind === "newaxis") {
        entries.push(p);
        newDims++;
        hasNewaxis = true;
      } else if (p.kind === "slice") {
        entries.push(p);
        used++;
        newDims++;
      } else {
        if (Number.isNaN(p.index)) throw new IndexError(INVALID_INDEX);
        entries.push({ kind: "int", index: p.index });
        used++;
      }
      continue;
    }
    if (typeof spec === "bigint") {
      entries.push({ kind: "int", index: integer(spec) });
      used++;
      continue;
    }
    let arr: NDArray;
    if (typeof spec === "boolean") {
      if (allowMask && specs.length === 1 && ndim === 0) {
        const mask = temps.add(fromData(spec, "bool", "index"));
        return { entries: [], mask, fancy: true, scalarArray: false };
      }
      entries.push({ kind: "bool0", value: spec });
      fancy = true;
      fancyDims = Math.max(fancyDims, 1);
      continue;
    }
    if (typeof spec !== "object" || !(spec instanceof NDArray || Array.isArray(spec) || ArrayBuffer.isView(spec))) {
      throw new TypeError(`index specs must be integers, "start:stop:step" strings, "...", null, booleans, index arrays or boolean masks, got ${describe(spec)}`);
    }
    arr = indexArray(spec, temps);
    if (arr.dtype === "bool") {
      if (allowMask && specs.length === 1 && sameShape(arr.shape, shape)) {
        return { entries: [], mask: arr, fancy: true, scalarArray: false };
      }
      fancy = true;
      fancyDims = Math.max(fancyDims, 1);
      if (arr.ndim === 0) {
        entries.push({ kind: "bool0", value: Boolean(arr.item()) });
        continue;
      }
      const parts = maskIndices(arr);
      for (const p of parts) temps.add(p);
      parts.forEach((p, d) => entries.push({ kind: "fancy", array: p, maskAxis: arr.shape[d]! }));
      used += arr.ndim;
      continue;
    }
    if (arr.ndim === 0) {
      const v = (arr.toTypedArray() as ArrayLike<number | bigint>)[0]!;
      entries.push({ kind: "int", index: integer(BigInt.asIntN(64, BigInt(v))) });
      scalarArray = true;
      used++;
      continue;
    }
    entries.push({ kind: "fancy", array: arr, maskAxis: -1 });
    fancy = true;
    fancyDims = Math.max(fancyDims, arr.ndim);
    used++;
  }

  if (used < ndim) {
    if (ellipsis === null) {
      ellipsis = { kind: "ellipsis", dims: 0 };
      entries.push(ellipsis);
    }
    ellipsis.dims = ndim - used;
    newDims += ellipsis.dims;
  } else if (used > ndim) {
    throw new IndexError(tooManyIndicesError(ndim, used));
  }

  if (fancy || hasNewaxis) {
    if (newDims + fancyDims > MAXDIMS) {
      throw new IndexError(`number of dimensions must be within [0, ${MAXDIMS}], indexing result would have ${newDims + fancyDims}`);
    }
    let axis = 0;
    for (const e of entries) {
      if (e.kind === "fancy" && e.maskAxis > 0 && e.maskAxis !== shape[axis]) {
        throw new IndexError(
          `boolean index did not match indexed array along axis ${axis}; size of axis is ${shape[axis]} but size of corresponding boolean axis is ${e.maskAxis}`,
        );
      }
      if (e.kind === "ellipsis") axis += e.dims;
      else if (e.kind !== "newaxis" && e.kind !== "bool0") axis++;
    }
  }
  return { entries, mask: null, fancy, scalarArray };
}
