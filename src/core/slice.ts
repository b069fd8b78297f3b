// Basic indexing: index specs → the shape, strides and offset of a view. Pure arithmetic.

import { IndexError, MAXDIMS, ValueError, indexError, tooManyIndicesError } from "./errors.js";

/** An integer, a "start:stop:step" string (every part optional), "..." or null (a new axis). */
export type IndexSpec = number | string | null;

export interface Layout {
  shape: number[];
  strides: number[];
  offset: number;
}

export const INVALID_INDEX =
  "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

export type Parsed = { kind: "int"; index: number } | { kind: "slice"; start?: number; stop?: number; step?: number } | { kind: "ellipsis" } | { kind: "newaxis" };

function parsePart(text: string, spec: string): number | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (!/^[+-]?\d+$/.test(t)) throw new TypeError(`slice: invalid index spec ${JSON.stringify(spec)}; expected an integer, "start:stop:step", "..." or null`);
  return Number(t);
}

/** One basic index spec, parsed ("1" is an integer, "1:" a slice). */
export function parse(spec: IndexSpec): Parsed {
  if (spec === null) return { kind: "newaxis" };
  if (typeof spec === "number") {
    if (!Number.isInteger(spec)) throw new IndexError(INVALID_INDEX);
    return { kind: "int", index: spec };
  }
  if (typeof spec === "string") {
    if (spec.trim() === "...") return { kind: "ellipsis" };
    const parts = spec.split(":");
    if (parts.length === 1) return { kind: "int", index: parsePart(parts[0], spec) ?? NaN };
    if (parts.length > 3) throw new TypeError(`slice: invalid index spec ${JSON.stringify(spec)}; expected an integer, "start:stop:step", "..." or null`);
    const [start, stop, step] = parts.map((p) => parsePart(p, spec));
    if (step === 0) throw new ValueError("slice step cannot be zero");
    return { kind: "slice", start, stop, step };
  }
  if (typeof spec === "object") {
    throw new TypeError("slice takes basic indices only (integers, \"start:stop:step\" strings, \"...\" and null); use a.get(...) for index arrays and boolean masks");
  }
  throw new TypeError(`slice: index specs must be integers, "start:stop:step" strings, "..." or null, got ${typeof spec}`);
}

/** Python's slice.indices(n): the normalised start and the length of the selection. */
export function sliceIndices(n: number, start: number | undefined, stop: number | undefined, step = 1): { start: number; length: number } {
  let lo: number;
  let hi: number;
  if (step > 0) {
    lo = start === undefined ? 0 : start < 0 ? Math.max(start + n, 0) : Math.min(start, n);
    hi = stop === undefined ? n : stop < 0 ? Math.max(stop + n, 0) : Math.min(stop, n);
    return { start: lo, length: hi > lo ? Math.ceil((hi - lo) / step) : 0 };
  }
  lo = start === undefined ? n - 1 : start < 0 ? Math.max(start + n, -1) : Math.min(start, n - 1);
  hi = stop === undefined ? -1 : stop < 0 ? Math.max(stop + n, -1) : Math.min(stop, n - 1);
  return { start: lo, length: lo > hi ? Math.ceil((lo - hi) / -step) : 0 };
}

/** Applies index specs to a layout, as NumPy's basic indexing does. */
export function resolveIndex(shape: readonly number[], strides: readonly number[], offset: number, specs: readonly IndexSpec[]): Layout {
  const parsed = specs.map(parse);
  const ellipses = parsed.filter((p) => p.kind === "ellipsis").length;
  if (ellipses > 1) throw new IndexError("an index can only have a single ellipsis ('...')");
  const consumed = parsed.filter((p) => p.kind === "int" || p.kind === "slice").length;
  if (consumed > shape.length) throw new IndexError(tooManyIndicesError(shape.length, consumed));

  const out: Layout = { shape: [], strides: [], offset };
  let axis = 0;
  for (const p of parsed) {
    switch (p.kind) {
      case "newaxis":
        out.shape.push(1);
        out.strides.push(0);
        break;
      case "ellipsis":
        for (const end = shape.length - (consumed - parsedBefore(parsed, p)); axis < end; axis++) {
          out.shape.push(shape[axis]);
          out.strides.push(strides[axis]);
        }
        break;
      case "int": {
        const n = shape[axis];
        let i = p.index;
        if (Number.isNaN(i)) throw new IndexError(INVALID_INDEX);
        if (i < -n || i >= n) throw new IndexError(indexError(i, axis, n));
        if (i < 0) i += n;
        out.offset += i * strides[axis];
        axis++;
        break;
      }
      case "slice": {
        const step = p.step ?? 1;
        const { start, length } = sliceIndices(shape[axis], p.start, p.stop, step);
        if (length > 0) out.offset += start * strides[axis];
        out.shape.push(length);
        out.strides.push(strides[axis] * step);
        axis++;
        break;
      }
    }
  }
  for (; axis < shape.length; axis++) {
    out.shape.push(shape[axis]);
    out.strides.push(strides[axis]);
  }
  if (out.shape.length > MAXDIMS) {
    throw new IndexError(`number of dimensions must be within [0, ${MAXDIMS}], indexing result would have ${out.shape.length}`);
  }
  return out;
}

/** How many axis-consuming specs come before `target` in the list. */
function parsedBefore(parsed: readonly Parsed[], target: Parsed): number {
  let count = 0;
  for (const p of parsed) {
    if (p === target) break;
    if (p.kind === "int" || p.kind === "slice") count++;
  }
  return count;
}
