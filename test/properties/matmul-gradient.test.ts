// Properties of matmul (1-D promotion, batch broadcasting, strided operands, every dtype pair,
// products big enough for the packed kernel) and of np.gradient (every spacing form, edge order,
// axis selection and dtype rule), against the plain reference (./reference.ts).
import fc from "fast-check";
import { describe, test } from "vitest";
import * as nd from "../../src/index.js";
import { type ArraySpec, arrayOf, describeSpec, dtype, params, TIMEOUT, shape, toND, toRef } from "./arbitraries.js";
import { expectClose, expectError, noError, runCase } from "./check.js";
import { type DType, type RArray, astype, gradSpacing, gradientAxis, isFloat, matmul, resultDType } from "./reference.js";

const EPS: Record<string, number> = { float64: 2 ** -52, float32: 2 ** -23 };

/** Operand shapes of a matmul: 1-D or stacks of matrices whose batch axes broadcast. */
const matmulShapes = fc
  .record({
    n: fc.integer({ min: 0, max: 4 }),
    k: fc.integer({ min: 0, max: 5 }),
    m: fc.integer({ min: 0, max: 4 }),
    aVector: fc.boolean(),
    bVector: fc.boolean(),
    batch: shape({ maxDims: 3, maxSize: 8 }),
    dropA: fc.integer({ min: 0, max: 3 }),
    dropB: fc.integer({ min: 0, max: 3 }),
    onesA: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    onesB: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    big: fc.integer({ min: 0, max: 99 }),
  })
  .map((c) => {
    // Now and then a product the packed kernel takes (m >= 8, n >= 24, b over 64 KiB).
    if (c.big === 0) return { a: [9, 130], b: [130, 130] };
    const batchOf = (drop: number, ones: boolean[]) => c.batch.slice(Math.min(drop, c.batch.length)).map((d, i) => (ones[i] ? 1 : d));
    const a = c.aVector ? [c.k] : [...batchOf(c.dropA, c.onesA), c.n, c.k];
    const b = c.bVector ? [c.k] : [...batchOf(c.dropB, c.onesB), c.k, c.m];
    return { a, b };
  });

/** Finite values whose products and sums stay far from overflow, plus the special ones. */
const magnitude = (d: DType) => (d === "float32" ? 1e15 : 1e150);

describe("matmul and gradient properties against the reference", { timeout: TIMEOUT }, () => {
  test("matmul: every dtype pair, 1-D operands, broadcast batches, strided views", () => {
    const matmulCase = fc
      .tuple(matmulShapes, dtype, dtype)
      .chain(([s, da, db]) => fc.tuple(arrayOf(da, s.a, { magnitude: magnitude(da) }), arrayOf(db, s.b, { magnitude: magnitude(db) })));
    fc.assert(
      fc.property(matmulCase, ([sa, sb]) => {
        const context = `matmul(${describeSpec(sa)}, ${describeSpec(sb)})`;
        const d = resultDType("add", sa.dtype, sb.dtype).dtype!;
        runCase(
          () => [toND(sa), toND(sb)],
          ([a, b]) => nd.matmul(a!, b!),
          (result, err) => {
            noError(err, context);
            const { result: want, magnitude: mag } = matmul(astype(toRef(sa), d), astype(toRef(sb), d), d);
            const k = sa.base.length > 0 ? toRef(sa).shape.at(-1)! : 0;
            const eps = EPS[d] ?? 0;
            // Products summed in another order: within k ulps of the sum of magnitudes; zeros of either sign.
            expectClose(result as nd.NDArray, want, isFloat(d) ? { bound: (i) => (k + 2) * eps * mag[i]!, anyZero: true } : {}, context);
          },
        );
      }),
      params(),
    );
  });

  test("gradient: scalars, coordinates (uniform or not, float32 or float64), edge orders, axes, every input dtype", () => {
    const gradientCase = fc
      .tuple(fc.constantFrom<DType>("float64", "float32", "float64", "float32", "int64", "uint8", "bool"), shape({ minDims: 1, maxDims: 3, maxSize: 60, minLength: 3 }), fc.constantFrom(1, 2))
      .chain(([d, s, edgeOrder]) =>
        fc.tuple(
          arrayOf(d, s, { magnitude: d === "float32" ? 1e30 : 1e300 }),
          fc.constant(edgeOrder),
          fc.oneof(fc.constant(undefined), fc.integer({ min: -s.length, max: s.length - 1 }), fc.shuffledSubarray(s.map((_, i) => i), { minLength: 1 })),
          fc.array(
            fc.oneof(
              fc.double({ min: -8, max: 8, noNaN: true }).filter((x) => Math.abs(x) > 1e-3),
              fc.record({ dtype: fc.constantFrom<DType>("float64", "float32", "int64"), h: fc.constantFrom(0.25, 0.1, 2, -0.5), uniform: fc.boolean(), steps: fc.array(fc.double({ min: 0.05, max: 4, noNaN: true }), { minLength: 64, maxLength: 64 }) }),
            ),
            { minLength: s.length, maxLength: s.length },
          ),
          fc.constantFrom("none", "one", "each"),
        ),
      );
    fc.assert(
      fc.property(gradientCase, ([spec, edgeOrder, axisArg, spacingArgs, form]) => {
        const f = toRef(spec);
        const axes = axisArg === undefined ? f.shape.map((_, i) => i) : (typeof axisArg === "number" ? [axisArg] : axisArg).map((a) => (a < 0 ? a + f.shape.length : a));
        // One spacing per differentiated axis: a JS number or coordinates of the axis's length.
        const coords = (sp: (typeof spacingArgs)[number], n: number): number | RArray => {
          if (typeof sp === "number") return sp;
          const x: number[] = [0];
          for (let i = 1; i < n; i++) x.push(x[i - 1]! + (sp.uniform ? sp.h : sp.steps[i]! * Math.sign(sp.h)));
          const values = sp.dtype === "int64" ? x.map((v) => Math.round(v * 4)) : x;
          return { dtype: sp.dtype, shape: [n], data: sp.dtype === "int64" ? values.map((v) => BigInt(v)) : sp.dtype === "float32" ? values.map(Math.fround) : values };
        };
        const spacing: (number | RArray)[] =
          form === "none" ? [] : form === "one" ? [typeof spacingArgs[0] === "number" ? spacingArgs[0] : 0.5] : axes.map((ax, i) => coords(spacingArgs[i]!, f.shape[ax]!));
        const options = { edgeOrder, ...(axisArg === undefined ? {} : { axis: axisArg }) };
        const context = `gradient(${describeSpec(spec)}, ${JSON.stringify(spacing, (_k, v) => (typeof v === "bigint" ? Number(v) : v))}, ${JSON.stringify(options)})`;
        runCase(
          () => ({ f: toND(spec), spacing: spacing.map((s) => (typeof s === "number" ? s : nd.array(s.data as number[], s.dtype))) }),
          (x) => nd.gradient(x.f, ...x.spacing, options),
          (result, err) => {
            const data = f.dtype === "bool" || isFloat(f.dtype) ? f : astype(f, "float64");
            const sps = axes.map((_, i) => gradSpacing(form === "none" ? 1 : form === "one" ? (spacing[0] as number) : spacing[i]!));
            // NumPy refuses bool data wherever it would subtract it.
            if (f.dtype === "bool" && sps.some((sp) => sp.kind === "scalar" || edgeOrder === 1)) {
              return expectError(err, { type: "TypeError", message: "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead." }, context);
            }
            noError(err, context);
            const want = axes.map((ax, i) => gradientAxis(data, ax, sps[i]!, edgeOrder));
            const got = Array.isArray(result) ? result : [result as nd.NDArray];
            if (got.length !== want.length) throw new Error(`${context}: ${got.length} results, expected ${want.length}`);
            got.forEach((g, i) => expectClose(g, want[i]!, {}, `${context} axis ${axes[i]}`));
          },
        );
      }),
      params(),
    );
  });
});

export type { ArraySpec };
