// Shape rules of NumPy's products — dot, vdot, inner, outer, tensordot, kron, cross — as plans
// the matmul kernel can run, with NumPy's error texts. Pure functions over shapes.
//
// A contraction plan says: transpose a to `permA` (its free axes, then the summed ones) and b to
// `permB` (summed, then free), view them as an m x k and a k x n matrix, multiply, and view the
// product as `shape`. An elementwise plan says: multiply the operands as they broadcast.

import { AxisError, IndexError, ValueError, axisError, tupleString } from "../../core/errors.js";
import { shapeString } from "./errors.js";

/** @internal */
export interface ContractionPlan {
  kind: "contract";
  permA: number[];
  permB: number[];
  m: number;
  k: number;
  n: number;
  shape: number[];
}

/** @internal */
export interface ElementwisePlan {
  kind: "multiply";
  shape: number[];
}

/** @internal */
export type ProductPlan = ContractionPlan | ElementwisePlan;

const product = (xs: readonly number[]): number => xs.reduce((p, x) => p * x, 1);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Broadcast shape of two shapes, or null. */
function broadcast(a: readonly number[], b: readonly number[]): number[] | null {
  const nd = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < nd; i++) {
    const x = a[a.length - nd + i] ?? 1, y = b[b.length - nd + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** A contraction of a's axes `sumA` with b's axes `sumB` (already checked), free axes in order. */
function contraction(a: readonly number[], b: readonly number[], sumA: readonly number[], sumB: readonly number[]): ContractionPlan {
  const freeA = range(a.length).filter((d) => !sumA.includes(d));
  const freeB = range(b.length).filter((d) => !sumB.includes(d));
  return {
    kind: "contract",
    permA: [...freeA, ...sumA],
    permB: [...sumB, ...freeB],
    m: product(freeA.map((d) => a[d])),
    k: product(sumA.map((d) => a[d])),
    n: product(freeB.map((d) => b[d])),
    shape: [...freeA.map((d) => a[d]), ...freeB.map((d) => b[d])],
  };
}

const notAligned = (a: readonly number[], b: readonly number[], da: number, db: number): string =>
  `shapes ${shapeString(a)} and ${shapeString(b)} not aligned: ${a[da]} (dim ${da}) != ${b[db]} (dim ${db})`;

/** @internal np.dot: a 0-d operand multiplies; else the last axis of a against b's only or second-to-last. */
export function dotPlan(a: readonly number[], b: readonly number[]): ProductPlan {
  if (a.length === 0 || b.length === 0) return { kind: "multiply", shape: a.length === 0 ? [...b] : [...a] };
  const da = a.length - 1;
  const db = b.length === 1 ? 0 : b.length - 2;
  if (a[da] !== b[db]) throw new ValueError(notAligned(a, b, da, db));
  return contraction(a, b, [da], [db]);
}

/** @internal np.vdot: both flattened; b must have a's size. */
export function vdotPlan(a: readonly number[], b: readonly number[]): ContractionPlan {
  const na = product(a), nb = product(b);
  if (na !== nb) throw new ValueError(`cannot reshape array of size ${nb} into shape (${na},)`);
  return { kind: "contract", permA: range(a.length), permB: range(b.length), m: 1, k: na, n: 1, shape: [] };
}

/** @internal np.inner: the last axes of a and b summed; the error names b with its last two axes swapped. */
export function innerPlan(a: readonly number[], b: readonly number[]): ProductPlan {
  if (a.length === 0 || b.length === 0) return { kind: "multiply", shape: a.length === 0 ? [...b] : [...a] };
  const da = a.length - 1, db = b.length - 1;
  if (a[da] !== b[db]) {
    const shown = b.length === 1 ? [...b] : [...b.slice(0, -2), b[db], b[db - 1]];
    throw new ValueError(notAligned(a, shown, da, Math.max(0, b.length - 2)));
  }
  return contraction(a, b, [da], [db]);
}

/** @internal np.outer: both flattened, (a.size, b.size). */
export function outerPlan(a: readonly number[], b: readonly number[]): ContractionPlan {
  const m = product(a), n = product(b);
  return { kind: "contract", permA: range(a.length), permB: range(b.length), m, k: 1, n, shape: [m, n] };
}

/** tensordot's `axes`: an integer, or a pair of an axis or axes for a and for b. */
export type TensordotAxes = number | readonly [number | readonly number[], number | readonly number[]];

/** Python's indexing of a tuple: negative from the end; out of range raises IndexError. */
function pyIndex(shape: readonly number[], axis: number): number {
  const i = axis < 0 ? axis + shape.length : axis;
  if (i < 0 || i >= shape.length) throw new IndexError("tuple index out of range");
  return shape[i];
}

/** @internal np.tensordot(a, b, axes), NumPy's checks in NumPy's order. */
export function tensordotPlan(a: readonly number[], b: readonly number[], axes: TensordotAxes = 2): ContractionPlan {
  let axesA: number[], axesB: number[];
  if (typeof axes === "number") {
    if (!Number.isInteger(axes)) throw new TypeError("'float' object cannot be interpreted as an integer");
    axesA = [];
    for (let i = -axes; i < 0; i++) axesA.push(i);
    axesB = range(Math.max(axes, 0));
  } else {
    if (!Array.isArray(axes)) throw new TypeError(`tensordot: axes must be an integer or a pair of axes, got ${axes === null ? "null" : typeof axes}`);
    const list = axes as readonly unknown[];
    if (list.length < 2) throw new ValueError(`not enough values to unpack (expected 2, got ${list.length})`);
    if (list.length > 2) throw new ValueError("too many values to unpack (expected 2)");
    const one = (x: unknown): number[] => {
      const xs = typeof x === "number" ? [x] : Array.isArray(x) ? [...(x as unknown[])] : null;
      if (xs === null || xs.some((v) => typeof v !== "number" || !Number.isInteger(v))) throw new TypeError("tensordot: each entry of axes must be an integer or a list of integers");
      return xs as number[];
    };
    axesA = one(axes[0]);
    axesB = one(axes[1]);
  }
  if (new Set(axesA).size !== axesA.length || new Set(axesB).size !== axesB.length) throw new ValueError("duplicate axes are not allowed in tensordot");
  let equal = axesA.length === axesB.length;
  if (equal) {
    for (let k = 0; k < axesA.length; k++) {
      if (pyIndex(a, axesA[k]) !== pyIndex(b, axesB[k])) {
        equal = false;
        break;
      }
      if (axesA[k] < 0) axesA[k] += a.length;
      if (axesB[k] < 0) axesB[k] += b.length;
    }
  }
  if (!equal) throw new ValueError("shape-mismatch for sum");
  // Two spellings of one axis pass the duplicate test and fail in the transpose.
  if (new Set(axesA).size !== axesA.length || new Set(axesB).size !== axesB.length) throw new ValueError("axes don't match array");
  return contraction(a, b, axesA, axesB);
}

/** @internal The plan of np.kron: a viewed as (a0, 1, a1, 1, …), b as (1, b0, 1, b1, …), multiplied, reshaped. */
export interface KronPlan {
  kind: "kron";
  /** a's shape with a 1 after each axis (a padded to b's ndim first). */
  aView: number[];
  /** b's shape with a 1 before each axis (b padded to a's ndim first). */
  bView: number[];
  shape: number[];
}

/** @internal np.kron (a 0-d pair multiplies). */
export function kronPlan(a: readonly number[], b: readonly number[]): KronPlan | ElementwisePlan {
  // array(a, ndmin=b.ndim): a gains leading axes up to b's ndim.
  const as = [...new Array<number>(Math.max(0, b.length - a.length)).fill(1), ...a];
  if (as.length === 0 || b.length === 0) return { kind: "multiply", shape: broadcast(as, b)! };
  const nd = Math.max(as.length, b.length);
  const pa = [...new Array<number>(nd - as.length).fill(1), ...as];
  const pb = [...new Array<number>(nd - b.length).fill(1), ...b];
  return {
    kind: "kron",
    aView: pa.flatMap((x) => [x, 1]),
    bView: pb.flatMap((x) => [1, x]),
    shape: pa.map((x, i) => x * pb[i]),
  };
}

/** @internal The plan of np.cross: vectors along the last axis of each moved operand, result axis placed. */
export interface CrossPlan {
  kind: "cross";
  /** The vector axis of a and of b (normalised), moved to the end before computing. */
  axisA: number;
  axisB: number;
  /** Components per vector: 2 or 3. */
  lenA: number;
  lenB: number;
  /** Broadcast shape of the vectors' other axes. */
  batch: number[];
  /** Where the 3 components go in the result (normalised), or -1 when two 2-vectors give a scalar. */
  axisC: number;
  shape: number[];
  /** NumPy 2 warns (DeprecationWarning) when an operand holds 2-vectors. */
  deprecated2d: boolean;
}

function normalizeAxis(axis: number, ndim: number, prefix: string): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) throw new AxisError(`${prefix}: ${axisError(axis, ndim)}`);
  return axis < 0 ? axis + ndim : axis;
}

/** @internal np.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None), checks in NumPy's order. */
export function crossPlan(a: readonly number[], b: readonly number[], opts: { axisa?: number; axisb?: number; axisc?: number; axis?: number } = {}): CrossPlan {
  let { axisa = -1, axisb = -1, axisc = -1 } = opts;
  if (opts.axis !== undefined) axisa = axisb = axisc = opts.axis;
  if (a.length < 1 || b.length < 1) throw new ValueError("At least one array has zero dimension");
  const axisA = normalizeAxis(axisa, a.length, "axisa");
  const axisB = normalizeAxis(axisb, b.length, "axisb");
  const lenA = a[axisA], lenB = b[axisB];
  if ((lenA !== 2 && lenA !== 3) || (lenB !== 2 && lenB !== 3)) throw new ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  const restA = a.filter((_, d) => d !== axisA), restB = b.filter((_, d) => d !== axisB);
  const batch = broadcast(restA, restB);
  if (batch === null) {
    throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${tupleString(restA)} and arg 1 with shape ${tupleString(restB)}.`);
  }
  let shape = [...batch];
  let axisC = -1;
  if (lenA === 3 || lenB === 3) {
    shape.push(3);
    axisC = normalizeAxis(axisc, shape.length, "axisc");
    // moveaxis(cp, -1, axisc)
    const moved = shape.slice(0, -1);
    moved.splice(axisC, 0, 3);
    shape = moved;
  }
  return { kind: "cross", axisA, axisB, lenA, lenB, batch, axisC, shape, deprecated2d: lenA === 2 || lenB === 2 };
}
