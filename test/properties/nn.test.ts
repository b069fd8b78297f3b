// Properties of softmax, logSoftmax, crossEntropy (index and probability targets, weights,
// ignoreIndex, label smoothing, every reduction), mse, mae and logLoss on random shapes and
// strided views, against the plain reference's float64 formulas (./reference.ts), within a few
// ulps of the result's dtype per term.
import fc from "fast-check";
import { describe, test } from "vitest";
import * as nd from "../../src/index.js";
import { arrayOf, broadcastable, describeSpec, floatDType, params, TIMEOUT, shape, toND, toRef } from "./arbitraries.js";
import { expectClose, noError, runCase } from "./check.js";
import { type DType, type RArray, astype, crossEntropyIndex, crossEntropyProb, logLoss, map, rows, softmaxRow } from "./reference.js";

const EPS: Record<string, number> = { float64: 2 ** -52, float32: 2 ** -23 };
const round = (d: DType) => (d === "float32" ? Math.fround : (x: number) => x);

/** Logits: moderate finite values, now and then −inf or NaN (a whole row then follows IEEE rules). */
const logitsOf = (d: DType, s: number[]) => arrayOf(d, s, { magnitude: 60 });

describe("deep-learning properties against the reference", { timeout: TIMEOUT }, () => {
  test("softmax and logSoftmax along any axis of any view", () => {
    const c = fc
      .tuple(fc.boolean(), floatDType, shape({ minDims: 1, maxDims: 4, maxSize: 60 }))
      .chain(([log, d, s]) => fc.tuple(fc.constant(log), logitsOf(d, s), fc.integer({ min: -s.length, max: s.length - 1 })));
    fc.assert(
      fc.property(c, ([log, spec, axis]) => {
        const context = `${log ? "logSoftmax" : "softmax"}(${describeSpec(spec)}, ${axis})`;
        runCase(
          () => toND(spec),
          (x) => (log ? nd.logSoftmax(x, axis) : nd.softmax(x, axis)),
          (result, err) => {
            noError(err, context);
            const x = toRef(spec);
            const ax = axis < 0 ? axis + x.shape.length : axis;
            const data = new Array<number>(x.data.length);
            const bounds = new Array<number>(x.data.length);
            const r = round(x.dtype);
            for (const row of rows(x.shape, ax)) {
              const xs = row.map((i) => Number(x.data[i]));
              const v = softmaxRow(xs, log);
              const m = Math.max(...xs.filter((q) => !Number.isNaN(q)));
              const scale = log ? Math.max(...v.map(Math.abs).filter(Number.isFinite), 1) + Math.abs(m) : 1;
              row.forEach((i, k) => {
                data[i] = r(v[k]!);
                // x − max rounds in the dtype: exp of it is off by that error times its size, relatively.
                const shift = Number.isFinite(xs[k]! - m) ? Math.abs(xs[k]! - m) : 0;
                bounds[i] = (row.length + 6 + shift) * EPS[x.dtype]! * (log ? scale : Math.abs(v[k]!)) + (x.dtype === "float32" ? 1e-44 : 1e-300);
              });
            }
            expectClose(result as nd.NDArray, { dtype: x.dtype, shape: x.shape, data }, { bound: (i) => bounds[i]! }, context);
          },
        );
      }),
      params(),
    );
  });

  test("crossEntropy: index targets (weights, ignoreIndex, label smoothing) and probability targets, every reduction", () => {
    const c = fc
      .record({
        d: floatDType,
        n: fc.integer({ min: 1, max: 5 }),
        c: fc.integer({ min: 1, max: 5 }),
        extra: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        probabilities: fc.boolean(),
        weighted: fc.boolean(),
        ignore: fc.constantFrom(-100, 0, 1),
        reduction: fc.constantFrom<"mean" | "sum" | "none">("mean", "sum", "none"),
        ls: fc.constantFrom(0, 0, 0.1, 0.5),
      })
      .chain((p) => {
        const inShape = p.extra === undefined ? [p.n, p.c] : [p.n, p.c, p.extra];
        const tShape = p.extra === undefined ? [p.n] : [p.n, p.extra];
        return fc.tuple(
          fc.constant(p),
          arrayOf(p.d, inShape, { magnitude: 30, special: false }),
          p.probabilities ? arrayOf(p.d, inShape, { magnitude: 1, special: false }).map((s) => ({ ...s, values: s.values.map((v) => Math.abs(Number(v))) })) : arrayOf("int64", tShape, { contiguous: true }).map((s) => ({ ...s, values: s.values.map((v) => BigInt(Number(BigInt.asUintN(16, BigInt(v))) % (p.c + 1) === p.c ? p.ignore : Number(BigInt.asUintN(16, BigInt(v))) % p.c)) })),
          fc.array(fc.double({ min: 0.1, max: 3, noNaN: true }), { minLength: p.c, maxLength: p.c }),
        );
      });
    fc.assert(
      fc.property(c, ([p, xs, ts, w]) => {
        const options = { reduction: p.reduction, labelSmoothing: p.ls, ...(p.weighted ? { weight: w } : {}), ...(p.probabilities ? {} : { ignoreIndex: p.ignore }) };
        const context = `crossEntropy(${describeSpec(xs)}, ${describeSpec(ts)}, ${JSON.stringify(options)})`;
        runCase(
          () => [toND(xs), toND(ts)],
          ([x, t]) => nd.crossEntropy(x!, t!, options),
          (result, err) => {
            noError(err, context);
            const x = toRef(xs);
            const t = toRef(ts);
            // Positions: (n) or (n, extra), each with its row of C logits along axis 1.
            const classRows = rows(x.shape, 1);
            const logp = classRows.map((row) => softmaxRow(row.map((i) => Number(x.data[i])), true));
            const weight = p.weighted ? w.map(round(p.d)) : null;
            const positions = classRows.length;
            const r = p.probabilities
              ? crossEntropyProb(logp, classRows.map((row) => row.map((i) => Number(t.data[i]))), weight, p.ls)
              : crossEntropyIndex(logp, Array.from({ length: positions }, (_, k) => Number(t.data[k])), weight, p.ignore, p.ls);
            // The sum of the terms' magnitudes bounds the rounding of any order of summation.
            const maxW = weight === null ? 1 : Math.max(...weight);
            const maxT = p.probabilities ? Math.max(1, ...t.data.map((v) => Math.abs(Number(v))).filter(Number.isFinite)) : 1;
            const scale = logp.flat().filter(Number.isFinite).reduce((a, v) => a + Math.abs(v), 0) * 4 * maxW * maxT + 1;
            const tol = { bound: () => (p.c + 8) * EPS[p.d]! * scale, anyZero: true };
            if (p.reduction === "none") {
              expectClose(result as nd.NDArray, { dtype: p.d, shape: t.shape.length === x.shape.length ? [x.shape[0]!, ...x.shape.slice(2)] : t.shape, data: r.none.map(round(p.d)) }, tol, context);
            } else {
              expectClose(result as nd.NDArray, { dtype: p.d, shape: [], data: [round(p.d)(p.reduction === "sum" ? r.sum : r.mean)] }, tol, context);
            }
          },
        );
      }),
      params(),
    );
  });

  test("mse and mae: broadcast operands of any dtype, every reduction", () => {
    const c = fc
      .tuple(fc.constantFrom("mse", "mae"), fc.constantFrom<"mean" | "sum" | "none">("mean", "sum", "none"), broadcastable(2, { maxDims: 4, maxSize: 40 }), fc.constantFrom<DType>("float64", "float32", "int64", "bool"), floatDType)
      .chain(([op, reduction, [sa, sb], da, db]) => fc.tuple(fc.constant(op), fc.constant(reduction), arrayOf(da, sa!, { magnitude: 1e6, special: false }), arrayOf(db, sb!, { magnitude: 1e6, special: false })));
    fc.assert(
      fc.property(c, ([op, reduction, sa, sb]) => {
        const context = `${op}(${describeSpec(sa)}, ${describeSpec(sb)}, ${reduction})`;
        runCase(
          () => [toND(sa), toND(sb)],
          ([a, b]) => (op === "mse" ? nd.mse(a!, b!, { reduction }) : nd.mae(a!, b!, { reduction })),
          (result, err) => {
            noError(err, context);
            const [a, b] = [toRef(sa), toRef(sb)];
            const d: DType = a.dtype === "float32" && (b.dtype === "float32" || b.dtype === "bool") ? "float32" : b.dtype === "float32" && a.dtype === "bool" ? "float32" : "float64";
            const [x, y] = [astype(a, d), astype(b, d)];
            const r = round(d);
            const each = map([x, y], d, (p, q) => (op === "mse" ? r(r(Number(p) - Number(q)) ** 2) : Math.abs(r(Number(p) - Number(q)))));
            const total = each.data.reduce<number>((s, v) => s + Number(v), 0);
            const want: RArray = reduction === "none" ? each : { dtype: d, shape: [], data: [r(reduction === "sum" ? total : total / each.data.length)] };
            const bound = (each.data.length + 4) * EPS[d]! * Math.abs(total) + 1e-300;
            expectClose(result as nd.NDArray, want, reduction === "none" ? { ulps: 1 } : { bound: () => bound }, context);
          },
        );
      }),
      params(),
    );
  });

  test("logLoss: integer labels, probability rows (2-D or binary 1-D), sample weights, normalize", () => {
    const c = fc
      .record({
        d: floatDType,
        n: fc.integer({ min: 4, max: 12 }),
        c: fc.integer({ min: 2, max: 4 }),
        binary: fc.boolean(),
        weighted: fc.boolean(),
        normalize: fc.boolean(),
        seed: fc.integer({ min: 0, max: 1000 }),
      })
      .chain((p) =>
        fc.tuple(
          fc.constant(p),
          // Every class appears (the first labels are all of them), the rest at random.
          fc.array(fc.integer({ min: 0, max: p.binary ? 1 : p.c - 1 }), { minLength: p.n, maxLength: p.n }).map((y) => y.map((v, i) => (i < (p.binary ? 2 : p.c) ? i : v))),
          fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: p.c, maxLength: p.c }), { minLength: p.n, maxLength: p.n }),
          fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: p.n, maxLength: p.n }),
        ),
      );
    fc.assert(
      fc.property(c, ([p, labels, raw, w]) => {
        const r = round(p.d);
        // Rows that sum to one in the prediction's own dtype (no sum-to-one warning).
        const proba = raw.map((row) => {
          if (p.binary) {
            const q = r(row[0]!);
            return [r(1 - q), q];
          }
          const s = row.reduce((a, b) => a + b, 0) || 1;
          return row.map((v) => r(v / s));
        });
        const pred = p.binary ? proba.map((row) => row[1]!) : proba;
        const options = { normalize: p.normalize, ...(p.weighted ? { sampleWeight: w } : {}) };
        const context = `logLoss(${JSON.stringify(labels)}, ${p.d} ${JSON.stringify(pred)}, ${JSON.stringify(options)})`;
        runCase(
          () => nd.array(pred, p.d),
          (x) => nd.logLoss(labels, x, options),
          (result, err) => {
            noError(err, context);
            const want = logLoss(labels, proba, EPS[p.d]!, p.weighted ? w : null, p.normalize);
            const got = result as number;
            const bound = 64 * EPS[p.d]! * (Math.abs(want) + 1) * p.n;
            if (!(Math.abs(got - want) <= bound)) throw new Error(`${context}: ${got}, expected ${want}`);
          },
        );
      }),
      params(),
    );
  });
});
