// The n-ary engine behind every element-wise operation (NumPy's ufunc machinery): operands in,
// NEP 50 promotion with JS scalars as weak Python scalars, the operation's loop chosen from the
// promoted type, broadcasting (stride 0, nothing materialised), one conversion per operand of
// another type, the output allocated or checked (`out`), then one WASM call over the merged axes.

import { DTYPE, DTYPES, canCastSameKind, promoteTypes, promoteWithScalar, scalarDType, scalarKind, type DType, type Scalar } from "../core/dtype.js";
import { OverflowError, PY_INT_TOO_LARGE, UFuncTypeError, ValueError, broadcastError, outOfBoundsError, outputCastError, tupleString } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { toElement } from "../core/scalar.js";
import { broadcastShapes, broadcastStrides, sameShape } from "../core/shape.js";
import { planLoop, scalarSlot } from "../backend/wasm/callblock.js";
import { PARALLEL_ELEMENTS, parallelLoop } from "./parallel.js";
import { castStrided } from "../backend/wasm/copy.js";
import { writeElement } from "../backend/wasm/heap.js";
import { type BinaryKernel, type Family, type SuffixRule, type UnaryKernel, table } from "../backend/wasm/kernels.js";
import { readOptions } from "../core/options.js";
import { Temps, isScalar, type Operand } from "./operand.js";
import { iteratorOrder } from "./reduce-plan.js";

/** An operand after conversion: an array, or a JS scalar that NumPy treats as weak. */
export type Value = NDArray | Scalar;

/** A kernel over an output and its inputs: (out, ...inputs, n, so, ...steps, outer). */
export type NaryKernel = (...args: number[]) => void;

/** The loop an operation runs: the dtype each input is converted to, the output's, and the kernel. */
export interface Loop {
  inputs: readonly DType[];
  output: DType;
  kernel: NaryKernel;
}

/**
 * How a JS integer that does not fit the loop's integer type is treated: NumPy's OverflowError
 * for ufuncs ("strict"), C's wrap-around for np.where ("wrap"), the type's range for np.clip's
 * bounds ("clamp").
 */
export type ScalarPolicy = "strict" | "wrap" | "clamp";

export interface Ufunc {
  /** NumPy's name of the ufunc, as messages print it. */
  readonly name: string;
  /** Chooses the loop for the operands (arrays and weak scalars) and their promoted dtype. */
  loop(values: readonly Value[], promoted: DType): Loop;
  readonly scalars?: ScalarPolicy;
  /** Checks that need the broadcast operands (NumPy raises them from inside its loop); only called when the result is not empty. */
  check?(values: readonly Value[], loop: Loop): void;
}

/** NumPy's `out=` keyword: write the result into an existing array of the right shape (cast as NumPy's same_kind rule allows). */
export interface OutOptions {
  /** Where to write the result (NumPy's `out=`): an array of the broadcast shape that the result casts to under `same_kind`. */
  out?: NDArray | null;
}

/**
 * np.result_type under NEP 50: arrays decide, JS scalars are weak (an integral number or a bigint
 * acts as a Python int, any other number as a Python float, a boolean as a Python bool). Scalars
 * alone take the default dtype of the highest kind among them.
 */
export function resultType(values: readonly Value[]): DType {
  let dtype: DType | null = null;
  for (const v of values) if (v instanceof NDArray) dtype = dtype === null ? v.dtype : promoteTypes(dtype, v.dtype);
  if (dtype !== null) {
    for (const v of values) if (!(v instanceof NDArray)) dtype = promoteWithScalar(dtype, v);
    return dtype;
  }
  // A lone scalar is np.asarray(x): a Python int past int64 is uint64 there.
  if (values.length === 1) return scalarDType(values[0] as Scalar);
  let kind = 0;
  for (const v of values) kind = Math.max(kind, { bool: 0, int: 1, float: 2 }[scalarKind(v as Scalar)]);
  return kind === 0 ? "bool" : kind === 1 ? "int64" : "float64";
}

/** Converts operands to arrays (scalars stay scalars); arrays made here are temporaries. */
export function values(operands: readonly Operand[], names: readonly string[], temps: Temps): Value[] {
  return operands.map((x, i) => (isScalar(x) ? x : temps.array(x, names[i] ?? `x${i + 1}`)));
}

/** The element a weak scalar becomes in a loop of `dtype` whose operands promoted to `promoted`. */
export function scalarElement(v: Scalar, dtype: DType, promoted: DType, policy: ScalarPolicy): number | bigint {
  const t = DTYPE[dtype];
  if (scalarKind(v) === "int" && t.kind !== "f" && t.kind !== "b") {
    const big = typeof v === "bigint" ? v : BigInt(v);
    if (big < t.minBig || big > t.maxBig) {
      // NumPy converts a Python int through C's long (unsigned long long for uint32 and uint64)
      // before it checks the range; a value no conversion takes fails there, with its own text.
      const wide = (promoted === "uint32" || promoted === "uint64") && big >= 0n;
      const converts = (big >= DTYPE.int64.minBig && big <= DTYPE.int64.maxBig) || (big <= DTYPE.uint64.maxBig && (wide || policy === "wrap"));
      if (!converts && policy !== "clamp") throw new OverflowError(PY_INT_TOO_LARGE);
      if (policy === "strict") {
        const p = DTYPE[promoted];
        if (p.kind !== "f") throw new OverflowError(outOfBoundsError(big.toString(), promoted));
      }
      const fitted = policy === "clamp" ? (big < t.minBig ? t.minBig : t.maxBig) : t.kind === "i" ? BigInt.asIntN(t.itemsize * 8, big) : BigInt.asUintN(t.itemsize * 8, big);
      return t.big ? fitted : Number(fitted);
    }
  }
  return toElement(v, dtype, "cast");
}

/** The operands broadcast together and converted to their loop dtypes. */
export interface Prepared {
  shape: number[];
  /** Byte address of each operand. */
  ptrs: number[];
  /** Byte strides of each operand over `shape` (0 on broadcast axes). */
  strides: number[][];
}

/**
 * Broadcasts the operands (to `outShape` too, when given), converts arrays to the loop's dtypes
 * (temporaries) and writes scalars to scratch slots (past the fourth, to 0-d temporaries).
 * Throws NumPy's broadcast error.
 */
export function prepare(vals: readonly Value[], loop: Loop, promoted: DType, temps: Temps, policy: ScalarPolicy = "strict", outShape?: readonly number[]): Prepared {
  let shape: number[] | null = [];
  for (const v of vals) if (v instanceof NDArray) shape = shape && broadcastShapes(shape, v.shape);
  if (shape === null) throw new ValueError(broadcastError(...vals.map((v) => (v instanceof NDArray ? v.shape : []))));
  if (outShape !== undefined) {
    const joint = broadcastShapes(shape, outShape);
    if (joint === null || !sameShape(joint, outShape)) {
      throw new ValueError(`non-broadcastable output operand with shape ${tupleString(outShape).replace(/ /g, "")} doesn't match the broadcast shape ${tupleString(joint ?? shape).replace(/ /g, "")}`);
    }
    shape = outShape.slice();
  }
  const ptrs: number[] = [];
  const strides: number[][] = [];
  let slot = 0;
  vals.forEach((v, i) => {
    const dtype = loop.inputs[i]!;
    if (!(v instanceof NDArray)) {
      const element = scalarElement(v, dtype, promoted, policy);
      let ptr: number;
      if (slot < 4) {
        ptr = scalarSlot(slot++);
      } else {
        ptr = temps.add(NDArray.empty([], dtype)).ptr;
      }
      writeElement(ptr, dtype, element);
      ptrs.push(ptr);
      strides.push(shape!.map(() => 0));
      return;
    }
    const a = v.dtype === dtype ? v : temps.add(v._cast(dtype));
    ptrs.push(a.ptr);
    strides.push(broadcastStrides(a.shape, a.byteStrides, shape!));
  });
  return { shape, ptrs, strides };
}

/** Runs `kernel` into `out` (any layout of the broadcast shape). */
export function runInto(out: NDArray, kernel: NaryKernel, p: Prepared): void {
  if (out.size === 0) return;
  if (out.size >= PARALLEL_ELEMENTS && parallelLoop(kernel, p.shape, [out.byteStrides, ...p.strides], [out.ptr, ...p.ptrs])) return;
  const loop = planLoop(p.shape, [out.byteStrides, ...p.strides]);
  kernel(out.ptr, ...p.ptrs, loop.n, ...loop.steps, loop.outer);
}

/** Checks a user's `out` against the result's shape and dtype (NumPy's casting rule `same_kind`). */
function checkOut(u: Ufunc, out: unknown, dtype: DType): NDArray {
  if (!(out instanceof NDArray)) throw new TypeError(`${u.name}: out must be an NDArray, got ${out === null ? "null" : typeof out}`);
  out.checkWriteable("output array");
  if (!canCastSameKind(dtype, out.dtype)) throw new UFuncTypeError(outputCastError(u.name, dtype, out.dtype));
  return out;
}

/**
 * A ufunc's result laid out as NumPy lays it out (so `a.T + 1` is F-contiguous like `a.T`):
 * C order when every operand is C-contiguous (the common case, decided without sorting); its
 * trivial loop's order when no array operand needs a cast and every one of more than one axis
 * has the result's shape and the same contiguity flags (F order if those say F and not C); else
 * the order its iterator gives the operands' strides (reduce-plan.ts: iteratorOrder).
 */
function allocOutput(shape: readonly number[], loop: Loop, vals: readonly Value[]): NDArray {
  const dtype = loop.output;
  const arrays = vals.filter((v): v is NDArray => v instanceof NDArray);
  if (shape.length < 2 || arrays.every((a) => a.isContiguous)) return NDArray.empty(shape, dtype);
  const trivial = vals.every((v, i) => !(v instanceof NDArray) || v.dtype === loop.inputs[i]) ? trivialOrder(shape, arrays) : null;
  if (trivial !== null) return NDArray.empty(shape, dtype, false, trivial === "C" ? undefined : shape.map((_, d) => d));
  return NDArray.empty(shape, dtype, false, iteratorOrder(shape, arrays.map((a) => broadcastStrides(a.shape, a.byteStrides, shape))));
}

/** NumPy's try_trivial_single_output_loop: the order it allocates the output in, or null when it does not apply. */
function trivialOrder(shape: readonly number[], arrays: readonly NDArray[]): "C" | "F" | null {
  let order = 0; // NumPy's flag bits: 1 C-contiguous, 2 F-contiguous
  for (const a of arrays) {
    if (a.ndim === 0) continue;
    if (!sameShape(a.shape, shape)) return null;
    if (a.ndim === 1) continue;
    const flags = (a.flags.cContiguous ? 1 : 0) | (a.flags.fContiguous ? 2 : 0);
    if (flags === 0 || (order !== 0 && flags !== order)) return null;
    order = flags;
  }
  return order === 2 ? "F" : "C";
}

/** Whether an input reads memory that writing `out` would change before the input is read. */
function overlaps(out: NDArray, input: NDArray, inputStrides: readonly number[], outStrides: readonly number[]): boolean {
  if (input._storage !== out._storage) return false;
  return input.ptr !== out.ptr || inputStrides.some((s, d) => s !== outStrides[d]);
}

/** Applies a ufunc to operands (arrays, JS scalars, nested arrays) with NumPy's semantics. */
export function apply(u: Ufunc, operands: readonly Operand[], names: readonly string[], options?: OutOptions): NDArray {
  const temps = new Temps();
  try {
    const vals = values(operands, names, temps);
    const promoted = resultType(vals);
    const loop = u.loop(vals, promoted);
    const target = options?.out === undefined || options.out === null ? null : checkOut(u, options.out, loop.output);
    const p = prepare(vals, loop, promoted, temps, u.scalars ?? "strict", target?.shape);
    const size = p.shape.reduce((a, b) => a * b, 1);
    if (size > 0) u.check?.(vals, loop);
    if (target === null) {
      const out = allocOutput(p.shape, loop, vals);
      try {
        runInto(out, loop.kernel, p);
      } catch (e) {
        out.dispose();
        throw e;
      }
      return out;
    }
    const outStrides = target.byteStrides;
    // An input that overlaps the output in another layout is read from a copy first, as NumPy does.
    vals.forEach((v, i) => {
      if (v instanceof NDArray && overlaps(target, v, p.strides[i]!, outStrides)) {
        const c = temps.add(v._cast(loop.inputs[i]!));
        p.ptrs[i] = c.ptr;
        p.strides[i] = broadcastStrides(c.shape, c.byteStrides, p.shape);
      }
    });
    if (target.dtype === loop.output) {
      runInto(target, loop.kernel, p);
    } else {
      const result = temps.add(NDArray.empty(p.shape, loop.output));
      runInto(result, loop.kernel, p);
      castStrided(target.ptr, target.dtype, outStrides, result.ptr, result.dtype, result.byteStrides, p.shape);
    }
    return target;
  } finally {
    temps.dispose();
  }
}



// ---- Defining ufuncs and applying them ----

type Kernels = Partial<Record<DType, NaryKernel>>;

/** A ufunc built by `ufunc()`: its loops, and the kernels that take one dtype straight through. */
export type Elementwise = Ufunc & { direct: Kernels; nin: number };

/** A ufunc whose loop takes every input in one dtype: `loopType` of the promoted type (the promoted type itself by default). */
export function ufunc(
  name: string,
  kernels: Kernels,
  options: {
    loopType?: (d: DType) => DType;
    outType?: (d: DType) => DType;
    refuse?: (d: DType) => void;
    check?: Ufunc["check"];
    nin?: number;
    /**
     * NumPy's loop search for float-only ufuncs (copysign, heaviside): the first loop every input
     * casts to safely, so each array's own `loopType` counts (int8 with uint16 is float32, where
     * their promoted int32 would be float64); a JS scalar counts through the promoted type.
     */
    perInput?: boolean;
  } = {},
): Elementwise {
  const loopType = options.loopType ?? ((d: DType) => d);
  const outType = options.outType ?? ((d: DType) => d);
  const nin = options.nin ?? 2;
  const direct: Kernels = {};
  // Inputs of one dtype whose loop is that dtype run straight (unless the operation checks its operands).
  if (options.check === undefined && options.refuse === undefined) {
    for (const d of DTYPES) if (loopType(d) === d && outType(d) === d && kernels[d] !== undefined) direct[d] = kernels[d];
  }
  return {
    name,
    nin,
    direct,
    check: options.check,
    loop(values: readonly Value[], promoted: DType): Loop {
      options.refuse?.(promoted);
      let d = loopType(promoted);
      if (options.perInput) {
        const types = values.map((v) => loopType(v instanceof NDArray ? v.dtype : promoted));
        d = types.reduce((a, b) => (promoteTypes(a, b) === a ? a : b));
      }
      const k = kernels[d];
      if (k === undefined) throw new UFuncTypeError(`ufunc '${name}' did not contain a loop with signature matching types`);
      return { inputs: new Array<DType>(nin).fill(d), output: outType(d), kernel: k };
    },
  };
}

/** @internal A family's kernels by loop dtype, under one suffix rule (plus extra loops). */
export function kernels(family: Family, rule: SuffixRule, extra: Kernels = {}): Kernels {
  return { ...(table<NaryKernel>(family, rule) as Kernels), ...extra };
}

const OUT_KEYS = ["out"] as const;

/** Applies a two-input ufunc; two contiguous arrays of one dtype and shape go straight to the kernel. */
export function binary(u: Elementwise, x1: Operand, x2: Operand, options?: OutOptions): NDArray {
  if (options === undefined && x1 instanceof NDArray && x2 instanceof NDArray && x1.dtype === x2.dtype) {
    const k = u.direct[x1.dtype] as BinaryKernel | undefined;
    if (k !== undefined && x1._storage !== null && x2._storage !== null && sameShape(x1.shape, x2.shape) && x1.isContiguous && x2.isContiguous) {
      const out = NDArray.empty(x1.shape, x1.dtype);
      const s = x1.itemsize;
      if (out.size >= PARALLEL_ELEMENTS && parallelLoop(k, out.shape, [out.byteStrides, x1.byteStrides, x2.byteStrides], [out.ptr, x1.ptr, x2.ptr])) return out;
      if (out.size > 0) k(out.ptr, x1.ptr, x2.ptr, out.size, s, s, s, 0);
      return out;
    }
  }
  return apply(u, [x1, x2], ["x1", "x2"], readOptions<OutOptions>(options, u.name, OUT_KEYS));
}

/** Applies a one-input ufunc; a contiguous array of the loop's dtype goes straight to the kernel. */
export function unaryApply(u: Elementwise, x: Operand, options?: OutOptions): NDArray {
  if (options === undefined && x instanceof NDArray && x._storage !== null && x.isContiguous) {
    const k = u.direct[x.dtype] as UnaryKernel | undefined;
    if (k !== undefined) {
      const out = NDArray.empty(x.shape, x.dtype);
      const s = x.itemsize;
      if (out.size >= PARALLEL_ELEMENTS && parallelLoop(k, out.shape, [out.byteStrides, x.byteStrides], [out.ptr, x.ptr])) return out;
      if (out.size > 0) k(out.ptr, x.ptr, out.size, s, s, 0);
      return out;
    }
  }
  return apply(u, [x], ["x"], readOptions<OutOptions>(options, u.name, OUT_KEYS));
}


export { readOptions };
