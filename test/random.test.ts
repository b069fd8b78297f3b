import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sample } from "../src/random/draws.js";
import { MT19937 } from "../src/random/mt19937.js";
import {
  fillGauss,
  fillRandint,
  fillUniform,
  globalRandomState,
  rand,
  randint,
  randn,
  RandomState,
  seed,
  type Seed,
} from "../src/random/random-state.js";

// Written by test/fixtures/make_random.py from NumPy's own np.random.
type Call =
  | { op: "seed"; seed: Seed }
  | { op: "rand" | "randn"; n: number; out: number[] }
  | { op: "randint"; low: number; high: number | null; n: number; out: number[] };
interface Fixture {
  numpy: string;
  first3: number[];
  cases: { name: string; seed: Seed; calls: Call[] }[];
  digests: {
    seed: Seed;
    op: "rand" | "randn" | "randint";
    args: number[];
    n: number;
    sha256: string;
    head: number[];
    tail: number[];
  }[];
  log: { name: string; sha256: string; head: (number | string)[] }[];
  errors: { call: "seed" | "randint"; args: unknown[]; type: string; message: string }[];
  state: { seed: number; key: number[]; pos: number; hasGauss: boolean; gauss: number };
}

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/random.json", import.meta.url), "utf8"),
) as Fixture;

/** JSON cannot hold NaN or infinities: the fixture spells them as strings. */
function dec(v: unknown): unknown {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  return v;
}

function sha256(a: Float64Array | Int32Array): string {
  // The fixture hashes little-endian bytes; every platform Node runs on is little-endian.
  return createHash("sha256").update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest("hex");
}

function replay(rs: RandomState, calls: Call[]): Call[] {
  return calls.map((c): Call => {
    switch (c.op) {
      case "seed":
        rs.seed(c.seed);
        return c;
      case "rand":
        return { ...c, out: Array.from(sample(rs.randomSample(c.n))) };
      case "randn":
        return { ...c, out: Array.from(sample(rs.standardNormal(c.n))) };
      case "randint":
        return { ...c, out: Array.from(sample(rs.randint(c.low, c.high, c.n)), Number) };
    }
  });
}

describe("the fixture", () => {
  test("comes from NumPy 2.x", () => {
    expect(fixture.numpy).toMatch(/^2\./);
  });
});

describe("np.random.seed(0) then rand", () => {
  test("gives NumPy's first three uniforms", () => {
    seed(0);
    expect(Array.from(rand(3))).toEqual([0.5488135039273248, 0.7151893663724195, 0.6027633760716439]);
    seed(0);
    expect(Array.from(rand(3))).toEqual(fixture.first3);
  });
});

describe.each(fixture.cases.map((c) => [`${c.name}, seed ${JSON.stringify(c.seed).slice(0, 40)}`, c] as const))(
  "%s",
  (_, c) => {
    test("every value matches NumPy bit for bit", () => {
      const rs = new RandomState(c.seed);
      expect(replay(rs, c.calls)).toEqual(c.calls);
    });

    test("the global generator and the fill functions give the same stream", () => {
      seed(c.seed);
      for (const call of c.calls) {
        if (call.op === "seed") {
          seed(call.seed);
        } else if (call.op === "randint") {
          const out = new Int32Array(call.n);
          fillRandint(out, call.n, call.low, call.high);
          expect(Array.from(out)).toEqual(call.out);
        } else {
          const out = new Float64Array(call.n);
          if (call.op === "rand") fillUniform(out, call.n);
          else fillGauss(out, call.n);
          expect(Array.from(out)).toEqual(call.out);
        }
      }
    });
  },
);

describe("long streams (SHA-256 of the bytes)", () => {
  test.each(fixture.digests.map((d) => [`${d.op}(${d.args.join(", ")}) x ${d.n}, seed ${JSON.stringify(d.seed)}`, d] as const))(
    "%s",
    (_, d) => {
      seed(d.seed);
      let a: Float64Array | Int32Array;
      if (d.op === "rand") a = rand(d.n);
      else if (d.op === "randn") a = randn(d.n);
      else a = randint(d.args[0]!, d.args[1]!, d.n);
      expect(Array.from(a.subarray(0, 3))).toEqual(d.head);
      expect(Array.from(a.subarray(d.n - 3))).toEqual(d.tail);
      expect(sha256(a)).toBe(d.sha256);
    },
  );
});

describe("errors carry NumPy's type and text", () => {
  test.each(fixture.errors.map((e) => [`${e.call}(${JSON.stringify(e.args)})`, e] as const))("%s", (_, e) => {
    const rs = new RandomState(5);
    const before = rs.getState();
    let thrown: unknown;
    try {
      if (e.call === "seed") rs.seed(dec(e.args[0]) as Seed);
      else rs.randint(dec(e.args[0]) as number, dec(e.args[1]) as number | null, e.args[2] as number, "int32");
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(e.message);
    if (e.type === "TypeError") expect(thrown).toBeInstanceOf(TypeError);
    else expect(thrown).not.toBeInstanceOf(TypeError);
    if (e.type === "OverflowError") expect((thrown as Error).name).toBe("OverflowError");
    // nothing was drawn or reseeded
    expect(rs.getState()).toEqual(before);
  });

  test("a failed seed keeps the cached Gaussian, as NumPy does", () => {
    const rs = new RandomState(3);
    sample(rs.standardNormal(1));
    expect(() => rs.seed(-1)).toThrow("Seed must be between 0 and 2**32 - 1");
    expect(rs.hasGauss).toBe(true);
  });

  test("size 0 returns before any bounds check", () => {
    expect(Array.from(randint(5, 5, 0))).toEqual([]);
    expect(Array.from(randint(NaN, null, 0))).toEqual([]);
  });
});

describe("state", () => {
  test("matches NumPy's get_state() after some draws", () => {
    const s = fixture.state;
    const rs = new RandomState(s.seed);
    sample(rs.randomSample(1000));
    sample(rs.standardNormal(3));
    const st = rs.getState();
    expect(Array.from(st.key)).toEqual(s.key);
    expect(st.pos).toBe(s.pos);
    expect(st.hasGauss).toBe(s.hasGauss);
    expect(st.gauss).toBe(s.gauss);
  });

  test("setState replays the stream", () => {
    const rs = new RandomState(11);
    sample(rs.standardNormal(1));
    const st = rs.getState();
    const a = Array.from(sample(rs.standardNormal(5)));
    const other = new RandomState(99);
    other.setState(st);
    expect(Array.from(sample(other.standardNormal(5)))).toEqual(a);
  });
});

describe("seeding", () => {
  test("integer seeds use init_genrand: the reference MT19937 output for 5489", () => {
    const mt = new MT19937();
    mt.seedInt(5489);
    expect([mt.next32(), mt.next32(), mt.next32()]).toEqual([3499211612, 581869302, 3890346734]);
  });

  test("array seeds use init_by_array: the reference output for {0x123, 0x234, 0x345, 0x456}", () => {
    const mt = new MT19937();
    mt.seedArray([0x123, 0x234, 0x345, 0x456]);
    expect([mt.next32(), mt.next32(), mt.next32()]).toEqual([1067595299, 955945823, 477289528]);
  });

  test("typed arrays work as seeds", () => {
    const a = sample(new RandomState([1, 2, 3]).randomSample(4));
    expect(sample(new RandomState(new Uint32Array([1, 2, 3])).randomSample(4))).toEqual(a);
  });

  test("an unseeded generator starts from fresh entropy", () => {
    const a = sample(new RandomState().randomSample(4));
    const b = sample(new RandomState().randomSample(4));
    expect(a).not.toEqual(b);
    for (const v of a) expect(v >= 0 && v < 1).toBe(true);
    expect(globalRandomState).toBeInstanceOf(RandomState);
  });
});
