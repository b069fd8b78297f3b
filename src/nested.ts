// Nested JS arrays → shape + flat values, with NumPy's ragged-array error and dtype inference.

import type { DType } from "./dtype.js";
import { ValueError } from "./errors.js";

export interface Flat {
  shape: number[];
  values: (number | boolean)[];
  /** The dtype NumPy would infer (ndwasm: integers → int32). */
  dtype: DType;
}

function inhomogeneous(depth: number, shape: number[]): ValueError {
  const detected = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  return new ValueError(
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. ` +
      `The detected shape was ${detected} + inhomogeneous part.`,
  );
}

/** Flattens nested arrays of numbers and booleans (any depth, any ArrayLike of numbers at the leaves). */
export function flattenNested(data: unknown, argument = "data"): Flat {
  // The shape is read along the first elements, then every branch is checked against it.
  const shape: number[] = [];
  for (let x: unknown = data; isSequence(x); x = (x as ArrayLike<unknown>)[0]) {
    shape.push((x as ArrayLike<unknown>).length);
    if ((x as ArrayLike<unknown>).length === 0) break;
  }
  const values: (number | boolean)[] = [];
  let sawFloat = false;
  let sawInt = false;
  let sawBool = false;
  const walk = (x: unknown, depth: number): void => {
    if (depth === shape.length) {
      if (isSequence(x)) throw inhomogeneous(depth, shape.slice(0, depth));
      if (typeof x === "number") {
        if (Number.isInteger(x) && x >= -2147483648 && x <= 2147483647) sawInt = true;
        else sawFloat = true;
      } else if (typeof x === "boolean") sawBool = true;
      else throw new TypeError(`${argument} must contain only numbers and booleans, got ${typeof x === "string" ? JSON.stringify(x) : x === null ? "null" : typeof x}`);
      values.push(x);
      return;
    }
    if (!isSequence(x) || x.length !== shape[depth]) throw inhomogeneous(depth, shape.slice(0, depth));
    for (let i = 0; i < x.length; i++) walk(x[i], depth + 1);
  };
  walk(data, 0);
  const dtype: DType = sawFloat ? "float64" : sawInt ? "int32" : sawBool ? "bool" : "float64";
  return { shape, values, dtype };
}

function isSequence(x: unknown): x is ArrayLike<unknown> {
  return Array.isArray(x) || ArrayBuffer.isView(x);
}
