// np.searchsorted kernels (assembly/search.ts): NumPy's results on every real dtype (make_sort.py:
// NaN and the other special values among keys and haystack, a strided haystack, keys in and out of
// order, an unsorted haystack, a sorter and its range errors), properties against counting, and
// test_multiarray.py's searchsorted tests.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadFixture } from "./support/fixtures.js";
import { DTYPES, type Encoded, decodeBytes, itemsize, kernelSearch, less, randomBytes, toBytes, values } from "./support/sorting.js";

interface SearchCase {
  name: string;
  a: Encoded;
  step: number;
  v: Encoded;
  left: number[] | { error: string };
  right: number[] | { error: string };
  sorter?: number[];
}
const fixture = loadFixture<{ searchsorted: SearchCase[] }>("sort");

describe("NumPy fixtures", () => {
  test.each(fixture.searchsorted.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const a = decodeBytes(c.a.b64);
    const v = decodeBytes(c.v.b64);
    for (const side of ["left", "right"] as const) {
      const got = kernelSearch(c.a.dtype, a, c.step, v, side === "right", c.sorter);
      const want = c[side];
      if (Array.isArray(want)) {
        expect(got.status).toBe(0);
        expect(got.out, side).toEqual(want);
      } else {
        // NumPy stops at the bad entry with ValueError("Sorter index out of range."); the kernel reports status 1.
        expect(want.error).toBe("Sorter index out of range.");
        expect(got.status).toBe(1);
      }
    }
  });
});

describe("properties", () => {
  test("on a sorted haystack, left counts the elements below a key and right those not above it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DTYPES), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 2 }), fc.integer(), fc.boolean(), (dtype, n, m, mode, seed, right) => {
        const raw = values(dtype, randomBytes(dtype, n, mode, seed));
        const a = [...raw].sort((x, y) => (less(x, y) ? -1 : less(y, x) ? 1 : 0));
        const keys = randomBytes(dtype, m, mode, seed + 1);
        const got = kernelSearch(dtype, toBytes(dtype, a), 1, keys, right).out;
        const want = values(dtype, keys).map((k) => a.filter((x) => (right ? !less(k, x) : less(x, k))).length);
        expect(got).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});

describe("NumPy's test_multiarray.py", () => {
  const f64 = (xs: number[]): Uint8Array => toBytes("float64", xs);
  const search = (a: number[], v: number[], right: boolean): number[] => kernelSearch("float64", f64(a), 1, f64(v), right).out;

  test("a negative stride: a descending array searched through its reverse", () => {
    const desc = f64([9, 7, 7, 4, 1, -2]);
    expect(kernelSearch("float64", desc, -1, f64([-3, 1, 7, 8, 10]), false).out).toEqual([0, 1, 3, 5, 6]);
    expect(kernelSearch("float64", desc, -2, f64([0, 5, 8]), true).out).toEqual([1, 2, 3]);
  });

  test("test_searchsorted_floats: NaN sorts last", () => {
    for (const dtype of ["float32", "float64"] as const) {
      const a = toBytes(dtype, [0, 1, NaN]);
      expect(kernelSearch(dtype, a, 1, a, false).out).toEqual([0, 1, 2]);
      expect(kernelSearch(dtype, a, 1, a, true).out).toEqual([1, 2, 3]);
    }
  });

  test("test_searchsorted_n_elements: 0, 1 and 2 equal elements", () => {
    expect(search([], [0, 1, 2], false)).toEqual([0, 0, 0]);
    expect(search([], [0, 1, 2], true)).toEqual([0, 0, 0]);
    expect(search([1], [0, 1, 2], false)).toEqual([0, 0, 1]);
    expect(search([1], [0, 1, 2], true)).toEqual([0, 1, 1]);
    expect(search([1, 1], [0, 1, 2], false)).toEqual([0, 0, 2]);
    expect(search([1, 1], [0, 1, 2], true)).toEqual([0, 2, 2]);
  });

  test("test_searchsorted_resetting: keys in decreasing order", () => {
    expect(search([0, 1, 2, 3, 4], [6, 5, 4], false)).toEqual([5, 5, 4]);
    expect(search([0, 1, 2, 3, 4], [6, 5, 4], true)).toEqual([5, 5, 5]);
  });

  test("test_searchsorted_type_specific and _with_sorter: every dtype", () => {
    for (const dtype of DTYPES) {
      const n = dtype === "bool" ? 2 : 5;
      const big = itemsize(dtype) === 8 && !dtype.startsWith("float");
      const v = (x: number): number | bigint => (big ? BigInt(x) : x);
      const a = toBytes(dtype, Array.from({ length: n }, (_, i) => v(i)));
      const idx = Array.from({ length: n }, (_, i) => i);
      expect(kernelSearch(dtype, a, 1, a, false).out).toEqual(idx);
      expect(kernelSearch(dtype, a, 1, a, true).out).toEqual(idx.map((i) => i + 1));
      expect(kernelSearch(dtype, new Uint8Array(0), 1, a, false).out).toEqual(idx.map(() => 0));
      expect(kernelSearch(dtype, a, 1, new Uint8Array(0), false).out).toEqual([]);
      // a = [3, 4, 1, 2, 0] with sorter [4, 2, 3, 0, 1] (bool: [1, 0] with [1, 0]).
      const u = dtype === "bool" ? [1, 0] : [3, 4, 1, 2, 0];
      const s = dtype === "bool" ? [1, 0] : [4, 2, 3, 0, 1];
      const ub = toBytes(dtype, u.map(v));
      expect(kernelSearch(dtype, ub, 1, ub, false, s).out).toEqual(u);
      expect(kernelSearch(dtype, ub, 1, ub, true, s).out).toEqual(u.map((i) => i + 1));
      expect(kernelSearch(dtype, new Uint8Array(0), 1, ub, false, []).out).toEqual(u.map(() => 0));
    }
  });

  test("test_searchsorted_with_sorter: repeated values", () => {
    const a = Array.from({ length: 100 }, (_, i) => [0, 1, 2, 3, 5][i % 5]!);
    const s = a.map((_, i) => i).sort((i, j) => a[i]! - a[j]! || i - j);
    expect(kernelSearch("float64", f64(a), 1, f64([0, 1, 2, 3, 5]), false, s).out).toEqual([0, 20, 40, 60, 80]);
    expect(kernelSearch("float64", f64(a), 1, f64([0, 1, 2, 3, 5]), true, s).out).toEqual([20, 40, 60, 80, 100]);
  });

  test("test_searchsorted_with_invalid_sorter: entries outside [0, n) are reported", () => {
    const a = f64([5, 2, 1, 3, 4]);
    expect(kernelSearch("float64", a, 1, f64([4]), false, [0, 1, 2, 3, 5]).status).toBe(1);
    expect(kernelSearch("float64", a, 1, f64([0]), false, [-1, 0, 1, 2, 3]).status).toBe(1);
    expect(kernelSearch("float64", a, 1, f64([0]), false, [4, 0, -1, 2, 3]).status).toBe(1);
  });
});
