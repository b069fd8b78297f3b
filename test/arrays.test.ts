// NDArray creation, views (reshape, transpose, slicing), item/set, astype and friends against
// NumPy (fixture: test/fixtures/make_foundation.py), plus the API's own conventions.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { EncodedArray, Outcome, ViewStep, applyView, decode, expectError, expectMatches, fromEncoded, loadFixture } from "./support/fixtures.js";

const fx = loadFixture<{
  creation: (Outcome & { label: string; call: { fn: string; args: unknown[] } })[];
  views: (Outcome & { label: string; base: EncodedArray; view: ViewStep[] })[];
  items: (Outcome & { base: EncodedArray; index: number[] })[];
}>("foundation");

const decodeArgs = (x: unknown): unknown => (Array.isArray(x) ? x.map(decodeArgs) : x === "nan" ? NaN : x);

describe(`creation matches NumPy ${fx.numpy}`, () => {
  test.each(fx.creation)("$label $call.args", (c) => {
    const fn = (nd as unknown as Record<string, (...a: unknown[]) => nd.NDArray>)[c.call.fn];
    let args = decodeArgs(c.call.args) as unknown[];
    // np.eye(n, dtype=…) is nd.eye(n, { dtype }).
    if (c.call.fn === "eye" && typeof args[args.length - 1] === "string") args = [...args.slice(0, -1), { dtype: args[args.length - 1] }];
    const run = () => fn(...args);
    if (c.error) return expectError(run, c.error);
    expectMatches(run(), c.result!);
  });

  test("nd.array from TypedArrays keeps their dtype", () => {
    expect(nd.array(new Float32Array([1, 2])).dtype).toBe("float32");
    expect(nd.array(new Int32Array([1, 2])).dtype).toBe("int32");
    expect(nd.array(new Float64Array([1, 2])).dtype).toBe("float64");
    expect(nd.array(new Uint8Array([1, 200])).toArray()).toEqual([1, 200]);
  });
  test("nd.array of an NDArray copies", () => {
    const a = nd.array([1, 2, 3]);
    const b = nd.array(a);
    b.set([0], 9);
    expect(a.toArray()).toEqual([1, 2, 3]);
    expect(nd.array(a, "float32").dtype).toBe("float32");
  });
  test("wrong argument types are TypeErrors that name the argument", () => {
    expect(() => nd.array("abc" as never)).toThrow(/array: data/);
    expect(() => nd.array([1, "a"] as never)).toThrow(TypeError);
    expect(() => nd.zeros([2], "int128" as never)).toThrow(/zeros: dtype must be one of/);
    expect(() => nd.zeros("3" as never)).toThrow(/zeros: shape/);
    expect(() => nd.ones([2.5])).toThrow(TypeError);
    expect(() => nd.arange("5" as never)).toThrow(/arange: stop/);
    expect(() => nd.arange(0, 5, "1" as never)).toThrow(/arange: step/);
    expect(() => nd.array([1]).astype("double" as never)).toThrow(/astype: dtype/);
  });
});

describe(`views match NumPy ${fx.numpy}`, () => {
  test.each(fx.views)("$label $view", (c) => {
    const base = fromEncoded(c.base);
    const run = () => applyView(base, c.view);
    if (c.error) return expectError(run, c.error);
    const v = run();
    expectMatches(v, c.result!);
  });

  test("slicing, transposing and reshaping contiguous data never copy", () => {
    const a = nd.arange(24).reshape(2, 3, 4);
    const before = nd.memory();
    const views = [a.slice(":", 1), a.slice("...", "::-1"), a.T, a.transpose(1, 0, 2), a.reshape(6, 4), a.reshape(-1), a.slice(null, 1, "1:", "::2"), a.T.reshape(4, 3, 2), a.slice(1).reshape(3, 2, 2)];
    expect(nd.memory()).toEqual(before);
    // Writes through a view are seen by the base.
    views[0].set([0, 0], 100);
    expect(a.item(0, 1, 0)).toBe(100);
    a.T.set([3, 2, 1], -5);
    expect(a.item(1, 2, 3)).toBe(-5);
  });
  test("reshape copies when the strides do not allow a view, and says so by owning new memory", () => {
    const a = nd.arange(12).reshape(3, 4);
    const before = nd.memory();
    const r = a.T.reshape(12);
    expect(nd.memory().arrays).toBe(before.arrays + 1);
    expect(r.toArray()).toEqual([0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
  });
  test("reshape takes the shape as numbers or one array", () => {
    expect(nd.arange(6).reshape([3, 2]).shape).toEqual([3, 2]);
    expect(nd.arange(6).reshape(3, -1).shape).toEqual([3, 2]);
  });
  test("the seed notebook's slicing cells", () => {
    const A = nd.array([[1, 2], [3, 4]]);
    expect(A.slice(":", 1).toString()).toBe("array([2, 4])");
    const B = nd.array([[[1, 2, 1], [3, 4, 2]], [[1, 2, 2], [3, 4, 1]]]);
    expect(B.shape).toEqual([2, 2, 3]);
    expect(B.slice(":", 1, ":").shape).toEqual([2, 3]);
    expect(B.slice(":", ":", 1).shape).toEqual([2, 2]);
    expect(B.slice(":", ":", "0:2").shape).toEqual([2, 2, 2]);
  });
  test("invalid slice specs are clear errors", () => {
    const a = nd.arange(6);
    expect(() => a.slice("a:b")).toThrow(TypeError);
    expect(() => a.slice(1.5)).toThrow(nd.IndexError);
    expect(() => a.slice({} as never)).toThrow(TypeError);
    expect(() => a.slice("1:2:3:4")).toThrow(TypeError);
  });
});

describe("item and set", () => {
  test.each(fx.items)("item($index)", (c) => {
    const a = fromEncoded(c.base);
    const run = () => a.item(...c.index);
    if (c.error) return expectError(run, c.error);
    expect(run()).toBe(decode(c.result!.values[0]));
  });
  test("bool items are booleans; toArray gives nested JS values; 0-d gives a scalar", () => {
    expect(nd.array([true, false]).item(1)).toBe(false);
    expect(nd.array([[true], [false]]).toArray()).toEqual([[true], [false]]);
    expect(nd.array(2.5).toArray()).toBe(2.5);
    expect(nd.array(7).item()).toBe(7);
  });
  test("set writes a scalar, broadcasts arrays, casts like NumPy's setitem", () => {
    const a = nd.zeros([2, 3], "int32");
    a.set([0, 1], nd.array(7.9)); // an array value is cast as NumPy casts it
    a.set([1], [1, 2, 3]);
    a.set([":", 2], nd.array([[-1.5], [9]]).reshape(2));
    expect(a.toArray()).toEqual([[0, 7, -1], [1, 2, 9]]);
    a.set([], 4);
    expect(a.toArray()).toEqual([[4, 4, 4], [4, 4, 4]]);
    a.set(["...", "::2"], nd.array([[5, 6]]));
    expect(a.toArray()).toEqual([[5, 4, 6], [5, 4, 6]]);
  });
  test("set with overlapping source and target reads the source first, as NumPy does", () => {
    const a = nd.arange(5);
    a.set([], a.slice("::-1"));
    expect(a.toArray()).toEqual([4, 3, 2, 1, 0]);
  });
  test("set errors are NumPy's and leave the array unchanged", () => {
    const a = nd.zeros([2, 2], "int32");
    expect(() => a.set([0, 5], 1)).toThrow(new nd.IndexError("index 5 is out of bounds for axis 1 with size 2"));
    // JavaScript has no 0.0 literal: a fractional, NaN or infinite number into an integer array is refused.
    expect(() => a.set([0], NaN)).toThrow(TypeError);
    expect(() => a.set([0], 0.7)).toThrow(/cannot store 0.7 in an int32 array/);
    expect(() => a.fill(Infinity)).toThrow(TypeError);
    expect(() => a.set([0], 3e9)).toThrow(new nd.OverflowError("Python integer 3000000000 out of bounds for int32"));
    expect(() => a.set([0], [1, 2, 3])).toThrow(new nd.ValueError("could not broadcast input array from shape (3,) into shape (2,)"));
    expect(() => a.set([], nd.zeros([3, 2, 2]))).toThrow(new nd.ValueError("could not broadcast input array from shape (3,2,2) into shape (2,2)"));
    expect(a.toArray()).toEqual([[0, 0], [0, 0]]);
    a.set([], nd.ones([1, 2, 2]));
    expect(a.toArray()).toEqual([[1, 1], [1, 1]]);
  });
});

describe("conversions", () => {
  test("astype casts like NumPy (truncation, NaN to INT_MIN as on x86, bool is != 0)", () => {
    const a = nd.array([1.7, -1.7, NaN, 3e9, -0.0, 0.25]);
    expect(Array.from(a.astype("int32").toTypedArray())).toEqual([1, -1, -2147483648, -2147483648, 0, 0]);
    expect(a.astype("bool").toArray()).toEqual([true, true, true, true, false, true]);
    expect(Array.from(nd.array([0.1]).astype("float32").toTypedArray())).toEqual([Math.fround(0.1)]);
  });
  test("toTypedArray copies in C order, also from strided views", () => {
    const a = nd.arange(6).reshape(2, 3);
    const t = a.T.toTypedArray();
    expect(t).toBeInstanceOf(BigInt64Array);
    expect(Array.from(t, Number)).toEqual([0, 3, 1, 4, 2, 5]);
    t[0] = 99n;
    expect(a.item(0, 0)).toBe(0);
    expect(nd.array([true]).toTypedArray()).toBeInstanceOf(Uint8Array);
  });
  test("flatten and copy are C-ordered copies", () => {
    const a = nd.arange(6).reshape(2, 3);
    const f = a.T.flatten();
    expect(f.shape).toEqual([6]);
    expect(f.toArray()).toEqual([0, 3, 1, 4, 2, 5]);
    const c = a.T.copy();
    expect(c.strides).toEqual([2, 1]);
    c.set([0, 0], 5);
    expect(a.item(0, 0)).toBe(0);
  });
  test("shape, strides (in elements), ndim, size, dtype", () => {
    const a = nd.zeros([2, 3, 4], "float32");
    expect([a.shape, a.strides, a.ndim, a.size, a.dtype]).toEqual([[2, 3, 4], [12, 4, 1], 3, 24, "float32"]);
    expect(a.T.strides).toEqual([1, 4, 12]);
    expect(a.slice("::-2").strides).toEqual([-24, 4, 1]);
  });
  test("console.log prints NumPy's repr", async () => {
    const { inspect } = await import("node:util");
    expect(inspect(nd.array([[1, 2], [3, 4]]))).toBe("array([[1, 2],\n       [3, 4]])");
    expect(`${nd.array([0.5, 1])}`).toBe("array([0.5, 1. ])");
  });
});
