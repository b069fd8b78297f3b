// What Jupyter shows for a cell's value, for the JavaScript values a cell can produce: an NDArray
// prints as NumPy's repr, a JS array as a Python tuple (what NumPy returns for shapes, meshgrid
// and gradient), a plain object as a dict, numbers, booleans, strings and null as Python's.
import * as nd from "ndwasm";

/** Python's repr of a float: shortest round-trip digits, exponent below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (Object.is(x, -0)) return "-0.0";
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [mantissa, exponent] = x.toExponential().split("e");
    const e = Number(exponent);
    return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(x);
}

/** Python's repr of a str: single quotes unless the text has one and no double quote. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/[\\\n\r\t]/g, (c) => ({ "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c]!);
  return quote + body.replaceAll(quote, `\\${quote}`) + quote;
}

const isPlainObject = (x: object): boolean => {
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};

/** The text Jupyter shows for a value. */
export function pythonRepr(x: unknown, seen: Set<unknown> = new Set()): string {
  if (x instanceof nd.NDArray) return String(x);
  if (x === null || x === undefined) return "None";
  switch (typeof x) {
    case "number":
      return floatRepr(x);
    case "bigint":
      return String(x);
    case "boolean":
      return x ? "True" : "False";
    case "string":
      return strRepr(x);
    case "function":
      return `<function ${x.name || "<lambda>"}>`;
    case "symbol":
      return String(x);
  }
  const obj = x as object;
  if (seen.has(obj)) return Array.isArray(obj) ? "(...)" : "{...}";
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      const items = obj.map((v) => pythonRepr(v, seen));
      return `(${items.join(", ")}${items.length === 1 ? "," : ""})`;
    }
    if (ArrayBuffer.isView(obj) && !(obj instanceof DataView)) {
      return `${obj.constructor.name}([${Array.from(obj as unknown as ArrayLike<number>, (v) => pythonRepr(v, seen)).join(", ")}])`;
    }
    if (obj instanceof Map) return `{${[...obj].map(([k, v]) => `${pythonRepr(k, seen)}: ${pythonRepr(v, seen)}`).join(", ")}}`;
    if (obj instanceof Set) return obj.size ? `{${[...obj].map((v) => pythonRepr(v, seen)).join(", ")}}` : "set()";
    if (obj instanceof Error) return `${obj.name}(${strRepr(obj.message)})`;
    if (isPlainObject(obj)) return `{${Object.entries(obj).map(([k, v]) => `${strRepr(k)}: ${pythonRepr(v, seen)}`).join(", ")}}`;
    return String(obj);
  } finally {
    seen.delete(obj);
  }
}

/** What print() writes for each argument: Python's str, so text prints as it is. */
export const printText = (args: unknown[]): string => args.map((a) => (typeof a === "string" ? a : pythonRepr(a))).join(" ");
