// Reading NumPy fixtures: decoding values, rebuilding operands and views, comparing results.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import * as nd from "../../src/index.js";
import { numbers } from "./numbers.js";

export type Encoded = number | string;
export interface EncodedArray {
  dtype: string;
  shape: number[];
  values: Encoded[];
}
export type ViewStep = [string, ...(number | string | null)[]];
export interface OperandSpec {
  base?: EncodedArray;
  view?: ViewStep[];
  scalar?: number | boolean;
}
export interface Outcome {
  result?: EncodedArray;
  error?: { type: string; message: string };
}

export function loadFixture<T>(name: string): T & { numpy: string } {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"));
}

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };
export const decode = (v: Encoded): number => (typeof v === "string" ? (v in SPECIAL ? SPECIAL[v]! : Number(v)) : v);

/** An integer element exactly (integers beyond 2^53 are decimal strings). */
export const decodeInt = (v: Encoded): bigint => BigInt(v);

const INTEGER = new Set(["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]);

/** ndwasm's dtype for a NumPy result dtype: float16 does not exist here (ndwasm computes in float32, documented). */
export function expectedDType(numpy: string): nd.DType {
  if (numpy === "float16") return "float32";
  return numpy as nd.DType;
}

export function fromEncoded(e: EncodedArray): nd.NDArray {
  if (INTEGER.has(e.dtype)) return nd.array(e.values.map(decodeInt), e.dtype as nd.DType).reshape(e.shape);
  const values = Float64Array.from(e.values, decode);
  return nd.array(values, e.dtype as nd.DType).reshape(e.shape);
}

export function applyView(a: nd.NDArray, view: readonly ViewStep[]): nd.NDArray {
  for (const [kind, ...args] of view) {
    if (kind === "T") a = a.T;
    else if (kind === "slice") a = a.slice(...(args as nd.IndexSpec[]));
    else if (kind === "transpose") a = a.transpose(...(args as number[]));
    else if (kind === "reshape") a = a.reshape(...(args as number[]));
    else throw new Error(`unknown view step ${kind}`);
  }
  return a;
}

export function operand(spec: OperandSpec): nd.NDArray | number | boolean {
  if (spec.scalar !== undefined) return spec.scalar;
  return applyView(fromEncoded(spec.base!), spec.view ?? []);
}

/** Distance in units in the last place between two floats of the given width. */
export function ulps(a: number, b: number, dtype: string): number {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const ordered = (x: number): bigint => {
    if (dtype === "float32") {
      const i = new Int32Array(Float32Array.of(x).buffer)[0];
      return BigInt(i < 0 ? -2147483648 - i : i);
    }
    const i = new BigInt64Array(Float64Array.of(x).buffer)[0];
    return i < 0n ? -9223372036854775808n - i : i;
  };
  const d = ordered(a) - ordered(b);
  return Number(d < 0n ? -d : d);
}

/**
 * Checks an ndwasm result against NumPy's: dtype, shape and values. `maxUlps` = 0 demands
 * bit-identical values (±0 included); `relTol` is for results NumPy computed in float16.
 */
export function expectMatches(actual: nd.NDArray, expected: EncodedArray, { maxUlps = 0, relTol = 0 } = {}): void {
  expect(actual.dtype).toBe(expectedDType(expected.dtype));
  expect(actual.shape).toEqual(expected.shape);
  if (INTEGER.has(actual.dtype)) {
    expect(Array.from(actual.toTypedArray() as ArrayLike<number | bigint>, (v) => BigInt(v))).toEqual(expected.values.map(decodeInt));
    return;
  }
  const got = numbers(actual);
  const want = expected.values.map(decode);
  if (maxUlps === 0 && relTol === 0) {
    expect(got).toEqual(want);
    return;
  }
  got.forEach((g, i) => {
    const w = want[i];
    if (relTol > 0) {
      if (Number.isNaN(w)) expect(g).toBeNaN();
      // NumPy's float16 overflows past 65504 where ndwasm's float32 does not (a documented difference).
      else if (!Number.isFinite(w)) expect(expected.dtype === "float16" && Math.abs(g) > 65504 && Math.sign(g) === Math.sign(w) ? w : g).toBe(w);
      else expect(Math.abs(g - w)).toBeLessThanOrEqual(relTol * Math.max(1, Math.abs(w)));
    } else {
      const d = ulps(g, w, actual.dtype);
      if (d > maxUlps) expect.fail(`element ${i}: got ${g}, NumPy ${w} (${d} ulps apart, at most ${maxUlps})`);
    }
  });
}

export function expectError(f: () => unknown, error: { type: string; message: string }): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected ${error.type}: ${error.message}`).toBeInstanceOf(Error);
  expect((thrown as Error).name).toBe(error.type);
  expect((thrown as Error).message).toBe(error.message);
}
