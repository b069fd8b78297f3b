// The lane-parallel maths (assembly/math/) through their contiguous kernels math_<fn>_f64 / _f32,
// against NumPy's own accuracy data sets (umath-validation-set-*.csv, each row within NumPy's
// tolerance), correctly rounded values from mpmath over each function's whole range (within the
// bound each kernel claims, BOUND below), and NumPy's element-wise results for the special values
// and domain edges (bit for bit where they are NaN, ±inf or ±0; the correctly rounded value
// within BOUND elsewhere). Fixture: test/fixtures/make_math.py.
// A property test runs random arrays drawn from the same values (specials among them, any length,
// so every tail length and alignment) and checks that each element gets the bits it gets alone:
// no lane depends on its neighbours, whichever path (fast, slow, tail) the vector takes.
// The long sweeps (millions of points, every float32) are test/scripts/math_soak.py.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { allocBytes, raw, release, view } from "./support/kernels.js";

type DType = "float64" | "float32";
interface UnaryCase {
  points: [string, string][];
  special: [string, string][];
  validation?: { tol: number; rows: [string, string][] };
}
interface BinaryCase {
  points: [string, string, string][];
  special: [string, string, string][];
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/math.json", import.meta.url), "utf8")) as {
  numpy: string;
  unary: Record<string, Record<DType, UnaryCase>>;
  binary: Record<string, Record<DType, BinaryCase>>;
};

// Largest distance, in ulp, from the correctly rounded result each kernel claims (measured worst
// errors: test/scripts/math_soak.py). NumPy's own bounds (its data sets' tolerances) are 1 to 4.
const BOUND = 1;

const scratch = new DataView(new ArrayBuffer(8));
function decode(hex: string): number {
  if (hex.length === 16) {
    scratch.setBigUint64(0, BigInt(`0x${hex}`));
    return scratch.getFloat64(0);
  }
  scratch.setUint32(0, Number.parseInt(hex, 16));
  return scratch.getFloat32(0);
}

/** Units in the last place between two values of the format (NaN, ±inf and ±0 must match exactly). */
function ulps(got: number, want: number, dtype: DType): number {
  if (Number.isNaN(want) || Number.isNaN(got)) return Number.isNaN(want) && Number.isNaN(got) ? 0 : Infinity;
  if (!Number.isFinite(want) || !Number.isFinite(got)) return Object.is(got, want) ? 0 : Infinity;
  if (want === 0 || got === 0) {
    if (want === 0 && got === 0) return Object.is(got, want) ? 0 : Infinity;
  }
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

/** Runs math_<name>_<f64|f32> over contiguous operands; returns the results as numbers. */
function run(name: string, dtype: DType, ...operands: readonly number[][]): number[] {
  const elem = dtype === "float64" ? "f64" : "f32";
  const size = dtype === "float64" ? 8 : 4;
  const n = operands[0]!.length;
  const ptrs = operands.map((values) => {
    const p = allocBytes(n * size + 16);
    view(elem, p, n).set(values);
    return p;
  });
  const out = allocBytes(n * size + 16);
  raw[`math_${name}_${elem}`]!(out, ...ptrs, n);
  const got = Array.from(view(elem, out, n));
  for (const p of [...ptrs, out]) release(p);
  return got;
}

function checkWithin(name: string, dtype: DType, args: number[][], want: number[], bound: number): number {
  const got = run(name, dtype, ...args);
  let worst = 0;
  got.forEach((g, i) => {
    const d = ulps(g, want[i]!, dtype);
    if (d > bound) expect.fail(`${name}(${args.map((a) => a[i]).join(", ")}) = ${g}, expected ${want[i]} (${d} ulp, at most ${bound})`);
    worst = Math.max(worst, d);
  });
  return worst;
}

// NaN, ±inf and ±0 exactly as NumPy; finite nonzero results within BOUND of the correctly rounded.
function checkSpecial(name: string, dtype: DType, args: number[][], want: number[]): void {
  const got = run(name, dtype, ...args);
  const show = (v: number): string => (Object.is(v, -0) ? "-0" : String(v));
  got.forEach((g, i) => {
    const w = want[i]!;
    const ok = Number.isFinite(w) && w !== 0 ? ulps(g, w, dtype) <= BOUND : sameBits(g, w);
    if (!ok) expect.fail(`${name}(${args.map((a) => show(a[i]!)).join(", ")}) = ${show(g)}, expected ${show(w)}`);
  });
}

// Every element of a random array (any length: full vectors and tails, any mix of paths) gets the
// bits it gets alone.
function checkOwnBits(name: string, dtype: DType, pool: number[][]): void {
  const arity = pool.length;
  const alone = new Map<number, number>();
  const soloOf = (i: number): number => {
    let v = alone.get(i);
    if (v === undefined) {
      v = run(name, dtype, ...pool.map((p) => [p[i]!]))[0]!;
      alone.set(i, v);
    }
    return v;
  };
  fc.assert(
    fc.property(fc.array(fc.nat(pool[0]!.length - 1), { minLength: 1, maxLength: 41 }), (idx) => {
      const got = run(name, dtype, ...Array.from({ length: arity }, (_, k) => idx.map((i) => pool[k]![i]!)));
      return idx.every((i, j) => sameBits(got[j]!, soloOf(i)));
    }),
    { numRuns: 60, seed: 7 },
  );
}

for (const [name, cases] of Object.entries(fixture.unary)) {
  describe.each(["float64", "float32"] as const)(`${name} %s`, (dtype) => {
    const c = cases[dtype];
    const points = c.points.map(([x, y]) => [decode(x), decode(y)] as const);
    const special = c.special.map(([x, y]) => [decode(x), decode(y)] as const);

    if (c.validation) {
      const v = c.validation;
      test(`NumPy's data set: ${v.rows.length} rows within its ${v.tol} ulp`, () => {
        const rows = v.rows.map(([x, y]) => [decode(x), decode(y)] as const);
        checkWithin(name, dtype, [rows.map((r) => r[0])], rows.map((r) => r[1]), v.tol);
      });
    }

    test(`within ${BOUND} ulp of the correctly rounded result at ${points.length} points`, () => {
      checkWithin(name, dtype, [points.map((p) => p[0])], points.map((p) => p[1]), BOUND);
    });

    test(`special values and domain edges exactly as NumPy ${fixture.numpy}`, () => {
      checkSpecial(name, dtype, [special.map((p) => p[0])], special.map((p) => p[1]));
    });

    test("each element's bits do not depend on its neighbours or on the tail", () => {
      checkOwnBits(name, dtype, [[...points, ...special].map((p) => p[0])]);
    });
  });
}

for (const [name, cases] of Object.entries(fixture.binary)) {
  describe.each(["float64", "float32"] as const)(`${name} %s`, (dtype) => {
    const c = cases[dtype];
    const points = c.points.map(([x, y, z]) => [decode(x), decode(y), decode(z)] as const);
    const special = c.special.map(([x, y, z]) => [decode(x), decode(y), decode(z)] as const);

    test(`within ${BOUND} ulp of the correctly rounded result at ${points.length} points`, () => {
      checkWithin(name, dtype, [points.map((p) => p[0]), points.map((p) => p[1])], points.map((p) => p[2]), BOUND);
    });

    test(`special values (C99 Annex F) exactly as NumPy ${fixture.numpy}`, () => {
      checkSpecial(name, dtype, [special.map((p) => p[0]), special.map((p) => p[1])], special.map((p) => p[2]));
    });

    test("each element's bits do not depend on its neighbours or on the tail", () => {
      const all = [...points, ...special];
      checkOwnBits(name, dtype, [all.map((p) => p[0]), all.map((p) => p[1])]);
    });
  });
}

test("power: C99's cases NumPy gives (pow(1, y) = 1, pow(x, ±0) = 1, pow(−1, ±inf) = 1, even with NaN)", () => {
  for (const dtype of ["float64", "float32"] as const) {
    const x = [1, 1, 1, 1, NaN, NaN, -1, -1, Infinity, 0];
    const y = [NaN, Infinity, -Infinity, 1e308, 0, -0, Infinity, -Infinity, 0, -0];
    expect(run("power", dtype, x, y)).toEqual(x.map(() => 1));
  }
});
