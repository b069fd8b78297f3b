// The public transcendental ufuncs (nd.exp2 … nd.logaddexp2, nd.power and exp/log/sin/cos/tanh)
// through the n-ary engine:
// - NumPy's accuracy data sets (umath-validation-set-*.csv, within their tolerances), correctly
//   rounded values (within 1 ulp) and the special values (bit for bit where NumPy's result is NaN,
//   ±inf or ±0), from test/fixtures/math.json (make_math.py), through nd.<fn> on arrays;
// - the same bits through strided views and broadcast operands (the loops gather lanes into
//   vectors, so no element depends on its layout);
// - NumPy's type resolution for every input dtype and pair of dtypes, weak JS scalars, `out=` and
//   its casting error (test/fixtures/transcendental.json, make_transcendental.py).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import * as nd from "../src/index.js";
import type { NDArray } from "../src/index.js";

type FloatType = "float64" | "float32";
const math = JSON.parse(readFileSync(new URL("./fixtures/math.json", import.meta.url), "utf8")) as {
  numpy: string;
  unary: Record<string, Record<FloatType, { points: [string, string][]; special: [string, string][]; validation?: { tol: number; rows: [string, string][] } }>>;
  binary: Record<string, Record<FloatType, { points: [string, string, string][]; special: [string, string, string][] }>>;
};
type Num = number | string;
const types = JSON.parse(readFileSync(new URL("./fixtures/transcendental.json", import.meta.url), "utf8")) as {
  numpy: string;
  unary: Record<string, Record<string, { x: Num[]; dtype: string; values: Num[] }>>;
  binary: Record<string, Record<string, { a: Num[]; b: Num[]; dtype: string; values: Num[] }>>;
  scalars: Record<string, { dtype: string; values: Num[] }>;
  castError: string;
};

type Unary = (x: nd.NDArray | number[], options?: { out?: NDArray }) => NDArray;
type Binary = (x1: nd.NDArray | number[] | number, x2: nd.NDArray | number[] | number, options?: { out?: NDArray }) => NDArray;
const unaryFns = nd as unknown as Record<string, Unary>;
const binaryFns = nd as unknown as Record<string, Binary>;

const scratch = new DataView(new ArrayBuffer(8));
function decode(hex: string): number {
  if (hex.length === 16) {
    scratch.setBigUint64(0, BigInt(`0x${hex}`));
    return scratch.getFloat64(0);
  }
  scratch.setUint32(0, Number.parseInt(hex, 16));
  return scratch.getFloat32(0);
}
const num = (v: Num): number => (typeof v === "number" ? v : v === "nan" ? NaN : v === "inf" ? Infinity : -Infinity);

function ulps(got: number, want: number, dtype: FloatType): number {
  if (Number.isNaN(want) || Number.isNaN(got)) return Number.isNaN(want) && Number.isNaN(got) ? 0 : Infinity;
  if (!Number.isFinite(want) || !Number.isFinite(got)) return Object.is(got, want) ? 0 : Infinity;
  if (want === 0 && got === 0) return Object.is(got, want) ? 0 : Infinity;
  const key = (x: number): bigint => {
    if (dtype === "float32") {
      scratch.setFloat32(0, x);
      const i = scratch.getInt32(0);
      return BigInt(i < 0 ? -(i & 0x7fffffff) : i);
    }
    scratch.setFloat64(0, x);
    const i = scratch.getBigInt64(0);
    return i < 0n ? -(i & 0x7fffffffffffffffn) : i;
  };
  const d = key(got) - key(want);
  return Number(d < 0n ? -d : d);
}
const sameBits = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
const show = (v: number): string => (Object.is(v, -0) ? "-0" : String(v));

function arr(values: readonly number[], dtype: FloatType): NDArray {
  return nd.array(Array.from(dtype === "float64" ? Float64Array.from(values) : Float32Array.from(values)), dtype);
}
function values(a: NDArray): number[] {
  return (a.toArray() as number[]).map(Number);
}

/** Within `bound` ulp where the expected value is finite and nonzero; NaN, ±inf and ±0 exactly. */
function check(label: string, got: number[], want: number[], dtype: FloatType, bound: number, args: number[][]): void {
  got.forEach((g, i) => {
    const w = want[i]!;
    const ok = Number.isFinite(w) && w !== 0 ? ulps(g, w, dtype) <= bound : sameBits(g, w);
    if (!ok) expect.fail(`${label}(${args.map((a) => show(a[i]!)).join(", ")}) = ${show(g)}, expected ${show(w)} (at most ${bound} ulp)`);
  });
}

/** The same function through a reversed (negative-stride) view and a stride-2 view gives the contiguous bits. */
function checkLayouts(f: (...xs: NDArray[]) => NDArray, inputs: number[][], dtype: FloatType): void {
  const flat = values(f(...inputs.map((x) => arr(x, dtype))));
  const reversed = values(f(...inputs.map((x) => arr([...x].reverse(), dtype).slice("::-1"))));
  const spaced = inputs.map((x) => arr(x.flatMap((v) => [v, 7]), dtype).slice("::2"));
  const strided = values(f(...spaced));
  flat.forEach((v, i) => {
    if (!sameBits(reversed[i]!, v) || !sameBits(strided[i]!, v)) expect.fail(`element ${i}: contiguous ${v}, reversed ${reversed[i]}, strided ${strided[i]}`);
  });
}

const PUBLIC_UNARY = ["exp2", "expm1", "log2", "log10", "log1p", "sinh", "cosh", "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh", "cbrt", "exp", "log", "sin", "cos", "tanh"];
const PUBLIC_BINARY = ["arctan2", "hypot", "logaddexp", "logaddexp2", "power"];

for (const name of PUBLIC_UNARY) {
  const cases = math.unary[name];
  if (cases === undefined) continue;
  describe.each(["float64", "float32"] as const)(`nd.${name} %s`, (dtype) => {
    const c = cases[dtype];
    const f = unaryFns[name]!;
    const points = c.points.map(([x, y]) => [decode(x), decode(y)] as const);
    const special = c.special.map(([x, y]) => [decode(x), decode(y)] as const);
    if (c.validation) {
      const v = c.validation;
      test(`NumPy's data set: ${v.rows.length} rows within its ${v.tol} ulp`, () => {
        const xs = v.rows.map(([x]) => decode(x));
        check(name, values(f(arr(xs, dtype))), v.rows.map(([, y]) => decode(y)), dtype, v.tol, [xs]);
      });
    }
    test("correctly rounded points within 1 ulp; special values as NumPy", () => {
      const all = [...points, ...special];
      const xs = all.map((p) => p[0]);
      check(name, values(f(arr(xs, dtype))), all.map((p) => p[1]), dtype, 1, [xs]);
    });
    test("strided and reversed views give the contiguous bits", () => {
      checkLayouts((a) => f(a), [[...points, ...special].map((p) => p[0])], dtype);
    });
  });
}

for (const name of PUBLIC_BINARY) {
  const cases = math.binary[name];
  if (cases === undefined) continue;
  describe.each(["float64", "float32"] as const)(`nd.${name} %s`, (dtype) => {
    const c = cases[dtype];
    const f = binaryFns[name]!;
    const all = [...c.points, ...c.special].map(([x, y, z]) => [decode(x), decode(y), decode(z)] as const);
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    test("correctly rounded points within 1 ulp; C99's special values as NumPy", () => {
      check(name, values(f(arr(xs, dtype), arr(ys, dtype))), all.map((p) => p[2]), dtype, 1, [xs, ys]);
    });
    test("strided, reversed and broadcast operands give the contiguous bits", () => {
      checkLayouts((a, b) => f(a, b), [xs, ys], dtype);
      // one operand broadcast (a 0-d array, a weak JS scalar, a row against a column)
      fc.assert(
        fc.property(fc.nat(xs.length - 1), fc.nat(xs.length - 1), (i, j) => {
          const want = values(f(arr(xs, dtype), arr(xs.map(() => ys[j]!), dtype)));
          const got = values(f(arr(xs, dtype), arr([ys[j]!], dtype).reshape([])));
          const col = f(arr([xs[i]!], dtype).reshape([1, 1]), arr(ys, dtype).reshape([1, -1]));
          const wantCol = values(f(arr(ys.map(() => xs[i]!), dtype), arr(ys, dtype)));
          return got.every((g, k) => sameBits(g, want[k]!)) && values(col.reshape([-1])).every((g, k) => sameBits(g, wantCol[k]!));
        }),
        { numRuns: 20, seed: 3 },
      );
    });
  });
}

// Against NumPy's own (not correctly rounded) results: the widest of its data sets' tolerances.
const NUMPY_TOL = 4;

describe("type resolution as NumPy's (float16 → float32)", () => {
  test.each(Object.keys(types.unary))("nd.%s of every dtype", (name) => {
    for (const [dtype, c] of Object.entries(types.unary[name]!)) {
      const r = unaryFns[name]!(nd.array(c.x.map(num), dtype as nd.DType));
      expect(r.dtype, `${name}(${dtype})`).toBe(c.dtype);
      check(`${name}[${dtype}]`, values(r), c.values.map(num), r.dtype as FloatType, NUMPY_TOL, [c.x.map(num)]);
    }
  });
  test.each(Object.keys(types.binary))("nd.%s of every pair of dtypes", (name) => {
    for (const [pair, c] of Object.entries(types.binary[name]!)) {
      const [d1, d2] = pair.split(",") as [nd.DType, nd.DType];
      const r = binaryFns[name]!(nd.array(c.a.map(num), d1), nd.array(c.b.map(num), d2));
      expect(r.dtype, `${name}(${pair})`).toBe(c.dtype);
      check(`${name}[${pair}]`, values(r), c.values.map(num), r.dtype as FloatType, NUMPY_TOL, [c.a.map(num), c.b.map(num)]);
    }
  });
  test("weak JS scalars take the array's float type", () => {
    for (const [key, c] of Object.entries(types.scalars)) {
      const [name, dtype, s] = key.split(",") as [string, nd.DType, string];
      const r = binaryFns[name]!(nd.array([1, 2], dtype), Number(s));
      expect(r.dtype, key).toBe(c.dtype);
      check(key, values(r), c.values.map(num), r.dtype as FloatType, NUMPY_TOL, [[1, 2]]);
    }
  });
});

describe("out=", () => {
  test("writes the result in place, casting to a wider float; integers in, float64 out", () => {
    const x = nd.array([1, 2, 3], "int32");
    const out = nd.zeros([3]);
    expect(nd.log1p(x, { out })).toBe(out);
    expect(values(out)).toEqual(values(nd.log1p(nd.array([1, 2, 3], "float64"))));
    // float32 operands broadcast into a float64 out: the float32 loop's results, widened
    const a = nd.array([[3, 5, 8]], "float32");
    const b = nd.array([[4], [12]], "float32");
    const o64 = nd.zeros([2, 3], "float64");
    nd.hypot(a, b, { out: o64 });
    const want = nd.hypot(nd.array([3, 5, 8, 3, 5, 8], "float32"), nd.array([4, 4, 4, 12, 12, 12], "float32"));
    expect(want.dtype).toBe("float32");
    expect(values(o64.reshape([-1]))).toEqual(values(want));
    expect(values(o64.reshape([-1])).slice(0, 1)).toEqual([5]);
  });
  test("in place over its own input (out = x)", () => {
    const x = nd.array([0.5, 1, 2]);
    const want = values(nd.arcsinh(x));
    nd.arcsinh(x, { out: x });
    expect(values(x)).toEqual(want);
  });
  test("NumPy's casting error", () => {
    expect(() => nd.exp2(nd.array([1.0]), { out: nd.zeros([1], "int64") })).toThrow(types.castError);
  });
});
