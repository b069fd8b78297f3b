// Element-wise kernels over an output and several broadcast operands (comparisons, where, clip):
// NEP 50 promotion with weak scalars, broadcasting (stride 0), one conversion per operand of
// another dtype, and one WASM call planned over the coalesced axes.

import { DType, ITEMSHIFT, promoteTypes, promoteWithScalar, toElement } from "../dtype.js";
import { ValueError, broadcastError } from "../errors.js";
import { NDArray, heapOf } from "../ndarray.js";
import { broadcastShapes, broadcastStrides } from "../shape.js";
import { planLoop } from "../wasm/iterate.js";
import { SCALAR_A, SCALAR_B } from "../wasm/storage.js";
import { castArray } from "./copy.js";
import { Operand, asArray, fromData, scalarErrors } from "./operand.js";

/** An operand after conversion: an array (maybe created here) or a JS scalar, which NumPy treats as weak. */
export type Value = NDArray | number | boolean;

export const isScalar = (x: unknown): x is number | boolean => typeof x === "number" || typeof x === "boolean";

/**
 * Converts operands to arrays (scalars stay scalars); arrays created here are pushed to `temps`.
 * `names` label the arguments in TypeErrors.
 */
export function values(operands: readonly Operand[], names: readonly string[], temps: NDArray[]): Value[] {
  return operands.map((x, i) => {
    if (isScalar(x)) return x;
    const { array, owned } = asArray(x, names[i]);
    if (owned) temps.push(array);
    return array;
  });
}

const fitsInt32 = (x: number) => x >= -2147483648 && x <= 2147483647;

/**
 * np.result_type under NEP 50: arrays decide, a JS number that is an integer acts as a Python
 * int, any other number as a Python float, a boolean as a Python bool. Scalars alone take the
 * default dtype of their kind. An integer too large for int32 (NumPy's int64 holds it) makes the
 * result float64 rather than overflow.
 */
export function resultType(vals: readonly Value[]): DType {
  const arrays = vals.filter((v): v is NDArray => v instanceof NDArray);
  const scalars = vals.filter(isScalar);
  let dtype: DType;
  if (arrays.length > 0) {
    dtype = arrays.map((a) => a.dtype).reduce(promoteTypes);
    for (const s of scalars) dtype = promoteWithScalar(dtype, s);
  } else {
    const numbers = scalars.filter((s): s is number => typeof s === "number");
    dtype = numbers.length === 0 ? "bool" : numbers.every(Number.isInteger) ? "int32" : "float64";
  }
  if (dtype === "int32" && scalars.some((s) => typeof s === "number" && !fitsInt32(s))) dtype = "float64";
  return dtype;
}

export interface Prepared {
  shape: number[];
  /** Byte address of each operand (after conversion) and its byte strides broadcast to `shape`. */
  ptrs: number[];
  strides: number[][];
}

/**
 * Broadcasts the operands, converts arrays to `loop` dtypes (one per operand) and places scalars
 * in scratch slots (or 0-d arrays past the second). Throws NumPy's broadcast error.
 */
export function prepare(vals: readonly Value[], loops: readonly DType[], temps: NDArray[]): Prepared {
  const shapes = vals.map((v) => (v instanceof NDArray ? v.shape : []));
  let shape: number[] | null = [];
  for (const s of shapes) shape = shape && broadcastShapes(shape, s);
  if (shape === null) throw new ValueError(broadcastError(...shapes));
  const slots = [SCALAR_A, SCALAR_B];
  const ptrs: number[] = [];
  const strides: number[][] = [];
  vals.forEach((v, i) => {
    const dtype = loops[i];
    if (isScalar(v)) {
      const slot = slots.shift();
      if (slot === undefined) {
        const a = fromData(v, dtype, "scalar");
        temps.push(a);
        ptrs.push(a.ptr);
      } else {
        heapOf(dtype)[slot >> ITEMSHIFT[dtype]] = toElement(v, dtype, scalarErrors);
        ptrs.push(slot);
      }
      strides.push(shape!.map(() => 0));
      return;
    }
    let a = v;
    if (a.dtype !== dtype) {
      a = castArray(a, dtype);
      temps.push(a);
    }
    ptrs.push(a.ptr);
    strides.push(broadcastStrides(a.shape, a.byteStrides, shape!));
  });
  return { shape, ptrs, strides };
}

/** A kernel over an output and `k` operands: (out, ...ptrs, n, so, ...steps, outer). */
export type NaryKernel = (...args: number[]) => void;

/** Allocates the output and runs `kernel` over the prepared operands. */
export function run(kernel: NaryKernel, p: Prepared, outDType: DType): NDArray {
  const out = NDArray.empty(p.shape, outDType);
  if (out.size > 0) {
    const loop = planLoop(p.shape, [out.byteStrides, ...p.strides]);
    kernel(out.ptr, ...p.ptrs, loop.n, ...loop.steps, loop.outer);
  }
  return out;
}
