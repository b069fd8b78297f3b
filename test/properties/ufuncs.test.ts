// Properties of every element-wise ufunc, comparison, where and clip: random shapes and strided
// views of every dtype with special values, broadcast against each other or against JS scalars,
// checked element by element against the plain reference (./reference.ts), with NumPy's result
// dtypes from test/fixtures/promotion.json.
import fc from "fast-check";
import { describe, test } from "vitest";
import * as nd from "../../src/index.js";
import { arrayOf, broadcastable, dtype, params, TIMEOUT, scalarFor } from "./arbitraries.js";
import { type Operand, describeOperand, expectClose, expectError, noError, runCase, toNDOperand, toRefOperand } from "./check.js";
import {
  type DType, type Kind, type RArray, EXACT_OPS, astype, binaryOp, clip, compare, isFloat, isInt, map, maximum, minimum, predicate, resultDType, roundDecimals, scalarKind, unaryOp,
} from "./reference.js";

const BINARY: Record<string, (a: nd.Operand, b: nd.Operand) => nd.NDArray> = {
  add: nd.add, subtract: nd.subtract, multiply: nd.multiply, divide: nd.divide, power: nd.power, maximum: nd.maximum, minimum: nd.minimum,
  remainder: nd.remainder, fmod: nd.fmod, floor_divide: nd.floorDivide, copysign: nd.copysign, heaviside: nd.heaviside,
  bitwise_and: nd.bitwiseAnd, bitwise_or: nd.bitwiseOr, bitwise_xor: nd.bitwiseXor, left_shift: nd.leftShift, right_shift: nd.rightShift,
  logical_and: nd.logicalAnd, logical_or: nd.logicalOr, logical_xor: nd.logicalXor,
};
const UNARY: Record<string, (a: nd.Operand) => nd.NDArray> = {
  negative: nd.negative, abs: nd.abs, sqrt: nd.sqrt, square: nd.square, sign: nd.sign,
  exp: nd.exp, log: nd.log, sin: nd.sin, cos: nd.cos, tan: nd.tan, tanh: nd.tanh,
  reciprocal: nd.reciprocal, positive: nd.positive, deg2rad: nd.deg2rad, rad2deg: nd.rad2deg, floor: nd.floor, ceil: nd.ceil, trunc: nd.trunc, rint: nd.rint,
  invert: nd.invert, logical_not: nd.logicalNot, isnan: nd.isnan, isinf: nd.isinf, isfinite: nd.isfinite, signbit: nd.signbit,
};
const PREDICATES = new Set(["isnan", "isinf", "isfinite", "signbit"]);
const LOGICAL: Record<string, (p: number, q: number) => number> = { logical_and: (p, q) => p & q, logical_or: (p, q) => p | q, logical_xor: (p, q) => p ^ q };
const COMPARE: Record<string, (a: nd.Operand, b: nd.Operand) => nd.NDArray> = {
  greater: nd.greater, greater_equal: nd.greaterEqual, less: nd.less, less_equal: nd.lessEqual, equal: nd.equal, not_equal: nd.notEqual,
};

const kindOf = (o: Operand): Kind => ("spec" in o ? o.spec.dtype : scalarKind(o.scalar));

/** `count` operands of broadcastable shapes, each an array of a random dtype or (sometimes) a JS scalar fitting the first array's dtype. */
function operands(count: number, options: { scalars?: boolean; dtypes?: fc.Arbitrary<DType> } = {}): fc.Arbitrary<Operand[]> {
  return fc
    .tuple(broadcastable(count), fc.array(options.dtypes ?? dtype, { minLength: count, maxLength: count }), fc.array(fc.nat(4), { minLength: count, maxLength: count }))
    .chain(([shapes, dtypes, scalar]) =>
      fc.tuple(
        ...shapes.map((s, i): fc.Arbitrary<Operand> =>
          options.scalars !== false && i > 0 && scalar[i] === 0 ? scalarFor(dtypes[0]!).map((x) => ({ scalar: x })) : arrayOf(dtypes[i]!, s).map((spec) => ({ spec }))),
      ),
    );
}

/** Tolerance of a float result: exact for correctly rounded operations, a couple of ulps for the transcendental ones. */
const tolerance = (op: string) => (EXACT_OPS.has(op) ? {} : { ulps: 2 });

const describeCase = (op: string, ops: Operand[]) => `${op}(${ops.map(describeOperand).join(", ")})`;

describe("element-wise properties against the reference", { timeout: TIMEOUT }, () => {
  test("binary ufuncs: arithmetic, remainder, fmod, floor_divide, copysign, heaviside, bit-wise, shifts, logical", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(BINARY)), operands(2), (op, ops) => {
        const context = describeCase(op, ops);
        const { dtype: out, error } = resultDType(op, kindOf(ops[0]!), kindOf(ops[1]!));
        runCase(
          () => ops.map(toNDOperand),
          ([a, b]) => BINARY[op]!(a!, b!),
          (result, err) => {
            if (error) return expectError(err, error, context);
            if (op in LOGICAL) {
              // NumPy converts a Python int through C's long here: past int64 it fails.
              if (ops.some((o) => "scalar" in o && typeof o.scalar !== "boolean" && Number.isInteger(Number(o.scalar)) && BigInt(o.scalar) > 2n ** 63n - 1n)) {
                return expectError(err, { type: "OverflowError", message: "Python int too large to convert to C long" }, context);
              }
              noError(err, context);
              const [p, q] = ops.map(toRefOperand).map((r) => astype(r, "bool")) as [RArray, RArray];
              return expectClose(result as nd.NDArray, map([p, q], "bool", (a, b) => LOGICAL[op]!(Number(a), Number(b))), {}, context);
            }
            const [x, y] = ops.map(toRefOperand).map((r) => astype(r, out!)) as [RArray, RArray];
            const want = map([x, y], out!, (p, q) => binaryOp(op, p, q, out!));
            // NumPy refuses negative integer exponents, once the shapes broadcast and the result is not empty.
            if (op === "power" && isInt(out!) && want.data.length > 0 && map([x, y], "bool", (_p, q) => +(BigInt(q) < 0n)).data.some((v) => v === 1)) {
              return expectError(err, { type: "ValueError", message: "Integers to negative integer powers are not allowed." }, context);
            }
            noError(err, context);
            expectClose(result as nd.NDArray, want, tolerance(op), context);
          },
        );
      }),
      params(),
    );
  });

  test("unary ufuncs: arithmetic, transcendental, rounding, reciprocal, invert, logical_not, predicates", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(UNARY)), operands(1, { scalars: false }), fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: dtype.chain(scalarFor), weight: 1 }), (op, ops, scalar) => {
        const o: Operand = scalar === undefined ? ops[0]! : { scalar };
        const context = describeCase(op, [o]);
        // A lone JS integer past int64 is np.asarray's uint64.
        const kind = "scalar" in o && toRefOperand(o).dtype === "uint64" ? "uint64" : kindOf(o);
        const { dtype: out, error } = resultDType(op, kind);
        runCase(
          () => toNDOperand(o),
          (a) => UNARY[op]!(a),
          (result, err) => {
            if (error) return expectError(err, error, context);
            noError(err, context);
            const given = toRefOperand(o);
            if (PREDICATES.has(op)) return expectClose(result as nd.NDArray, map([given], "bool", (p) => predicate(op, p, given.dtype)), {}, context);
            if (op === "logical_not") return expectClose(result as nd.NDArray, map([astype(given, "bool")], "bool", (p) => 1 - Number(p)), {}, context);
            const x = astype(given, out!);
            expectClose(result as nd.NDArray, map([x], out!, (p) => unaryOp(op, p, out!)), tolerance(op), context);
          },
        );
      }),
      params(),
    );
  });

  test("comparisons: exact for integers of any sign and size, NaN unordered", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(COMPARE)), operands(2), (op, ops) => {
        const context = describeCase(op, ops);
        const promoted = resultDType("add", kindOf(ops[0]!), kindOf(ops[1]!)).dtype!;
        runCase(
          () => ops.map(toNDOperand),
          ([a, b]) => COMPARE[op]!(a!, b!),
          (result, err) => {
            noError(err, context);
            const [x, y] = ops.map(toRefOperand) as [RArray, RArray];
            expectClose(result as nd.NDArray, map([x, y], "bool", (p, q) => +compare(op, p, x.dtype, q, y.dtype, promoted)), {}, context);
          },
        );
      }),
      params(),
    );
  });

  test("where(condition, x, y): any condition dtype, x and y promoted", () => {
    fc.assert(
      fc.property(operands(3), (ops) => {
        const [c, xo, yo] = ops as [Operand, Operand, Operand];
        const context = describeCase("where", ops);
        const out = resultDType("where", kindOf(xo), kindOf(yo)).dtype!;
        runCase(
          () => ops.map(toNDOperand),
          ([cond, x, y]) => nd.where(cond!, x!, y!),
          (result, err) => {
            noError(err, context);
            const [cr, xr, yr] = [astype(toRefOperand(c), "bool"), astype(toRefOperand(xo), out), astype(toRefOperand(yo), out)];
            expectClose(result as nd.NDArray, map([cr, xr, yr], out, (p, q, r) => (p ? q! : r!)), {}, context);
          },
        );
      }),
      params(),
    );
  });

  test("clip(a, min, max): both bounds, one bound, NaN and min > max", () => {
    // a an array; the bounds both arrays of one dtype, or both JS scalars of one kind.
    const clipOperands = fc
      .tuple(broadcastable(3), dtype, dtype, fc.constantFrom<"array" | "bool" | "int" | "float">("array", "array", "bool", "int", "float"), fc.constantFrom("both", "min", "max"))
      .chain(([[sa, sl, sh], da, db, bounds, which]) =>
        fc.tuple(
          fc.tuple(
            arrayOf(da, sa!).map((spec): Operand => ({ spec })),
            ...[sl!, sh!].map((s) => (bounds === "array" ? arrayOf(db, s).map((spec): Operand => ({ spec })) : scalarFor(da, bounds).map((scalar): Operand => ({ scalar })))),
          ),
          fc.constant(which),
        ),
      );
    fc.assert(
      fc.property(clipOperands, ([ops, which]) => {
        const [ao, lo, hi] = ops as [Operand, Operand, Operand];
        const context = `${describeCase("clip", ops)} (${which})`;
        const op = which === "both" ? "clip" : which === "min" ? "maximum" : "minimum";
        const out = resultDType(op, kindOf(ao), kindOf(lo)).dtype!;
        runCase(
          () => ops.map(toNDOperand),
          ([a, l, h]) => nd.clip(a!, which === "max" ? null : l!, which === "min" ? null : h!),
          (result, err) => {
            noError(err, context);
            const [ar, lr, hr] = [astype(toRefOperand(ao), out), astype(toRefOperand(lo), out), astype(toRefOperand(hi), out)];
            const pick = (x: number, b: number) => (which === "min" ? maximum(x, b) : minimum(x, b));
            const want =
              which === "both"
                ? map([ar, lr, hr], out, (p, q, r) => clip(p!, q!, r!, out))
                : map([ar, which === "min" ? lr : hr], out, (p, q) => (isFloat(out) ? pick(Number(p), Number(q)) : binaryOp(op, p!, q!, out)));
            // Which of two tied zeros clip returns depends on NumPy's loop (constant bounds or not).
            const other = which === "both" ? map([ar, lr, hr], out, (p, q, r) => clip(p!, q!, r!, out, true)) : undefined;
            expectClose(result as nd.NDArray, want, { or: other }, context);
          },
        );
      }),
      params(),
    );
  });

  test("round(a, decimals): floats as x * 10^d rounded half to even, integers unchanged for decimals >= 0", () => {
    const c = fc.tuple(operands(1, { scalars: false }), fc.integer({ min: -3, max: 4 })).filter(([ops, decimals]) => "spec" in ops[0]! && (ops[0] as { spec: { dtype: DType } }).spec.dtype !== "bool" ? isFloat((ops[0] as { spec: { dtype: DType } }).spec.dtype) || decimals >= 0 : true);
    fc.assert(
      fc.property(c, ([ops, decimals]) => {
        const o = ops[0]!;
        const context = `round(${describeOperand(o)}, ${decimals})`;
        const out = resultDType("rint", kindOf(o)).dtype!;
        runCase(
          () => toNDOperand(o),
          (a) => nd.round(a, decimals),
          (result, err) => {
            const x = toRefOperand(o);
            // bool multiplies (divides) by 10^decimals into a bool output: NumPy refuses the cast.
            if (x.dtype === "bool" && decimals !== 0) {
              return expectError(err, { type: "UFuncTypeError", message: `Cannot cast ufunc '${decimals > 0 ? "multiply" : "divide"}' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'` }, context);
            }
            noError(err, context);
            // Integers keep their values and dtype; bool (decimals 0) is rint's float.
            const want = isInt(x.dtype) ? x : map([astype(x, out)], out, (p) => roundDecimals(Number(p), decimals, out));
            expectClose(result as nd.NDArray, want, {}, `${context} (${out})`);
          },
        );
      }),
      params(),
    );
  });
});
