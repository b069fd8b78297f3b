// ndwasm: NumPy's n-dimensional arrays for TypeScript, with the hot loops in WebAssembly.
// The public API: everything importable from "ndwasm".

// The method forms (a.add, a.sum, a.set, …) attach themselves to NDArray: a side effect that
// package.json's "sideEffects" names so that bundlers keep it.
import "./ops/methods.js";

export { NDArray } from "./core/ndarray.js";
export type { ArrayFlags } from "./core/flags.js";
export type { ElementOf, NestedArray } from "./core/ndarray.js";
export type { DType, FloatDType, IntDType, Scalar, TypedArray } from "./core/dtype.js";
export type { IndexSpec } from "./core/slice.js";
export type { Operand, Nested } from "./ops/operand.js";
export type { OutOptions } from "./ops/ufunc.js";
export {
  ValueError, IndexError, AxisError, LinAlgError, OverflowError, ZeroDivisionError, UFuncTypeError, RuntimeError, DisposedError,
} from "./core/errors.js";
export { array, asarray, zeros, ones, empty, full, zerosLike, onesLike, emptyLike, fullLike, eye, identity, arange } from "./ops/creation.js";
export type { EyeOptions, NestedBooleans } from "./ops/creation.js";
export type { TypedArrayOf } from "./core/dtype.js";
export type { Leaf } from "./core/nested.js";
export type { Reduction } from "./nn/common.js";
export type { Label } from "./nn/labels.js";
export type { Seed } from "./random/mt19937.js";
export { add, subtract, multiply, divide, power, maximum, minimum } from "./ops/elementwise.js";
export { negative, abs, sqrt, exp, log, sin, cos, tan, tanh, square, sign } from "./ops/elementwise.js";
export { remainder, mod, fmod, floorDivide, copysign, heaviside, reciprocal, positive, deg2rad, rad2deg } from "./ops/elementwise.js";
export { exp2, expm1, log2, log10, log1p, sinh, cosh, arcsin, arccos, arctan, arcsinh, arccosh, arctanh, cbrt, arctan2, hypot, logaddexp, logaddexp2 } from "./ops/transcendental.js";
export { floor, ceil, trunc, rint, round, around } from "./ops/rounding.js";
export { bitwiseAnd, bitwiseOr, bitwiseXor, invert, bitwiseNot, leftShift, rightShift } from "./ops/bitwise.js";
export { logicalAnd, logicalOr, logicalXor, logicalNot } from "./ops/logical.js";
export { isnan, isinf, isfinite, signbit } from "./ops/predicates.js";
export { matmul } from "./ops/matmul.js";
export { dot, vdot, inner, outer, tensordot, kron, cross } from "./ops/linalg/product-ops.js";
export type { DotOptions, CrossOptions, TraceOptions } from "./ops/linalg/product-ops.js";
export type { TensordotAxes } from "./ops/linalg/products.js";
export { einsum } from "./ops/linalg/einsum-run.js";
export { linalg } from "./ops/linalg/namespace.js";
export type { CholeskyOptions } from "./ops/linalg/solvers.js";
export type { QrMode, SvdOptions } from "./ops/linalg/decompositions.js";
export type { NormOrder } from "./ops/linalg/norm.js";
export { sum, mean, max, min, argmax, argmin } from "./ops/reduce.js";
export type { Axis } from "./ops/reduce.js";
export { sort, argsort, partition, argpartition } from "./ops/sort.js";
export type { SortOptions, PartitionOptions, Kth } from "./ops/sort.js";
export { searchsorted } from "./ops/search.js";
export type { SearchsortedOptions } from "./ops/search.js";
export { unique } from "./ops/unique.js";
export type { UniqueOptions, UniqueResult, UniqueReturn } from "./ops/unique.js";
export { median, quantile, percentile } from "./ops/quantile.js";
export type { MedianOptions, QuantileOptions } from "./ops/quantile.js";
export type { QuantileMethod } from "./ops/quantile-math.js";
// Statistics: reductions with `out`, variance, NaN-skipping reductions, running sums, histograms.
export { prod } from "./ops/reduce.js";
export type { ReduceOptions, AccumulateOptions } from "./ops/reduce.js";
export { any, all, countNonzero } from "./ops/truth.js";
export { var, std, nanvar, nanstd } from "./ops/variance.js";
export type { VarOptions } from "./ops/variance.js";
export { nansum, nanmean, nanmax, nanmin, nanargmax, nanargmin } from "./ops/nanfunctions.js";
export { ptp, average } from "./ops/statistics.js";
export type { AverageOptions } from "./ops/statistics.js";
export { cumsum, cumprod, diff } from "./ops/cumulative.js";
export type { CumulativeOptions, DiffOptions } from "./ops/cumulative.js";
export { cov, corrcoef } from "./ops/correlation.js";
export type { CovOptions, CorrcoefOptions } from "./ops/correlation.js";
export { bincount, histogram } from "./ops/histogram.js";
export type { HistogramOptions } from "./ops/histogram.js";
export { gradient } from "./ops/gradient.js";
export type { GradientOptions, Spacing } from "./ops/gradient.js";
export { linspace, meshgrid } from "./ops/grid.js";
export type { LinspaceOptions, MeshgridOptions } from "./ops/grid.js";
export { greater, greaterEqual, less, lessEqual, equal, notEqual } from "./ops/compare.js";
export { where, nonzero, clip } from "./ops/select.js";
export { softmax, logSoftmax } from "./nn/softmax.js";
export { crossEntropy } from "./nn/crossentropy.js";
export type { CrossEntropyOptions } from "./nn/crossentropy.js";
export { mse, mae } from "./nn/losses.js";
export type { LossOptions } from "./nn/losses.js";
export { logLoss } from "./nn/logloss.js";
export type { LogLossOptions, LabelInput } from "./nn/logloss.js";
export { relu, sigmoid, leakyRelu, gelu, softplus } from "./nn/activations.js";
export type { GeluOptions, SoftplusOptions } from "./nn/activations.js";
export { random } from "./ops/random.js";
// Indexing, shaping and joining.
export type { Index } from "./ops/index-parse.js";
export { take, takeAlongAxis, put, putAlongAxis, addAt } from "./ops/take.js";
export { argwhere, flatnonzero } from "./ops/argwhere.js";
export { concatenate, concat, stack, vstack, hstack, columnStack, split, arraySplit } from "./ops/join.js";
export type { ConcatenateOptions } from "./ops/join.js";
export { squeeze, expandDims, ravel, reshape, transpose, moveaxis, swapaxes, broadcastTo, broadcastArrays, flip, diagonal } from "./ops/views.js";
export { roll, repeat, tile } from "./ops/rearrange.js";
export { pad } from "./ops/pad.js";
export type { PadMode, PadOptions, PadWidth } from "./ops/pad.js";
export { triu, tril, diag, trace } from "./ops/triangle.js";
export { tidy } from "./core/tidy.js";
export { memoryStats as memory } from "./backend/wasm/storage.js";
export { features } from "./backend/wasm/module.js";
export type { Features } from "./backend/wasm/module.js";
export { setNumThreads, getNumThreads } from "./ops/threads.js";
