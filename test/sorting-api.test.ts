// The public sorting, set and order-statistic API against NumPy fixtures
// (test/fixtures/make_sorting_api.py): every dtype, axis and option, and NumPy's error texts.
import { describe, expect, it } from "vitest";
import * as nd from "../src/index.js";
import { expectError, expectMatches, fromEncoded, loadFixture, type EncodedArray, type Outcome } from "./support/fixtures.js";

interface Case {
  fn: string;
  a: EncodedArray;
  args: Record<string, unknown>;
  outcome: Outcome & { result?: EncodedArray | Record<string, EncodedArray> };
}
const { cases } = loadFixture<{ cases: Case[] }>("sorting_api");

const isEncoded = (x: unknown): x is EncodedArray => typeof x === "object" && x !== null && "dtype" in x && "values" in x;
const arg = (x: unknown): nd.Operand => (isEncoded(x) ? fromEncoded(x) : x === "nan" ? NaN : (x as nd.Operand));

/** Python's exception names for what ndwasm throws. */
const errorName = (t: string): string => (t.startsWith("_UFunc") ? "UFuncTypeError" : t);

function run(c: Case): unknown {
  const a = fromEncoded(c.a);
  const x = c.args;
  switch (c.fn) {
    case "sort":
      return nd.sort(a, x.axis as number | null, x.kind === undefined ? undefined : { kind: x.kind as string });
    case "argsort":
      return nd.argsort(a, x.axis as number | null);
    case "partition":
      return nd.partition(a, x.kth as number, x.axis as number | null, x.kind === undefined ? undefined : { kind: x.kind as string });
    case "argpartition":
      return nd.argpartition(a, x.kth as number, x.axis as number | null);
    case "searchsorted":
      return nd.searchsorted(a, arg(x.v), { side: x.side as "left", ...(x.sorter === undefined ? {} : { sorter: arg(x.sorter) }) });
    case "unique":
      return nd.unique(a, x as nd.UniqueOptions);
    case "median":
      return nd.median(a, x.axis as nd.Axis, { keepdims: x.keepdims as boolean });
    case "quantile":
    case "percentile": {
      const f = c.fn === "quantile" ? nd.quantile : nd.percentile;
      return f(a, arg(x.q), x.axis as nd.Axis, { method: x.method as nd.QuantileMethod, keepdims: x.keepdims as boolean });
    }
  }
  throw new Error(c.fn);
}

/** A partition result: the kth positions hold the sorted values, smaller-or-equal before, greater-or-equal after. */
function checkPartition(c: Case, sorted: EncodedArray): void {
  const a = fromEncoded(c.a);
  const axis = c.args.axis as number | null;
  const p = nd.partition(a, c.args.kth as number, axis);
  const ip = nd.argpartition(a, c.args.kth as number, axis);
  expect(p.shape).toEqual(sorted.shape);
  expect(p.dtype).toBe(a.dtype);
  const flat = axis === null ? a.flatten() : a;
  const ax = axis === null ? 0 : axis < 0 ? axis + a.ndim : axis;
  // Rows along the axis, for the partition, the argpartition (gathered) and the sorted reference.
  const rowsOf = (x: nd.NDArray): number[][] => {
    const perm = [...x.shape.keys()].filter((d) => d !== ax).concat(ax);
    const t = x.transpose(...perm).copy();
    const n = x.shape[ax]!;
    const v = Array.from(t.toTypedArray() as ArrayLike<number | bigint>, Number);
    return Array.from({ length: n === 0 ? 0 : v.length / n }, (_, r) => v.slice(r * n, (r + 1) * n));
  };
  const want = rowsOf(fromEncoded(sorted));
  const got = rowsOf(p);
  const idx = rowsOf(ip);
  const src = rowsOf(flat);
  const n = flat.shape[ax]!;
  const kth = (Array.isArray(c.args.kth) ? (c.args.kth as number[]) : [c.args.kth as number]).map((k) => (k < 0 ? k + n : k));
  const same = (x: number, y: number) => x === y || (x !== x && y !== y);
  const le = (x: number, y: number) => x <= y || y !== y;
  got.forEach((row, r) => {
    const gathered = idx[r]!.map((i) => src[r]![i]!);
    for (const k of kth) {
      expect(same(row[k]!, want[r]![k]!), `row ${r} kth ${k}`).toBe(true);
      expect(same(gathered[k]!, want[r]![k]!)).toBe(true);
      for (let i = 0; i < n; i++) {
        if (i < k) expect(le(row[i]!, row[k]!) && le(gathered[i]!, gathered[k]!)).toBe(true);
        if (i > k) expect(le(row[k]!, row[i]!) && le(gathered[k]!, gathered[i]!)).toBe(true);
      }
    }
    expect([...idx[r]!].sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
  });
}

const groups = new Map<string, Case[]>();
for (const c of cases) groups.set(c.fn, [...(groups.get(c.fn) ?? []), c]);

describe.each([...groups.keys()])("nd.%s matches NumPy", (fn) => {
  it.each(groups.get(fn)!.map((c, i) => [i, c] as const))("case %i", (_, c) => {
    if (c.outcome.error) {
      expectError(() => run(c), { ...c.outcome.error, type: errorName(c.outcome.error.type) });
      return;
    }
    const result = c.outcome.result!;
    if (c.fn === "partition") return checkPartition(c, result as EncodedArray);
    const got = run(c);
    if (c.fn === "unique") {
      const r = result as Record<string, EncodedArray>;
      if (Object.keys(r).length === 1) expectMatches(got as nd.NDArray, r.values!);
      else {
        const obj = got as Record<string, nd.NDArray>;
        expect(Object.keys(obj).sort()).toEqual(Object.keys(r).sort());
        for (const k of Object.keys(r)) expectMatches(obj[k]!, r[k]!);
      }
      return;
    }
    expectMatches(got as nd.NDArray, result as EncodedArray);
  });
});

describe("sorting API details", () => {
  it("a.sort() sorts in place along any axis, views included", () => {
    const a = nd.array([[3, 1, 2], [9, 7, 8]]);
    a.sort();
    expect(a.toArray()).toEqual([[1, 2, 3], [7, 8, 9]]);
    a.sort(0);
    expect(a.toArray()).toEqual([[1, 2, 3], [7, 8, 9]]);
    const b = nd.array([[3, 1], [0, 2], [5, -1]]);
    b.T.sort(); // sorts b's columns
    expect(b.toArray()).toEqual([[0, -1], [3, 1], [5, 2]]);
    const c = nd.array([5, 4, 3, 2, 1, 0]);
    c.slice("::2").sort();
    expect(c.toArray()).toEqual([1, 4, 3, 2, 5, 0]);
  });

  it("argsort is stable and the method forms agree", () => {
    const a = nd.array([2, 1, 2, 1, 2]);
    expect(nd.argsort(a).toArray()).toEqual([1, 3, 0, 2, 4]);
    expect(a.argsort().toArray()).toEqual([1, 3, 0, 2, 4]);
    expect(nd.sort(a, { axis: 0, stable: true }).toArray()).toEqual([1, 1, 2, 2, 2]);
    expect(() => nd.sort(a, -1, { kind: "stable", stable: true })).toThrow("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
  });

  it("unique's return type follows its options", () => {
    const v: nd.NDArray<"int64"> = nd.unique(nd.array([3, 1, 3], "int64"));
    const r = nd.unique(nd.array([3, 1, 3]), { returnCounts: true, returnInverse: true });
    const counts: nd.NDArray<"int64"> = r.counts;
    expect(v.toArray()).toEqual([1, 3]);
    expect(counts.toArray()).toEqual([1, 2]);
    expect(r.inverse.toArray()).toEqual([1, 0, 1]);
    expect(r.index).toBeUndefined();
    expect(nd.unique([1, 1], { returnCounts: false })).toBeInstanceOf(nd.NDArray);
  });

  it("median and quantile write into out", () => {
    const out = nd.zeros([2]);
    expect(nd.median([[1, 2], [3, 5]], 1, { out })).toBe(out);
    expect(out.toArray()).toEqual([1.5, 4]);
    const iout = nd.zeros([2], "int64");
    expect(() => nd.quantile([[1, 2], [3, 5]], 0.5, 1, { out: iout })).toThrow(
      "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
    );
    nd.median([[1, 2], [3, 5]], 1, { out: iout });
    expect(iout.toArray()).toEqual([1, 4]);
  });

  it("leaves no memory behind, thrown or returned", () => {
    const a = nd.array([[3, 1, NaN], [2, 2, 0]]);
    const before = nd.memory();
    nd.tidy(() => {
      nd.sort(a, 0);
      nd.argsort(a, null);
      nd.partition(a, [0, 2]);
      nd.argpartition(a, 1, 0);
      nd.searchsorted([1, 2, 3], a);
      nd.unique(a, { returnIndex: true, returnInverse: true, returnCounts: true });
      nd.unique(a, { axis: 1, returnCounts: true });
      nd.median(a, 0);
      nd.quantile(a, [0.1, 0.9], 1, { method: "hazen" });
      for (const f of [() => nd.partition(a, 9), () => nd.quantile(a, 2), () => nd.searchsorted(a, 1), () => nd.sort(a, 5)]) expect(f).toThrow();
    });
    expect(nd.memory()).toEqual(before);
  });
});
