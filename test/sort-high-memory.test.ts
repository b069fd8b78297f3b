// The sorting kernels on blocks above 2 GiB, where a pointer read as a signed i32 is negative:
// every address they form must stay unsigned. Untouched ballast below costs address space only.
import { afterAll, expect, test } from "vitest";
import { allocBytes, release } from "./support/kernels.js";
import { Block, DTYPES, kernelArgsort, kernelPartition, kernelSearch, kernelSort, kernelUnique, kernelUniqueRows, randomBytes, referenceArgsort, values } from "./support/sorting.js";

// TLSF caps one block below 1 GiB: ballast in blocks until fresh blocks land above 2 GiB.
const ballast: number[] = [];
while (ballast.length < 4) {
  const probe = allocBytes(16);
  release(probe);
  if (probe >= 2 ** 31) break;
  ballast.push(allocBytes(2 ** 29, false));
}
afterAll(() => ballast.forEach(release));

test("sort, argsort, partition, searchsorted and unique above 2 GiB", () => {
  const probe = new Block(16);
  expect(probe.ptr).toBeGreaterThanOrEqual(2 ** 31);
  probe.free();
  for (const dtype of DTYPES) {
    const n = 3000;
    const bytes = randomBytes(dtype, n, 1, 7);
    const idx = kernelArgsort(dtype, 1, n, bytes);
    expect(idx).toEqual(referenceArgsort(values(dtype, bytes)));
    const sorted = kernelSort(dtype, 1, n, bytes);
    expect(kernelSort(dtype, 1, n, sorted)).toEqual(sorted);
    const p = kernelPartition(dtype, 1, n, bytes, [n >> 1]);
    expect(p.argpartition.length).toBe(n);
    const found = kernelSearch(dtype, sorted, 1, sorted.subarray(0, 8 * (sorted.length / n)), false).out;
    expect(found.length).toBe(8);
    // A negative stride: the reversed sorted block searched from its last element.
    const reversed = kernelSort(dtype, 1, n, bytes).slice();
    const size = reversed.length / n;
    const flipped = new Uint8Array(reversed.length);
    for (let i = 0; i < n; i++) flipped.set(reversed.subarray(i * size, (i + 1) * size), (n - 1 - i) * size);
    expect(kernelSearch(dtype, flipped, -1, sorted, true).out).toEqual(kernelSearch(dtype, sorted, 1, sorted, true).out);
    expect(kernelUnique(dtype, bytes, true).counts.reduce((a, b) => a + b, 0)).toBe(n);
    expect(kernelUniqueRows(dtype, n / 3, 3, bytes).counts.reduce((a, b) => a + b, 0)).toBe(n / 3);
  }
});
