// Error classes and texts where the order of NumPy's checks or its limits decide them, against
// test/fixtures/errors.json (make_errors.py): broadcasting before value checks, assigning a
// sequence to one element, 64 dimensions, sizes past npy_intp, arange's limits, seeds given as
// arrays. Then ndwasm's own: use after dispose is a DisposedError, wrong types name the argument.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { loadFixture } from "./support/fixtures.js";

type Outcome = { type: string; message: string } | { shape: number[]; dtype: string };
interface Seed {
  values?: number[];
  list?: (number | boolean)[] | boolean;
  shape?: number[];
  dtype?: nd.DType;
  first?: number;
  error?: { type: string; message: string };
}
const fx = loadFixture<{ cases: Record<string, Outcome>; seeds: Record<string, Seed> }>("errors");

let deep: unknown = 1;
for (let i = 0; i < 65; i++) deep = [deep];
const ones = (n: number) => new Array<number>(n).fill(1);

const CALLS: Record<string, () => nd.NDArray> = {
  "clip with only a min that does not broadcast": () => nd.clip(nd.zeros(3), nd.zeros(2), null),
  "clip with only a max that does not broadcast": () => nd.clip(nd.zeros(3), null, nd.zeros(2)),
  "clip with both bounds, one not broadcasting": () => nd.clip(nd.zeros(3), nd.zeros(2), 1),
  "power: broadcast error before negative exponents": () => nd.power(nd.array([1, 2, 3]), nd.array([-1, 2])),
  "power: empty base with a negative exponent": () => nd.power(nd.zeros([0], "int64"), nd.array([-1])),
  "power: empty base with a negative scalar": () => nd.power(nd.zeros([0], "int64"), -1),
  "power: negative exponent": () => nd.power(nd.array([2]), nd.array([-1])),
  "set one element to a 1-element array": () => nd.zeros(3).set([-1], nd.array([5.5])),
  "set one element to a 1-element list": () => nd.zeros(1).set([0], [1]),
  "set one element of 2-D to a nested list": () => nd.zeros([2, 2]).set([0, 0], [[1]]),
  "index giving 65 dimensions": () => nd.zeros(1).slice(...new Array<null>(64).fill(null)),
  "index giving 71 dimensions": () => nd.zeros(1).slice(...new Array<null>(70).fill(null)),
  "index giving 64 dimensions": () => nd.zeros(1).slice(...new Array<null>(63).fill(null)),
  "input nested 65 deep": () => nd.array(deep as nd.Nested[]),
  "zeros of 65 dimensions": () => nd.zeros(ones(65)),
  "reshape to 65 dimensions": () => nd.zeros(1).reshape(ones(65)),
  "zeros (1e308, 0)": () => nd.zeros([1e308, 0]),
  "zeros (2**62, 0)": () => nd.zeros([2 ** 62, 0]),
  "zeros (0, 2**62)": () => nd.zeros([0, 2 ** 62]),
  "zeros (2**60, 0) int8": () => nd.zeros([2 ** 60, 0], "int8"),
  "zeros (2**63, 0)": () => nd.zeros([2 ** 63, 0]),
  "zeros (2**59, 0)": () => nd.zeros([2 ** 59, 0]),
  "zeros (2**40, 2**30)": () => nd.zeros([2 ** 40, 2 ** 30]),
  "arange(2147483646, 2147483649)": () => nd.arange(2147483646, 2147483649),
  "arange(3e9, 3e9 + 2) of Python ints": () => nd.arange(3e9, 3e9 + 2),
  "arange(0, 10, inf)": () => nd.arange(0, 10, Infinity),
  "arange(0, inf)": () => nd.arange(0, Infinity),
  "arange(0, 3, dtype=bool)": () => nd.arange(0, 3, 1, "bool"),
  "arange(False)": () => nd.arange(false),
  "arange(False, True)": () => nd.arange(false, true),
  "arange(True, dtype=bool)": () => nd.arange(true, undefined, 1, "bool"),
  "arange(0, 2, dtype=bool)": () => nd.arange(0, 2, 1, "bool"),
  "arange(0, 1, 0.5, dtype=bool)": () => nd.arange(0, 1, 0.5, "bool"),
};

describe(`errors match NumPy ${fx.numpy}`, () => {
  test("every fixture case has a call", () => expect(Object.keys(CALLS).sort()).toEqual(Object.keys(fx.cases).sort()));

  test.each(Object.entries(fx.cases))("%s", (name, want) => {
    // (Leaks on error paths are test/bad-input.test.ts's: the operands here are made inside the call.)
    nd.tidy(() => {
      let got: nd.NDArray | null = null;
      let error: unknown = null;
      try {
        got = CALLS[name]!();
      } catch (e) {
        error = e;
      }
      if ("type" in want) {
        expect(error, `${name}: expected ${want.type}`).toBeInstanceOf(Error);
        expect(`${(error as Error).name}: ${(error as Error).message}`).toBe(`${want.type}: ${want.message}`);
      } else {
        if (error !== null) throw error;
        expect({ shape: got!.shape, dtype: got!.dtype }).toEqual(want);
      }
    });
  });
});

describe(`np.random.seed with arrays matches NumPy ${fx.numpy}`, () => {
  test.each(Object.entries(fx.seeds))("%s", (_name, s) => {
    nd.tidy(() => {
      const seed = s.list !== undefined ? s.list : nd.array(s.values!, s.dtype).reshape(s.shape!);
      const before = nd.memory();
      if (s.error) {
        expect(() => nd.random.seed(seed as never)).toThrow(s.error.message);
        expect(() => nd.random.seed(seed as never)).toThrow(s.error.type === "TypeError" ? TypeError : nd.ValueError);
      } else {
        nd.random.seed(seed as never);
        expect(nd.random.rand()).toBe(s.first);
      }
      expect(nd.memory()).toEqual(before);
    });
  });
});

describe("errors of ndwasm's own", () => {
  test("use after dispose is a DisposedError that says what happened, for every kind of use", () => {
    const a = nd.zeros([2, 3]);
    a.dispose();
    const uses: [string, () => unknown][] = [
      ["toArray", () => a.toArray()], ["item", () => a.item(0)], ["toString", () => a.toString()], ["add", () => a.add(1)],
      ["nd.add", () => nd.add(1, a)], ["slice", () => a.slice(0)], ["T", () => a.T], ["reshape", () => a.reshape(3, 2)],
      ["copy", () => a.copy()], ["astype", () => a.astype("int32")], ["flatten", () => a.flatten()], ["fill", () => a.fill(1)],
      ["set", () => a.set([0], 1)], ["sum", () => nd.sum(a)], ["matmul", () => nd.matmul(a, a)], ["array", () => nd.array(a)],
      ["where", () => nd.where(a, 1, 2)], ["valueOf", () => +a],
    ];
    const before = nd.memory();
    for (const [name, use] of uses) {
      let error: unknown = null;
      try {
        use();
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(nd.DisposedError);
      expect((error as Error).name).toBe("DisposedError");
      expect((error as Error).message).toMatch(/disposed/);
      expect(nd.memory(), `${name} leaks nothing`).toEqual(before);
    }
    expect(a.isDisposed).toBe(true);
    expect(a.shape).toEqual([2, 3]); // metadata stays readable
  });

  test("an axis that is not an integer names its type", () => {
    nd.tidy(() => {
      expect(() => nd.sum(nd.zeros([2, 2]), [0, "1" as unknown as number])).toThrow('axis must be an integer, got string "1"');
      expect(() => nd.max(nd.zeros([2, 2]), 0.5)).toThrow("axis must be an integer, got number 0.5");
    });
  });
});
