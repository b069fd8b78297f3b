// NumPy's element-wise ufuncs. TypeScript resolves dtypes, broadcasts (stride 0) and plans the
// loop; one WASM call does the work. Broadcast operands are never materialised.

import { DType, ITEMSIZE, ITEMSHIFT, promoteTypes, promoteWithScalar, toElement } from "../dtype.js";
import { UFuncTypeError, ValueError, broadcastError } from "../errors.js";
import { NDArray, heapOf } from "../ndarray.js";
import { broadcastShapes, broadcastStrides, sameShape } from "../shape.js";
import type { BinaryKernel, UnaryKernel } from "../wasm/kernels.js";
import { planLoop } from "../wasm/iterate.js";
import { wasm } from "../wasm/module.js";
import { SCALAR_A, SCALAR_B } from "../wasm/storage.js";
import { castArray } from "./copy.js";
import { Operand, asArray, scalarErrors } from "./operand.js";

type KernelTable<K> = Partial<Record<DType, K>>;

interface BinaryUfunc {
  name: string;
  kernels: KernelTable<BinaryKernel>;
  /** The loop dtype for promoted inputs of dtype `d` (e.g. true division computes int in float64). */
  loop(d: DType): DType;
  /** Checks NumPy refuses (bool subtract, negative integer powers). */
  check?(a: Operand, b: Operand, d: DType): void;
}

const same = (d: DType): DType => d;

const ADD: BinaryUfunc = {
  name: "add",
  kernels: { float64: wasm.add_f64, float32: wasm.add_f32, int32: wasm.add_i32, bool: wasm.logical_or_u8 },
  loop: same,
};
const SUBTRACT: BinaryUfunc = {
  name: "subtract",
  kernels: { float64: wasm.subtract_f64, float32: wasm.subtract_f32, int32: wasm.subtract_i32 },
  loop: same,
  check(_a, _b, d) {
    if (d === "bool") {
      throw new TypeError(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
      );
    }
  },
};
const MULTIPLY: BinaryUfunc = {
  name: "multiply",
  kernels: { float64: wasm.multiply_f64, float32: wasm.multiply_f32, int32: wasm.multiply_i32, bool: wasm.logical_and_u8 },
  loop: same,
};
const DIVIDE: BinaryUfunc = {
  name: "divide",
  kernels: { float64: wasm.divide_f64, float32: wasm.divide_f32 },
  loop: (d) => (d === "float32" ? "float32" : "float64"),
};
const POWER: BinaryUfunc = {
  name: "power",
  kernels: { float64: wasm.power_f64, float32: wasm.power_f32, int32: wasm.power_i32 },
  // NumPy computes bool ** bool in int8; int32 is the nearest ndwasm has.
  loop: (d) => (d === "bool" ? "int32" : d),
  check(_a, b, d) {
    if (d === "int32" && hasNegative(b)) throw new ValueError("Integers to negative integer powers are not allowed.");
  },
};
const MAXIMUM: BinaryUfunc = {
  name: "maximum",
  kernels: { float64: wasm.maximum_f64, float32: wasm.maximum_f32, int32: wasm.maximum_i32, bool: wasm.logical_or_u8 },
  loop: same,
};
const MINIMUM: BinaryUfunc = {
  name: "minimum",
  kernels: { float64: wasm.minimum_f64, float32: wasm.minimum_f32, int32: wasm.minimum_i32, bool: wasm.logical_and_u8 },
  loop: same,
};

function hasNegative(x: Operand): boolean {
  if (typeof x === "number") return x < 0;
  if (typeof x === "boolean" || !(x instanceof NDArray)) return false;
  if (x.dtype !== "int32") return false;
  return (x.toTypedArray() as Int32Array).some((v) => v < 0);
}

function isScalar(x: Operand): x is number | boolean {
  return typeof x === "number" || typeof x === "boolean";
}

/** Writes a scalar operand into a scratch slot as `dtype`; the kernel reads it with stride 0. */
function scalarSlot(slot: number, value: number | boolean, dtype: DType): number {
  heapOf(dtype)[slot >> ITEMSHIFT[dtype]] = toElement(value, dtype, scalarErrors);
  return slot;
}

function applyBinary(u: BinaryUfunc, x: Operand, y: Operand): NDArray {
  // Fast path: two arrays of one dtype and shape, both contiguous (the common small case).
  if (x instanceof NDArray && y instanceof NDArray && x.dtype === y.dtype && u.loop(x.dtype) === x.dtype && u.check === undefined) {
    const kernel = u.kernels[x.dtype];
    if (kernel !== undefined && sameShape(x.shape, y.shape) && x.isContiguous && y.isContiguous) {
      const out = NDArray.empty(x.shape, x.dtype);
      const s = ITEMSIZE[x.dtype];
      if (out.size > 0) kernel(out.ptr, x.ptr, y.ptr, out.size, s, s, s, 0);
      return out;
    }
  }
  if (isScalar(x) && isScalar(y)) {
    const { array, owned } = asArray(x, "x1");
    try {
      return applyBinary(u, array, y);
    } finally {
      if (owned) array.dispose();
    }
  }
  const temps: NDArray[] = [];
  const operand = (v: Operand, argument: string): NDArray | undefined => {
    if (isScalar(v)) return undefined;
    const { array, owned } = asArray(v, argument);
    if (owned) temps.push(array);
    return array;
  };
  try {
    const a = operand(x, "x1");
    const b = operand(y, "x2");
    const promoted = a && b ? promoteTypes(a.dtype, b.dtype) : a ? promoteWithScalar(a.dtype, y as number | boolean) : promoteWithScalar(b!.dtype, x as number | boolean);
    u.check?.(a ?? x, b ?? y, promoted);
    const dtype = u.loop(promoted);
    const kernel = u.kernels[dtype]!;
    const shapeA = a ? a.shape : [];
    const shapeB = b ? b.shape : [];
    const shape = broadcastShapes(shapeA, shapeB);
    if (shape === null) throw new ValueError(broadcastError(shapeA, shapeB));
    // Operands of another dtype are converted once, unbroadcast.
    const ca = a && a.dtype !== dtype ? castArray(a, dtype) : a;
    if (ca && ca !== a) temps.push(ca);
    const cb = b && b.dtype !== dtype ? castArray(b, dtype) : b;
    if (cb && cb !== b) temps.push(cb);
    const pa = ca ? ca.ptr : scalarSlot(SCALAR_A, x as number | boolean, dtype);
    const pb = cb ? cb.ptr : scalarSlot(SCALAR_B, y as number | boolean, dtype);
    const out = NDArray.empty(shape, dtype);
    if (out.size > 0) {
      const zeros = shape.map(() => 0);
      const loop = planLoop(shape, [
        out.byteStrides,
        ca ? broadcastStrides(ca.shape, ca.byteStrides, shape) : zeros,
        cb ? broadcastStrides(cb.shape, cb.byteStrides, shape) : zeros,
      ]);
      kernel(out.ptr, pa, pb, loop.n, loop.steps[0], loop.steps[1], loop.steps[2], loop.outer);
    }
    return out;
  } finally {
    for (const t of temps) t.dispose();
  }
}

/** np.add (bool: logical or). */
export const add = (x1: Operand, x2: Operand): NDArray => applyBinary(ADD, x1, x2);
/** np.subtract. */
export const subtract = (x1: Operand, x2: Operand): NDArray => applyBinary(SUBTRACT, x1, x2);
/** np.multiply (bool: logical and). */
export const multiply = (x1: Operand, x2: Operand): NDArray => applyBinary(MULTIPLY, x1, x2);
/** np.divide (true division: integers give float64). */
export const divide = (x1: Operand, x2: Operand): NDArray => applyBinary(DIVIDE, x1, x2);
/** np.power. */
export const power = (x1: Operand, x2: Operand): NDArray => applyBinary(POWER, x1, x2);
/** np.maximum (NaN propagates). */
export const maximum = (x1: Operand, x2: Operand): NDArray => applyBinary(MAXIMUM, x1, x2);
/** np.minimum (NaN propagates). */
export const minimum = (x1: Operand, x2: Operand): NDArray => applyBinary(MINIMUM, x1, x2);

interface UnaryUfunc {
  kernels: KernelTable<UnaryKernel>;
  loop(d: DType): DType;
  check?(d: DType): void;
}

// NumPy computes these in float16 for bool input; float32 is the nearest ndwasm has.
const toFloat = (d: DType): DType => (d === "float32" || d === "bool" ? "float32" : "float64");
const boolAsInt = (d: DType): DType => (d === "bool" ? "int32" : d);

const floatUfunc = (f64: UnaryKernel, f32: UnaryKernel): UnaryUfunc => ({ kernels: { float64: f64, float32: f32 }, loop: toFloat });

const NEGATIVE: UnaryUfunc = {
  kernels: { float64: wasm.negative_f64, float32: wasm.negative_f32, int32: wasm.negative_i32 },
  loop: same,
  check(d) {
    if (d === "bool") {
      throw new TypeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
    }
  },
};
const ABSOLUTE: UnaryUfunc = {
  kernels: { float64: wasm.absolute_f64, float32: wasm.absolute_f32, int32: wasm.absolute_i32, bool: wasm.cast_u8_u8 },
  loop: same,
};
const SQUARE: UnaryUfunc = { kernels: { float64: wasm.square_f64, float32: wasm.square_f32, int32: wasm.square_i32 }, loop: boolAsInt };
const SIGN: UnaryUfunc = {
  kernels: { float64: wasm.sign_f64, float32: wasm.sign_f32, int32: wasm.sign_i32 },
  loop: same,
  check(d) {
    if (d === "bool") {
      throw new UFuncTypeError("ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
    }
  },
};

const SQRT = floatUfunc(wasm.sqrt_f64, wasm.sqrt_f32);
const EXP = floatUfunc(wasm.exp_f64, wasm.exp_f32);
const LOG = floatUfunc(wasm.log_f64, wasm.log_f32);
const SIN = floatUfunc(wasm.sin_f64, wasm.sin_f32);
const COS = floatUfunc(wasm.cos_f64, wasm.cos_f32);
const TAN = floatUfunc(wasm.tan_f64, wasm.tan_f32);
const TANH = floatUfunc(wasm.tanh_f64, wasm.tanh_f32);

/** Applies a unary kernel table; exported for the other op families' element-wise maps. */
export function applyUnary(u: UnaryUfunc, x: Operand, argument = "x"): NDArray {
  const { array, owned } = asArray(x, argument);
  let src = array;
  try {
    u.check?.(array.dtype);
    const dtype = u.loop(array.dtype);
    if (dtype !== array.dtype) src = castArray(array, dtype);
    const out = NDArray.empty(src.shape, dtype);
    if (out.size > 0) {
      const loop = src.isContiguous ? { n: out.size, steps: [ITEMSIZE[dtype], ITEMSIZE[dtype]], outer: 0 } : planLoop(out.shape, [out.byteStrides, src.byteStrides]);
      u.kernels[dtype]!(out.ptr, src.ptr, loop.n, loop.steps[0], loop.steps[1], loop.outer);
    }
    return out;
  } finally {
    if (src !== array) src.dispose();
    if (owned) array.dispose();
  }
}

export type { UnaryUfunc };

/** np.negative. */
export const negative = (x: Operand): NDArray => applyUnary(NEGATIVE, x);
/** np.abs. */
export const abs = (x: Operand): NDArray => applyUnary(ABSOLUTE, x);
/** np.square. */
export const square = (x: Operand): NDArray => applyUnary(SQUARE, x);
/** np.sign. */
export const sign = (x: Operand): NDArray => applyUnary(SIGN, x);
/** np.sqrt. */
export const sqrt = (x: Operand): NDArray => applyUnary(SQRT, x);
/** np.exp. */
export const exp = (x: Operand): NDArray => applyUnary(EXP, x);
/** np.log. */
export const log = (x: Operand): NDArray => applyUnary(LOG, x);
/** np.sin. */
export const sin = (x: Operand): NDArray => applyUnary(SIN, x);
/** np.cos. */
export const cos = (x: Operand): NDArray => applyUnary(COS, x);
/** np.tan. */
export const tan = (x: Operand): NDArray => applyUnary(TAN, x);
/** np.tanh. */
export const tanh = (x: Operand): NDArray => applyUnary(TANH, x);
