// a.get / a.set, take/put/addAt and the shaping, joining and padding functions against NumPy
// (test/fixtures/indexing.json, from make_indexing.py): values bit for bit, errors to the
// character, views where NumPy returns views, nothing leaked or half-written on errors.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { type EncodedArray, type ViewStep, applyView, expectError, expectMatches, fromEncoded, loadFixture } from "./support/fixtures.js";

type Value = number | boolean | string | null | Value[] | { array: EncodedArray; view?: ViewStep[] } | { list: Value[] } | { tuple: Value[] } | { float: number } | { [key: string]: Value };

interface Case {
  kind: "get" | "set" | "call";
  name: string;
  a?: { array: EncodedArray; view?: ViewStep[] };
  index?: Value[];
  value?: Value;
  fn?: string;
  args?: Value[];
  result?: EncodedArray;
  results?: EncodedArray[];
  view?: boolean | null;
  error?: { type: string; message: string };
}

const fixture = loadFixture<{ cases: Case[] }>("indexing");

/** A fixture value as ndwasm takes it; every array made is recorded in `made`. */
function decode(x: Value, made: nd.NDArray[]): unknown {
  if (x === null || typeof x !== "object") return x;
  if (Array.isArray(x)) return x.map((v) => decode(v, made));
  if ("array" in x && typeof x.array === "object" && x.array !== null && "dtype" in (x.array as object)) {
    const base = fromEncoded(x.array as EncodedArray);
    made.push(base);
    const steps = (x as { view?: ViewStep[] }).view;
    return steps ? applyView(base, steps) : base;
  }
  if ("list" in x) return (x.list as Value[]).map((v) => decode(v, made));
  if ("tuple" in x) return (x.tuple as Value[]).map((v) => decode(v, made));
  if ("float" in x) return x.float;
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, decode(v as Value, made)]));
}

const fns = nd as unknown as Record<string, (...args: unknown[]) => unknown>;
const INPLACE = new Set(["put", "putAlongAxis", "addAt"]);

function run(c: Case): void {
  nd.tidy(() => {
    const made: nd.NDArray[] = [];
    let input: unknown;
    let call: () => unknown;
    if (c.kind === "call") {
      const args = c.args!.map((v) => decode(v, made));
      input = args[0];
      call = () => {
        const r = fns[c.fn!]!(...args);
        return INPLACE.has(c.fn!) ? args[0] : r;
      };
    } else {
      const a = decode(c.a!, made) as nd.NDArray;
      input = a;
      const index = c.index!.map((v) => decode(v, made)) as nd.Index[];
      if (c.kind === "get") call = () => a.get(...index);
      else {
        const value = decode(c.value!, made) as nd.Operand;
        call = () => {
          a.set(index, value);
          return made[0];
        };
      }
    }
    const before = nd.memory();
    const snapshot = made.length > 0 ? made[0]!.toArray() : null;
    if (c.error) {
      expectError(call, c.error);
      expect(nd.memory()).toEqual(before);
      if (snapshot !== null) expect(made[0]!.toArray()).toEqual(snapshot);
      return;
    }
    const r = call();
    if (c.results) {
      const list = r as nd.NDArray[];
      expect(list.length).toBe(c.results.length);
      list.forEach((x, i) => expectMatches(x, c.results![i]!));
      return;
    }
    expectMatches(r as nd.NDArray, c.result!);
    if (c.view !== undefined && c.view !== null && input instanceof nd.NDArray && c.kind !== "set" && !INPLACE.has(c.fn ?? "")) {
      expect((r as nd.NDArray)._storage === input._storage, c.view ? "NumPy returns a view" : "NumPy returns a copy").toBe(c.view);
    }
  });
}

describe(`indexing matches NumPy ${fixture.numpy}`, () => {
  for (const kind of ["get", "set", "call"] as const) {
    const cases = fixture.cases.filter((c) => c.kind === kind);
    test.each(cases.map((c) => [c.kind === "call" ? `${c.fn}: ${c.name}` : c.name, c] as const))(`${kind} %s`, (_, c) => run(c));
  }
  test("no leaks", () => {
    const before = nd.memory();
    for (const c of fixture.cases) run(c);
    expect(nd.memory()).toEqual(before);
  });
});

describe("ndwasm's own rules for get and set", () => {
  test("a fractional JS number into an integer array is a TypeError through index arrays and masks too", () => {
    nd.tidy(() => {
      const a = nd.array([1, 2, 3]);
      expect(() => a.set([[0, 2]], 0.5)).toThrow(/cannot store 0.5 in an int64 array/);
      expect(() => a.set([a.gt(1)], 0.5)).toThrow(/cannot store 0.5 in an int64 array/);
      expect(() => a.set([[0]], NaN)).toThrow(TypeError);
      a.set([[0, 2]], nd.array([0.5, 7.9])); // an array value casts as NumPy casts it
      expect(a.toArray()).toEqual([0, 2, 7]);
    });
  });

  test("a lone NDArray or number is one spec; bigints and booleans are indices", () => {
    nd.tidy(() => {
      const a = nd.arange(6);
      a.set(a.gt(3), -1);
      expect(a.toArray()).toEqual([0, 1, 2, 3, -1, -1]);
      a.set(0, 9);
      expect(a.get(0n).toArray()).toBe(9);
      expect(a.get([1n, -1n]).toArray()).toEqual([1, -1]);
      expect(a.get(true).shape).toEqual([1, 6]);
      expect(() => a.get(2n ** 64n)).toThrow(new nd.OverflowError("Python int too large to convert to C long"));
      expect(() => a.get(undefined as unknown as number)).toThrow(TypeError);
    });
  });

  test("slice stays view-only and points to get", () => {
    const a = nd.arange(4);
    expect(() => a.slice([0, 1] as unknown as number)).toThrow(/use a\.get/);
    a.dispose();
  });

  test("method forms take, put, repeat, diagonal and trace", () => {
    nd.tidy(() => {
      const a = nd.arange(6).reshape(2, 3);
      expect(a.take([2, 0], 1).toArray()).toEqual([[2, 0], [5, 3]]);
      expect(a.repeat(2, 0).shape).toEqual([4, 3]);
      expect(a.diagonal(1).toArray()).toEqual([1, 5]);
      expect(+a.trace()).toBe(4);
      a.put([0, 5], [-1, -2]);
      expect(a.toArray()).toEqual([[-1, 1, 2], [3, 4, -2]]);
    });
  });

  test("the bounds check names the first bad index, whichever block of the vector scan holds it", () => {
    nd.tidy(() => {
      const a = nd.arange(5);
      for (let n = 1; n <= 40; n++) {
        for (const at of [0, n >> 1, n - 1]) {
          for (const bad of [5, -6, 2 ** 40, -(2 ** 40)]) {
            const idx = nd.zeros(n, "int64");
            idx.set([at], bad);
            if (at + 1 < n) idx.set([n - 1], 99); // a later bad index must not be the one named
            expect(() => a.get(idx)).toThrow(new nd.IndexError(`index ${bad} is out of bounds for axis 0 with size 5`));
          }
        }
      }
      const ok = nd.full(37, -5, "int64");
      expect(a.get(ok).toArray()).toEqual(new Array(37).fill(0));
    });
  });

  test("a disposed index or value is a clear error and leaks nothing", () => {
    nd.tidy(() => {
      const a = nd.arange(4);
      const idx = nd.array([0, 1]);
      idx.dispose();
      const before = nd.memory();
      expect(() => a.get(idx)).toThrow(nd.DisposedError);
      expect(() => a.set([[0]], idx)).toThrow(nd.DisposedError);
      expect(() => nd.take(a, idx)).toThrow(nd.DisposedError);
      expect(nd.memory()).toEqual(before);
    });
  });
});

test("gathers, scatters, masks and addAt work on arrays above 2 GiB (a fresh Node process)", () => {
  const script = fileURLToPath(new URL("./scripts/indexing-high.mjs", import.meta.url));
  const out = JSON.parse(execFileSync(process.execPath, [script], { encoding: "utf8" }));
  expect(out.checks).toEqual({ high: true, gatherHigh: true, gather: true, scatter: true, compress: true, maskPut: true, addAt: true, rows: true, take: true, concat: true, error: true });
});
