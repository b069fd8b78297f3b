// Memory: arrays live in WASM linear memory; dispose / using / tidy free them at once, dropped
// arrays are freed by the garbage collector, views keep their storage alive, running out of
// memory is a RangeError, and memory growth never leaves a stale view behind.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { numbers } from "./support/numbers.js";

const script = (name: string, ...flags: string[]) =>
  JSON.parse(execFileSync(process.execPath, [...flags, fileURLToPath(new URL(`./scripts/${name}.mjs`, import.meta.url))], { encoding: "utf8" }));

describe("dispose", () => {
  test("frees the data at once and makes the array unusable", () => {
    const before = nd.memory();
    const a = nd.zeros([100, 100]);
    expect(nd.memory()).toEqual({ bytesInUse: before.bytesInUse + 80000, arrays: before.arrays + 1 });
    a.dispose();
    expect(nd.memory()).toEqual(before);
    expect(() => a.add(1)).toThrow(/disposed/);
    expect(() => a.toArray()).toThrow(/disposed/);
    expect(() => a.slice(0)).toThrow(/disposed/);
    expect(() => nd.add(1, a)).toThrow(/disposed/);
    expect(() => a.dispose()).not.toThrow();
    expect(String(a.shape)).toBe("100,100"); // metadata stays readable
  });

  test("views share storage: the block is freed when its last holder is disposed", () => {
    const before = nd.memory();
    const a = nd.tidy(() => nd.arange(12).reshape(3, 4));
    const t = a.T;
    const v = t.slice("::2");
    a.dispose();
    t.dispose();
    expect(nd.memory().arrays).toBe(before.arrays + 1);
    expect(v.toArray()).toEqual([[0, 4, 8], [2, 6, 10]]);
    v.dispose();
    expect(nd.memory()).toEqual(before);
  });

  test("Symbol.dispose and `using`", () => {
    const before = nd.memory();
    {
      using a = nd.ones([10]);
      expect(a.size).toBe(10);
    }
    expect(nd.memory()).toEqual(before);
    const b = nd.ones([3]);
    b[Symbol.dispose]();
    expect(b.isDisposed).toBe(true);
  });
});

describe("tidy", () => {
  test("frees everything created inside except what is returned", () => {
    const before = nd.memory();
    const x = nd.tidy(() => nd.arange(6).reshape(2, 3)); // the reshaped view keeps arange's storage
    const y = nd.tidy(() => {
      const t = x.mul(2).add(1).T; // intermediates and views
      return nd.sin(t);
    });
    expect(nd.memory().arrays).toBe(before.arrays + 2); // x and y
    expect(x.isDisposed).toBe(false);
    expect(y.shape).toEqual([3, 2]);
    y.dispose();
    x.dispose();
    expect(nd.memory()).toEqual(before);
  });

  test("keeps arrays returned inside arrays and objects; nests; frees on throw", () => {
    const before = nd.memory();
    const { a, list } = nd.tidy(() => {
      const inner = nd.tidy(() => [nd.ones([2]), nd.zeros([2]).add(3)]);
      nd.ones([5]); // garbage
      return { a: nd.ones([1]), list: inner };
    });
    expect([a.isDisposed, list[0].isDisposed, list[1].isDisposed]).toEqual([false, false, false]);
    expect(list[1].toArray()).toEqual([3, 3]);
    expect(nd.memory().arrays).toBe(before.arrays + 3);
    [a, ...list].forEach((t) => t.dispose());
    expect(() =>
      nd.tidy(() => {
        nd.ones([100]);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(nd.memory()).toEqual(before);
  });

  test("refuses async functions, which it cannot track", () => {
    expect(() => nd.tidy((async () => nd.ones([1])) as never)).toThrow(TypeError);
  });
});

describe("limits", () => {
  test("one array holds at most 1 GiB: a RangeError, before anything is allocated", () => {
    const before = nd.memory();
    expect(() => nd.zeros([2 ** 27 + 1])).toThrow(RangeError);
    expect(() => nd.zeros([2 ** 27 + 1])).toThrow(/cannot allocate 1\.0 GiB for one array/);
    expect(nd.memory()).toEqual(before);
  });
});

describe("memory growth", () => {
  test("arrays read and write correctly after linear memory grows", () => {
    const a = nd.arange(0, 1000, 1, "float64");
    const grow = nd.zeros([64, 1024, 1024]); // 512 MiB forces growth
    expect(a.item(999)).toBe(999);
    a.set([5], -1);
    expect(a.add(a).item(5)).toBe(-2);
    expect(numbers(a).slice(0, 6)).toEqual([0, 1, 2, 3, 4, -1]);
    grow.dispose();
  });
});

describe("in a fresh Node process", () => {
  test("the package imports without ceremony", () => {
    const r = script("package");
    expect(r.repr).toBe("array([[4, 7],\n       [6, 9]])");
    expect(r.exports).toEqual(expect.arrayContaining(["array", "tidy", "memory", "random", "NDArray", "ValueError", "AxisError", "IndexError"]));
    expect(r.exports).not.toContain("default");
  });

  test("dropped arrays and views are freed by the garbage collector", () => {
    const r = script("gc", "--expose-gc");
    expect(r.peak.arrays).toBeGreaterThan(r.start.arrays);
    expect(r.after).toEqual(r.start);
    expect(r.viewValue).toBe(999);
    expect(r.end).toEqual(r.start);
  });

  test("running out of memory is a RangeError that says what is live, and the heap survives", () => {
    const r = script("oom");
    expect(r.error.isRangeError).toBe(true);
    expect(r.error.message).toMatch(/^ndwasm: out of WebAssembly memory allocating 800\.0 MiB \(3\.\d GiB live in \d+ arrays/);
    expect(r.error.message).toMatch(/dispose\(\)/);
    expect(r.held).toBeGreaterThanOrEqual(4);
    expect(r.freed).toEqual({ bytesInUse: 0, arrays: 0 });
    expect(r.sum).toBe(1);
  }, 60_000);
});
