// np.sort / np.argsort (kind="stable") kernels (assembly/sort.ts): NumPy's results on every real
// dtype (make_sort.py), properties against a plain stable sort over random lengths, row counts and
// dtypes, and what applies of NumPy's test_multiarray.py TestMethods sort/argsort.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Exports } from "../src/backend/wasm/abi.generated.js";
import { argsortWorkspaceBytes, SORT_SUFFIX, type SortDType, sortWorkspaceBytes } from "../src/ops/sort-plan.js";
import { raw } from "./support/kernels.js";
import { loadFixture } from "./support/fixtures.js";
import {
  DTYPES, type Encoded, decodeBytes, gather, isFloat, itemsize, kernelArgsort, kernelSort, less, randomBytes,
  referenceArgsort, toBytes, values,
} from "./support/sorting.js";

interface SortCase {
  name: string;
  a: Encoded;
  argsort: number[];
}
const fixture = loadFixture<{ sort: SortCase[] }>("sort");

/** Rows (last axis) and row length of a fixture array. */
function geometry(a: Encoded): [number, number] {
  const n = a.shape.length === 0 ? 1 : a.shape[a.shape.length - 1]!;
  const size = a.shape.reduce((x, y) => x * y, 1);
  return [n === 0 ? 0 : size / n, n];
}

/** The rows of `bytes` permuted by per-row indices. */
function permuteRows(bytes: Uint8Array, size: number, rows: number, n: number, idx: readonly number[]): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let r = 0; r < rows; r++) out.set(gather(bytes, size, idx.slice(r * n, (r + 1) * n), r * n), r * n * size);
  return out;
}

describe("NumPy fixtures", () => {
  test.each(fixture.sort.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const bytes = decodeBytes(c.a.b64);
    const [rows, n] = geometry(c.a);
    expect(kernelArgsort(c.a.dtype, rows, n, bytes)).toEqual(c.argsort);
    // np.sort(kind="stable") is a[argsort] bit for bit (make_sort.py asserts it): −0.0/0.0 order and NaN payloads included.
    expect(kernelSort(c.a.dtype, rows, n, bytes)).toEqual(permuteRows(bytes, itemsize(c.a.dtype), rows, n, c.argsort));
  });
});

/** Why idx is not a stable argsort of vals (rows of n), or null. */
function argsortViolation(vals: readonly (number | bigint)[], idx: readonly number[], rows: number, n: number): string | null {
  for (let r = 0; r < rows; r++) {
    const row = idx.slice(r * n, (r + 1) * n);
    const seen = new Uint8Array(n);
    for (const j of row) {
      if (!(j >= 0 && j < n) || seen[j]) return `row ${r} is not a permutation of 0..${n - 1}`;
      seen[j] = 1;
    }
    for (let i = 1; i < n; i++) {
      const a = vals[r * n + row[i - 1]!]!;
      const b = vals[r * n + row[i]!]!;
      if (less(b, a)) return `row ${r}: ${b} sorted after ${a}`;
      if (!less(a, b) && row[i]! < row[i - 1]!) return `row ${r}: equal values ${a} out of input order`;
    }
  }
  return null;
}

const dtypeArb = fc.constantFrom(...DTYPES);
// Lengths around the insertion (16), merge (runs of 16) and radix (64 or 96) thresholds, and longer rows.
const lengthArb = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 50, max: 110 }), fc.integer({ min: 0, max: 4000 }));

describe("properties against a plain stable sort", () => {
  test("argsort is a permutation, orders the values, and keeps ties in input order", () => {
    fc.assert(
      fc.property(dtypeArb, lengthArb, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.integer(), (dtype, n, rows, mode, seed) => {
        const bytes = randomBytes(dtype, rows * n, mode, seed);
        const idx = kernelArgsort(dtype, rows, n, bytes);
        const vals = values(dtype, bytes);
        expect(argsortViolation(vals, idx, rows, n)).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  test("sort equals the reference stable sort, bit for bit", () => {
    fc.assert(
      fc.property(dtypeArb, lengthArb, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.integer(), (dtype, n, rows, mode, seed) => {
        const bytes = randomBytes(dtype, rows * n, mode, seed);
        const vals = values(dtype, bytes);
        const idx = Array.from({ length: rows }, (_, r) => referenceArgsort(vals.slice(r * n, (r + 1) * n))).flat();
        expect(kernelSort(dtype, rows, n, bytes)).toEqual(permuteRows(bytes, itemsize(dtype), rows, n, idx));
      }),
      { numRuns: 100 },
    );
  });
});

describe("NumPy's test_multiarray.py", () => {
  test.each(DTYPES.filter((d) => d !== "bool"))("test_sort_signed/unsigned %s: arange(101) and its reverse", (dtype) => {
    const lo = dtype.startsWith("uint") ? 0 : -50;
    const big = itemsize(dtype) === 8 && !isFloat(dtype);
    const asc = Array.from({ length: 101 }, (_, i) => (big ? BigInt(lo + i) : lo + i));
    const want = toBytes(dtype, asc);
    expect(kernelSort(dtype, 1, 101, want)).toEqual(want);
    expect(kernelSort(dtype, 1, 101, toBytes(dtype, [...asc].reverse()))).toEqual(want);
    expect(kernelArgsort(dtype, 1, 101, want)).toEqual(asc.map((_, i) => i));
    expect(kernelArgsort(dtype, 1, 101, toBytes(dtype, [...asc].reverse()))).toEqual(asc.map((_, i) => 100 - i));
  });

  test("test_sort: [nan, 1, 0] sorts to [0, 1, nan]", () => {
    expect(values("float64", kernelSort("float64", 1, 3, toBytes("float64", [NaN, 1, 0])))).toEqual([0, 1, NaN]);
  });

  test("test_argsort: stable argsort of zeros(100) is arange(100)", () => {
    for (const dtype of DTYPES) {
      const zeros = new Uint8Array(100 * itemsize(dtype));
      expect(kernelArgsort(dtype, 1, 100, zeros)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    }
  });

  test("test_sort_axis / test_argsort axis: each row sorts on its own", () => {
    // a = [[3, 2], [1, 0]] sorted along the last axis (the caller moves the axis last).
    const a = toBytes("int64", [3n, 2n, 1n, 0n]);
    expect(values("int64", kernelSort("int64", 2, 2, a))).toEqual([2n, 3n, 0n, 1n]);
    expect(kernelArgsort("int64", 2, 2, a)).toEqual([1, 0, 1, 0]);
  });

  test("test_sort_size_0: no rows, or empty rows, touch nothing", () => {
    for (const dtype of DTYPES) {
      expect(kernelSort(dtype, 0, 5, new Uint8Array(0))).toEqual(new Uint8Array(0));
      expect(kernelSort(dtype, 3, 0, new Uint8Array(0))).toEqual(new Uint8Array(0));
      expect(kernelArgsort(dtype, 3, 0, new Uint8Array(0))).toEqual([]);
    }
  });

  test("test_sort_degraded: the median-of-3 killer of 1e6 int64", () => {
    const n = 1_000_000;
    const d = Array.from({ length: n }, (_, i) => i);
    // Each median of 3 is the sorted second-last element of its quicksort partition.
    for (let size = n; size > 3; size -= 2) {
      const mid = size >> 1;
      [d[mid], d[size - 2]] = [d[size - 2]!, d[mid]!];
    }
    const bytes = toBytes("int64", d.map(BigInt));
    const sorted = new BigInt64Array(kernelSort("int64", 1, n, bytes).buffer);
    expect(sorted.every((x, i) => x === BigInt(i))).toBe(true);
    const idx = kernelArgsort("int64", 1, n, bytes);
    expect(idx.every((j, i) => d[j] === i)).toBe(true);
  });
});

describe("the kernel table", () => {
  test("every sorting export exists in the typed ABI, for every dtype", () => {
    const names = ["sort", "argsort", "partition", "argpartition", "searchsorted", "searchsorted_sorter", "unique_flags", "unique_values", "argsort_rows", "unique_row_flags", "unique_rows"];
    const table: Partial<Record<keyof Exports, unknown>> = {};
    for (const dtype of DTYPES) for (const name of names) table[`${name}_${SORT_SUFFIX[dtype]}` as keyof Exports] = raw[`${name}_${SORT_SUFFIX[dtype]}`];
    for (const name of ["unique_index", "unique_inverse", "unique_counts"] as const) table[name] = raw[name];
    for (const [name, f] of Object.entries(table)) expect(typeof f, name).toBe("function");
    expect(Object.keys(table).length).toBe(names.length * DTYPES.length + 3);
  });
});

describe("workspace sizes", () => {
  test.each(DTYPES)("%s: sort and argsort stay within the sizes sort-plan.ts gives (guard bytes checked)", (dtype: SortDType) => {
    // kernelSort / kernelArgsort allocate exactly these sizes, fenced by guard bytes.
    for (const n of [15, 16, 63, 64, 95, 96, 5000]) {
      const bytes = randomBytes(dtype, n, 0, n);
      kernelSort(dtype, 1, n, bytes);
      kernelArgsort(dtype, 1, n, bytes);
    }
    expect(sortWorkspaceBytes(dtype, 1000)).toBeLessThan(argsortWorkspaceBytes(dtype, 1000));
  });
});
