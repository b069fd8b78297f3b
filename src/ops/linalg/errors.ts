// numpy.linalg.LinAlgError and the texts NumPy's linear algebra raises, to the character.

export { LinAlgError } from "../../core/errors.js";

/** What a kernel's nonzero status means, per operation (NumPy's texts). */
export const SINGULAR = "Singular matrix";
export const NOT_POSITIVE_DEFINITE = "Matrix is not positive definite";
export const EIGENVALUES_DID_NOT_CONVERGE = "Eigenvalues did not converge";
export const SVD_DID_NOT_CONVERGE = "SVD did not converge";
export const LSTSQ_DID_NOT_CONVERGE = "SVD did not converge in Linear Least Squares";
export const NOT_SQUARE = "Last 2 dimensions of the array must be square";

/**
 * A shape as NumPy's C code prints it (convert_shape_to_string): `(2,3)`, `(3,)`, `()`; null marks
 * a "newaxis", and leading newaxes are dropped (`[null, 4]` prints `(4)`, without the comma).
 */
export function shapeString(dims: readonly (number | null)[]): string {
  let i = 0;
  while (i < dims.length && dims[i] === null) i++;
  if (i === dims.length) return "()";
  const parts = dims.slice(i).map((d) => (d === null ? "newaxis" : String(d)));
  return i === 0 && dims.length === 1 ? `(${parts[0]},)` : `(${parts.join(",")})`;
}

/** The iterator's broadcast error for operands mapped onto shared axes (gufuncs, einsum). */
export function remappedBroadcastError(ops: readonly { shape: readonly number[]; remapped: readonly (number | null)[] }[], requested?: readonly (number | null)[]): string {
  const parts = ops.map((o) => `${shapeString(o.shape)}->${shapeString(o.remapped)} `).join("");
  const tail = requested === undefined ? "" : ` and requested shape ${shapeString(requested)}`;
  return `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts}${tail}`;
}
