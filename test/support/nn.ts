// Reading test/fixtures/nn.json (written by make_nn.py) and comparing with tolerances.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import * as nd from "../../src/index.js";

export type Encoded = number | string;
export interface Arr {
  shape: number[];
  dtype: string;
  data: Encoded[];
}

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity };
export const decode = (v: Encoded): number => (typeof v === "string" ? SPECIAL[v]! : v);
export const decodeAll = (values: readonly Encoded[]): number[] => values.map(decode);

export const fixture = JSON.parse(readFileSync(new URL("../fixtures/nn.json", import.meta.url), "utf8"));

/** The fixture array as an NDArray of its dtype. */
export function build(a: Arr): nd.NDArray {
  return nd.array(Float64Array.from(a.data, decode), a.dtype as nd.DType).reshape(a.shape);
}

/** The views make_nn.py applies to a base array. */
export function view(a: nd.NDArray, v: string): nd.NDArray {
  switch (v) {
    case "T":
      return a.T;
    case "step":
      return a.slice("...", "::2");
    case "rev":
      return a.slice("::-1");
    default:
      return a;
  }
}

/** Distance in units in the last place between two floats of one format (0 when both NaN). */
export function ulps(a: number, b: number, float32 = false): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (a === b) return 0;
  const key = (x: number): bigint => {
    if (float32) {
      const i = new Int32Array(new Float32Array([x]).buffer)[0]!;
      return BigInt(i < 0 ? -(i & 0x7fffffff) : i);
    }
    const i = new BigInt64Array(new Float64Array([x]).buffer)[0]!;
    return i < 0n ? -(i & 0x7fffffffffffffffn) : i;
  };
  const d = key(a) - key(b);
  return Number(d < 0n ? -d : d);
}

/**
 * Element-wise |got − expected| ≤ atol + rtol·|expected|, with NaN matching NaN and infinities
 * matching exactly; reports the first element that fails.
 */
export function expectClose(got: ArrayLike<number>, expected: readonly number[], rtol: number, atol = 0, label = ""): void {
  expect(got.length, `${label} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const g = got[i]!;
    const e = expected[i]!;
    const ok = Number.isNaN(e) ? Number.isNaN(g) : !Number.isFinite(e) ? g === e : Math.abs(g - e) <= atol + rtol * Math.abs(e);
    if (!ok) expect.fail(`${label}[${i}]: got ${g}, expected ${e} (rtol ${rtol}, atol ${atol})`);
  }
}

/** The values of an NDArray in C order, as numbers. */
export const values = (a: nd.NDArray): number[] => Array.from(a.toTypedArray(), Number);

/** Runs fn and returns the error it throws, so its class and text can be checked together. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error");
}
