/**
 * NumPy's `repr` of an array (np.array_repr with the default print options of NumPy 2.x),
 * following numpy/_core/arrayprint.py: array2string's layout and line wrapping, summarisation
 * of large arrays, and the trailing `shape=` / `dtype=` that the printed values do not imply.
 * Integers print exactly, all 64 bits.
 */
import { floatFormatter } from "./float.js";
import type { DType } from "../core/dtype.js";

const LINE_WIDTH = 75;
/** Arrays with more elements than this are summarised with "...". */
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;
const SEPARATOR = ", ";
const PREFIX = "array(";
const IMPLIED = new Set<DType>(["float64", "int64", "bool"]);

/** NumPy's repr (np.array_repr with default print options) of a C-ordered array. */
export function formatRepr(values: ArrayLike<number | bigint>, shape: readonly number[], dtype: DType): string {
  const size = shape.reduce((a, b) => a * b, 1);
  const summarise = size > THRESHOLD;
  // The closing ")" must fit on the line too; continuation lines align under the "[".
  const body = size === 0 ? "[]" : formatArray(values, shape, dtype, summarise, LINE_WIDTH - 1, " ".repeat(PREFIX.length + 1));

  const extras: string[] = [];
  if ((size === 0 && shape.length !== 1) || summarise) extras.push(`shape=${tupleRepr(shape)}`);
  // The types a Python literal would give (float64, int64, bool) go without a dtype.
  if (!IMPLIED.has(dtype) || size === 0) extras.push(`dtype=${dtype}`);
  if (extras.length === 0) return PREFIX + body + ")";

  const head = PREFIX + body + ",";
  const tail = extras.join(", ") + ")";
  const lastLine = head.length - (head.lastIndexOf("\n") + 1);
  const spacer = lastLine + tail.length + 1 > LINE_WIDTH ? "\n" + " ".repeat(PREFIX.length) : " ";
  return head + spacer + tail;
}

/** Python's tuple repr: (3,) and (2, 0). */
function tupleRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** Indices printed along an axis of length n: all of them, or the edges around "...". */
function shownIndices(n: number, summarise: boolean): { lead: number[]; trail: number[] } {
  const range = (start: number, stop: number): number[] => Array.from({ length: stop - start }, (_, i) => start + i);
  if (!summarise || n <= 2 * EDGE_ITEMS) return { lead: range(0, n), trail: [] };
  return { lead: range(0, EDGE_ITEMS), trail: range(n - EDGE_ITEMS, n) };
}

function elementFormatter(shown: (number | bigint)[], dtype: DType, zeroDim: boolean): (x: number | bigint) => string {
  switch (dtype) {
    case "bool": {
      // " True" lines up with "False", except in a 0-d array.
      const trueStr = zeroDim ? "True" : " True";
      return (x) => (x ? trueStr : "False");
    }
    case "float32":
    case "float64": {
      const format = floatFormatter(shown as number[], dtype === "float32");
      return (x) => format(x as number);
    }
    default: {
      const width = shown.reduce<number>((w, v) => Math.max(w, String(v).length), 0);
      return (x) => String(x).padStart(width);
    }
  }
}

/** array2string's body: nested brackets, each row wrapped to lineWidth. */
function formatArray(
  values: ArrayLike<number | bigint>,
  shape: readonly number[],
  dtype: DType,
  summarise: boolean,
  lineWidth: number,
  linePrefix: string,
): string {
  const ndim = shape.length;
  const strides: number[] = new Array<number>(ndim);
  for (let axis = ndim - 1, step = 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= shape[axis]!;
  }
  const axisIndices = shape.map((n) => shownIndices(n, summarise));

  // Widths and notation come only from the elements that will be printed.
  const shown: (number | bigint)[] = [];
  const gather = (axis: number, offset: number): void => {
    if (axis === ndim) {
      shown.push(values[offset]!);
      return;
    }
    const { lead, trail } = axisIndices[axis]!;
    for (const i of [...lead, ...trail]) gather(axis + 1, offset + i * strides[axis]!);
  };
  gather(0, 0);
  const format = elementFormatter(shown, dtype, ndim === 0);

  const recurse = (axis: number, offset: number, indent: string, width: number): string => {
    if (axis === ndim) return format(values[offset]!);
    const { lead, trail } = axisIndices[axis]!;
    const items: (number | null)[] = trail.length > 0 ? [...lead, null, ...trail] : lead;
    const child = (i: number): string => recurse(axis + 1, offset + i * strides[axis]!, indent + " ", width - 1);

    let s = "";
    if (axis === ndim - 1) {
      // Innermost axis: fill lines, leaving room for the "," or "]" after each element.
      const elemWidth = width - 1;
      let line = indent;
      items.forEach((i, k) => {
        [s, line] = extendLine(s, line, i === null ? "..." : child(i), elemWidth, indent);
        if (k < items.length - 1) line += SEPARATOR;
      });
      s += line;
    } else {
      // Outer axes: one block per line, blank lines between blocks of 2-D and higher.
      const lineSep = SEPARATOR.trimEnd() + "\n".repeat(ndim - axis - 1);
      s = items.map((i) => indent + (i === null ? "..." : child(i))).join(lineSep);
    }
    return "[" + s.slice(indent.length) + "]";
  };
  return recurse(0, 0, linePrefix, lineWidth);
}

/** Appends word to line, first moving to a new line if it would pass width (and that helps). */
function extendLine(s: string, line: string, word: string, width: number, linePrefix: string): [string, string] {
  if (line.length + word.length > width && line.length > linePrefix.length) {
    s += line.trimEnd() + "\n";
    line = linePrefix;
  }
  return [s, line + word];
}
