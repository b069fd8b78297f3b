// The contiguous float64 loops of nd.exp and nd.log (assembly/math/run64.ts) test each vector's
// range on the integer side and keep their constants in registers; the strided loops run the lane
// functions (vexp, vlog) that test/vmath.test.ts holds within 1 ulp of the correctly rounded
// results. Properties: over random runs mixing the fast path's edges (exp's ±708.0002 window,
// overflow at 709.78, subnormal results below −708.4 and 0 below −745.1; log's subnormal,
// negative, zero and huge inputs and values next to 1) with NaN, ±inf and ±0, the contiguous loop,
// the in-place call and a strided view give the same bits, element by element, at odd and even
// lengths (the tail element goes through the lane function).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";

const SPECIAL = [NaN, -NaN, Infinity, -Infinity, 0, -0];

/** Doubles next to v: v itself and a few ulps either side. */
const near = (v: number): fc.Arbitrary<number> =>
  fc.integer({ min: -4, max: 4 }).map((k) => {
    const b = new BigInt64Array(new Float64Array([v]).buffer)[0]! + BigInt(k);
    return new Float64Array(new BigInt64Array([b]).buffer)[0]!;
  });

const EXP_EDGES = [708, -708, 708.0001, -708.0001, 708.0002, -708.0002, 708.4, -708.4, 709.78, 709.7827128933840, 709.79,
  -745.1332191019411, -745.14, -746, 1e-300, 5e-324, 2 ** 40, -(2 ** 40), 1.5e13, -1.5e13, -2.5e13, -4e13, 1e308, -1e308];
const LOG_EDGES = [1, 1 + 2 ** -9, 1 - 2 ** -10, 0.7, 0.7001, 1.4, 1.4001, 2.2250738585072014e-308, 2.225073858507201e-308,
  5e-324, 1e-310, 1.7976931348623157e308, 0.5, 2, -1, -5e-324, -1e308];

const element = (edges: number[], lo: number, hi: number): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: lo, max: hi, noNaN: true }) },
    { weight: 3, arbitrary: fc.constantFrom(...edges).chain(near) },
    { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) },
    { weight: 1, arbitrary: fc.double() },
  );

const sameBits = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

function checkRun(f: (x: nd.NDArray, o?: { out: nd.NDArray }) => nd.NDArray, xs: number[]): void {
  nd.tidy(() => {
    const x = nd.array(Float64Array.from(xs), "float64");
    const contiguous = Array.from(f(x).toTypedArray() as Float64Array);
    const spread = new Float64Array(2 * xs.length).fill(1);
    xs.forEach((v, i) => (spread[2 * i] = v));
    const strided = Array.from(f(nd.array(spread, "float64").slice("::2")).toTypedArray() as Float64Array);
    const inPlace = nd.array(Float64Array.from(xs), "float64");
    f(inPlace, { out: inPlace });
    const aliased = Array.from(inPlace.toTypedArray() as Float64Array);
    xs.forEach((v, i) => {
      if (!sameBits(contiguous[i]!, strided[i]!)) expect.fail(`${v}: contiguous ${contiguous[i]}, strided ${strided[i]}`);
      if (!sameBits(aliased[i]!, strided[i]!)) expect.fail(`${v}: in place ${aliased[i]}, strided ${strided[i]}`);
    });
  });
}

describe("contiguous float64 exp and log loops", () => {
  test("exp: the contiguous loop's bits are the lane function's", () => {
    fc.assert(fc.property(fc.array(element(EXP_EDGES, -760, 720), { minLength: 1, maxLength: 41 }), (xs) => checkRun(nd.exp, xs)), { numRuns: 300 });
  });

  test("log: the contiguous loop's bits are the lane function's", () => {
    fc.assert(fc.property(fc.array(element(LOG_EDGES, 0, 20), { minLength: 1, maxLength: 41 }), (xs) => checkRun(nd.log, xs)), { numRuns: 300 });
  });

  test("exp at the fast path's window edges and the specials, one lane at a time", () => {
    // Every edge in each lane of a vector whose other lane is ordinary, then both lanes edges.
    const xs: number[] = [];
    for (const e of [...EXP_EDGES, ...EXP_EDGES.map((v) => -v), ...SPECIAL]) xs.push(e, 1.5, -2.5, e, e, e);
    checkRun(nd.exp, xs);
    checkRun(nd.exp, xs.slice(1));
    const x = nd.array([0, -0, Infinity, -Infinity, NaN, 709.79, 710, -746, -800, 1e300, -1e300], "float64");
    expect(Array.from(nd.exp(x).toTypedArray() as Float64Array)).toEqual([1, 1, Infinity, 0, NaN, Infinity, Infinity, 0, 0, Infinity, 0]);
    // Subnormal results are rounded once: e^-740 = 4.2e-322 (85 × 2^-1074 to 3 digits)
    expect(nd.exp(nd.array([-740], "float64")).toTypedArray()[0]).toBe(4.2e-322);
    x.dispose();
  });

  test("log at its edges and the specials, one lane at a time", () => {
    const xs: number[] = [];
    for (const e of [...LOG_EDGES, ...SPECIAL]) xs.push(e, 3, 0.25, e, e, e);
    checkRun(nd.log, xs);
    checkRun(nd.log, xs.slice(1));
    const x = nd.array([0, -0, Infinity, -Infinity, NaN, -1, 1, 5e-324], "float64");
    expect(Array.from(nd.log(x).toTypedArray() as Float64Array)).toEqual([-Infinity, -Infinity, Infinity, NaN, NaN, NaN, 0, -744.4400719213812]);
    x.dispose();
  });
});
