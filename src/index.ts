// ndwasm: NumPy's n-dimensional arrays for TypeScript, with the hot loops in WebAssembly.
// The public API (see API.md in the repository): everything importable from "ndwasm".

export { NDArray } from "./ndarray.js";
export type { DType } from "./dtype.js";
export type { IndexSpec } from "./slice.js";
export type { Operand, Nested } from "./ops/operand.js";
export { ValueError, IndexError, AxisError, OverflowError, ZeroDivisionError, UFuncTypeError } from "./errors.js";
export { RuntimeError } from "./errors.js";
export { array, zeros, ones, full, eye, arange } from "./ops/creation.js";
export { add, subtract, multiply, divide, power, maximum, minimum } from "./ops/elementwise.js";
export { negative, abs, sqrt, exp, log, sin, cos, tan, tanh, square, sign } from "./ops/elementwise.js";
export { matmul } from "./ops/matmul.js";
export { sum, mean, max, min, argmax, argmin } from "./ops/reduce.js";
export type { Axis } from "./ops/reduce.js";
export { gradient } from "./ops/gradient.js";
export type { GradientOptions, Spacing } from "./ops/gradient.js";
export { linspace, meshgrid } from "./ops/grid.js";
export type { LinspaceOptions, MeshgridOptions } from "./ops/grid.js";
export { greater, greaterEqual, less, lessEqual, equal, notEqual } from "./ops/compare.js";
export { where, nonzero, clip } from "./ops/select.js";
export { softmax, logSoftmax } from "./ops/softmax.js";
export { crossEntropy } from "./ops/crossentropy.js";
export type { CrossEntropyOptions } from "./ops/crossentropy.js";
export { mse, mae } from "./ops/losses.js";
export type { LossOptions } from "./ops/losses.js";
export { logLoss } from "./ops/logloss.js";
export type { LogLossOptions, LabelInput } from "./ops/logloss.js";
export { relu, sigmoid, leakyRelu, gelu, softplus } from "./ops/activations.js";
export type { GeluOptions, SoftplusOptions } from "./ops/activations.js";
export { random } from "./ops/random.js";
export { tidy } from "./tidy.js";
export { memoryStats as memory } from "./wasm/storage.js";
export { features } from "./wasm/module.js";
