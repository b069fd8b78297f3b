// NumPy's arithmetic ufuncs over the n-ary engine (./ufunc.ts): each is its loop table and its
// type resolution (true division of integers in float64, float functions in the smallest float
// that holds the input, NumPy's refusals for booleans).

import { floatResult, isInteger, isSigned, type DType } from "../core/dtype.js";
import { UFuncTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { castKernel, floats, kernel, noBool, signless, type Family, type SuffixRule } from "../backend/wasm/kernels.js";
import { planLoop } from "../backend/wasm/callblock.js";
import type { Operand } from "./operand.js";
import { type NaryKernel, type OutOptions, type Value, binary, kernels, ufunc, unaryApply } from "./ufunc.js";

type Kernels = Partial<Record<DType, NaryKernel>>;

const copyBool = castKernel("bool", "bool") as unknown as NaryKernel;
const logicalOr = kernel<NaryKernel>("logical_or", "bool");
const logicalAnd = kernel<NaryKernel>("logical_and", "bool");
const toInt8 = (d: DType): DType => (d === "bool" ? "int8" : d);
const toFloat = (d: DType): DType => floatResult(d);

const BOOL_SUBTRACT =
  "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.";
const BOOL_NEGATIVE =
  "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.";

/** Whether an operand has a negative element (NumPy refuses integer powers with negative exponents). */
function hasNegative(x: Value): boolean {
  if (!(x instanceof NDArray)) return typeof x !== "boolean" && x < 0;
  if (!isSigned(x.dtype) || x.size === 0) return false;
  const loop = planLoop(x.shape, [x.byteStrides]);
  return kernel<(a: number, n: number, sa: number, outer: number) => number>("any_negative", signless(x.dtype)!)(x.ptr, loop.n, loop.steps[0]!, loop.outer) !== 0;
}

export const ADD = ufunc("add", kernels("add", signless, { bool: logicalOr }));
export const SUBTRACT = ufunc("subtract", kernels("subtract", signless), {
  refuse: (d) => {
    if (d === "bool") throw new TypeError(BOOL_SUBTRACT);
  },
});
export const MULTIPLY = ufunc("multiply", kernels("multiply", signless, { bool: logicalAnd }));
export const DIVIDE = ufunc("divide", kernels("divide", floats), { loopType: (d) => (d === "float32" ? d : "float64") });
export const POWER = ufunc("power", kernels("power", noBool), {
  loopType: toInt8,
  check: (vals, loop) => {
    if (isInteger(loop.output) && vals[1] !== undefined && hasNegative(vals[1])) throw new ValueError("Integers to negative integer powers are not allowed.");
  },
});
export const MAXIMUM = ufunc("maximum", kernels("maximum", noBool, { bool: logicalOr }));
export const MINIMUM = ufunc("minimum", kernels("minimum", noBool, { bool: logicalAnd }));

const unary = (name: string, family: Family, rule: SuffixRule, options: Parameters<typeof ufunc>[2] = {}, extra: Kernels = {}) =>
  ufunc(name, kernels(family, rule, extra), { ...options, nin: 1 });

const unsignedCopies: Kernels = { uint8: castKernel("uint8", "uint8"), uint16: castKernel("uint16", "uint16"), uint32: castKernel("uint32", "uint32"), uint64: castKernel("uint64", "uint64") } as unknown as Kernels;

export const NEGATIVE = unary("negative", "negative", signless, {
  refuse: (d) => {
    if (d === "bool") throw new TypeError(BOOL_NEGATIVE);
  },
});
export const ABSOLUTE = unary("absolute", "absolute", signless, {}, { bool: copyBool, ...unsignedCopies });
export const SQUARE = unary("square", "square", signless, { loopType: toInt8 });
export const SIGN = unary("sign", "sign", noBool, {
  refuse: (d) => {
    if (d === "bool") throw new UFuncTypeError("ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
  },
});
const floatUnary = (name: string) => unary(name, name as Family, floats, { loopType: toFloat });
export const SQRT = floatUnary("sqrt");
export const EXP = floatUnary("exp");
export const LOG = floatUnary("log");
export const SIN = floatUnary("sin");
export const COS = floatUnary("cos");
export const TAN = floatUnary("tan");
export const TANH = floatUnary("tanh");

const toFloatLoop = (d: DType): DType => floatResult(d);

export const REMAINDER = ufunc("remainder", kernels("remainder", noBool), { loopType: toInt8 });
export const FMOD = ufunc("fmod", kernels("fmod", noBool), { loopType: toInt8 });
export const FLOOR_DIVIDE = ufunc("floor_divide", kernels("floor_divide", noBool), { loopType: toInt8 });
export const COPYSIGN = ufunc("copysign", kernels("copysign", floats), { loopType: toFloatLoop, perInput: true });
export const HEAVISIDE = ufunc("heaviside", kernels("heaviside", floats), { loopType: toFloatLoop, perInput: true });
export const RECIPROCAL = unary("reciprocal", "reciprocal", noBool, { loopType: toInt8 });
export const POSITIVE = ufunc(
  "positive",
  Object.fromEntries(["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64"].map((d) => [d, castKernel(d as DType, d as DType)])) as Kernels,
  {
    nin: 1,
    refuse: (d) => {
      if (d === "bool") throw new UFuncTypeError("ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
    },
  },
);
export const DEG2RAD = unary("deg2rad", "deg2rad", floats, { loopType: toFloatLoop });
export const RAD2DEG = unary("rad2deg", "rad2deg", floats, { loopType: toFloatLoop });

/**
 * np.add: `x1 + x2` with broadcasting (bool: logical or).
 * @example
 * nd.add([1, 2, 3], 10)                // array([11, 12, 13])
 * nd.add(nd.ones([2, 3]), [1, 2, 3])   // broadcasts to 2 × 3
 */
export const add = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(ADD, x1, x2, options);
/**
 * np.subtract: `x1 - x2`.
 * @example
 * nd.subtract([5, 7], [1, 2])          // array([4, 5])
 */
export const subtract = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(SUBTRACT, x1, x2, options);
/**
 * np.multiply: `x1 * x2` (bool: logical and).
 * @example
 * nd.multiply([[1, 2], [3, 4]], 2)     // array([[2, 4], [6, 8]])
 */
export const multiply = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(MULTIPLY, x1, x2, options);
/**
 * np.divide (true division): integers divide in float64.
 * @example
 * nd.divide([1, 2], 4)                 // array([0.25, 0.5 ])
 */
export const divide = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(DIVIDE, x1, x2, options);
/**
 * np.power: `x1 ** x2` (C99's pow for floats; integers wrap, and negative integer exponents are refused).
 * @example
 * nd.power([2, 3], 2)                  // array([4, 9])
 */
export const power = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(POWER, x1, x2, options);
/**
 * np.maximum: the larger of each pair; NaN propagates.
 * @example
 * nd.maximum([1, 5, NaN], [3, 2, 0])   // array([ 3.,  5., nan])
 */
export const maximum = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(MAXIMUM, x1, x2, options);
/**
 * np.minimum: the smaller of each pair; NaN propagates.
 * @example
 * nd.minimum([1, 5], [3, 2])           // array([1, 2])
 */
export const minimum = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(MINIMUM, x1, x2, options);

/**
 * np.negative: `-x` (unsigned integers wrap).
 * @example
 * nd.negative([1, -2])                 // array([-1,  2])
 */
export const negative = (x: Operand, options?: OutOptions): NDArray => unaryApply(NEGATIVE, x, options);
/**
 * np.abs (np.absolute).
 * @example
 * nd.abs([-1.5, 2])                    // array([1.5, 2. ])
 */
export const abs = (x: Operand, options?: OutOptions): NDArray => unaryApply(ABSOLUTE, x, options);
/**
 * np.square: `x * x`.
 * @example
 * nd.square([1, 2, 3])                 // array([1, 4, 9])
 */
export const square = (x: Operand, options?: OutOptions): NDArray => unaryApply(SQUARE, x, options);
/**
 * np.sign: −1, 0 or 1 (NaN stays NaN).
 * @example
 * nd.sign([-2, 0, 3])                  // array([-1,  0,  1])
 */
export const sign = (x: Operand, options?: OutOptions): NDArray => unaryApply(SIGN, x, options);
/**
 * np.sqrt.
 * @example
 * nd.sqrt([1, 4, 9])                   // array([1., 2., 3.])
 */
export const sqrt = (x: Operand, options?: OutOptions): NDArray => unaryApply(SQRT, x, options);
/**
 * np.exp.
 * @example
 * nd.exp([0, 1])                       // array([1.        , 2.71828183])
 */
export const exp = (x: Operand, options?: OutOptions): NDArray => unaryApply(EXP, x, options);
/**
 * np.log (natural logarithm).
 * @example
 * nd.log([1, Math.E])                  // array([0., 1.])
 */
export const log = (x: Operand, options?: OutOptions): NDArray => unaryApply(LOG, x, options);
/**
 * np.sin.
 * @example
 * nd.sin([0, Math.PI / 2])             // array([0., 1.])
 */
export const sin = (x: Operand, options?: OutOptions): NDArray => unaryApply(SIN, x, options);
/**
 * np.cos.
 * @example
 * nd.cos([0, Math.PI])                 // array([ 1., -1.])
 */
export const cos = (x: Operand, options?: OutOptions): NDArray => unaryApply(COS, x, options);
/**
 * np.tan.
 * @example
 * nd.tan([0, Math.PI / 4])             // array([0., 1.])
 */
export const tan = (x: Operand, options?: OutOptions): NDArray => unaryApply(TAN, x, options);
/**
 * np.tanh.
 * @example
 * nd.tanh([0, 1])                      // array([0.        , 0.76159416])
 */
export const tanh = (x: Operand, options?: OutOptions): NDArray => unaryApply(TANH, x, options);

/**
 * np.remainder (np.mod, Python's `%`): the result has the divisor's sign; integer division by zero gives 0.
 * @example
 * nd.remainder([-3, 3, 7], 2)          // array([1, 1, 1])
 */
export const remainder = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(REMAINDER, x1, x2, options);
/**
 * np.mod, the same ufunc as np.remainder.
 * @example
 * nd.mod([5, -5], 3)                   // array([2, 1])
 */
export const mod = remainder;
/**
 * np.fmod: C's fmod (the dividend's sign); integer division by zero gives 0.
 * @example
 * nd.fmod([-3, 3, 7], 2)               // array([-1,  1,  1])
 */
export const fmod = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(FMOD, x1, x2, options);
/**
 * np.floor_divide (`//`): rounds toward −inf; integer division by zero gives 0.
 * @example
 * nd.floorDivide([7, -7], 2)           // array([ 3, -4])
 */
export const floorDivide = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(FLOOR_DIVIDE, x1, x2, options);
/**
 * np.copysign: the magnitude of x1 with the sign of x2.
 * @example
 * nd.copysign([1, -2, 3], -1)          // array([-1., -2., -3.])
 */
export const copysign = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(COPYSIGN, x1, x2, options);
/**
 * np.heaviside(x1, x2): 0 below zero, 1 above, x2 at zero (NaN stays NaN).
 * @example
 * nd.heaviside([-1.5, 0, 2], 0.5)      // array([0. , 0.5, 1. ])
 */
export const heaviside = (x1: Operand, x2: Operand, options?: OutOptions): NDArray => binary(HEAVISIDE, x1, x2, options);
/**
 * np.reciprocal: 1 / x (for integers, NumPy's 1.0 / x converted back: 0 unless x is ±1).
 * @example
 * nd.reciprocal([1, 2, 0.5])           // array([1. , 0.5, 2. ])
 */
export const reciprocal = (x: Operand, options?: OutOptions): NDArray => unaryApply(RECIPROCAL, x, options);
/**
 * np.positive: a copy (`+x`).
 * @example
 * nd.positive([-1, 2])                 // array([-1,  2])
 */
export const positive = (x: Operand, options?: OutOptions): NDArray => unaryApply(POSITIVE, x, options);
/**
 * np.deg2rad (np.radians).
 * @example
 * nd.deg2rad([0, 90, 180])             // array([0.        , 1.57079633, 3.14159265])
 */
export const deg2rad = (x: Operand, options?: OutOptions): NDArray => unaryApply(DEG2RAD, x, options);
/**
 * np.rad2deg (np.degrees).
 * @example
 * nd.rad2deg([Math.PI / 2, Math.PI])   // array([ 90., 180.])
 */
export const rad2deg = (x: Operand, options?: OutOptions): NDArray => unaryApply(RAD2DEG, x, options);
