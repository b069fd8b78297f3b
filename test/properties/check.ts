// What every property checks about a result: dtype, shape, each element against the reference
// (exactly, or within a tolerance), and that the call leaked nothing.
import { expect } from "vitest";
import * as nd from "../../src/index.js";
import { type JsScalar, type ArraySpec, describeSpec, fromND, toND, toRef } from "./arbitraries.js";
import { type DType, type RArray, type Value, same, ulps } from "./reference.js";

/** How far an element may be from the reference: exact (the default), in ulps, or by an absolute bound per element. */
export interface Tolerance {
  ulps?: number;
  bound?: (i: number) => number;
  /** Zeros of either sign match (sums whose order differs from the reference's). */
  anyZero?: boolean;
  /** Another acceptable answer per element (where NumPy's own loops differ). */
  or?: RArray;
}

/** A value as messages show it (-0 and bigints visibly). */
export const show = (v: Value): string => (typeof v === "bigint" ? `${v}n` : Object.is(v, -0) ? "-0" : String(v));

export function expectClose(got: nd.NDArray, want: RArray, tol: Tolerance = {}, context = ""): void {
  const g = fromND(got);
  if (g.dtype !== want.dtype) expect.fail(`${context}: dtype ${g.dtype}, expected ${want.dtype}`);
  if (JSON.stringify(g.shape) !== JSON.stringify(want.shape)) expect.fail(`${context}: shape ${JSON.stringify(g.shape)}, expected ${JSON.stringify(want.shape)}`);
  for (let i = 0; i < want.data.length; i++) {
    const a = g.data[i]!;
    const b = want.data[i]!;
    if (same(a, b) || (tol.or !== undefined && same(a, tol.or.data[i]!))) continue;
    if (typeof a === "number" && typeof b === "number") {
      if (tol.anyZero && a === 0 && b === 0) continue;
      if (tol.ulps !== undefined && ulps(a, b, want.dtype) <= tol.ulps) continue;
      if (tol.bound !== undefined && Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= tol.bound(i)) continue;
    }
    expect.fail(`${context}: element ${i} is ${show(a)}, expected ${show(b)}${tol.ulps ? ` (${ulps(Number(a), Number(b), want.dtype)} ulps)` : ""}`);
  }
}

/** An operand: an array spec, or a JS scalar. */
export type Operand = { spec: ArraySpec } | { scalar: JsScalar };

export function describeOperand(o: Operand): string {
  return "spec" in o ? describeSpec(o.spec) : `${typeof o.scalar} ${String(o.scalar)}`;
}

/** The dtype a JS scalar becomes on its own (the reference's 0-d array of it). */
export function scalarRef(x: JsScalar): RArray {
  if (typeof x === "boolean") return { dtype: "bool", shape: [], data: [+x] };
  if (typeof x === "bigint" || Number.isInteger(x)) {
    const v = BigInt(x);
    return { dtype: v > 2n ** 63n - 1n ? "uint64" : "int64", shape: [], data: [v] };
  }
  return { dtype: "float64", shape: [], data: [x] };
}

export const toNDOperand = (o: Operand): nd.Operand => ("spec" in o ? toND(o.spec) : o.scalar);
export const toRefOperand = (o: Operand): RArray => ("spec" in o ? toRef(o.spec) : scalarRef(o.scalar));

/**
 * Runs one case inside nd.tidy: `build` makes the operands, `run` calls ndwasm (its result or its
 * error goes to `check`). Nothing may be left allocated afterwards, and an error must leave
 * the operands unchanged.
 */
export function runCase<T>(build: () => T, run: (x: T) => nd.NDArray | nd.NDArray[] | number, check: (result: nd.NDArray | nd.NDArray[] | number | null, error: unknown, x: T) => void): void {
  const before = nd.memory();
  nd.tidy(() => {
    const x = build();
    let result: nd.NDArray | nd.NDArray[] | number | null = null;
    let error: unknown = null;
    const inside = nd.memory();
    const snapshot = snapshotArrays(x);
    try {
      result = run(x);
    } catch (e) {
      error = e;
    }
    if (error !== null) {
      if (error instanceof WebAssembly.RuntimeError) throw error;
      expect(nd.memory(), "an operation that throws frees what it allocated").toEqual(inside);
      expect(snapshotArrays(x), "an operation that throws leaves its inputs unchanged").toEqual(snapshot);
    }
    check(result, error, x);
  });
  expect(nd.memory(), "nothing is left allocated").toEqual(before);
}

function snapshotArrays(x: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (v: unknown) => {
    if (v instanceof nd.NDArray) out.push(v.isDisposed ? "disposed" : [v.dtype, v.shape, v.toTypedArray()]);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(x);
  return out;
}

/** The error check for a case whose reference says it must fail. */
export function expectError(error: unknown, want: { type: string; message: string }, context: string): void {
  if (error === null) expect.fail(`${context}: expected ${want.type}: ${want.message}`);
  expect((error as Error).name, context).toBe(want.type);
  expect((error as Error).message, context).toBe(want.message);
}

export function noError(error: unknown, context: string): void {
  if (error !== null) expect.fail(`${context}: threw ${(error as Error).name}: ${(error as Error).message}`);
}

export type { DType, Value };
