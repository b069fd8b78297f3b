// JS scalars stored into arrays: NumPy's conversion of a Python scalar to an element, plus the
// one rule JavaScript needs on top (it has no `0.0` literal, so a fractional number set into an
// integer array is an error rather than a silent truncation).

import { DTYPE, describe, type DType, type Scalar } from "./dtype.js";
import { OverflowError, ValueError, outOfBoundsError } from "./errors.js";

/** How a scalar reaches an array: `set`/`fill` (the float-literal rule applies) or an explicit dtype (NumPy's casts). */
export type StoreMode = "assign" | "cast";

function floatIntoIntError(value: number, dtype: DType): TypeError {
  return new TypeError(
    `cannot store ${value} in an ${dtype} array: JavaScript has no 0.0 literal, so nd.array([0.0, 1.0]) is an integer array. ` +
      `Make a float array with nd.array(data, "float64"), nd.zeros(shape) or a.astype("float64").`,
  );
}

/**
 * The element stored for `value` in an array of `dtype`: a number, or a bigint for the 64-bit
 * integers. Python-int values out of the dtype's range raise NumPy's OverflowError; a fractional,
 * NaN or infinite number into an integer array raises TypeError when assigned and converts as
 * NumPy's int() would when an explicit dtype asks for it.
 */
export function toElement(value: Scalar, dtype: DType, mode: StoreMode = "assign"): number | bigint {
  const t = DTYPE[dtype];
  if (typeof value === "boolean") return t.big ? BigInt(+value) : +value;
  if (typeof value === "bigint") {
    if (t.kind === "b") return value !== 0n ? 1 : 0;
    if (t.kind === "f") return Number(value);
    if (value < t.minBig || value > t.maxBig) throw new OverflowError(outOfBoundsError(String(value), dtype));
    return t.big ? value : Number(value);
  }
  if (typeof value !== "number") throw new TypeError(`expected a number, a bigint or a boolean, got ${describe(value)}`);
  if (t.kind === "f") return value;
  if (t.kind === "b") return value !== 0 ? 1 : 0;
  let v = value;
  if (!Number.isInteger(v)) {
    if (mode === "assign") throw floatIntoIntError(value, dtype);
    if (Number.isNaN(v)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(v)) throw new OverflowError("cannot convert float infinity to integer");
    v = Math.trunc(v);
  }
  if (t.big) {
    const b = BigInt(v);
    if (b < t.minBig || b > t.maxBig) throw new OverflowError(outOfBoundsError(b.toString(), dtype));
    return b;
  }
  if (v < t.min || v > t.max) throw new OverflowError(outOfBoundsError(BigInt(v).toString(), dtype));
  return v;
}
