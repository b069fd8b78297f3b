// nd.random: the NDArray wrappers over the legacy generator (whose stream test/random.test.ts checks).
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { type EncodedArray, expectMatches, fromEncoded, loadFixture } from "./support/fixtures.js";
import { numbers } from "./support/numbers.js";

type Call = { op: string; n?: number; out: number[]; low?: number; high?: number | null };
const fx = loadFixture<{ cases: { name: string; seed: number | number[]; calls: Call[] }[] }>("random");

describe("nd.random reproduces NumPy's streams as arrays", () => {
  test.each(fx.cases.filter((c) => typeof c.seed === "number" && c.calls.every((k) => k.op === "rand" || k.op === "randn")).slice(0, 6))(
    "$name (seed $seed)",
    (c) => {
      nd.random.seed(c.seed);
      for (const call of c.calls) {
        const n = call.out.length;
        const a = call.op === "rand" ? nd.random.rand(n) : nd.random.randn(n);
        expect(a.dtype).toBe("float64");
        expect(numbers(a)).toEqual(call.out);
      }
    },
  );

  test("shapes: several numbers or one array; no arguments gives one number", () => {
    nd.random.seed(0);
    const a = nd.random.rand(2, 3);
    nd.random.seed(0);
    const b = nd.random.rand([2, 3]);
    expect(a.shape).toEqual([2, 3]);
    expect(a.toArray()).toEqual(b.toArray());
    nd.random.seed(0);
    expect(nd.random.rand()).toBe(0.5488135039273248);
    expect(typeof nd.random.randn()).toBe("number");
  });

  test("randint gives int64 arrays, or one number without a shape; errors leave no array behind", () => {
    nd.random.seed(1);
    const r = nd.random.randint(-5, 5, [4, 4]);
    expect(r.dtype).toBe("int64");
    expect(numbers(r).every((v) => v >= -5 && v < 5)).toBe(true);
    expect(typeof nd.random.randint(3)).toBe("number");
    const before = nd.memory();
    expect(() => nd.random.randint(5, 5, [3])).toThrow(new nd.ValueError("low >= high"));
    expect(nd.memory()).toEqual(before);
  });

  test("the seed notebook's random tensors have the right shape", () => {
    const A = nd.random.rand(3, 4, 5, 5, 6, 3);
    expect(A.shape).toEqual([3, 4, 5, 5, 6, 3]);
    expect(numbers(A).every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe("the public nd.random API against NumPy's calls (random_api.json)", () => {
  interface Chain {
    name: string;
    seed: number;
    steps: [string, string, unknown[], Record<string, unknown>][];
    results: (EncodedArray | { scalar: number })[];
  }
  const fx = loadFixture<{ calls: Chain[]; rows: EncodedArray; legacyPermutation: EncodedArray; legacyShuffle: EncodedArray; generatorShuffle: EncodedArray; generatorPermutation: EncodedArray }>("random_api");
  const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

  test.each(fx.calls.map((c) => [c.name, c] as const))("%s", (_, chain) => {
    nd.random.seed(chain.seed);
    const rng = nd.random.defaultRng(chain.seed);
    chain.steps.forEach(([target, method, args, kwargs], i) => {
      const obj = (target === "legacy" ? nd.random : rng) as unknown as Record<string, (...a: unknown[]) => unknown>;
      const call = Object.keys(kwargs).length > 0 ? [...args, kwargs] : args;
      const got = obj[camel(method)]!.apply(obj, call);
      const want = chain.results[i]!;
      if ("scalar" in want) expect(got).toBe(want.scalar);
      else expectMatches(got as nd.NDArray, want);
    });
  });

  test("rows of arrays: permutation and shuffle along axis 0, contiguous and strided", () => {
    nd.random.seed(3);
    expectMatches(nd.random.permutation(fromEncoded(fx.rows)), fx.legacyPermutation);
    nd.random.seed(3);
    const a = fromEncoded(fx.rows);
    nd.random.shuffle(a);
    expectMatches(a, fx.legacyShuffle);
    // A strided view shuffles the same rows (through a permutation of them).
    nd.random.seed(3);
    const wide = nd.zeros([4, 4]);
    const view = wide.slice(":", "::2");
    view.set([], fromEncoded(fx.rows));
    nd.random.shuffle(view);
    expect(view.toArray()).toEqual(fromEncoded(fx.legacyShuffle).toArray());
    const rng = nd.random.defaultRng(11);
    const c = fromEncoded(fx.rows);
    rng.shuffle(c);
    expectMatches(c, fx.generatorShuffle);
    expectMatches(nd.random.defaultRng(11).permutation(fromEncoded(fx.rows)), fx.generatorPermutation);
  });
});
