// Replays the calls of test/fixtures/random_streams.json (written by make_random_streams.py) on
// ndwasm's RandomState and Generator, giving each call's output as a TypedArray in NumPy's dtype.
// Shared by the Node tests and the browser page (no Node APIs here).

import { type Draws, sample } from "../../src/random/draws.js";
import { defaultRng, type Generator } from "../../src/random/generator.js";
import type { IntDType } from "../../src/random/integers.js";
import { RandomState, type Seed } from "../../src/random/random-state.js";
import type { Entropy } from "../../src/random/seed-sequence.js";

export type Encoded = number | string;
export interface ExpectedOut {
  dtype: string;
  shape: number[];
  scalar: boolean;
  values?: Encoded[];
  sha256?: string;
  head?: Encoded[];
  tail?: Encoded[];
}
export interface Call {
  fn: string;
  args: unknown[];
  kw: Record<string, unknown>;
  out: ExpectedOut;
}
export interface Case {
  kind: "legacy" | "generator";
  name: string;
  seed: unknown;
  calls: Call[];
}
export interface ErrorCase {
  kind: "legacy" | "generator" | "default_rng";
  fn: string;
  args: unknown[];
  kw: Record<string, unknown>;
  type: string;
  message: string;
  next?: number;
}

export type Values = Float64Array | BigInt64Array | BigUint64Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;
export interface Output {
  dtype: string;
  shape: readonly number[];
  scalar: boolean;
  data: Values;
}

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity };

/** An argument as the fixture encodes it: special floats as strings, big integers as {big}. */
export function decodeArg(v: unknown): unknown {
  if (typeof v === "string" && v in SPECIAL) return SPECIAL[v];
  if (Array.isArray(v)) return v.map(decodeArg);
  if (typeof v === "object" && v !== null && "big" in v) return BigInt((v as { big: string }).big);
  return v;
}

/** A decoded expected value: a number, or a bigint for integers beyond 2^53. */
export function decodeValue(v: Encoded): number | bigint {
  if (typeof v === "number") return v;
  if (v in SPECIAL) return SPECIAL[v]!;
  return BigInt(v);
}

export function makeGenerator(c: { kind: string; seed: unknown }): RandomState | Generator {
  const seed = decodeArg(c.seed);
  return c.kind === "legacy" ? new RandomState(seed as Seed) : defaultRng(seed as Entropy);
}

function flatten(x: unknown): { values: unknown[]; shape: number[] } {
  const shape: number[] = [];
  let level = x;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const values = shape.length === 0 ? [x] : (x as unknown[]).flat(shape.length - 1 as 1);
  return { values: shape.length === 0 ? values : (values as unknown[]), shape };
}

/** An array argument as NumPy would hold it: float64 if any value is fractional, else int64. */
function asArray(x: unknown): { data: Values; shape: number[] } {
  const { values, shape } = flatten(x);
  const isFloat = values.some((v) => typeof v === "number" && !Number.isInteger(v));
  const data = isFloat ? Float64Array.from(values as number[]) : BigInt64Array.from(values as number[], (v) => BigInt(v));
  return { data, shape };
}

/** Rows of `source` (first axis) at `indices`. */
function gather(source: { data: Values; shape: number[] }, indices: BigInt64Array, outShape: readonly number[]): Output {
  const row = source.shape.slice(1).reduce((a, b) => a * b, 1);
  const out = new (source.data.constructor as new (n: number) => Values)(indices.length * row);
  indices.forEach((i, k) => {
    for (let j = 0; j < row; j++) (out as unknown as unknown[])[k * row + j] = (source.data as unknown as unknown[])[Number(i) * row + j];
  });
  return { dtype: source.data instanceof Float64Array ? "float64" : "int64", shape: [...outShape, ...source.shape.slice(1)], scalar: false, data: out };
}

function fromDraws(d: Draws): Output {
  return { dtype: d.dtype, shape: d.shape, scalar: d.scalar, data: sample(d) as Values };
}

/** Runs one fixture call on `gen` (a RandomState for legacy cases, a Generator otherwise). */
export function replayCall(gen: RandomState | Generator, call: Call): Output {
  const args = call.args.map(decodeArg) as never[];
  const kw = Object.fromEntries(Object.entries(call.kw).map(([k, v]) => [k, decodeArg(v)])) as Record<string, never>;
  // size is a keyword in the fixture, or choice's second positional argument
  const size = (kw.size ?? (call.fn === "choice" ? args[1] : undefined)) as number | number[] | undefined;
  if (call.fn === "shuffle") {
    const arr = asArray(args[0]);
    gen.shuffle(arr.data, arr.shape.slice(1).reduce((a, b) => a * b, 1));
    return { dtype: arr.data instanceof Float64Array ? "float64" : "int64", shape: arr.shape, scalar: false, data: arr.data };
  }
  if (call.fn === "permutation" && Array.isArray(args[0])) {
    const arr = asArray(args[0]);
    const idx = sample(gen.permutation(arr.shape.length ? { shape: arr.shape } : (args[0] as number))) as BigInt64Array;
    return gather(arr, idx, [idx.length]);
  }
  if (call.fn === "choice" && Array.isArray(args[0])) {
    const arr = asArray(args[0]);
    const d = (gen as RandomState).choice({ shape: arr.shape }, size, { replace: kw.replace, p: kw.p, ...(kw.shuffle !== undefined ? { shuffle: kw.shuffle } : {}) });
    const idx = sample(d) as BigInt64Array;
    return { ...gather(arr, idx, d.shape), scalar: d.scalar };
  }
  if (gen instanceof RandomState) {
    switch (call.fn) {
      case "random_sample":
      case "random":
        return fromDraws(gen.randomSample(size));
      case "standard_normal":
        return fromDraws(gen.standardNormal(size));
      case "uniform":
        return fromDraws(gen.uniform(args[0], args[1], size));
      case "normal":
        return fromDraws(gen.normal(args[0], args[1], size));
      case "exponential":
        return fromDraws(gen.exponential(args[0], size));
      case "gamma":
        return fromDraws(gen.gamma(args[0], args[1], size));
      case "beta":
        return fromDraws(gen.beta(args[0], args[1], size));
      case "binomial":
        return fromDraws(gen.binomial(args[0], args[1], size));
      case "poisson":
        return fromDraws(gen.poisson(args[0], size));
      case "randint":
        return fromDraws(gen.randint(args[0], args[1], size, kw.dtype as IntDType | undefined));
      case "choice":
        return fromDraws(gen.choice(args[0], size, { replace: kw.replace, p: kw.p }));
      case "permutation":
        return fromDraws(gen.permutation(args[0]));
    }
  } else {
    switch (call.fn) {
      case "random":
        return fromDraws(gen.random(size));
      case "standard_normal":
        return fromDraws(gen.standardNormal(size));
      case "normal":
        return fromDraws(gen.normal(args[0], args[1], size));
      case "uniform":
        return fromDraws(gen.uniform(args[0], args[1], size));
      case "exponential":
        return fromDraws(gen.exponential(args[0], size));
      case "integers":
        return fromDraws(gen.integers(args[0], args[1], size, { endpoint: kw.endpoint, dtype: kw.dtype }));
      case "choice":
        return fromDraws(gen.choice(args[0], size, { replace: kw.replace, p: kw.p, shuffle: kw.shuffle }));
      case "permutation":
        return fromDraws(gen.permutation(args[0]));
    }
  }
  throw new Error(`replay: unknown call ${call.fn}`);
}

/** A fresh generator for an error case (seed 5, as the fixture's). */
export function errorGenerator(e: ErrorCase): RandomState | Generator {
  return e.kind === "legacy" ? new RandomState(5) : defaultRng(5);
}

/** The little-endian bytes of an output (what the fixture hashes). */
export function bytesOf(data: Values): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
