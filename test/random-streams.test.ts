// NumPy's random streams, value for value: every call of test/fixtures/random_streams.json
// (make_random_streams.py, NumPy 2.4.6) replayed on ndwasm's RandomState and Generator.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { defaultRng } from "../src/random/generator.js";
import { sample } from "../src/random/draws.js";
import { PCG64 } from "../src/random/pcg64.js";
import { RandomState } from "../src/random/random-state.js";
import { type Entropy, SeedSequence } from "../src/random/seed-sequence.js";
import { loadFixture } from "./support/fixtures.js";
import { allocBytes, get, put, raw, release } from "./support/kernels.js";
import {
  bytesOf,
  type Case,
  decodeArg,
  decodeValue,
  type ErrorCase,
  errorGenerator,
  type ExpectedOut,
  makeGenerator,
  type Output,
  replayCall,
} from "./support/random-replay.js";

interface Fixture {
  cases: Case[];
  long: Case[];
  errors: ErrorCase[];
  seedSequences: { entropy: unknown; spawnKey?: number[]; poolSize?: number; pool: number[]; state32: number[]; state64: string[]; spawn: number[][] }[];
  pcg64: { seed: unknown; state: string; inc: string }[];
  libm: { name: string; sha256: string; head: (number | string)[] }[];
}
const fx = loadFixture<Fixture>("random_streams");

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Exact equality, NaN equal to NaN, integers compared as bigints. */
function same(actual: number | bigint, expected: number | bigint): boolean {
  if (typeof expected === "bigint" || typeof actual === "bigint") return BigInt(actual) === BigInt(expected);
  return Object.is(actual, expected) || (actual === 0 && expected === 0 && Object.is(actual, expected));
}

function expectOutput(got: Output, want: ExpectedOut, where: string): void {
  expect(got.dtype, `${where}: dtype`).toBe(want.dtype);
  expect([...got.shape], `${where}: shape`).toEqual(want.shape);
  expect(got.scalar, `${where}: scalar`).toBe(want.scalar);
  const data = got.data as ArrayLike<number | bigint> & { subarray(a: number, b?: number): ArrayLike<number | bigint> };
  const check = (actual: (number | bigint)[], expected: (number | string)[], part: string) => {
    const bad = expected.findIndex((e, i) => !same(actual[i]!, decodeValue(e)));
    if (bad >= 0) expect(String(actual[bad]), `${where}: ${part} value ${bad}`).toBe(String(decodeValue(expected[bad]!)));
  };
  if (want.values) {
    expect(data.length, `${where}: length`).toBe(want.values.length);
    check(Array.from(data), want.values, "");
  } else {
    check(Array.from(data.subarray(0, 3)), want.head!, "head");
    check(Array.from(data.subarray(data.length - 3)), want.tail!, "tail");
    expect(sha256(bytesOf(got.data)), `${where}: sha256`).toBe(want.sha256);
  }
}

function label(c: Case): string {
  return `${c.kind} ${c.name}, seed ${JSON.stringify(c.seed).slice(0, 40)}`;
}

describe("the fixture", () => {
  test("comes from NumPy 2.4.6", () => {
    expect(fx.numpy).toBe("2.4.6");
  });
});

describe.each(fx.cases.map((c) => [label(c), c] as const))("%s", (_, c) => {
  test("every call matches NumPy value for value", () => {
    const gen = makeGenerator(c);
    c.calls.forEach((call, i) => expectOutput(replayCall(gen, call), call.out, `call ${i} ${call.fn}(${JSON.stringify(call.args).slice(0, 60)}, ${JSON.stringify(call.kw)})`));
  });
});

describe("millions of draws (SHA-256 of the bytes)", () => {
  test.each(fx.long.map((c) => [`${c.kind} ${c.calls[0]!.fn}(${JSON.stringify(c.calls[0]!.args)}) x ${JSON.stringify(c.calls[0]!.kw)}`, c] as const))("%s", (_, c) => {
    const gen = makeGenerator(c);
    expectOutput(replayCall(gen, c.calls[0]!), c.calls[0]!.out, "stream");
  });
});

describe("errors carry NumPy's type and text, and draw nothing", () => {
  test.each(fx.errors.map((e) => [`${e.kind} ${e.fn}(${JSON.stringify(e.args)}, ${JSON.stringify(e.kw)})`, e] as const))("%s", (_, e) => {
    let thrown: unknown;
    const gen = e.kind === "default_rng" ? null : errorGenerator(e);
    try {
      if (gen === null) defaultRng(decodeArg(e.args[0]) as Entropy);
      else replayCall(gen, { fn: e.fn, args: e.args, kw: e.kw, out: { dtype: "", shape: [], scalar: false } });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(e.message);
    if (e.type === "TypeError") expect(thrown).toBeInstanceOf(TypeError);
    else expect((thrown as Error).name).toBe(e.type);
    if (gen !== null) {
      const next = gen instanceof RandomState ? gen.randomSample() : gen.random();
      expect(sample(next)[0]).toBe(e.next);
    }
  });
});

describe("SeedSequence", () => {
  test.each(fx.seedSequences.map((s) => [JSON.stringify(s.entropy), s] as const))("entropy %s: pool, generate_state and spawn", (_, s) => {
    const ss = new SeedSequence(decodeArg(s.entropy) as Entropy, { spawnKey: s.spawnKey, poolSize: s.poolSize });
    expect(Array.from(ss.pool)).toEqual(s.pool);
    expect(Array.from(ss.generateState(8, "uint32"))).toEqual(s.state32);
    expect(Array.from(ss.generateState(4, "uint64"), String)).toEqual(s.state64);
    expect(ss.spawn(s.spawn.length).map((child) => Array.from(child.generateState(4, "uint32")))).toEqual(s.spawn);
  });
});

describe("PCG64 seeding", () => {
  test.each(fx.pcg64.map((s) => [JSON.stringify(s.seed), s] as const))("seed %s gives NumPy's state", (_, s) => {
    const st = new PCG64(decodeArg(s.seed) as Entropy).state;
    expect(String(st.state.state)).toBe(s.state);
    expect(String(st.state.inc)).toBe(s.inc);
    expect(st.has_uint32).toBe(0);
  });
});

describe("glibc's log, log1p, exp and pow, as NumPy's distributions call them", () => {
  const rs = new RandomState(7);
  const u = sample(rs.randomSample(250_000));
  const v = sample(rs.randomSample(250_000));
  const map = (f: (x: number, i: number) => number) => Float64Array.from(u, f);
  const inputs: Record<string, [string, Float64Array, Float64Array?]> = {
    "log(u)": ["log", u],
    "log(0.9375 + 0.13 u)": ["log", map((x) => 0.9375 + x * 0.13)],
    "log(u 2^-1040)": ["log", map((x) => x * 2 ** -1040)],
    "log1p(-u)": ["log1p", map((x) => -x)],
    "log1p(1000 (u - v))": ["log1p", map((x, i) => (x - v[i]!) * 1000)],
    "exp(-8 u)": ["exp", map((x) => x * -8)],
    "exp(1500 (u - v))": ["exp", map((x, i) => (x - v[i]!) * 1500)],
    "pow(u, 1 / (v + 0.001))": ["pow", u, Float64Array.from(v, (x) => 1 / (x + 0.001))],
    "pow(u * 10, 40 (v - 0.5))": ["pow", map((x) => x * 10), Float64Array.from(v, (x) => (x - 0.5) * 40)],
  };
  test.each(fx.libm.map((l) => [l.name, l] as const))("%s", (name, l) => {
    const [fn, a, b] = inputs[name]!;
    const n = a.length;
    const pa = put("f64", a);
    const pb = b ? put("f64", b) : 0;
    const po = allocBytes(n * 8);
    if (b) raw.glibc_pow_f64!(po, pa, pb, n);
    else raw[`glibc_${fn}_f64`]!(po, pa, n);
    const y = get("f64", po, n);
    for (const p of [pa, pb, po]) if (p) release(p);
    expect(Array.from(y.subarray(0, 3))).toEqual(l.head.map((h) => decodeValue(h)));
    expect(sha256(bytesOf(y))).toBe(l.sha256);
  });
});
