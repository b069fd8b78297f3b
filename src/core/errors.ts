// NumPy's exception types and its messages, one builder per message, text to the character.

/** Python's ValueError, as NumPy raises it (broadcasting, shapes, arguments out of range). */
export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}

/** Python's IndexError: an index out of bounds. */
export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IndexError";
  }
}

/** numpy.linalg.LinAlgError (a ValueError): `Singular matrix`, `Matrix is not positive definite`, … */
export class LinAlgError extends ValueError {
  constructor(message: string) {
    super(message);
    this.name = "LinAlgError";
  }
}

/** Using an NDArray after dispose() (or after nd.tidy freed it). */
export class DisposedError extends Error {
  constructor(message = "this NDArray has been disposed (by dispose(), `using` or nd.tidy) and can no longer be used") {
    super(message);
    this.name = "DisposedError";
  }
}

/** numpy.exceptions.AxisError (a ValueError and, in NumPy, also an IndexError). */
export class AxisError extends ValueError {
  constructor(message: string) {
    super(message);
    this.name = "AxisError";
  }
}

/** NumPy prints shapes as Python tuples: `(2, 3)`, `(3,)`, `()`. */
export function tupleString(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** The broadcast error prints shapes without spaces and keeps NumPy's trailing space. */
export function broadcastError(...shapes: (readonly number[])[]): string {
  const compact = shapes.map((s) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(",")})`));
  return `operands could not be broadcast together with shapes ${compact.join(" ")} `;
}

export function indexError(index: number | bigint, axis: number, size: number): string {
  return `index ${index} is out of bounds for axis ${axis} with size ${size}`;
}

export function tooManyIndicesError(ndim: number, indexed: number): string {
  return `too many indices for array: array is ${ndim}-dimensional, but ${indexed} were indexed`;
}

export function axisError(axis: number, ndim: number): string {
  return `axis ${axis} is out of bounds for array of dimension ${ndim}`;
}

/** NumPy's limit on dimensions (NPY_MAXDIMS). */
export const MAXDIMS = 64;

export function maxDimsError(found: number): string {
  return `maximum supported dimension for an ndarray is currently ${MAXDIMS}, found ${found}`;
}

/** `nd.array(…)` of a value that does not fit the dtype: NumPy's OverflowError text. */
export function outOfBoundsError(value: string, dtype: string): string {
  return `Python integer ${value} out of bounds for ${dtype}`;
}

/** A Python int that no C integer conversion takes (beyond int64, or beyond uint64 for the wide unsigned types). */
export const PY_INT_TOO_LARGE = "Python int too large to convert to C long";

/** A ufunc's output cannot take its result under `same_kind` casting. */
export function outputCastError(ufunc: string, from: string, to: string): string {
  return `Cannot cast ufunc '${ufunc}' output from dtype('${from}') to dtype('${to}') with casting rule 'same_kind'`;
}

/** Python's OverflowError, as NumPy raises it for integers that do not fit the dtype. */
export class OverflowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OverflowError";
  }
}

/** Python's ZeroDivisionError (np.arange with step 0). */
export class ZeroDivisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZeroDivisionError";
  }
}

/** numpy.exceptions UFuncTypeError: a ufunc has no loop for the operand types (a TypeError). */
export class UFuncTypeError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = "UFuncTypeError";
  }
}

/**
 * Python's RuntimeError, as PyTorch raises it for a failed TORCH_CHECK (shape mismatches in the
 * losses, for example), with PyTorch's message text.
 */
export class RuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RuntimeError";
  }
}

/**
 * NumPy's text for a write into a read-only array; `what` names the target as the NumPy function
 * does: "assignment destination" (a[...] = v, fill, concatenate's out), "output array" (a ufunc's
 * or a reduction's out), "sort array", "put: output array", … .
 */
export function readOnlyError(what: string): string {
  return `${what} is read-only`;
}

export const WRITEABLE_FLAG_ERROR = "cannot set WRITEABLE flag to True of this array";
