// The operands of test/fixtures/make_matmul.py, rebuilt bit for bit (the generator is described
// there), and the checks of nd.matmul against NumPy's stored expectations.
import { readFileSync } from "node:fs";
import * as nd from "../src/index.js";
import { numbers } from "./support/numbers.js";

export interface OperandSpec {
  shape: number[];
  dtype: nd.DType;
  seed: number;
  gen: "int" | "real" | "big";
  view?: [string, ...(number | string | null)[]][];
}

type Encoded = number | string;

export interface Expectation {
  dtype: nd.DType;
  shape: number[];
  values?: Encoded[];
  sum?: Encoded;
  wsum?: Encoded;
  samples?: [number, Encoded][];
}

export interface Case {
  group: string;
  name: string;
  a: OperandSpec;
  b: OperandSpec;
  expect: Expectation;
}

export interface Fixture {
  numpy: string;
  cases: Case[];
  specials: { a: Encoded[][]; b: Encoded[][]; expect: Expectation };
  errors: { a: number[]; b: number[]; type: string; message: string }[];
}

export const fixture: Fixture = JSON.parse(readFileSync(new URL("./fixtures/matmul.json", import.meta.url), "utf8"));

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity };
export const decode = (v: Encoded): number => (typeof v === "string" ? SPECIAL[v] : v);

/** The C-ordered values of a spec before its view, as float64 numbers. */
export function generate(spec: OperandSpec): Float64Array {
  const n = spec.shape.reduce((x, y) => x * y, 1);
  const out = new Float64Array(n);
  let state = spec.seed & 0x7fffffff;
  for (let i = 0; i < n; i++) {
    // (state * 1103515245 + 12345) mod 2^31: the low 31 bits of the 32-bit product are exact.
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    const r = state >> 8;
    if (spec.dtype === "bool") out[i] = r % 2;
    else if (spec.gen === "int") out[i] = (r % 9) - 4;
    else if (spec.gen === "real") out[i] = ((r % 20001) - 10000) / 1000;
    else out[i] = (r % 200001) - 100000;
  }
  return out;
}

/** The operand as an NDArray view (the base array is disposed once the view holds it). */
export function operand(spec: OperandSpec): nd.NDArray {
  const flat = nd.array(generate(spec), spec.dtype);
  const base = flat.reshape(spec.shape);
  flat.dispose();
  let a = base;
  for (const [kind, ...args] of spec.view ?? []) {
    const next = kind === "T" ? a.T : kind === "slice" ? a.slice(...(args as nd.IndexSpec[])) : a.transpose(...(args as number[]));
    a.dispose();
    a = next;
  }
  return a;
}

/** Largest |error| allowed for one entry of a k-term sum whose terms are at most `term` in size. */
function entryTolerance(dtype: nd.DType, k: number, term: number): number {
  const eps = dtype === "float32" ? 2 ** -23 : 2 ** -52;
  return 2 * Math.max(k, 1) * eps * term;
}

/**
 * Compares `got` (a product over `k` terms) with NumPy's expectation; returns a description of
 * the first mismatch, or null. Integer-valued operands make every sum exact in any order and
 * with or without fused multiply-add, so only "real" operands are compared with a tolerance
 * (the blocked summation order differs from OpenBLAS's).
 */
export function mismatch(c: Pick<Case, "a" | "b" | "expect">, got: nd.NDArray, k: number): string | null {
  const e = c.expect;
  if (got.dtype !== e.dtype) return `dtype ${got.dtype}, expected ${e.dtype}`;
  if (got.shape.join(",") !== e.shape.join(",")) return `shape (${got.shape}), expected (${e.shape})`;
  const values = Float64Array.from(numbers(got));
  const inexact = c.a.gen === "real" || c.b.gen === "real";
  const tol = inexact ? entryTolerance(e.dtype, k, 100) : 0;
  const close = (x: number, want: number, t: number) => (Number.isNaN(want) ? Number.isNaN(x) : x === want || Math.abs(x - want) <= t);
  if (e.values !== undefined) {
    for (let i = 0; i < e.values.length; i++) {
      const want = decode(e.values[i]);
      if (!close(values[i], want, tol)) return `entry ${i}: ${values[i]}, expected ${want}`;
    }
    return null;
  }
  for (const [i, v] of e.samples!) {
    const want = decode(v);
    if (!close(values[i], want, tol)) return `entry ${i}: ${values[i]}, expected ${want}`;
  }
  let sum = 0;
  let wsum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
    wsum += values[i] * (1 + (i % 7));
  }
  // Checksums of exact integers are exact; for real values the entry tolerance adds up.
  const sumTol = inexact ? tol * values.length * 8 : 0;
  if (!close(sum, decode(e.sum!), sumTol)) return `sum ${sum}, expected ${decode(e.sum!)}`;
  if (!close(wsum, decode(e.wsum!), sumTol * 7)) return `weighted sum ${wsum}, expected ${decode(e.wsum!)}`;
  return null;
}

/** Runs one fixture case through nd.matmul, freeing everything it made. */
export function runCase(c: Case): string | null {
  const a = operand(c.a);
  const b = operand(c.b);
  try {
    const r = nd.matmul(a, b);
    try {
      return mismatch(c, r, a.shape[a.ndim - 1]);
    } finally {
      r.dispose();
    }
  } finally {
    a.dispose();
    b.dispose();
  }
}
