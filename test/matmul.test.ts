import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { matmulShape, planBatch } from "../src/ops/matmul-shape.js";
import { gemmBlocking } from "../src/ops/matmul.js";
import { relaxedSimdEnabled } from "../src/backend/wasm/module.js";
import { Case, OperandSpec, decode, fixture, mismatch, runCase } from "./matmul-data.js";

const group = (name: string): Case[] => fixture.cases.filter((c) => c.group === name);

describe(`nd.matmul matches NumPy ${fixture.numpy}`, () => {
  for (const name of ["shapes", "empty", "mixed", "views", "real", "wrap", "strided tiles", "thin"]) {
    test.each(group(name).map((c) => [c.name, c] as const))(`${name}: %s`, (_, c) => {
      expect(runCase(c)).toBeNull();
    });
  }

  // 343 shapes per dtype, one test per dtype and row count.
  const tiles = group("tiles");
  const byRows = new Map<string, Case[]>();
  for (const c of tiles) {
    const key = `${c.a.dtype}, m = ${c.a.shape[0]}`;
    byRows.set(key, [...(byRows.get(key) ?? []), c]);
  }
  test.each([...byRows.entries()])("tile edges: %s, every k and n", (_, cases) => {
    const failures = cases.map((c) => [c.name, runCase(c)]).filter(([, r]) => r !== null);
    expect(failures).toEqual([]);
  });

  test("NaN and infinity propagate (inf * 0 is nan)", () => {
    const a = nd.array(fixture.specials.a.map((r) => r.map(decode)));
    const b = nd.array(fixture.specials.b.map((r) => r.map(decode)));
    const r = nd.matmul(a, b);
    const spec: OperandSpec = { shape: [], dtype: "float64", seed: 0, gen: "int" };
    expect(mismatch({ a: spec, b: spec, expect: fixture.specials.expect }, r, 2)).toBeNull();
    [a, b, r].forEach((x) => x.dispose());
  });

  test("the fixture reaches both the direct loops and the packed kernel, across its blocks", () => {
    const packed = (c: Case) => gemmBlocking(c.expect.shape[0], c.a.shape[1], c.expect.shape[1], c.a.dtype as "float64") !== null;
    const tiles64 = tiles.filter((c) => c.a.dtype === "float64");
    expect(tiles64.filter(packed).length).toBeGreaterThan(25);
    expect(tiles64.filter((c) => !packed(c)).length).toBeGreaterThan(40);
    expect(gemmBlocking(257, 257, 257, "float64")).toMatchObject({ mc: 128, kc: 256 });
    expect(gemmBlocking(9, 70, 1030, "float32")).toMatchObject({ nc: 1024 });
  });
});

describe("errors", () => {
  test.each(fixture.errors.map((e) => [`(${e.a}) @ (${e.b})`, e] as const))("%s", (_, e) => {
    const a = nd.ones(e.a);
    const b = nd.ones(e.b);
    const before = nd.memory();
    expect(() => nd.matmul(a, b)).toThrow(new nd.ValueError(e.message));
    try {
      nd.matmul(a, b);
    } catch (err) {
      expect(err).toBeInstanceOf(nd.ValueError);
      expect((err as Error).name).toBe(e.type);
    }
    expect(nd.memory()).toEqual(before);
    a.dispose();
    b.dispose();
  });

  test("the notebook's B @ A", () => {
    const A = nd.array([[[1, 2, 3, 4], [3, 4, 1, 3]], [[1, 2, 3, 4], [3, 4, 1, 3]]]);
    const B = nd.array([[3, 4, 1], [1, 3, 1], [1, 2, 1], [3, 4, 1]]);
    expect(() => B.matmul(A)).toThrow(
      "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)",
    );
    A.dispose();
    B.dispose();
  });

  test("a number operand is 0-d", () => {
    const v = nd.array([1, 2, 3]);
    const message = (i: number) => `matmul: Input operand ${i} does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)`;
    const before = nd.memory();
    expect(() => nd.matmul(5, v)).toThrow(message(0));
    expect(() => nd.matmul(v, 2.5)).toThrow(message(1));
    expect(() => v.matmul(true)).toThrow(message(1));
    expect(nd.memory()).toEqual(before);
    v.dispose();
  });

  test("wrong argument types are TypeErrors naming the argument", () => {
    const v = nd.array([1, 2, 3]);
    const before = nd.memory();
    expect(() => nd.matmul("abc" as never, v)).toThrow(TypeError);
    expect(() => nd.matmul("abc" as never, v)).toThrow(/x1/);
    expect(() => nd.matmul(v, { length: 3 } as never)).toThrow(/x2/);
    expect(() => nd.matmul([1, 2, 3], null as never)).toThrow(/x2/);
    expect(() => nd.matmul([[1, 2], [3]], v)).toThrow(nd.ValueError);
    expect(nd.memory()).toEqual(before);
    v.dispose();
  });

  test("a disposed operand throws a clear Error", () => {
    const a = nd.ones([2, 2]);
    const b = nd.ones([2, 2]);
    b.dispose();
    expect(() => a.matmul(b)).toThrow(/disposed/);
    a.dispose();
  });
});

describe("semantics", () => {
  test("the notebook's A @ B, as NumPy prints it", () => {
    const A = nd.array([[[1, 2, 3, 4], [3, 4, 1, 3]], [[1, 2, 3, 4], [3, 4, 1, 3]]]);
    const B = nd.array([[3, 4, 1], [1, 3, 1], [1, 2, 1], [3, 4, 1]]);
    const C = A.matmul(B);
    expect(C.toString()).toBe("array([[[20, 32, 10],\n        [23, 38, 11]],\n\n       [[20, 32, 10],\n        [23, 38, 11]]])");
    [A, B, C].forEach((x) => x.dispose());
  });

  test("nested lists and TypedArrays are accepted; (k,) @ (k,) is 0-d", () => {
    const r = nd.matmul([1, 2, 3], Float64Array.from([4, 5, 6]));
    expect(r.shape).toEqual([]);
    expect(r.dtype).toBe("float64");
    expect(r.item()).toBe(32);
    r.dispose();
  });

  test("products round as the loaded build does: separately in SIMD128, fused in relaxed SIMD", () => {
    const r = nd.matmul([[-1, 0.1]], [[1, 1], [10, 10]]);
    const expected = relaxedSimdEnabled ? 5.551115123125783e-17 : 0;
    expect(r.toArray()).toEqual([[expected, expected]]);
    r.dispose();
  });

  test("the result is a new C-contiguous array and the inputs are unchanged", () => {
    const a = nd.arange(0, 24).reshape(4, 6).T;
    const b = nd.arange(0, 8).reshape(4, 2);
    const before = [a.toArray(), b.toArray()];
    const r = nd.matmul(a, b);
    expect(r.strides).toEqual([2, 1]);
    expect(r._storage).not.toBe(a._storage);
    expect([a.toArray(), b.toArray()]).toEqual(before);
    [a, b, r].forEach((x) => x.dispose());
  });

  test("the packed kernel leaves large strided inputs unchanged", () => {
    const a = nd.arange(0, 300 * 200, 1, "float64").reshape(300, 200).T;
    const b = nd.arange(0, 300 * 100, 1, "float64").reshape(300, 100).slice("::-1", ":");
    const ca = a.toTypedArray();
    const cb = b.toTypedArray();
    const r = nd.matmul(a, b);
    expect(gemmBlocking(200, 300, 100, "float64")).not.toBeNull();
    expect(a.toTypedArray()).toEqual(ca);
    expect(b.toTypedArray()).toEqual(cb);
    [a, b, r].forEach((x) => x.dispose());
  });

  test("nothing leaks: products, casts, bool, packing and batches return memory to where it was", () => {
    const a = nd.ones([3, 70, 90], "float32");
    const b = nd.ones([90, 300], "int32");
    const before = nd.memory();
    for (const [x, y] of [[a, b], [b.T, a.slice(0).T], [a, a.slice(0).T]] as const) nd.matmul(x, y).dispose();
    nd.matmul([[true, false]], [[true], [true]]).dispose();
    nd.matmul([1, 2], [[1, 2], [3, 4]]).dispose();
    nd.tidy(() => {
      nd.matmul(nd.ones([300, 300]), nd.ones([300, 300]));
    });
    expect(nd.memory()).toEqual(before);
    a.dispose();
    b.dispose();
  });
});

describe("planning (pure)", () => {
  test("output shapes follow the gufunc signature", () => {
    expect(matmulShape([3, 4, 5, 5, 6, 3], [3, 2])).toEqual({ shape: [3, 4, 5, 5, 6, 2], batch: [3, 4, 5, 5], m: 6, k: 3, n: 2 });
    expect(matmulShape([2, 1, 3, 4], [1, 5, 4, 6]).shape).toEqual([2, 5, 3, 6]);
    expect(matmulShape([4], [2, 4, 3])).toEqual({ shape: [2, 3], batch: [2], m: 1, k: 4, n: 3 });
    expect(matmulShape([4], [4])).toEqual({ shape: [], batch: [], m: 1, k: 4, n: 1 });
  });

  test("a batch that b does not move folds into the rows: the notebook's 6-D product is one 1800 x 3 x 2 product", () => {
    // float64 byte strides of a C-contiguous (3,4,5,5,6,3) a and (3,4,5,5,6,2) out.
    const loop = planBatch([3, 4, 5, 5], [9600, 2400, 480, 96], [14400, 3600, 720, 144], [0, 0, 0, 0], 6, 16, 24);
    expect(loop).toEqual({ batch: [], batchStrides: [[], [], []], m: 1800, sOm: 16, sAm: 24 });
  });

  test("a batch that moves b stays a batch; size-1 axes drop out", () => {
    // (2,1,3,4) @ (1,5,4,6) -> (2,5,3,6), float64.
    const loop = planBatch([2, 5], [720, 144], [96, 0], [0, 192], 3, 48, 32);
    expect(loop).toEqual({ batch: [2, 5], batchStrides: [[720, 144], [96, 0], [0, 192]], m: 3, sOm: 48, sAm: 32 });
    // (4,) @ (2,4,3): single rows, the batch moves b.
    expect(planBatch([2], [24], [0], [96], 1, 24, 0)).toEqual({ batch: [2], batchStrides: [[24], [0], [96]], m: 1, sOm: 0, sAm: 0 });
    // (1,1,3,4) @ (4,5): nothing left of the batch.
    expect(planBatch([1, 1], [120, 120], [96, 96], [0, 0], 3, 40, 32)).toMatchObject({ batch: [], m: 3 });
  });

  test("rows that a transposed batch interleaves are not folded", () => {
    // (2,6,3) @ (3,2) in float64: a contiguous a folds into 12 rows ...
    expect(planBatch([2], [96], [144], [0], 6, 16, 24)).toMatchObject({ batch: [], m: 12, sOm: 16, sAm: 24 });
    // ... a (6,2,3) base transposed to (2,6,3) does not: its rows are 48 bytes apart, its batch 24.
    expect(planBatch([2], [96], [24], [0], 6, 16, 48)).toMatchObject({ batch: [2], batchStrides: [[96], [24], [0]], m: 6, sAm: 48 });
  });
});
