// The layout of gathered results against test/fixtures/gather_layout.json (make_gather_layout.py):
// a.get with index arrays lays its result out as NumPy's advanced indexing does (the broadcast
// index dimensions outermost, the other axes in the indexed array's stride order), take is
// C-contiguous, takeAlongAxis follows its index arrays' order; over random views and index layouts.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { applyView, loadFixture, type ViewStep } from "./support/fixtures.js";

interface IndexArray {
  values: (number | boolean)[];
  dtype: nd.DType;
  shape: number[];
  view: ViewStep[];
}
type Part = { int: number } | { slice: string } | { none: true } | { ellipsis: true } | { array: IndexArray };
interface Case {
  op: "get" | "take" | "take_along_axis";
  array: { shape: number[]; view: ViewStep[] };
  index?: Part[];
  indices?: IndexArray;
  axis?: number | null;
  shape: number[];
  strides: number[];
}
const fx = loadFixture<{ cases: Case[] }>("gather_layout");

const indexArray = (s: IndexArray): nd.NDArray => applyView(nd.array(s.values as number[], s.dtype).reshape(s.shape), s.view);
const part = (p: Part): nd.Index => {
  if ("int" in p) return p.int;
  if ("slice" in p) return p.slice;
  if ("none" in p) return null;
  if ("ellipsis" in p) return "...";
  return indexArray(p.array);
};
const describeCase = (c: Case): string =>
  `${c.op} of ${JSON.stringify(c.array)} ${JSON.stringify(c.index ?? { indices: c.indices, axis: c.axis })}`.slice(0, 300);

describe(`gather layouts match NumPy ${fx.numpy}`, () => {
  test.each(fx.cases.map((c, i) => [`${i}: ${describeCase(c)}`, c] as const))("%s", (_, c) => {
    nd.tidy(() => {
      const size = c.array.shape.reduce((x, y) => x * y, 1);
      const a = applyView(nd.arange(0, size, 1, "float64").reshape(c.array.shape), c.array.view);
      const r =
        c.op === "get" ? a.get(...c.index!.map(part))
        : c.op === "take" ? nd.take(a, indexArray(c.indices!), c.axis)
        : nd.takeAlongAxis(a, indexArray(c.indices!), c.axis!);
      expect({ shape: r.shape, strides: r.strides.map((s) => s * r.itemsize) }).toEqual({ shape: c.shape, strides: c.strides });
    });
  });
});
