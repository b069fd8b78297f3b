// np.matmul's gufunc shape logic, signature (n?,k),(k,m?)->(n?,m?): pure functions, NumPy's
// error texts. Here m is the rows of the product and n its columns (BLAS naming); the messages
// keep NumPy's letters.

import { ValueError } from "../core/errors.js";
import { broadcastShapes } from "../core/shape.js";

const SIGNATURE = "(n?,k),(k,m?)->(n?,m?)";

/** The shapes of one matmul call: output shape, broadcast batch, and the product's m x k x n. */
export interface MatmulShape {
  /** NumPy's output shape (a 1-D operand's axis removed). */
  shape: number[];
  /** The broadcast batch dimensions. */
  batch: number[];
  m: number;
  k: number;
  n: number;
}

const compact = (s: readonly number[]): string => (s.length === 1 ? `(${s[0]},)` : `(${s.join(",")})`);

/** Validates the operands' shapes in NumPy's order (0-d, core dimension, batch broadcast). */
export function matmulShape(a: readonly number[], b: readonly number[]): MatmulShape {
  if (a.length === 0 || b.length === 0) {
    const operand = a.length === 0 ? 0 : 1;
    throw new ValueError(`matmul: Input operand ${operand} does not have enough dimensions (has 0, gufunc core with signature ${SIGNATURE} requires 1)`);
  }
  const k = a[a.length - 1];
  const kb = b.length === 1 ? b[0] : b[b.length - 2];
  if (kb !== k) {
    throw new ValueError(`matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIGNATURE} (size ${kb} is different from ${k})`);
  }
  const m = a.length === 1 ? 1 : a[a.length - 2];
  const n = b.length === 1 ? 1 : b[b.length - 1];
  const batchA = a.slice(0, Math.max(0, a.length - 2));
  const batchB = b.slice(0, Math.max(0, b.length - 2));
  const batch = broadcastShapes(batchA, batchB);
  if (batch === null) {
    const remapped = (s: readonly number[], batchOf: readonly number[]) => `${compact(s)}->(${[...batchOf, "newaxis", "newaxis"].join(",")})`;
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${remapped(a, batchA)} ${remapped(b, batchB)}  and requested shape (${m},${n})`,
    );
  }
  const shape = [...batch];
  if (a.length > 1) shape.push(m);
  if (b.length > 1) shape.push(n);
  return { shape, batch, m, k, n };
}

/** The loop the kernel runs: a batch of products, each with rows m (byte strides sOm, sAm). */
export interface MatmulLoop {
  batch: number[];
  /** Per-operand byte strides over `batch`: out, a, b. */
  batchStrides: [number[], number[], number[]];
  m: number;
  sOm: number;
  sAm: number;
}

/**
 * Coalesces the batch axes (byte strides of out, a and b over `batch`) as NumPy's iterator does,
 * dropping size-1 axes and merging axes every operand walks evenly, and folds them into the
 * product's rows where b does not move: `(3,4,5,5,6,3) @ (3,2)` runs as one 1800 x 3 x 2 product.
 */
export function planBatch(batch: readonly number[], so: readonly number[], sa: readonly number[], sb: readonly number[], m: number, sOm: number, sAm: number): MatmulLoop {
  const shape: number[] = [];
  const o: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  // The rows are one more axis, along which b does not move.
  for (let d = 0; d <= batch.length; d++) {
    const size = d < batch.length ? batch[d] : m;
    if (size === 1) continue;
    const po = d < batch.length ? so[d] : sOm;
    const pa = d < batch.length ? sa[d] : sAm;
    const pb = d < batch.length ? sb[d] : 0;
    const last = shape.length - 1;
    if (last >= 0 && o[last] === size * po && x[last] === size * pa && y[last] === size * pb) {
      shape[last] *= size;
      o[last] = po;
      x[last] = pa;
      y[last] = pb;
    } else {
      shape.push(size);
      o.push(po);
      x.push(pa);
      y.push(pb);
    }
  }
  const last = shape.length - 1;
  if (last >= 0 && y[last] === 0) {
    const rows = { m: shape.pop()!, sOm: o.pop()!, sAm: x.pop()! };
    y.pop();
    return { batch: shape, batchStrides: [o, x, y], ...rows };
  }
  // m == 1 and the innermost batch axis moves b: single rows.
  return { batch: shape, batchStrides: [o, x, y], m: 1, sOm: 0, sAm: 0 };
}
