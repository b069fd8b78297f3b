// Counterexamples the property tests found, kept as plain cases so that they run on every seed.
import { describe, expect, test } from "vitest";
import * as nd from "../../src/index.js";

describe("found by the properties", () => {
  test("uint64 compared with a strided int64 view over several axes", () => {
    nd.tidy(() => {
      // The (uint64, int64) comparison runs the (int64, uint64) kernel with its operands swapped:
      // the outer axes' strides must be swapped with them.
      const uv = [0n, 5n, 7n, 2n ** 64n - 1n, 3n, 9n];
      const iv = [[0n, 5n], [3n, -1n]];
      const u = nd.array(new BigUint64Array(uv), "uint64").reshape(3, 1, 2);
      const i = nd.array(new BigInt64Array([0n, 1n, 5n, 3n, 9n, -1n]), "int64").reshape(2, 3).slice(":", "::2");
      const want = (f: (x: bigint, y: bigint) => boolean) => [0, 1, 2].map((k) => [0, 1].map((j) => [0, 1].map((m) => f(uv[2 * k + m]!, iv[j]![m]!))));
      expect(nd.notEqual(u, i).toArray()).toEqual(want((x, y) => x !== y));
      expect(nd.greater(u, i).toArray()).toEqual(want((x, y) => x > y));
      expect(nd.lessEqual(u, i).toArray()).toEqual(want((x, y) => x <= y));
    });
  });

  test("comparisons of two JS integers, of any size", () => {
    nd.tidy(() => {
      expect(nd.greater(3, 2 ** 63).item()).toBe(false);
      expect(nd.less(-(2n ** 70n), 2n ** 64n).item()).toBe(true);
      expect(nd.equal(2n ** 64n, 2 ** 64).shape).toEqual([]);
      expect(() => nd.greater(nd.array([true]), 2n ** 63n)).toThrow("Python int too large to convert to C long");
    });
  });
});
