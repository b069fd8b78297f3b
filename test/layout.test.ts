// The layout of the arrays ndwasm allocates, against test/fixtures/layout.json (make_layout.py):
// element-wise results, the *Like functions, astype, nd.array, sort, partition, cumsum, round,
// gradient, pad, tile, concatenate, stack and reductions with keepdims are laid out as NumPy lays
// them out (order "K": the operands' stride order where they agree, C order otherwise), over
// random transposed, reversed and stepped views, broadcast and cast operands.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { applyView, loadFixture, type ViewStep } from "./support/fixtures.js";

interface Spec {
  shape?: number[];
  dtype?: nd.DType;
  view?: ViewStep[];
  scalar?: number;
}
interface Case {
  op: string;
  operands: Spec[];
  shape: number[];
  strides: number[];
  dtype: string;
}
const fx = loadFixture<{ cases: Case[] }>("layout");

const build = (s: Spec): nd.NDArray | number => {
  if (s.scalar !== undefined) return s.scalar;
  const size = s.shape!.reduce((a, b) => a * b, 1);
  return applyView(nd.arange(0, size, 1, s.dtype!).reshape(s.shape!), s.view!);
};

const OPS: Record<string, (...x: (nd.NDArray | number)[]) => nd.NDArray> = {
  add: (x, y) => nd.add(x!, y!),
  less: (x, y) => nd.less(x!, y!),
  maximum: (x, y) => nd.maximum(x!, y!),
  negative: (x) => nd.negative(x!),
  sqrt: (x) => nd.sqrt(x!),
  zeros_like: (x) => nd.zerosLike(x!),
  "ones_like float32": (x) => nd.onesLike(x!, "float32"),
  empty_like: (x) => nd.emptyLike(x!),
  full_like: (x) => nd.fullLike(x!, 7),
  "astype float32": (x) => (x as nd.NDArray).astype("float32"),
  array: (x) => nd.array(x as nd.NDArray),
  copy: (x) => (x as nd.NDArray).copy(),
  sort: (x) => nd.sort(x!),
  "sort axis 0": (x) => nd.sort(x!, 0),
  "partition axis 0": (x) => nd.partition(x!, 0, 0),
  "argsort axis 0": (x) => nd.argsort(x!, 0),
  "cumsum axis 0": (x) => nd.cumsum(x!, 0),
  "cumsum float32 axis -1": (x) => nd.cumsum(x!, -1, { dtype: "float32" }),
  "cumprod int32 axis 0": (x) => nd.cumprod(x!, 0, { dtype: "int32" }),
  round: (x) => nd.round(x!),
  "round 1": (x) => nd.round(x!, 1),
  "round -1": (x) => nd.round(x!, -1),
  "gradient axis -1": (x) => nd.gradient(x!, { axis: -1 }) as nd.NDArray,
  "pad 1": (x) => nd.pad(x!, 1),
  "pad edge": (x) => nd.pad(x!, 1, { mode: "edge" }),
  "pad 0 reflect": (x) => nd.pad(x!, 0, { mode: "reflect" }),
  "tile 1": (x) => nd.tile(x!, 1),
  "tile 2,1": (x) => nd.tile(x!, [2, 1]),
  "concatenate itself axis 0": (x) => nd.concatenate([x!, x!], 0),
  "concatenate with a C copy axis -1": (x) => nd.concatenate([x!, (x as nd.NDArray).copy()], -1),
  "stack axis 1": (x) => nd.stack([x!, x!], 1),
  "sum axis 0 keepdims": (x) => nd.sum(x!, 0, true),
  "mean axes 0, -1 keepdims": (x) => nd.mean(x!, [0, -1], true),
  "max axis -1 keepdims": (x) => nd.max(x!, -1, true),
  "std axis 0 keepdims": (x) => nd.std(x!, 0, { keepdims: true }),
  "argmax axis 0 keepdims": (x) => nd.argmax(x!, 0, true),
  "any axis -1 keepdims": (x) => nd.any(x!, -1, true),
};

describe(`result layouts match NumPy ${fx.numpy}`, () => {
  test.each(fx.cases.map((c, i) => [`${i}: ${c.op} of ${c.operands.map((o) => (o.scalar !== undefined ? o.scalar : `${o.dtype}${JSON.stringify(o.shape)} ${JSON.stringify(o.view)}`)).join(", ")}`, c] as const))("%s", (_, c) => {
    nd.tidy(() => {
      const r = OPS[c.op]!(...c.operands.map(build));
      expect({ shape: r.shape, dtype: r.dtype, strides: r.strides.map((s) => s * r.itemsize) }).toEqual({ shape: c.shape, dtype: c.dtype, strides: c.strides });
    });
  });
});
