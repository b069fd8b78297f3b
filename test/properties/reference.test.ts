// The reference itself against NumPy where it could share a mistake with ndwasm: its casts of
// every special value between every pair of dtypes (test/fixtures/special_values.json), its views
// and its power special cases.
import { describe, expect, test } from "vitest";
import { loadFixture } from "../support/fixtures.js";
import { type DType, type Value, cast, isBig, isFloat, pow, same, view } from "./reference.js";

interface Fixture {
  casting: { from: { dtype: DType; shape: number[]; values: (number | string)[] }; to: Record<string, { values: (number | string | null)[] }> }[];
  power: Record<string, { x: { values: (number | string)[] }; table: { values: (number | string)[] } }>;
}
const fx = loadFixture<Fixture>("special_values");
const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };

function decode(v: number | string, d: DType): Value {
  if (isFloat(d)) return typeof v === "string" ? (v in SPECIAL ? SPECIAL[v]! : Number(v)) : v;
  if (isBig(d)) return BigInt(v);
  return Number(v);
}

describe("the reference agrees with NumPy", () => {
  test.each(fx.casting.map((c) => [c.from.dtype, c] as const))("casts from %s to every dtype", (src, c) => {
    for (const [dst, want] of Object.entries(c.to)) {
      c.from.values.forEach((v, i) => {
        const w = want.values[i];
        if (w === null || w === undefined) return;
        const got = cast(decode(v, src), src, dst as DType);
        const expected = decode(w, dst as DType);
        if (!same(got, expected)) expect.fail(`${src} ${v} as ${dst}: reference ${String(got)}, NumPy ${String(expected)}`);
      });
    }
  });

  test("pow's special cases", () => {
    for (const [dtype, t] of Object.entries(fx.power)) {
      const x = t.x.values.map((v) => decode(v, "float64") as number);
      x.forEach((a, i) =>
        x.forEach((b, j) => {
          const w = decode(t.table.values[i * x.length + j]!, "float64") as number;
          const r = dtype === "float32" ? Math.fround(pow(a, b)) : pow(a, b);
          // Special cases exactly; the rest is Math.pow's, within the tests' tolerance.
          if (!Number.isFinite(w) || w === 0 || Number.isInteger(w)) expect(same(r, w), `pow(${a}, ${b})`).toBe(true);
        }),
      );
    }
  });

  test("views: transposes, negative steps, slices of slices, new axes, integer indices", () => {
    const base = { dtype: "int64" as DType, shape: [2, 3, 4], data: Array.from({ length: 24 }, (_, i) => BigInt(i)) };
    expect(view(base, [["transpose", 2, 0, 1], ["slice", "::-2", 1, null, "1:"]]).data).toEqual([19n, 23n, 17n, 21n]);
    expect(view(base, [["slice", -1, "::2", "1:3"], ["slice", "::-1", null, "::-1"]]).shape).toEqual([2, 1, 2]);
  });
});
