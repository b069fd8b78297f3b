// Class labels as scikit-learn sees them (for logLoss): reading them from JS or NDArrays,
// type_of_target, unique_labels, and the Python / NumPy printing its messages use.

import { describe, isInteger } from "../core/dtype.js";
import { ValueError } from "../core/errors.js";
import { formatRepr } from "../format/repr.js";
import { floatFormatter } from "../format/float.js";
import { NDArray } from "../core/ndarray.js";
import type { TypedArray } from "../core/dtype.js";

/** A class label as scikit-learn takes it: a number, a string or a boolean. */
export type Label = number | string | boolean;
/** Labels: a 1-D JS array of numbers, strings or booleans, a TypedArray or a 1-D NDArray. */
export type LabelInput = readonly Label[] | TypedArray | Float32Array | Int8Array | Int16Array | Uint16Array | NDArray;

/** The NumPy dtype the labels would have: int, float (float64), float32, str or bool. */
export type LabelKind = "int" | "float" | "float32" | "str" | "bool";

export interface Labels {
  values: Label[];
  kind: LabelKind;
  /** Python's repr of the argument as given (a list, or NumPy's repr of an array). */
  repr: string;
}

const TYPED_KIND = new Map<Function, LabelKind>([
  [Float64Array, "float"],
  [Float32Array, "float32"],
  [Int32Array, "int"],
  [Int16Array, "int"],
  [Int8Array, "int"],
  [Uint16Array, "int"],
  [Uint8Array, "int"],
  [Uint8ClampedArray, "int"],
]);

/** Reads 1-D labels; `name` is the argument's name in errors. */
export function readLabels(x: unknown, name: string): Labels {
  if (x instanceof NDArray) {
    const exact = x.toTypedArray();
    if (x.ndim === 0) throw new TypeError(`Singleton array ${formatRepr(exact, [], x.dtype)} cannot be considered a valid collection.`);
    if (x.ndim !== 1) throw new ValueError(`${name} must be 1-D labels (label indicator matrices are not supported), got shape (${x.shape.join(", ")})`);
    const kind: LabelKind = x.dtype === "bool" ? "bool" : isInteger(x.dtype) ? "int" : x.dtype === "float32" ? "float32" : "float";
    const flat = Array.from(exact as ArrayLike<number | bigint>, Number);
    return { values: kind === "bool" ? flat.map((v) => v !== 0) : flat, kind, repr: formatRepr(exact, x.shape, x.dtype) };
  }
  if (ArrayBuffer.isView(x)) {
    const kind = TYPED_KIND.get(x.constructor);
    if (kind === undefined) throw new TypeError(`${name} must be an array of labels, got ${x.constructor.name}`);
    const values = Array.from(x as unknown as ArrayLike<number>);
    const dtype = kind === "float" ? "float64" : kind === "float32" ? "float32" : "int64";
    return { values, kind, repr: formatRepr(values, [values.length], dtype) };
  }
  if (!Array.isArray(x)) throw new TypeError(`${name} must be an array of labels (numbers, strings or booleans) or an NDArray, got ${describe(x)}`);
  let strings = 0, numbers = 0, booleans = 0, fractional = false;
  for (const v of x) {
    if (typeof v === "string") strings++;
    else if (typeof v === "boolean") booleans++;
    else if (typeof v === "number") {
      numbers++;
      if (!Number.isInteger(v)) fractional = true;
    } else if (Array.isArray(v)) {
      throw new ValueError(`${name} must be 1-D labels (label indicator matrices are not supported)`);
    } else throw new TypeError(`${name} must contain only numbers, strings or booleans, got ${describe(v)}`);
  }
  if (strings > 0 && strings < x.length) throw new ValueError("Mix of label input types (string and number)");
  const kind: LabelKind = strings > 0 ? "str" : numbers === 0 && booleans > 0 ? "bool" : fractional ? "float" : "int";
  // np.asarray turns booleans among numbers into 0 and 1.
  const values = kind === "int" || kind === "float" ? x.map((v) => Number(v)) : x.slice();
  return { values, kind, repr: listRepr(x) };
}

/** sklearn's type_of_target for 1-D labels: "binary" (≤ 2 values), "multiclass" or "continuous". */
export function typeOfTarget(y: Labels, inputName: string): "binary" | "multiclass" | "continuous" {
  if (y.kind === "float" || y.kind === "float32") {
    if (y.values.some((v) => !Number.isInteger(v))) {
      const padded = inputName ? inputName + " " : "";
      if (y.values.some((v) => Number.isNaN(v))) throw new ValueError(`Input ${padded}contains NaN.`);
      if (y.values.some((v) => !Number.isFinite(v as number))) {
        throw new ValueError(`Input ${padded}contains infinity or a value too large for dtype('${y.kind === "float" ? "float64" : "float32"}').`);
      }
      return "continuous";
    }
  }
  return new Set(y.values).size > 2 ? "multiclass" : "binary";
}

function compare(a: Label, b: Label): number {
  if (typeof a === "string" && typeof b === "string") {
    // NumPy orders unicode strings by code point.
    const ca = Array.from(a, (ch) => ch.codePointAt(0)!);
    const cb = Array.from(b, (ch) => ch.codePointAt(0)!);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
    return ca.length - cb.length;
  }
  return Number(a) - Number(b);
}

/** unique_labels of one binary or multiclass target: its distinct values, sorted. */
export function uniqueSorted(values: readonly Label[]): Label[] {
  return Array.from(new Set(values)).sort(compare);
}

/** Python's repr of a float: the shortest round-trip digits, "1.0", "1e-05", "inf". */
export function pyFloat(x: number, float32 = false): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  let digits = "";
  if (float32) {
    for (let p = 1; p <= 9; p++) {
      digits = x.toExponential(p - 1);
      if (Math.fround(Number(digits)) === x) break;
    }
  } else digits = x.toExponential();
  const [mantissa, exp] = digits.split("e") as [string, string];
  const e = Number(exp);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const d = mantissa.replace("-", "").replace(".", "");
  if (e >= 16 || e < -4) {
    const m = d.length > 1 ? `${d[0]}.${d.slice(1)}` : d;
    return `${sign}${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${d}`;
  const whole = d.slice(0, e + 1).padEnd(e + 1, "0");
  const frac = d.slice(e + 1);
  return `${sign}${whole}.${frac || "0"}`;
}

/** Python's repr of a str: single quotes unless the text has one and no double quote. */
export function pyStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\" || ch === quote) out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += ch;
  }
  return quote + out + quote;
}

function itemRepr(v: Label, kind: LabelKind): string {
  if (typeof v === "string") return pyStr(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  return kind === "int" ? String(v) : pyFloat(v, kind === "float32");
}

/** Python's repr of a list of labels (a whole number reads as a Python int). */
function listRepr(values: readonly Label[]): string {
  return `[${values.map((v) => itemRepr(v, typeof v === "number" && !Number.isInteger(v) ? "float" : "int")).join(", ")}]`;
}

/** str() of one NumPy scalar of this kind: 1, 1.0, spam, True. */
export function scalarStr(v: Label, kind: LabelKind): string {
  if (typeof v === "string") return v;
  return itemRepr(v, kind);
}

/** str() of a 1-D NumPy array of labels: [0 1 2], [0. 1.], ['ham' 'spam'], [False  True], wrapped at 75 columns. */
export function arrayStr(values: readonly Label[], kind: LabelKind): string {
  let words: string[];
  if (kind === "str") words = values.map((v) => pyStr(String(v)));
  else if (kind === "bool") words = values.map((v) => (v ? " True" : "False"));
  else if (kind === "int") {
    const width = values.reduce<number>((w, v) => Math.max(w, String(v).length), 0);
    words = values.map((v) => String(v).padStart(width));
  } else {
    const format = floatFormatter(values as number[], kind === "float32");
    words = values.map((v) => format(v as number));
  }
  // array2string's 1-D layout: a hanging indent of one space, elements up to column 74.
  const indent = " ";
  let s = "";
  let line = indent;
  words.forEach((word, i) => {
    if (line.length + word.length > 74 && line.length > indent.length) {
      s += line.trimEnd() + "\n";
      line = indent;
    }
    line += word;
    if (i < words.length - 1) line += " ";
  });
  s += line;
  return "[" + s.slice(indent.length) + "]";
}
