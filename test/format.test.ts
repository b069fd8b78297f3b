import { readFileSync } from "node:fs";
import { describe, test, expect } from "vitest";
import { formatRepr } from "../src/format.js";

type DType = "float64" | "float32" | "int32" | "bool";

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

/** The fixture's values as the typed array ndwasm stores for that dtype. */
function decode(c: Case): ArrayLike<number> {
  const numbers = c.values.map((v) => (typeof v === "string" ? SPECIAL[v]! : v));
  switch (c.dtype) {
    case "float64":
      return Float64Array.from(numbers);
    case "float32":
      return Float32Array.from(numbers);
    case "int32":
      return Int32Array.from(numbers);
    case "bool":
      return Uint8Array.from(numbers);
  }
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
});

describe("formatRepr, readable cases", () => {
  test("2-D int32 (notebook A*B)", () => {
    expect(formatRepr(Int32Array.from([1, 6, 12, 20]), [2, 2], "int32")).toBe("array([[ 1,  6],\n       [12, 20]])");
  });

  test("3-D int32 (notebook A@B)", () => {
    const values = Int32Array.from([20, 32, 10, 23, 38, 11, 20, 32, 10, 23, 38, 11]);
    expect(formatRepr(values, [2, 2, 3], "int32")).toBe(
      "array([[[20, 32, 10],\n        [23, 38, 11]],\n\n       [[20, 32, 10],\n        [23, 38, 11]]])",
    );
  });

  test("1-D slice (notebook A[:, 1])", () => {
    expect(formatRepr(Int32Array.from([2, 4]), [2], "int32")).toBe("array([2, 4])");
  });

  test("0-d arrays", () => {
    expect(formatRepr(Int32Array.from([5]), [], "int32")).toBe("array(5)");
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
    const values = Int32Array.from({ length: 2000 }, (_, i) => i);
    expect(formatRepr(values, [2000], "int32")).toBe("array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))");
  });
});
