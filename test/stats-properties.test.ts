// Properties of the statistics over random shapes, dtypes and values (fast-check), against plain
// references; and checks that the NumPy fixtures (stats.json) tell apart the orders NumPy does not use.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { decode, loadFixture } from "./support/fixtures.js";
import { generateValues } from "./support/hashdata.js";

const DTYPES: nd.DType[] = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"];
const INTS: nd.DType[] = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"];

/** A random array: shape of up to 3 axes (lengths 0–6), values drawn with zeros, NaN and ±0 for floats. */
const arrays = (dtypes: nd.DType[]) =>
  fc
    .record({
      dtype: fc.constantFrom(...dtypes),
      shape: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      reversed: fc.boolean(),
    })
    .map(({ dtype, shape, seed, reversed }) => {
      const n = shape.reduce((a, b) => a * b, 1);
      const raw = generateValues({ dtype: "int64", shape: [n], seed });
      const values = Array.from(raw, (v, i) => {
        const k = ((v % 5) + 5) % 5;
        if (dtype === "float32" || dtype === "float64") return [0, -0, NaN, 1.5, -2.25][(k + i) % 5]!;
        return dtype === "bool" ? k % 2 : k - (dtype.startsWith("u") ? 0 : 2);
      });
      return { dtype, shape, values, reversed };
    });

function build(spec: { dtype: nd.DType; shape: number[]; values: number[]; reversed: boolean }): nd.NDArray {
  return nd.tidy(() => {
    const a = nd.array(Float64Array.from(spec.values), "float64").astype(spec.dtype).reshape(spec.shape);
    // A reversed view along the first axis: strides of both signs.
    return spec.reversed && a.ndim > 0 ? a.slice("::-1") : a;
  });
}

/** The reduced axes of a random subset (or all). */
const axesFor = (ndim: number, pick: number) => (pick === 0 ? null : Array.from({ length: ndim }, (_, d) => d).filter((d) => (pick >> d) & 1));

/** The elements of `a` grouped by the index they reduce to (C order), as numbers. */
function groups(a: nd.NDArray, axes: number[] | null): number[][] {
  const flat = Array.from(a.toTypedArray() as ArrayLike<number | bigint>, Number);
  const reduced = a.shape.map((_, d) => axes === null || axes.includes(d));
  const outShape = a.shape.filter((_, d) => !reduced[d]);
  const out: number[][] = Array.from({ length: outShape.reduce((x, y) => x * y, 1) }, () => []);
  flat.forEach((v, i) => {
    let rest = i;
    let index = 0;
    let scale = 1;
    for (let d = a.ndim - 1; d >= 0; d--) {
      const k = rest % a.shape[d]!;
      rest = Math.floor(rest / a.shape[d]!);
      if (!reduced[d]) {
        index += k * scale;
        scale *= a.shape[d]!;
      }
    }
    out[index]!.push(v);
  });
  return out;
}

const truthy = (v: number) => v !== 0; // NaN is true, -0 is false

describe("any, all and countNonzero against a plain reference", () => {
  test("random shapes, dtypes, axes and keepdims", () => {
    fc.assert(
      fc.property(arrays(DTYPES), fc.nat(7), fc.boolean(), (spec, pick, keepdims) => {
        const a = build(spec);
        try {
          const axes = axesFor(a.ndim, pick % 2 ** a.ndim);
          const g = groups(a, axes);
          const results = nd.tidy(() => [nd.any(a, axes, keepdims), nd.all(a, axes, keepdims), nd.countNonzero(a, axes, { keepdims })].map((r) => Array.from(r.toTypedArray() as ArrayLike<number | bigint>, Number)));
          expect(results[0]).toEqual(g.map((x) => (x.some(truthy) ? 1 : 0)));
          expect(results[1]).toEqual(g.map((x) => (x.every(truthy) ? 1 : 0)));
          expect(results[2]).toEqual(g.map((x) => x.filter(truthy).length));
        } finally {
          a.dispose();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("running sums and products", () => {
  test("cumsum's last element is the sum, for every integer dtype (exact, wrapping alike)", () => {
    fc.assert(
      fc.property(arrays(INTS), (spec) => {
        const a = build(spec);
        try {
          nd.tidy(() => {
            if (a.size === 0) return;
            const c = nd.cumsum(a);
            const s = nd.sum(a);
            expect(c.dtype).toBe(s.dtype);
            expect((c.toTypedArray() as ArrayLike<bigint>)[a.size - 1]).toBe((s.toTypedArray() as ArrayLike<bigint>)[0]);
            if (a.ndim > 0) {
              const along = nd.cumsum(a, 0);
              const last = along.slice(-1);
              expect(Array.from(last.toTypedArray() as ArrayLike<bigint>)).toEqual(Array.from(nd.sum(a, 0).toTypedArray() as ArrayLike<bigint>));
            }
          });
        } finally {
          a.dispose();
        }
      }),
      { numRuns: 200 },
    );
  });

  test("cumprod of booleans is the running all, cumsum's the running count", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), (bits) => {
        nd.tidy(() => {
          const a = nd.array(bits);
          let all = 1;
          let count = 0;
          expect(nd.cumprod(a).toArray()).toEqual(bits.map((b) => (all &= +b)));
          expect(nd.cumsum(a).toArray()).toEqual(bits.map((b) => (count += +b)));
        });
      }),
    );
  });
});

describe("variance", () => {
  test("var >= 0 and std = sqrt(var), over random float arrays and axes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom<nd.DType>("float32", "float64"),
        (values, rows, dtype) => {
          nd.tidy(() => {
            const n = values.length - (values.length % rows) || rows;
            const a = nd.array(Float64Array.from({ length: n }, (_, i) => values[i % values.length]!), "float64").astype(dtype).reshape(rows, -1);
            for (const axis of [null, 0, 1]) {
              const v = Array.from(nd.var(a, axis).toTypedArray() as Float64Array);
              const s = Array.from(nd.std(a, axis).toTypedArray() as Float64Array);
              v.forEach((x, i) => {
                expect(x).toBeGreaterThanOrEqual(0);
                expect(s[i]).toBe(dtype === "float32" ? Math.fround(Math.sqrt(x)) : Math.sqrt(x));
              });
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("counting", () => {
  test("bincount sums to the length; histogram counts the values within its range", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (xs, bins) => {
        nd.tidy(() => {
          expect(+nd.sum(nd.bincount(nd.array(xs, "int64")))).toBe(xs.length);
          const [hist, edges] = nd.histogram(nd.array(xs, "int64"), bins, { range: [5, 20] });
          expect(edges.shape).toEqual([bins + 1]);
          expect(+nd.sum(hist)).toBe(xs.filter((x) => x >= 5 && x <= 20).length);
        });
      }),
    );
  });
});

describe("the fixtures tell summation orders apart", () => {
  interface Case {
    name: string;
    result: { values: (number | string)[] };
  }
  const fixture = loadFixture<{ cases: Case[] }>("stats");
  const expected = (name: string) => decode(fixture.cases.find((c) => c.name === name)!.result.values[0]!);

  test("np.var is two passes of pairwise sums: a running sum or a one-pass formula rounds differently", () => {
    const v = generateValues({ dtype: "float64", shape: [30001], seed: 100 + 30001 });
    const n = v.length;
    let s = 0;
    for (const x of v) s += x;
    const m = s / n;
    let q = 0;
    for (const x of v) q += (x - m) * (x - m);
    let s2 = 0;
    for (const x of v) s2 += x * x;
    const want = expected("var 1-D n=30001");
    expect(q / n).not.toBe(want);
    expect(s2 / n - m * m).not.toBe(want);
    const a = nd.array(v, "float64");
    expect(+nd.var(a)).toBe(want);
    a.dispose();
  });

  test("np.nansum sums a contiguous copy: on a stepped view it rounds unlike np.sum of the view", () => {
    expect(expected("nansum stepped without nan")).not.toBe(expected("sum stepped without nan"));
  });
});
