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

  test("sums of uint32 past 2^31 are uint64, not sign-extended (contiguous and along an axis)", () => {
    nd.tidy(() => {
      const big = [4294967295, 3000000000, 2147483648, 7, 1, 4294967294, 2, 3];
      const a = nd.array(big, "uint32");
      const total = big.reduce((x, y) => x + y, 0);
      expect(nd.sum(a).dtype).toBe("uint64");
      expect(nd.sum(a).item()).toBe(total);
      expect(nd.sum(a.reshape(2, 4), 0).toArray()).toEqual([0, 1, 2, 3].map((j) => big[j]! + big[4 + j]!));
      expect(nd.mean(a).item()).toBe(total / 8);
    });
  });

  test("max and min of a contiguous run return its last zero, as NumPy's sequential rule (lanes lose the order)", () => {
    nd.tidy(() => {
      const sign = (a: nd.NDArray) => (Object.is(a.item(), -0) ? "-0" : String(a.item()));
      // NumPy 2.4 gives -0.0 for both (its scalar tail runs last).
      expect(sign(nd.max(nd.array(new Float64Array([0, 0, 0, 0, 0, 0, -0, -1]))))).toBe("-0");
      expect(sign(nd.max(nd.array(new Float64Array([...new Array(14).fill(0), -0, -1]))))).toBe("-0");
      expect(sign(nd.min(nd.array(new Float32Array([...new Array(30).fill(-0), 0, 1]))))).toBe("0");
      expect(sign(nd.max(nd.array(new Float64Array([0, -1, -1, -1, -1, -1, -1, -1, -1]))))).toBe("0");
    });
  });

  test("nd.random with wrong arguments: NumPy's answers or TypeErrors, never an engine error or a corrupted byte count (bad-input sweep)", () => {
    nd.tidy(() => {
      const before = nd.memory();
      // A boolean population is a Python int (np.random.permutation(True) is [0]).
      expect(nd.random.permutation(true as never).toArray()).toEqual([0]);
      expect(nd.random.choice(true as never)).toBe(0);
      for (const call of [() => nd.random.random({} as never), () => nd.random.randint(0, 5, {} as never), () => nd.random.normal(new DataView(new ArrayBuffer(8)) as never), () => nd.random.choice(3, Symbol("s") as never)]) {
        expect(call).toThrow(TypeError);
        expect(call).not.toThrow(/is not iterable|Invalid array length|NaN elements/);
      }
      expect(Number.isFinite(nd.memory().bytesInUse)).toBe(true);
      expect(nd.memory().arrays).toBe(before.arrays + 1);
    });
  });
});
