// np.gradient against NumPy: test/fixtures/gradient.json (make_gradient.py) holds every spacing
// form, edge order, axis selection, dtype and error text; results must match bit for bit.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { numbers } from "./support/numbers.js";
import { exactReciprocal, gradient, type Spacing } from "../src/ops/gradient.js";
import { type EncodedArray, type ViewStep, applyView, expectError, expectMatches, fromEncoded, loadFixture } from "./support/fixtures.js";
import { type DataSpec, generate } from "./support/hashdata.js";

type SpacingSpec = { scalar: number } | { list: number[] } | { array: EncodedArray };
interface Case {
  name: string;
  f: { data: DataSpec } | EncodedArray;
  view: ViewStep[];
  spacing: SpacingSpec[];
  axis: number | number[] | null;
  edgeOrder: number | null;
  results?: EncodedArray[];
  single?: boolean;
  error?: { type: string; message: string };
}

const fixture = loadFixture<{ cases: Case[] }>("gradient");

function spacing(s: SpacingSpec): Spacing {
  if ("scalar" in s) return s.scalar;
  if ("list" in s) return s.list;
  return fromEncoded(s.array);
}

function run(c: Case): () => nd.NDArray | nd.NDArray[] {
  const base = "data" in c.f ? generate(c.f.data) : fromEncoded(c.f);
  const f = applyView(base, c.view);
  const args = c.spacing.map(spacing);
  const options: { axis?: number | number[]; edgeOrder?: number } = {};
  if (c.axis !== null) options.axis = c.axis;
  if (c.edgeOrder !== null) options.edgeOrder = c.edgeOrder;
  return () => gradient(f, ...args, options);
}

describe(`gradient matches NumPy ${fixture.numpy}`, () => {
  test.each(fixture.cases)("$name", (c) => {
    nd.tidy(() => {
      const call = run(c);
      const before = nd.memory();
      if (c.error) {
        expectError(call, c.error);
      } else {
        const r = call();
        if (c.single) {
          expect(r).toBeInstanceOf(nd.NDArray);
          expectMatches(r as nd.NDArray, c.results![0]);
        } else {
          expect(Array.isArray(r)).toBe(true);
          const list = r as nd.NDArray[];
          expect(list.length).toBe(c.results!.length);
          list.forEach((x, i) => expectMatches(x, c.results![i]));
          list.forEach((x) => x.dispose());
        }
        if (c.single) (r as nd.NDArray).dispose();
      }
      expect(nd.memory()).toEqual(before);
    });
  });
});

describe("gradient", () => {
  test("wrong argument types are TypeErrors naming the argument", () => {
    const f = nd.arange(5.0);
    expect(() => gradient(f, "1" as unknown as number)).toThrow(/^spacing 0 must be a number/);
    expect(() => gradient(f, { edgeOrder: "2" as unknown as number })).toThrow(/edgeOrder/);
    expect(() => gradient("abc" as unknown as nd.NDArray)).toThrow(TypeError);
    f.dispose();
  });
});

describe("the seed notebook's gradient cells, end to end in ndwasm", () => {
  const first = fixture.cases[0];
  const [wantX, wantY] = first.results!;
  const path = (fixture as unknown as { notebook: { path: EncodedArray } }).notebook.path;

  test("linspace, meshgrid, sin(X) * sin(Y), gradient(f, x, y), then descent", () => {
    const before = nd.memory();
    nd.tidy(() => {
      const x = nd.linspace(0, 5, 60);
      const y = nd.linspace(0, 5, 60);
      const [X, Y] = nd.meshgrid(x, y);
      const f = nd.sin(X).mul(nd.sin(Y));
      // f is exact up to sin's last-place rounding, so the differences agree within 1e-13.
      const [gX, gY] = nd.gradient(f, x, y) as nd.NDArray[];
      for (const [got, want] of [[gX, wantX], [gY, wantY]] as const) {
        const g = numbers(got);
        want.values.forEach((w, i) => expect(Math.abs(g[i] - (w as number))).toBeLessThan(1e-13));
      }
      let p = nd.array([1.6, 1.7]);
      const steps: number[][] = [p.toArray() as number[]];
      for (let k = 0; k < 30; k++) {
        const ix = nd.argmin(nd.abs(x.sub(p.item(0)))).item() as number;
        const iy = nd.argmin(nd.abs(y.sub(p.item(1)))).item() as number;
        p = p.sub(nd.array([gY.item(iy, ix) as number, gX.item(iy, ix) as number]).mul(0.1));
        steps.push(p.toArray() as number[]);
      }
      const want = path.values as number[];
      steps.flat().forEach((v, i) => expect(Math.abs(v - want[i])).toBeLessThan(1e-12));
    });
    expect(nd.memory()).toEqual(before);
  });
});

describe("uniform spacing that is a power of two", () => {
  test("multiplying by the exact reciprocal rounds exactly as NumPy's division", () => {
    expect(exactReciprocal(2, "float64")).toBe(0.5);
    expect(exactReciprocal(-0.25, "float32")).toBe(-4);
    expect(exactReciprocal(0.1, "float64")).toBeNull();
    expect(exactReciprocal(2 ** 1023, "float64")).toBeNull();
    expect(exactReciprocal(2 ** 127, "float32")).toBeNull();
    nd.tidy(() => {
      const values = [3e-308, 1e-310, -5e-324, 1.5, -2.75, 1e300, -7e-320, 4.9e-324, 0.1, 1e-3];
      const f = nd.array(values);
      for (const dx of [1, 2 ** -1020, 2 ** 1000, 0.375]) {
        const g = (gradient(f, dx) as nd.NDArray).toTypedArray();
        for (let i = 1; i < values.length - 1; i++) expect(g[i]).toBe((values[i + 1] - values[i - 1]) / (2 * dx));
      }
    });
  });
});
