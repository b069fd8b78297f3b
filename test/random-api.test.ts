// nd.random: the NDArray wrappers over the legacy generator (whose stream test/random.test.ts checks).
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { loadFixture } from "./support/fixtures.js";
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
