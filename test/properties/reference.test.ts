// The reference itself against NumPy where it could share a mistake with ndwasm: its casts of
// every special value between every pair of dtypes (test/fixtures/special_values.json), its views
// and its power special cases.
import { describe, expect, test } from "vitest";
import { loadFixture } from "../support/fixtures.js";
import { type DType, type Value, binaryOp, cast, isBig, isFloat, pow, predicate, roundDecimals, same, unaryOp, view } from "./reference.js";

interface Fixture {
  casting: { from: { dtype: DType; shape: number[]; values: (number | string)[] }; to: Record<string, { values: (number | string | null)[] }> }[];
  power: Record<string, { x: { values: (number | string)[] }; table: { values: (number | string)[] } }>;
  ufuncs: { op: string; x: { dtype: DType; values: (number | string)[] }; y?: { values: (number | string)[] }; table: { dtype: DType; values: (number | string)[] } }[];
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

  test.each(fx.ufuncs.map((c) => [c.op, c.x.dtype, c] as const))("%s of %s on every pair of special values", (op, d, c) => {
    const xs = c.x.values.map((v) => decode(v, d));
    const ys = c.y?.values.map((v) => decode(v, d));
    const out: DType = (c.table.dtype as string) === "float16" ? "float32" : c.table.dtype; // ndwasm has no float16
    const want = c.table.values.map((v) => decode(v, out));
    const got: Value[] = [];
    if (ys !== undefined) for (const x of xs) for (const y of ys) got.push(binaryOp(op, cast(x, d, out), cast(y, d, out), out));
    else {
      for (const x of xs) {
        if (["isnan", "isinf", "isfinite", "signbit"].includes(op)) got.push(predicate(op, x, d));
        else if (op.startsWith("round")) {
          const decimals = Number(op.slice(5));
          got.push(isFloat(d) ? roundDecimals(Number(x), decimals, d) : cast(roundDecimals(Number(x), decimals, "float64"), "float64", d));
        } else got.push(unaryOp(op, cast(x, d, out), out));
      }
    }
    got.forEach((g, i) => {
      const w = out === "bool" ? Number(want[i]) : want[i]!;
      if (!same(g, w)) expect.fail(`${op}: element ${i} (${ys ? `${String(xs[Math.floor(i / ys.length)])}, ${String(ys[i % ys.length])}` : String(xs[i])}): reference ${String(g)}, NumPy ${String(w)}`);
    });
  });

  test("views: transposes, negative steps, slices of slices, new axes, integer indices", () => {
    const base = { dtype: "int64" as DType, shape: [2, 3, 4], data: Array.from({ length: 24 }, (_, i) => BigInt(i)) };
    expect(view(base, [["transpose", 2, 0, 1], ["slice", "::-2", 1, null, "1:"]]).data).toEqual([19n, 23n, 17n, 21n]);
    expect(view(base, [["slice", -1, "::2", "1:3"], ["slice", "::-1", null, "::-1"]]).shape).toEqual([2, 1, 2]);
  });
});
