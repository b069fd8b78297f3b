// Special values against NumPy (test/fixtures/special_values.json, from make_special_values.py):
// casts of every special value between every pair of dtypes, C99's pow special cases on every
// loop path, and which zero maximum, minimum, clip, max and min return.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { type EncodedArray, type ViewStep, applyView, decode, expectMatches, fromEncoded, loadFixture, ulps } from "./support/fixtures.js";
import { numbers } from "./support/numbers.js";

interface Fixture {
  casting: { from: EncodedArray; to: Record<string, { dtype: string; values: (number | string | null)[] }> }[];
  power: Record<"float64" | "float32", { x: EncodedArray; table: EncodedArray }>;
  zeros: { op: string; args: EncodedArray[]; view?: ViewStep[]; axis?: number | null; result: EncodedArray }[];
  ufuncs: { op: string; x: EncodedArray; y?: EncodedArray; table: EncodedArray }[];
}
const fx = loadFixture<Fixture>("special_values");

const INTEGER = new Set(["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]);

/** Elements as bigints (integer and bool dtypes) or numbers (floats). */
const elements = (a: nd.NDArray): (number | bigint)[] =>
  Array.from(a.toTypedArray() as ArrayLike<number | bigint>, (v) => (a.dtype === "float32" || a.dtype === "float64" ? Number(v) : BigInt(v)));

function leakFree(f: () => void): void {
  const before = nd.memory();
  nd.tidy(f);
  expect(nd.memory()).toEqual(before);
}

describe(`casts match NumPy ${fx.numpy}`, () => {
  test.each(fx.casting.map((c) => [c.from.dtype, c] as const))("from %s to every dtype, contiguous and strided", (_src, c) => {
    leakFree(() => {
      const x = fromEncoded(c.from);
      for (const [dst, want] of Object.entries(c.to)) {
        const got = elements(x.astype(dst as nd.DType));
        // The strided loop (a reversed view) converts each element the same way, specified or not.
        expect(elements(x.slice("::-1").astype(dst as nd.DType).slice("::-1"))).toEqual(got);
        want.values.forEach((w, i) => {
          if (w === null) return; // undefined in C, and different between NumPy's own loops
          const e = INTEGER.has(dst) ? BigInt(w) : dst === "bool" ? BigInt(+!!w) : decode(w);
          if (!Object.is(got[i], e)) expect.fail(`${c.from.dtype} ${x.item(i)} as ${dst}: ${got[i]}, NumPy ${e}`);
        });
      }
    });
  });
});

describe(`power's special cases match NumPy ${fx.numpy} (C99 Annex F)`, () => {
  test.each(["float64", "float32"] as const)("%s: every pair, contiguous, strided, broadcast and scalar", (dtype) => {
    leakFree(() => {
      const { x: xs, table } = fx.power[dtype];
      const x = fromEncoded(xs);
      const n = x.size;
      const want = table.values.map(decode);
      const check = (got: nd.NDArray, where: string) => {
        expect(got.dtype).toBe(dtype);
        numbers(got).forEach((g, k) => {
          const w = want[k]!;
          const i = Math.floor(k / n);
          const j = k % n;
          // Special cases (NaN, infinities, zeros, exact results) are exact; other values within an ulp.
          const tol = Number.isFinite(w) && w !== 0 && !Number.isInteger(w) ? 1 : 0;
          if (ulps(g, w, dtype) > tol) expect.fail(`${where}: pow(${x.item(i)}, ${x.item(j)}) = ${g}, NumPy ${w}`);
        });
      };
      const col = x.reshape(n, 1);
      const row = x.reshape(1, n);
      check(nd.power(col, row), "broadcast");
      // Every pair laid out flat: the contiguous loop, then a reversed (negative-stride) one.
      const a = nd.multiply(col, nd.ones([1, n], dtype)).reshape(-1);
      const b = nd.multiply(nd.ones([n, 1], dtype), row).reshape(-1);
      check(nd.power(a, b), "contiguous");
      check(nd.power(a.slice("::-1"), b.slice("::-1")).slice("::-1"), "strided");
      // A JS number as either operand (a scalar slot, stride 0).
      const rows = Array.from({ length: n }, (_, i) => nd.power(x.item(i), row).reshape(n));
      check(nd.array(rows.map((r) => r.toArray() as number[]), dtype), "scalar base");
      const cols = Array.from({ length: n }, (_, j) => nd.power(x, x.item(j)).reshape(n));
      check(nd.array(cols.map((c) => c.toArray() as number[]), dtype).T, "scalar exponent");
    });
  });
});

describe(`signed zeros match NumPy ${fx.numpy}`, () => {
  const run: Record<string, (xs: nd.NDArray[], axis: number | null) => nd.NDArray> = {
    maximum: ([a, b]) => nd.maximum(a!, b!),
    minimum: ([a, b]) => nd.minimum(a!, b!),
    clip: ([a, lo, hi]) => nd.clip(a!, lo!, hi!),
    max: ([a], axis) => nd.max(a!, axis),
    min: ([a], axis) => nd.min(a!, axis),
  };
  test.each(fx.zeros.map((c, i) => [i, c.op, c.args[0]!.dtype, c.args[0]!.shape[0], c] as const))("#%i %s %s (%i elements)", (_i, op, _d, _n, c) => {
    leakFree(() => {
      const args = c.args.map((e, k) => (k === 0 ? applyView(fromEncoded(e), c.view ?? []) : fromEncoded(e)));
      expectMatches(run[op]!(args, c.axis ?? null), c.result);
    });
  });
});

/** The ufuncs of the special-value tables, by NumPy's names (round with its decimals). */
const SPECIAL_UFUNCS = {
  remainder: nd.remainder, fmod: nd.fmod, floor_divide: nd.floorDivide, copysign: nd.copysign, heaviside: nd.heaviside,
  bitwise_and: nd.bitwiseAnd, bitwise_or: nd.bitwiseOr, bitwise_xor: nd.bitwiseXor, left_shift: nd.leftShift, right_shift: nd.rightShift,
  floor: nd.floor, ceil: nd.ceil, trunc: nd.trunc, rint: nd.rint, deg2rad: nd.deg2rad, rad2deg: nd.rad2deg, reciprocal: nd.reciprocal,
  isnan: nd.isnan, isinf: nd.isinf, isfinite: nd.isfinite, signbit: nd.signbit, invert: nd.invert,
  "round-2": (x: nd.NDArray) => nd.round(x, -2), "round-1": (x: nd.NDArray) => nd.round(x, -1), round0: (x: nd.NDArray) => nd.round(x, 0),
  round1: (x: nd.NDArray) => nd.round(x, 1), round2: (x: nd.NDArray) => nd.round(x, 2),
} as unknown as Record<string, (...xs: nd.NDArray[]) => nd.NDArray>;

describe(`the other ufuncs on every pair of special values match NumPy ${fx.numpy}`, () => {
  test.each(fx.ufuncs.map((c) => [c.op, c.x.dtype, c] as const))("%s %s", (op, _d, c) => {
    leakFree(() => {
      const x = fromEncoded(c.x);
      const n = x.size;
      // Every pair laid out flat (the contiguous loop), and the same through a reversed view.
      const args = c.y === undefined ? [x] : [nd.multiply(x.reshape(n, 1), nd.ones([1, n], x.dtype)).reshape(-1).astype(x.dtype), nd.multiply(nd.ones([n, 1], x.dtype), fromEncoded(c.y).reshape(1, n)).reshape(-1).astype(x.dtype)];
      const want = { ...c.table, shape: [c.table.values.length] };
      expectMatches(SPECIAL_UFUNCS[op]!(...args), want);
      expectMatches(SPECIAL_UFUNCS[op]!(...args.map((a) => a.slice("::-1"))).slice("::-1").copy(), want);
    });
  });
});

