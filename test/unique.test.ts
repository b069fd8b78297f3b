// np.unique kernels (assembly/unique.ts) after a stable argsort: values, return_index,
// return_inverse, return_counts and equal_nan on every real dtype, and unique along an axis
// (lexicographic row argsort, row runs). NumPy fixtures (make_sort.py), properties against a plain
// reference, and test_arraysetops.py's unique tests.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadFixture } from "./support/fixtures.js";
import {
  DTYPES, type Encoded, decodeBytes, gather, isFloat, itemsize, kernelUnique, kernelUniqueRows, less, randomBytes, referenceArgsort,
  sameBytes, type Scalar, toBytes, values,
} from "./support/sorting.js";

interface UniqueCase {
  name: string;
  a: Encoded;
  equal_nan?: boolean;
  values: Encoded;
  index: number[];
  inverse: number[];
  counts: number[];
}
const fixture = loadFixture<{ unique: UniqueCase[]; unique_axis: UniqueCase[] }>("sort");

function expectUnique(got: ReturnType<typeof kernelUnique>, c: UniqueCase): void {
  expect(sameBytes(got.values, decodeBytes(c.values.b64)), "values").toBe(true);
  expect(got.index, "index").toEqual(c.index);
  expect(got.inverse, "inverse").toEqual(c.inverse);
  expect(got.counts, "counts").toEqual(c.counts);
}

describe("NumPy fixtures", () => {
  test.each(fixture.unique.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expectUnique(kernelUnique(c.a.dtype, decodeBytes(c.a.b64), c.equal_nan ?? true), c);
  });
  test.each(fixture.unique_axis.map((c) => [`axis=0 ${c.name}`, c] as const))("%s", (_, c) => {
    const [rows, cols] = c.a.shape as [number, number];
    expectUnique(kernelUniqueRows(c.a.dtype, rows, cols, decodeBytes(c.a.b64)), c);
  });
});

const nan = (x: Scalar): boolean => typeof x === "number" && x !== x;
const same = (a: Scalar, b: Scalar, equalNan: boolean): boolean => a === b || (equalNan && nan(a) && nan(b));

/** NumPy's _unique1d on plain values (first occurrences through a stable argsort). */
function referenceUnique(vals: readonly Scalar[], equalNan: boolean): { index: number[]; inverse: number[]; counts: number[] } {
  const perm = referenceArgsort(vals);
  const out = { index: [] as number[], inverse: new Array<number>(vals.length), counts: [] as number[] };
  perm.forEach((j, i) => {
    if (i === 0 || !same(vals[j]!, vals[perm[i - 1]!]!, equalNan)) {
      out.index.push(j);
      out.counts.push(0);
    }
    out.counts[out.counts.length - 1]!++;
    out.inverse[j] = out.index.length - 1;
  });
  return out;
}

describe("properties", () => {
  test("unique matches the reference; values[inverse] rebuilds the input; counts sum to n", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DTYPES), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2000 })), fc.integer({ min: 0, max: 2 }), fc.integer(), fc.boolean(), (dtype, n, mode, seed, equalNan) => {
        const bytes = randomBytes(dtype, n, mode, seed);
        const vals = values(dtype, bytes);
        const got = kernelUnique(dtype, bytes, equalNan);
        const want = referenceUnique(vals, equalNan);
        // Value bytes come from the input (a JS number would not keep a NaN's payload).
        expect(sameBytes(got.values, gather(bytes, itemsize(dtype), want.index))).toBe(true);
        expect(got.index).toEqual(want.index);
        expect(got.inverse).toEqual(want.inverse);
        expect(got.counts).toEqual(want.counts);
        const u = values(dtype, got.values);
        expect(got.inverse.every((k, i) => same(u[k]!, vals[i]!, true) || (!equalNan && nan(vals[i]!)))).toBe(true);
        expect(got.counts.reduce((s, c) => s + c, 0)).toBe(n);
      }),
      { numRuns: 150 },
    );
  });

  test("rows: sorted lexicographically, distinct, first occurrences, and they rebuild the input", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DTYPES), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 2 }), fc.integer(), (dtype, rows, cols, mode, seed) => {
        const bytes = randomBytes(dtype, rows * cols, mode, seed);
        const vals = values(dtype, bytes);
        const row = (r: number): Scalar[] => vals.slice(r * cols, (r + 1) * cols);
        const cmp = (a: Scalar[], b: Scalar[]): number => {
          for (let c = 0; c < cols; c++) {
            if (less(a[c]!, b[c]!)) return -1;
            if (less(b[c]!, a[c]!)) return 1;
          }
          return 0;
        };
        const equal = (a: Scalar[], b: Scalar[]): boolean => a.every((x, c) => x === b[c]);
        const got = kernelUniqueRows(dtype, rows, cols, bytes);
        const u = values(dtype, got.values);
        const urow = (k: number): Scalar[] => u.slice(k * cols, (k + 1) * cols);
        const k = got.index.length;
        for (let i = 1; i < k; i++) expect(cmp(urow(i - 1), urow(i))).toBeLessThanOrEqual(0);
        const rowBytes = cols * itemsize(dtype);
        for (let i = 0; i < k; i++) {
          const first = bytes.subarray(got.index[i]! * rowBytes, (got.index[i]! + 1) * rowBytes);
          expect(sameBytes(got.values.subarray(i * rowBytes, (i + 1) * rowBytes), first)).toBe(true);
        }
        // Every row maps to a unique row equal to it (a NaN row to itself), and no earlier row was equal.
        for (let r = 0; r < rows; r++) {
          const first = got.index[got.inverse[r]!]!;
          expect(first).toBeLessThanOrEqual(r);
          if (first !== r) expect(equal(row(first), row(r))).toBe(true);
        }
        expect(got.counts.reduce((s, c) => s + c, 0)).toBe(rows);
      }),
      { numRuns: 150 },
    );
  });
});

describe("NumPy's test_arraysetops.py", () => {
  test.each(DTYPES.filter((d) => d !== "bool"))("test_unique_1d %s", (dtype) => {
    const big = itemsize(dtype) === 8 && !isFloat(dtype);
    const v = (x: number): Scalar => (big ? BigInt(x) : x);
    const a = Array.from({ length: 10 }, () => [5, 7, 1, 2, 1, 5, 7]).flat().map(v);
    const got = kernelUnique(dtype, toBytes(dtype, a), true);
    expect(values(dtype, got.values)).toEqual([1, 2, 5, 7].map(v));
    expect(got.index).toEqual([2, 3, 0, 1]);
    expect(got.inverse).toEqual(Array.from({ length: 10 }, () => [2, 3, 0, 1, 0, 2, 3]).flat());
    expect(got.counts).toEqual([20, 10, 20, 20]);
  });

  test("test_unique_1d: ticket 2111 (NaNs) and gh-19300 (all NaN)", () => {
    const got = kernelUnique("float64", toBytes("float64", [2, NaN, 1, NaN]), true);
    expect(values("float64", got.values)).toEqual([1, 2, NaN]);
    expect(got.index).toEqual([2, 0, 1]);
    expect(got.inverse).toEqual([1, 2, 0, 2]);
    expect(got.counts).toEqual([1, 1, 2]);
    const all = kernelUnique("float64", toBytes("float64", [NaN, NaN, NaN, NaN]), true);
    expect([values("float64", all.values), all.index, all.inverse, all.counts]).toEqual([[NaN], [0], [0, 0, 0, 0], [4]]);
  });

  test("test_unique_zero_sized", () => {
    for (const dtype of DTYPES) expect(kernelUnique(dtype, new Uint8Array(0), true)).toEqual({ values: new Uint8Array(0), index: [], inverse: [], counts: [] });
  });

  test("test_unique_nanequals", () => {
    const a = toBytes("float64", [1, 1, NaN, NaN, NaN]);
    expect(values("float64", kernelUnique("float64", a, true).values)).toEqual([1, NaN]);
    expect(values("float64", kernelUnique("float64", a, false).values)).toEqual([1, NaN, NaN, NaN]);
  });

  test("test_unique_sort_order_with_axis: signed rows sort by value, not by bytes", () => {
    for (const dtype of ["int8", "int16", "int32", "int64"] as const) {
      const big = dtype === "int64";
      const a = toBytes(dtype, big ? [-1n, 0n] : [-1, 0]);
      expect(sameBytes(kernelUniqueRows(dtype, 2, 1, a).values, a)).toBe(true);
    }
  });

  test("_run_axis_tests: unique rows with index, inverse, counts", () => {
    const data = toBytes("int32", [0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0]);
    const got = kernelUniqueRows("int32", 4, 4, data);
    expect(values("int32", got.values)).toEqual([0, 1, 0, 0, 1, 0, 0, 0]);
    expect(got.index).toEqual([0, 1]);
    expect(got.inverse).toEqual([0, 1, 0, 1]);
    expect(got.counts).toEqual([2, 2]);
  });

  test("test_unique_axis_zeros: rows of no columns are all equal", () => {
    const got = kernelUniqueRows("int8", 2, 0, new Uint8Array(0));
    expect([got.index, got.inverse, got.counts]).toEqual([[0], [0, 0], [2]]);
  });
});
