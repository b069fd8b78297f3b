import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { Arr, build, decodeAll, expectClose, fixture, thrown, values, view } from "./support/nn.js";
import { numbers } from "./support/numbers.js";

interface Case {
  name: string;
  base: Arr;
  view: string;
  axis: number;
  shape: number[];
  softmax: (number | string)[];
  log_softmax: (number | string)[];
}

const cases = fixture.softmax as Case[];

// Reference: NumPy in float64 (make_nn.py), rounded to the dtype. ndwasm computes in the dtype
// (as PyTorch does), so x − max carries one rounding: a probability p is good to about
// (4 + |ln p|) ulp, a log-probability to a few ulp of 1 + |log p|.
const EPS = { float64: 2 ** -53, float32: 2 ** -24 } as const;
const TINY = { float64: 1e-320, float32: 1e-44 } as const;

function expectProbabilities(got: ArrayLike<number>, expected: number[], dtype: "float64" | "float32"): void {
  const eps = EPS[dtype];
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    const rtol = e > 0 ? (4 + Math.abs(Math.log(e))) * eps : 0;
    expectClose([got[i]!], [e], rtol, TINY[dtype], `softmax[${i}]`);
  }
}

describe(`softmax / logSoftmax match the NumPy formulas (NumPy ${fixture.numpy})`, () => {
  test.each(cases)("$name", (c) => {
    const base = build(c.base);
    const x = view(base, c.view);
    const dtype = c.base.dtype as "float64" | "float32";
    const before = values(x);
    const p = nd.softmax(x, c.axis);
    const lp = nd.logSoftmax(x, c.axis);
    expect(p.shape).toEqual(c.shape);
    expect(p.dtype).toBe(dtype);
    expect(lp.dtype).toBe(dtype);
    expectProbabilities(numbers(p), decodeAll(c.softmax), dtype);
    expectClose(numbers(lp), decodeAll(c.log_softmax), 8 * EPS[dtype], 8 * EPS[dtype], "logSoftmax");
    expect(values(x)).toEqual(before);
    for (const a of [p, lp, x, base]) a.dispose();
  });
});

describe("softmax behaviour", () => {
  test("the default axis is the last one, and rows sum to one", () => {
    nd.random.seed(3);
    const x = nd.random.randn(4, 6);
    const p = nd.softmax(x);
    expect(values(nd.sum(p, 1))).toEqual(values(nd.sum(nd.softmax(x, 1), 1)));
    expectClose(values(nd.sum(p, 1)), [1, 1, 1, 1], 4e-16);
  });

  test("±1e308 logits stay finite, −Infinity gives probability 0, NaN propagates to its row", () => {
    const p = nd.softmax([[1e308, -1e308], [-Infinity, 1], [NaN, 1]]);
    expect(p.toArray()).toEqual([[1, 0], [0, 1], [NaN, NaN]]);
    expect(nd.logSoftmax([[1e308, 1e308]]).toArray()).toEqual([[-Math.LN2, -Math.LN2]]);
  });

  test("int64 input computes in float64, bool in float32", () => {
    const p = nd.softmax(nd.array([1, 2, 3]));
    expect(p.dtype).toBe("float64");
    expectClose(values(p), values(nd.softmax(nd.array([1.5, 2.5, 3.5]))), 4e-16);
    expect(nd.logSoftmax(nd.array([true, false])).dtype).toBe("float32");
  });

  test("0-d and empty arrays", () => {
    expect(nd.softmax(nd.array(7.5)).toArray()).toBe(1);
    expect(nd.logSoftmax(nd.array(7.5), 0).toArray()).toBe(0);
    const e = nd.softmax(nd.zeros([3, 0]), 0);
    expect(e.shape).toEqual([3, 0]);
  });

  test("an axis out of range is PyTorch's IndexError; a non-integer axis a TypeError", () => {
    let e = thrown(() => nd.softmax(nd.zeros([2, 3]), 2));
    expect(e).toBeInstanceOf(nd.IndexError);
    expect(e.message).toBe("Dimension out of range (expected to be in range of [-2, 1], but got 2)");
    e = thrown(() => nd.logSoftmax(nd.array(1), -2));
    expect(e.message).toBe("Dimension out of range (expected to be in range of [-1, 0], but got -2)");
    expect(() => nd.softmax([1, 2], 0.5)).toThrow(TypeError);
    expect(() => nd.softmax("abc" as unknown as nd.Operand)).toThrow(TypeError);
  });

  test("no memory is left behind", () => {
    const x = nd.random.randn(5, 9);
    const before = nd.memory();
    nd.softmax(x.T, 0).dispose();
    nd.logSoftmax([[1, 2], [3, 4]]).dispose();
    expect(() => nd.softmax(x, 4)).toThrow();
    expect(nd.memory()).toEqual(before);
  });
});
