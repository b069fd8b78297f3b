// Result dtypes of every element-wise operation over every pair of dtypes, every dtype with a JS
// scalar (both ways round) and pairs of scalars, against NumPy's own table
// (test/fixtures/promotion.json, from make_promotion.py): the dtype, or the error's class and text.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { expectedDType, expectError, loadFixture } from "./support/fixtures.js";

type Spec = { dtype: nd.DType } | { scalar: number | string | boolean };
interface Case {
  op: string;
  a: Spec;
  b?: Spec;
  dtype?: string;
  error?: { type: string; message: string };
}
const fx = loadFixture<{ binary: Case[]; unary: Case[] }>("promotion");

const COND = nd.array([true, false]);

const BINARY: Record<string, (a: nd.Operand, b: nd.Operand) => nd.NDArray> = {
  add: nd.add,
  subtract: nd.subtract,
  multiply: nd.multiply,
  divide: nd.divide,
  power: nd.power,
  maximum: nd.maximum,
  minimum: nd.minimum,
  greater: nd.greater,
  greater_equal: nd.greaterEqual,
  less: nd.less,
  less_equal: nd.lessEqual,
  equal: nd.equal,
  not_equal: nd.notEqual,
  remainder: nd.remainder, fmod: nd.fmod, floor_divide: nd.floorDivide, copysign: nd.copysign, heaviside: nd.heaviside,
  bitwise_and: nd.bitwiseAnd, bitwise_or: nd.bitwiseOr, bitwise_xor: nd.bitwiseXor, left_shift: nd.leftShift, right_shift: nd.rightShift,
  logical_and: nd.logicalAnd, logical_or: nd.logicalOr, logical_xor: nd.logicalXor,
  where: (x, y) => nd.where(COND, x, y),
  clip: (a, b) => nd.clip(a, b, b),
};
const UNARY: Record<string, (a: nd.Operand) => nd.NDArray> = {
  negative: nd.negative, abs: nd.abs, sqrt: nd.sqrt, square: nd.square, sign: nd.sign,
  exp: nd.exp, log: nd.log, sin: nd.sin, cos: nd.cos, tan: nd.tan, tanh: nd.tanh,
  reciprocal: nd.reciprocal, positive: nd.positive, deg2rad: nd.deg2rad, rad2deg: nd.rad2deg,
  floor: nd.floor, ceil: nd.ceil, trunc: nd.trunc, rint: nd.rint, invert: nd.invert, logical_not: nd.logicalNot,
  isnan: nd.isnan, isinf: nd.isinf, isfinite: nd.isfinite, signbit: nd.signbit,
};

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };

/** A JS value for the fixture's operand: ones of the dtype, or the scalar as a number (or as a bigint). */
function value(s: Spec, bigint = false): nd.Operand {
  if ("dtype" in s) return nd.ones([2], s.dtype);
  const v = s.scalar;
  if (typeof v === "boolean") return v;
  if (typeof v === "string" && v in SPECIAL) return SPECIAL[v]!;
  if (bigint && Number.isInteger(Number(v))) return BigInt(v);
  return Number(v);
}

const label = (s: Spec | undefined): string => (s === undefined ? "" : "dtype" in s ? s.dtype : `scalar ${s.scalar}`);

/**
 * NumPy makes an object array of a Python int past uint64 (and then refuses float functions, or
 * calls Python's own operators); ndwasm has no object arrays and computes such a value in float64.
 */
const objectArray = (c: Case): boolean =>
  c.dtype === "object" || (c.error?.message.includes("which has no callable") ?? false) || (c.b === undefined && "scalar" in c.a && c.a.scalar === "18446744073709551616");

function check(c: Case, operands: () => nd.Operand[], f: (...xs: nd.Operand[]) => nd.NDArray): void {
  nd.tidy(() => {
    const xs = operands();
    const run = () => f(...xs);
    const before = nd.memory();
    if (objectArray(c)) {
      // computed from the float64 value (float64, or bool for a predicate), or refused as a float
      try {
        expect(["float64", "bool"]).toContain(run().dtype);
      } catch (e) {
        expect((e as Error).name).toMatch(/TypeError/);
      }
      return;
    }
    if (c.error) {
      expectError(run, c.error);
      expect(nd.memory()).toEqual(before);
      return;
    }
    expect(run().dtype).toBe(expectedDType(c.dtype!));
  });
}

describe(`result dtypes and errors match NumPy ${fx.numpy}`, () => {
  // One test per operation and left operand keeps the report readable; each runs every right operand.
  const groups = new Map<string, Case[]>();
  for (const c of fx.binary) {
    const key = `${c.op}(${label(c.a)}, …)`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  test.each([...groups])("%s", (_key, cases) => {
    for (const c of cases) {
      const integral = (s: Spec) => "scalar" in s && typeof s.scalar !== "boolean" && Number.isInteger(value(s));
      for (const big of integral(c.a) || integral(c.b!) ? [false, true] : [false]) {
        try {
          check(c, () => [value(c.a, big), value(c.b!, big)], BINARY[c.op]!);
        } catch (e) {
          throw new Error(`${c.op}(${label(c.a)}, ${label(c.b)})${big ? " as bigints" : ""}: ${(e as Error).message}`);
        }
      }
    }
  });

  test.each(fx.unary.map((c) => [`${c.op}(${label(c.a)})`, c] as const))("%s", (_name, c) => {
    check(c, () => [value(c.a)], UNARY[c.op]!);
  });
});
