// Memory under load: a synchronous turn that leaves many arrays undisposed gets one console warning
// that names nd.tidy (the garbage collector frees WebAssembly memory only between turns); the loop
// pattern (nd.tidy per iteration) keeps memory flat and warns nothing; tidy keeps arrays returned
// inside any container; an operation leaves exactly its result behind.
import { afterEach, describe, expect, test, vi } from "vitest";
import * as nd from "../src/index.js";

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("memory under load", () => {
  afterEach(() => vi.restoreAllMocks());

  test("the loop pattern, nd.tidy per iteration, keeps memory flat and warns nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await nextTurn();
    let w = nd.random.randn(8, 4);
    const x = nd.random.randn(32, 8);
    const before = nd.memory();
    for (let step = 0; step < 1000; step++) {
      const next = nd.tidy(() => {
        const grad = nd.matmul(x.T, nd.tanh(nd.matmul(x, w))).mul(1 / 32);
        return w.sub(grad.mul(0.1));
      });
      w.dispose();
      w = next;
    }
    expect(nd.memory()).toEqual(before);
    await nextTurn();
    expect(warn).not.toHaveBeenCalled();
    w.dispose();
    x.dispose();
  });

  test("one synchronous turn leaving more than 10000 arrays undisposed warns once, naming nd.tidy", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await nextTurn();
    const kept: nd.NDArray[] = [];
    for (let i = 0; i < 10_050; i++) kept.push(nd.add(nd.ones([2]), i));
    await nextTurn();
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]![0]);
    expect(message).toMatch(/nd\.tidy/);
    expect(message).toMatch(/not disposed in one synchronous run/);
    // Once only: a second such turn says nothing more.
    for (let i = 0; i < 10_050; i++) kept.push(nd.ones([1]));
    await nextTurn();
    expect(warn).toHaveBeenCalledTimes(1);
    for (const a of kept) a.dispose();
  });

  test("tidy keeps arrays returned inside arrays, objects, Maps and Sets, at any depth, and frees the rest", () => {
    const before = nd.memory();
    const out = nd.tidy(() => {
      const a = nd.ones([3]);
      const b = nd.zeros([2]);
      const c = nd.arange(4);
      const d = nd.eye(2);
      nd.ones([100]); // dropped
      a.add(b.sum()); // dropped
      return { list: [a, { deep: new Map([["b", b]]) }], set: new Set([c]), key: new Map([[d, 1]]), n: 3 };
    });
    const kept = [out.list[0] as nd.NDArray, (out.list[1] as { deep: Map<string, nd.NDArray> }).deep.get("b")!, [...out.set][0]!, [...out.key.keys()][0]!];
    expect(kept.every((a) => !a.isDisposed)).toBe(true);
    expect(nd.memory().arrays).toBe(before.arrays + 4);
    for (const a of kept) a.dispose();
    expect(nd.memory()).toEqual(before);
  });

  test("an operation leaves exactly its result behind (its temporaries are freed at once)", () => {
    nd.tidy(() => {
      const a = nd.random.randn(30, 40);
      const i = nd.arange(40);
      const f32 = nd.ones([20, 1], "float32");
      const column = i.astype("float32").reshape(1, 40).T.slice(":30");
      const x = nd.linspace(0, 1, 40);
      const t = nd.random.randint(0, 40, [30]);
      const mask = nd.greater(a, 0);
      const calls: [string, () => nd.NDArray | nd.NDArray[]][] = [
        ["add, broadcast", () => nd.add(a, i)],
        ["add of a strided view and a cast", () => nd.add(a.T.slice("::2"), f32)],
        ["sum over axes", () => nd.sum(a.T, [0])],
        ["matmul of a transpose, cast", () => nd.matmul(a.T, column)],
        ["gradient", () => nd.gradient(a, 0.5, x)],
        ["softmax", () => nd.softmax(a, 0)],
        ["crossEntropy", () => nd.crossEntropy(a, t)],
        ["where with scalars", () => nd.where(mask, a, 0)],
      ];
      for (const [name, call] of calls) {
        const before = nd.memory();
        const r = call();
        const results = Array.isArray(r) ? r : [r];
        const bytes = results.reduce((s, x) => s + x.size * x.itemsize, 0);
        expect(nd.memory(), name).toEqual({ bytesInUse: before.bytesInUse + bytes, arrays: before.arrays + results.length });
      }
    });
  });
});
