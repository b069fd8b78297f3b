// Properties of the reductions (sum, mean, max, min, argmax, argmin) over random axes of random
// strided views of every dtype: integer results exact, float sums within the error bound of any
// summation order (NumPy's exact pairwise rounding is test/reduce.test.ts's), max and min exact.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nd from "../../src/index.js";
import { arrayOf, describeSpec, dtype, params, TIMEOUT, shape, toND, toRef } from "./arbitraries.js";
import { expectClose, expectError, noError, runCase } from "./check.js";
import { type DType, type RArray, type Value, argExtreme, axesOf, floatSum, groups, isFloat, maximum, minimum, wrap } from "./reference.js";

const EPS: Record<string, number> = { float64: 2 ** -52, float32: 2 ** -23 };

/** Finite values small enough that no sum of them overflows (the sums' own overflow is not the point here). */
const magnitude = (d: DType) => (d === "float32" ? 1e35 : 1e300);

const axisArg = (ndim: number): fc.Arbitrary<number | number[] | null | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    ndim === 0 ? fc.constant(undefined) : fc.integer({ min: -ndim, max: ndim - 1 }),
    fc.shuffledSubarray(Array.from({ length: ndim }, (_, i) => i)).chain((axes) => fc.array(fc.boolean(), { minLength: axes.length, maxLength: axes.length }).map((neg) => axes.map((a, i) => (neg[i] ? a - ndim : a)))),
  );

const reductionCase = (ops: readonly string[], options: { maxDims?: number } = {}) =>
  fc
    .tuple(fc.constantFrom(...ops), dtype, shape({ maxDims: options.maxDims ?? 5 }))
    .chain(([op, d, s]) => fc.tuple(fc.constant(op), arrayOf(d, s, { magnitude: magnitude(d) }), axisArg(s.length), fc.option(fc.boolean(), { nil: undefined })));

const SUM_DTYPE = (d: DType): DType => (isFloat(d) ? d : d.startsWith("uint") ? "uint64" : "int64");

describe("reduction properties against the reference", { timeout: TIMEOUT }, () => {
  test("sum and mean over any axes, keepdims", () => {
    fc.assert(
      fc.property(reductionCase(["sum", "mean"]), ([op, spec, axis, keepdims]) => {
        const context = `${op}(${describeSpec(spec)}, axis=${JSON.stringify(axis)}, keepdims=${keepdims})`;
        runCase(
          () => toND(spec),
          (a) => (op === "sum" ? nd.sum(a, axis, keepdims) : nd.mean(a, axis, keepdims)),
          (result, err) => {
            noError(err, context);
            const a = toRef(spec);
            const g = groups(a, axesOf(axis, a.shape.length), keepdims ?? false);
            const out: DType = op === "sum" ? SUM_DTYPE(a.dtype) : a.dtype === "float32" ? "float32" : "float64";
            const bounds: number[] = [];
            const data = g.groups.map((values): Value => {
              if (!isFloat(out)) return wrap(values.reduce<bigint>((s, v) => s + BigInt(v), 0n), out);
              const { sum, magnitude: m } = floatSum(values);
              const n = Math.max(values.length, 1);
              const r = op === "sum" ? sum : sum / values.length;
              bounds.push(((n + 2) * EPS[out]! * m) / (op === "sum" ? 1 : n) + Number.MIN_VALUE);
              return out === "float32" ? Math.fround(r) : r;
            });
            expectClose(result as nd.NDArray, { dtype: out, shape: g.shape, data }, { bound: (i) => bounds[i]! }, context);
          },
        );
      }),
      params(),
    );
  });

  test("max and min: NaN propagates, empty reductions raise, zeros of both signs", () => {
    fc.assert(
      fc.property(reductionCase(["max", "min"]), ([op, spec, axis, keepdims]) => {
        const context = `${op}(${describeSpec(spec)}, axis=${JSON.stringify(axis)}, keepdims=${keepdims})`;
        runCase(
          () => toND(spec),
          (a) => (op === "max" ? nd.max(a, axis, keepdims) : nd.min(a, axis, keepdims)),
          (result, err) => {
            const a = toRef(spec);
            const axes = axesOf(axis, a.shape.length);
            if (axes.some((d) => a.shape[d] === 0)) {
              return expectError(err, { type: "ValueError", message: `zero-size array to reduction operation ${op === "max" ? "maximum" : "minimum"} which has no identity` }, context);
            }
            noError(err, context);
            const g = groups(a, axes, keepdims ?? false);
            const pick = (values: Value[], last: boolean) => {
              let r = values[0]!;
              for (const v of values.slice(1)) {
                if (typeof r === "bigint" || typeof v === "bigint") r = op === "max" ? (v > r ? v : r) : v < r ? v : r;
                else if (isFloat(a.dtype)) r = op === "max" ? maximum(r, v) : minimum(r, v);
                else r = op === "max" ? Math.max(r, v) : Math.min(r, v);
                // Of two equal zeros, the later one (NumPy's sequential rule) or the earlier.
                if (r === v && r === 0 && typeof r === "number") r = last ? v : r;
              }
              return r;
            };
            // Several axes are walked in NumPy's memory order, not the view's: when zeros of both
            // signs tie for the result, either may come last.
            const want: RArray = { dtype: a.dtype, shape: g.shape, data: g.groups.map((v) => pick(v, true)) };
            const bothZeros = (v: Value[]) => v.some((x) => Object.is(x, 0)) && v.some((x) => Object.is(x, -0));
            const other: RArray = { ...want, data: want.data.map((r, i) => (r === 0 && bothZeros(g.groups[i]!) ? (Object.is(r, -0) ? 0 : -0) : r)) };
            const oneAxis = axes.length <= 1 && a.shape.length <= 1;
            expectClose(result as nd.NDArray, want, oneAxis ? {} : { or: other }, context);
          },
        );
      }),
      params(),
    );
  });

  test("max and min of 1-D runs: the last of equal zeros, as NumPy's sequential loop (contiguous, strided, long)", () => {
    const run = fc.tuple(fc.constantFrom("max", "min"), fc.constantFrom<DType>("float64", "float32"), fc.integer({ min: 1, max: 300 }), fc.constantFrom(1, 1, 2, -1, -3)).chain(([op, d, n, step]) =>
      fc
        .tuple(
          fc.constant(op),
          fc.array(fc.constantFrom<number>(0, -0, 0, -0, op === "max" ? -1 : 1), { minLength: n * Math.abs(step), maxLength: n * Math.abs(step) }),
          fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: fc.nat(), weight: 1 }),
        )
        .map(([op, values, nan]) => {
        // Sometimes one NaN, which then wins wherever it is.
        if (nan !== undefined) values[nan % values.length] = NaN;
        return [op, { d, values, step }] as const;
      }),
    );
    fc.assert(
      fc.property(run, ([op, { d, values, step }]) => {
        const context = `${op}(${d} ${JSON.stringify(values.map((v) => (Object.is(v, -0) ? "-0" : v)))}[::${step}])`;
        runCase(
          () => nd.array(Float64Array.from(values), d).slice(`::${step}`),
          (a) => (op === "max" ? nd.max(a) : nd.min(a)),
          (result, err) => {
            noError(err, context);
            const xs = values.filter((_, i) => (step > 0 ? i % step === 0 : (values.length - 1 - i) % -step === 0));
            if (step < 0) xs.reverse();
            let r = xs[0]!;
            for (const v of xs.slice(1)) r = op === "max" ? maximum(r, v) : minimum(r, v);
            expectClose(result as nd.NDArray, { dtype: d, shape: [], data: [r] }, {}, context);
          },
        );
      }),
      params(),
    );
  });

  test("argmax and argmin: the first extreme (the first NaN), flat or along an axis", () => {
    const argCase = fc
      .tuple(fc.constantFrom("argmax", "argmin"), dtype, shape({ maxDims: 4 }))
      .chain(([op, d, s]) => fc.tuple(fc.constant(op), arrayOf(d, s), s.length === 0 ? fc.constant(undefined) : fc.option(fc.integer({ min: -s.length, max: s.length - 1 }), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined })));
    fc.assert(
      fc.property(argCase, ([op, spec, axis, keepdims]) => {
        const context = `${op}(${describeSpec(spec)}, axis=${axis}, keepdims=${keepdims})`;
        runCase(
          () => toND(spec),
          (a) => (op === "argmax" ? nd.argmax(a, axis, keepdims) : nd.argmin(a, axis, keepdims)),
          (result, err) => {
            const a = toRef(spec);
            const axes = axis === undefined ? a.shape.map((_, d) => d) : axesOf(axis, a.shape.length);
            if ((axis === undefined && a.data.length === 0) || (axis !== undefined && a.shape[axes[0]!] === 0)) {
              return expectError(err, { type: "ValueError", message: `attempt to get ${op} of an empty sequence` }, context);
            }
            noError(err, context);
            const g = groups(a, axes, keepdims ?? false);
            const shapeOut = axis === undefined ? (keepdims ? a.shape.map(() => 1) : []) : g.shape;
            expectClose(result as nd.NDArray, { dtype: "int64", shape: shapeOut, data: g.groups.map((v) => BigInt(argExtreme(v, op === "argmax"))) }, {}, context);
          },
        );
      }),
      params(),
    );
    expect(true).toBe(true);
  });
});
