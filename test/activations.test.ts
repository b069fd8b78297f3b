import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { K } from "../src/nn/common.js";
import { decodeAll, fixture, thrown, ulps, values } from "./support/nn.js";
import { numbers } from "./support/numbers.js";

interface Case {
  dtype: "float64" | "float32";
  x: (number | string)[];
  [name: string]: unknown;
}

type Fn = (x: nd.NDArray) => nd.NDArray;
// Each activation with the largest ulp distance allowed from the NumPy reference (float64, rounded
// to the dtype). relu and leaky_relu are exact; sigmoid in float32 runs in float32 (exp, add,
// divide); gelu and softplus in float32 are computed in f64 and rounded once; in float64 the
// reference's erf / tanh / exp / log1p (libm) and ndwasm's differ by at most an ulp or two each.
// gelu's 1 + erf (or 1 + tanh) cancels for negative x, in PyTorch's expression as in the
// reference, so there an ulp of erf is an error of about 2^-53·|x| in the result: allowed too.
const ACTIVATIONS: [string, Fn, { float64: number; float32: number }][] = [
  ["relu", (x) => nd.relu(x), { float64: 0, float32: 0 }],
  ["sigmoid", (x) => nd.sigmoid(x), { float64: 3, float32: 3 }],
  ["leaky_relu_0.01", (x) => nd.leakyRelu(x), { float64: 0, float32: 0 }],
  ["leaky_relu_0.2", (x) => nd.leakyRelu(x, 0.2), { float64: 0, float32: 0 }],
  ["gelu", (x) => nd.gelu(x), { float64: 4, float32: 1 }],
  ["gelu_tanh", (x) => nd.gelu(x, { approximate: "tanh" }), { float64: 4, float32: 1 }],
  ["softplus", (x) => nd.softplus(x), { float64: 2, float32: 1 }],
  ["softplus_b2_t5", (x) => nd.softplus(x, { beta: 2, threshold: 5 }), { float64: 2, float32: 1 }],
];

describe(`activations match PyTorch's definitions (NumPy ${fixture.numpy})`, () => {
  for (const c of fixture.activations as Case[]) {
    const x = nd.array(Float64Array.from(decodeAll(c.x)), c.dtype);
    test.each(ACTIVATIONS)(`%s (${c.dtype})`, (name, f, limit) => {
      const expected = decodeAll(c[name] as (number | string)[]);
      const got = f(x);
      expect(got.dtype).toBe(c.dtype);
      const out = numbers(got);
      let worst = 0;
      const xs = numbers(x);
      expected.forEach((e, i) => {
        const d = ulps(out[i]!, e, c.dtype === "float32");
        const cancels = name.startsWith("gelu") && Math.abs(out[i]! - e) <= 8 * 2 ** -53 * Math.abs(xs[i]!);
        if (d > limit[c.dtype] && !cancels) expect.fail(`${name}(${xs[i]}) = ${out[i]}, expected ${e} (${d} ulp)`);
        worst = Math.max(worst, cancels ? 0 : d);
      });
      got.dispose();
    });
  }
});

describe("erf", () => {
  test(`within 2 ulp of math.erf everywhere (${(fixture.erf.x as unknown[]).length} points)`, () => {
    const xs = decodeAll(fixture.erf.x);
    const ref = decodeAll(fixture.erf.erf);
    const a = nd.array(Float64Array.from(xs));
    const out = nd.zeros([xs.length]);
    K.erf_f64(out.ptr, a.ptr, xs.length, 8, 8, 0);
    const got = numbers(out);
    let worst = 0;
    xs.forEach((x, i) => {
      const d = ulps(got[i]!, ref[i]!);
      if (d > 2) expect.fail(`erf(${x}) = ${got[i]}, math.erf gives ${ref[i]} (${d} ulp)`);
      worst = Math.max(worst, d);
    });
    expect(worst).toBeLessThanOrEqual(2);
  });

  test("odd, ±1 at the ends, NaN kept", () => {
    const a = nd.array([0, -0, Infinity, -Infinity, NaN, 6, -6]);
    const out = nd.zeros([7]);
    K.erf_f64(out.ptr, a.ptr, 7, 8, 8, 0);
    const got = numbers(out);
    expect(Object.is(got[1], -0)).toBe(true);
    expect(got.slice(2)).toEqual([1, -1, NaN, 1, -1]);
  });
});

describe("activation details", () => {
  test("relu keeps integer dtypes and bool, and NaN", () => {
    const i = nd.relu(nd.array([-3, 0, 4]));
    expect(i.dtype).toBe("int64");
    expect(i.toArray()).toEqual([0, 0, 4]);
    const j = nd.relu(nd.array([-3, 0, 4], "int8"));
    expect(j.dtype).toBe("int8");
    expect(j.toArray()).toEqual([0, 0, 4]);
    const b = nd.relu(nd.array([true, false]));
    expect(b.dtype).toBe("bool");
    expect(b.toArray()).toEqual([true, false]);
    expect(nd.relu([NaN, -1]).toArray()).toEqual([NaN, 0]);
  });

  test("int64 input gives float64 for the others", () => {
    for (const f of [nd.sigmoid, (x: nd.Operand) => nd.leakyRelu(x), (x: nd.Operand) => nd.gelu(x), (x: nd.Operand) => nd.softplus(x)]) {
      expect(f(nd.array([1, -2])).dtype).toBe("float64");
    }
  });

  test("strided input gives the same values as a copy", () => {
    nd.random.seed(5);
    const x = nd.random.randn(7, 6);
    for (const [, f] of ACTIVATIONS) expect(values(f(x.T.slice("::2")))).toEqual(values(f(x.T.slice("::2").copy())));
  });

  test("gelu's approximate must be none or tanh (PyTorch's RuntimeError); wrong types are TypeErrors", () => {
    const e = thrown(() => nd.gelu([1], { approximate: "erf" as "none" }));
    expect(e).toBeInstanceOf(nd.RuntimeError);
    expect(e.message).toBe("approximate argument must be either none or tanh.");
    expect(() => nd.gelu([1], { approximate: 1 as unknown as "none" })).toThrow(TypeError);
    expect(() => nd.leakyRelu([1], "0.1" as unknown as number)).toThrow(TypeError);
    expect(() => nd.softplus([1], { beta: "2" as unknown as number })).toThrow(TypeError);
    expect(() => nd.softplus([1], { alpha: 1 } as nd.SoftplusOptions)).toThrow(TypeError);
  });

  test("softplus returns x above the threshold", () => {
    expect(nd.softplus([30, 21], { threshold: 20 }).toArray()).toEqual([30, 21]);
    expect(nd.softplus([3], { beta: 10, threshold: 20 }).toArray()).toEqual([3]);
  });
});
