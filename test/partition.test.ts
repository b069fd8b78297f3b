// np.partition / np.argpartition kernels (assembly/partition.ts): NumPy's introselect reproduced
// step for step, so results match NumPy's bit for bit (make_sort.py: NumPy's portable
// introselect, the one it runs for 8-bit dtypes, for several kth, and off x86), the partition
// property on random inputs, and what applies of test_multiarray.py's partition tests.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { prepareKth, type SortDType } from "../src/ops/sort-plan.js";
import { loadFixture } from "./support/fixtures.js";
import { DTYPES, type Encoded, decodeBytes, gather, itemsize, kernelPartition, less, randomBytes, sameBytes, toBytes, values } from "./support/sorting.js";

interface PartitionCase {
  name: string;
  a: Encoded;
  runs: { kth: number[]; partition: string; argpartition: number[] }[];
}
const fixture = loadFixture<{ partition: PartitionCase[] }>("sort");

function geometry(a: Encoded): [number, number] {
  const n = a.shape[a.shape.length - 1]!;
  return [a.shape.reduce((x, y) => x * y, 1) / n, n];
}

describe("NumPy fixtures (introselect)", () => {
  test.each(fixture.partition.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const bytes = decodeBytes(c.a.b64);
    const [rows, n] = geometry(c.a);
    for (const run of c.runs) {
      const got = kernelPartition(c.a.dtype, rows, n, bytes, run.kth);
      expect(got.argpartition, `argpartition kth=${run.kth}`).toEqual(run.argpartition);
      expect(sameBytes(got.partition, decodeBytes(run.partition)), `partition kth=${run.kth}`).toBe(true);
    }
  });
});

/** Why `vals` (one row) is not partitioned at the sorted kth, or null. */
function partitionViolation(vals: readonly (number | bigint)[], kth: readonly number[]): string | null {
  let prev = 0;
  for (const k of kth) {
    const pivot = vals[k]!;
    for (let i = prev; i < k; i++) if (less(pivot, vals[i]!)) return `kth ${k}: ${vals[i]} at ${i} is above ${pivot}`;
    for (let i = k + 1; i < vals.length; i++) if (less(vals[i]!, pivot)) return `kth ${k}: ${vals[i]} at ${i} is below ${pivot}`;
    prev = k + 1;
  }
  return null;
}

const sortedBits = (dtype: SortDType, bytes: Uint8Array): string[] => {
  const size = itemsize(dtype);
  return Array.from({ length: bytes.length / size }, (_, i) => Buffer.from(bytes.subarray(i * size, (i + 1) * size)).toString("hex")).sort();
};

describe("properties", () => {
  test("partition puts every kth in place, is a permutation, and argpartition indexes the same result", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DTYPES),
        fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 3000 })),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer(),
        fc.array(fc.integer(), { minLength: 1, maxLength: 5 }),
        (dtype, n, rows, mode, seed, ks) => {
          const bytes = randomBytes(dtype, rows * n, mode, seed);
          const prep = prepareKth(ks.map((k) => k % n), n, rows * n);
          if ("error" in prep) throw new Error(prep.error);
          const kth = Array.from(prep.kth);
          const { partition, argpartition } = kernelPartition(dtype, rows, n, bytes, kth);
          const size = itemsize(dtype);
          for (let r = 0; r < rows; r++) {
            const row = partition.subarray(r * n * size, (r + 1) * n * size);
            expect(partitionViolation(values(dtype, row), kth)).toBeNull();
            expect(sortedBits(dtype, row)).toEqual(sortedBits(dtype, bytes.subarray(r * n * size, (r + 1) * n * size)));
            // NumPy's arg variant makes the same comparisons and exchanges on indices.
            expect(sameBytes(gather(bytes, size, argpartition.slice(r * n, (r + 1) * n), r * n), row)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("NumPy's test_multiarray.py", () => {
  const f64 = (xs: number[]): Uint8Array => toBytes("float64", xs);
  const part = (xs: number[], kth: number[]): number[] => values("float64", kernelPartition("float64", 1, xs.length, f64(xs), kth).partition) as number[];

  test("test_partition: small arrays give the sorted element at every kth", () => {
    for (const r of [[2, 1], [1, 2], [1, 1], [3, 2, 1], [1, 2, 3], [2, 1, 3], [2, 3, 1], [1, 1, 1], [1, 2, 2], [2, 2, 1], [1, 2, 1]]) {
      const tgt = [...r].sort((a, b) => a - b);
      for (let k = 0; k < r.length; k++) expect(part(r, [k])[k]).toBe(tgt[k]);
    }
  });

  test("test_partition: max with (2, -1), and a NaN found by kth -1", () => {
    const d = Array(10).fill(1);
    d[1] = 4;
    const p = part(d, [2, 9]);
    expect(p[9]).toBe(4);
    expect(p[2]).toBe(1);
    d[1] = NaN;
    expect(part(d, [2, 9])[9]).toBeNaN();
  });

  test("test_partition: the median-of-3 killer np.roll(arange(1e6)) needs median of medians", () => {
    for (const n of [1_000_000, 1_000_001]) {
      const x = Array.from({ length: n }, (_, i) => BigInt((i - Math.floor(n / 2) - (n % 2) + n) % n));
      const mid = Math.floor(n / 2) + 1;
      const p = kernelPartition("int64", 1, n, toBytes("int64", x), [mid]);
      expect(new BigInt64Array(p.partition.buffer)[mid]).toBe(BigInt(mid));
      expect(Number(x[p.argpartition[mid]!])).toBe(mid);
    }
  });

  test("test_partition: equal elements, every kth of a shuffled arange(47) % 7", () => {
    const d = [3, 0, 6, 2, 5, 1, 4, 0, 3, 6, 1, 2, 5, 4, 0, 2, 6, 3, 1, 5, 4, 2, 0, 6, 3, 1, 4, 5, 2, 0, 6, 1, 3, 5, 4, 2, 6, 0, 1, 3, 5, 4, 0, 2, 6, 1, 3];
    const tgt = [...d].sort((a, b) => a - b);
    for (let i = 0; i < d.length; i++) expect(part(d, [i])[i]).toBe(tgt[i]);
    const kth = [0, 3, 19, 20];
    const e = [0, 1, 2, 3, 4, 5, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 9];
    expect(kth.map((k) => part(e, kth)[k])).toEqual([0, 3, 7, 7]);
  });

  test("test_partition_iterative: partition at every position sorts; repeated kth", () => {
    const d = [5, 12, 0, 16, 3, 9, 1, 14, 7, 11, 2, 15, 8, 4, 13, 10, 6];
    expect(part(d, d.map((_, i) => i))).toEqual([...d].sort((a, b) => a - b));
    const r = Array.from({ length: 20 }, (_, i) => 19 - i);
    for (const kth of [[5, 5, 5, 5], [5, 5, 5, 5, 6, 13]]) expect(partitionViolation(part(r, kth), kth)).toBeNull();
  });

  test("test_partition / test_argpartition: one element and empty rows are left alone", () => {
    for (const dtype of DTYPES) {
      const one = randomBytes(dtype, 1, 1, 3);
      const p = kernelPartition(dtype, 1, 1, one, [0]);
      expect(sameBytes(p.partition, one)).toBe(true);
      expect(p.argpartition).toEqual([0]);
      expect(kernelPartition(dtype, 3, 0, new Uint8Array(0), []).argpartition).toEqual([]);
    }
  });

  test("partition_prep_kth_array: negative kth wrap, kth sorts, out of range is NumPy's ValueError", () => {
    expect(prepareKth([-3, -1], 4, 4)).toEqual({ kth: Int32Array.of(1, 3) });
    expect(prepareKth([30, 15, 5], 40, 40)).toEqual({ kth: Int32Array.of(5, 15, 30) });
    expect(prepareKth([10], 10, 10)).toEqual({ error: "kth(=10) out of bounds (10)" });
    expect(prepareKth([-11], 10, 10)).toEqual({ error: "kth(=-1) out of bounds (10)" });
    expect(prepareKth([0], 0, 0)).toEqual({ kth: Int32Array.of(0) });
  });
});
