import { readFileSync } from "node:fs";
import { describe, test, expect } from "vitest";
import * as nd from "../src/index.js";
import { formatRepr } from "../src/format/repr.js";
import { DTYPE, type DType } from "../src/core/dtype.js";

interface Case {
  name: string;
  dtype: DType;
  shape: number[];
  values: (number | string)[];
  repr: string;
}

const fixture = JSON.parse(readFileSync(new URL("./fixtures/format.json", import.meta.url), "utf8")) as {
  numpy: string;
  cases: Case[];
};

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };

/** The fixture's values as the typed array ndwasm stores for that dtype (integers exact, as bigints for 64 bits). */
function decode(c: Case): ArrayLike<number | bigint> {
  const t = DTYPE[c.dtype];
  if (t.big) return (t.array as BigInt64ArrayConstructor).from(c.values.map((v) => BigInt(v)));
  const numbers = c.values.map((v) => (typeof v === "string" ? (SPECIAL[v] ?? Number(v)) : v));
  return (t.array as Float64ArrayConstructor).from(numbers);
}

describe(`formatRepr matches NumPy ${fixture.numpy}`, () => {
  test("the fixture round-trips its float32 values exactly", () => {
    for (const c of fixture.cases.filter((c) => c.dtype === "float32")) {
      const f32 = decode(c);
      c.values.forEach((v, i) => {
        if (typeof v === "number") expect(f32[i]).toBe(v);
      });
    }
  });

  test.each(fixture.cases)("$name", (c) => {
    expect(formatRepr(decode(c), c.shape, c.dtype)).toBe(c.repr);
  });

  test("arrays built from the same values print the same, through the heap", () => {
    for (const c of fixture.cases) {
      const values = decode(c);
      const a = nd.array(Array.from(values as ArrayLike<number | bigint>), c.dtype).reshape(c.shape);
      expect(a.toString(), c.name).toBe(c.repr);
      a.dispose();
    }
  });
});

describe("formatRepr, readable cases", () => {
  test("2-D int64 (notebook A*B)", () => {
    expect(nd.array([[1, 6], [12, 20]]).toString()).toBe("array([[ 1,  6],\n       [12, 20]])");
    expect(nd.array([[1, 6], [12, 20]], "int32").toString()).toBe("array([[ 1,  6],\n       [12, 20]], dtype=int32)");
  });

  test("3-D int64 (notebook A@B)", () => {
    const values = BigInt64Array.from([20n, 32n, 10n, 23n, 38n, 11n, 20n, 32n, 10n, 23n, 38n, 11n]);
    expect(formatRepr(values, [2, 2, 3], "int64")).toBe(
      "array([[[20, 32, 10],\n        [23, 38, 11]],\n\n       [[20, 32, 10],\n        [23, 38, 11]]])",
    );
  });

  test("1-D slice (notebook A[:, 1])", () => {
    expect(nd.array([[1, 2], [3, 4]]).slice(":", 1).toString()).toBe("array([2, 4])");
  });

  test("0-d arrays", () => {
    expect(nd.array(5).toString()).toBe("array(5)");
    expect(nd.array(5, "int32").toString()).toBe("array(5, dtype=int32)");
    expect(formatRepr(Float64Array.from([1.5]), [], "float64")).toBe("array(1.5)");
    expect(formatRepr(Uint8Array.from([1]), [], "bool")).toBe("array(True)");
    expect(formatRepr(Float64Array.from([NaN]), [], "float64")).toBe("array(nan)");
  });

  test("empty arrays carry their dtype, and their shape unless it is (0,)", () => {
    expect(formatRepr(new Float64Array(0), [0], "float64")).toBe("array([], dtype=float64)");
    expect(formatRepr(new Int32Array(0), [0], "int32")).toBe("array([], dtype=int32)");
    expect(formatRepr(new Float64Array(0), [2, 0], "float64")).toBe("array([], shape=(2, 0), dtype=float64)");
  });

  test("floats: trailing dot, padding, float32 suffix", () => {
    expect(formatRepr(Float64Array.from([1, 0.5, -0]), [3], "float64")).toBe("array([ 1. ,  0.5, -0. ])");
    expect(formatRepr(Float32Array.from([0.1, 1 / 3]), [2], "float32")).toBe("array([0.1       , 0.33333334], dtype=float32)");
    expect(formatRepr(Float64Array.from([1e-5, 1.5e-5, 1e10]), [3], "float64")).toBe("array([1.0e-05, 1.5e-05, 1.0e+10])");
  });

  test("bools align True with False", () => {
    expect(formatRepr(Uint8Array.from([1, 0]), [2], "bool")).toBe("array([ True, False])");
  });

  test("summarised arrays print their shape", () => {
    expect(nd.arange(2000).toString()).toBe("array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))");
  });
});
