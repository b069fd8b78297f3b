// remainder, fmod, floor_divide, copysign, heaviside, reciprocal, positive, deg2rad, rad2deg, the
// rounding, bit-wise and logical ufuncs and the predicates against NumPy (test/fixtures/ufuncs.json,
// from make_ufuncs.py): every dtype, special values, zero divisors, shifts past the width, errors.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { type EncodedArray, type Outcome, expectError, expectMatches, fromEncoded, loadFixture } from "./support/fixtures.js";

interface Case extends Outcome {
  fn: string;
  args: (EncodedArray | number)[];
  kw: { decimals?: number };
}
const fixture = loadFixture<{ cases: Case[] }>("ufuncs");

const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const label = (c: Case) =>
  `${c.fn}(${c.args.map((a) => (typeof a === "number" ? String(a) : a.dtype)).join(", ")}${c.kw.decimals !== undefined ? `, ${c.kw.decimals}` : ""})`;

describe(`element-wise ufuncs match NumPy ${fixture.numpy}`, () => {
  test.each(fixture.cases.map((c) => [label(c), c] as const))("%s", (_, c) => {
    const before = nd.memory();
    nd.tidy(() => {
      const args = c.args.map((a) => (typeof a === "number" ? a : fromEncoded(a)));
      const f = (nd as unknown as Record<string, (...a: unknown[]) => nd.NDArray>)[camel(c.fn)]!;
      const run = () => (c.fn === "round" ? nd.round(args[0]!, c.kw.decimals) : f(...args));
      if (c.error) return expectError(run, c.error);
      // NumPy computes bool, int8 and uint8 in float16, ndwasm in float32 (a documented difference).
      expectMatches(run(), c.result!, c.result!.dtype === "float16" ? { relTol: 2 ** -10 } : {});
    });
    expect(nd.memory()).toEqual(before);
  });
});

describe("out= on the new ufuncs", () => {
  test("writes in place and casts under same_kind", () => {
    const a = nd.array([5, -7, 9]);
    nd.remainder(a, 4, { out: a });
    expect(a.toArray()).toEqual([1, 1, 1]);
    const f = nd.zeros([3]);
    nd.floorDivide(nd.array([7, -7, 0]), 2, { out: f });
    expect(f.toArray()).toEqual([3, -4, 0]);
    expect(() => nd.floor(nd.array([1.5]), { out: nd.zeros([1], "int64") })).toThrow(
      new nd.UFuncTypeError("Cannot cast ufunc 'floor' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'"),
    );
  });
});
