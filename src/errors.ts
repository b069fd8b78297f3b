// NumPy's exception types and its messages, one builder per message, text to the character.

export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}

export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IndexError";
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

export function indexError(index: number, axis: number, size: number): string {
  return `index ${index} is out of bounds for axis ${axis} with size ${size}`;
}

export function tooManyIndicesError(ndim: number, indexed: number): string {
  return `too many indices for array: array is ${ndim}-dimensional, but ${indexed} were indexed`;
}

export function axisError(axis: number, ndim: number): string {
  return `axis ${axis} is out of bounds for array of dimension ${ndim}`;
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
