// Comparisons, where, nonzero and clip against NumPy (test/fixtures/compare.json from
// make_compare.py): dtypes, NaN rules, signed zeros, broadcasting and error texts.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { equal, greater, greaterEqual, less, lessEqual, notEqual } from "../src/ops/compare.js";
import { clip, nonzero, where } from "../src/ops/select.js";
import { type Encoded, type EncodedArray, type ViewStep, applyView, decode, expectError, expectMatches, fromEncoded, loadFixture } from "./support/fixtures.js";

type Spec = { scalar: Encoded | boolean } | { array: EncodedArray; view?: ViewStep[] } | null;
interface Case {
  name: string;
  fn: string;
  operands: Spec[];
  result?: EncodedArray;
  results?: EncodedArray[];
  error?: { type: string; message: string };
}

const fixture = loadFixture<{ cases: Case[] }>("compare");

function operand(s: Spec): nd.Operand | null {
  if (s === null) return null;
  if ("scalar" in s) return typeof s.scalar === "boolean" ? s.scalar : decode(s.scalar);
  return applyView(fromEncoded(s.array), s.view ?? []);
}

const FNS: Record<string, (...args: any[]) => nd.NDArray | nd.NDArray[]> = {
  greater,
  greater_equal: greaterEqual,
  less,
  less_equal: lessEqual,
  equal,
  not_equal: notEqual,
  where,
  nonzero,
  clip,
  square: nd.square,
  sign: nd.sign,
};

describe(`comparisons, where, clip match NumPy ${fixture.numpy}`, () => {
  test.each(fixture.cases)("$name", (c) => {
    const before = nd.memory();
    nd.tidy(() => {
      const args = c.operands.map(operand);
      const inner = nd.memory();
      const call = () => FNS[c.fn](...args);
      if (c.error) {
        expectError(call, c.error);
        expect(nd.memory()).toEqual(inner);
      } else if (c.results) {
        const r = call() as nd.NDArray[];
        expect(r.length).toBe(c.results.length);
        r.forEach((x, i) => expectMatches(x, c.results![i]));
      } else {
        expectMatches(call() as nd.NDArray, c.result!);
      }
    });
    expect(nd.memory()).toEqual(before);
  });
});

describe("argument checks", () => {
  test("where with only one of x and y", () => {
    expect(() => (where as (...a: unknown[]) => unknown)([true], 1)).toThrow("either both or neither of x and y should be given");
  });
  test("wrong operand types name the argument", () => {
    expect(() => greater("a" as unknown as number, 1)).toThrow(/x1 must be/);
    expect(() => clip([1, 2], "0" as unknown as number, 1)).toThrow(/min must be/);
    expect(() => where([true], 1, {} as unknown as number)).toThrow(/y must be/);
  });
});

describe("method forms", () => {
  test("a.gt / ge / lt / le / eq / ne / clip", () => {
    nd.tidy(() => {
      const byName = (name: string) => fixture.cases.find((c) => c.name === name)!;
      for (const [method, fn] of [["gt", "greater"], ["ge", "greater_equal"], ["lt", "less"], ["le", "less_equal"], ["eq", "equal"], ["ne", "not_equal"]] as const) {
        const c = byName(`${fn} array and float scalar`);
        const a = operand(c.operands[0]) as nd.NDArray;
        expectMatches(a[method](operand(c.operands[1])!), c.result!);
      }
      const c = byName("clip floats");
      const a = operand(c.operands[0]) as nd.NDArray;
      expectMatches(a.clip(operand(c.operands[1]), operand(c.operands[2])), c.result!);
    });
  });
});
