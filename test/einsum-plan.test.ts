// np.einsum's subscript parser and contraction planner (src/ops/linalg/einsum.ts) against NumPy
// (make_linalg.py, the subscript forms of numpy/_core/tests/test_einsum.py): NumPy's error texts
// for every malformed call, and every plan executed by a plain reference interpreter — diagonal
// views, broadcasting, sums, batched matrix products laid out exactly as the plan says — and
// compared with NumPy's values.
import { describe, expect, test } from "vitest";
import { EinsumPlan, einsumPlan, einsumResult } from "../src/ops/linalg/einsum.js";
import { loadFixture } from "./support/fixtures.js";
import { lcg } from "./support/linalg.js";

type Enc = number | string;
interface Arr {
  shape: number[];
  values: Enc[];
}
const fixture = loadFixture<{
  einsum: { subscripts: string; shapes: number[][]; result: Arr }[];
  einsumErrors: { subscripts: string; shapes: number[][]; error?: { type: string; message: string }; shape?: number[] }[];
}>("linalg");

interface Tensor {
  shape: number[];
  data: Float64Array;
}
const size = (s: readonly number[]): number => s.reduce((p, x) => p * x, 1);
const stridesOf = (s: readonly number[]): number[] => {
  const out = new Array<number>(s.length);
  let step = 1;
  for (let d = s.length - 1; d >= 0; d--) {
    out[d] = step;
    step *= s[d];
  }
  return out;
};

function gather(src: Float64Array, shape: readonly number[], strides: readonly number[]): Tensor {
  const n = size(shape);
  const data = new Float64Array(n);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    let o = 0;
    for (let d = 0; d < shape.length; d++) o += idx[d] * strides[d];
    data[i] = src[o];
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return { shape: [...shape], data };
}

const transpose = (t: Tensor, perm: readonly number[]): Tensor => {
  const st = stridesOf(t.shape);
  return gather(t.data, perm.map((p) => t.shape[p]), perm.map((p) => st[p]));
};

/** Executes a plan on C-order operands, checking each step's layout on the way. */
function execute(plan: EinsumPlan, ops: Tensor[]): Tensor {
  const tensors: { t: Tensor; labels: string[] }[] = plan.operands.map((op, i) => {
    // The diagonal view (strides added), then size-1 axes broadcast to their label's size.
    const st = stridesOf(ops[i].shape);
    const strides = op.axes.map((axes, d) => (op.shape[d] === 1 && plan.sizes.get(op.labels[d])! !== 1 ? 0 : axes.reduce((s, a) => s + st[a], 0)));
    const shape = op.labels.map((l) => plan.sizes.get(l)!);
    return { t: gather(ops[i].data, shape, strides), labels: [...op.labels] };
  });
  for (const step of plan.steps) {
    if (step.kind === "sum") {
      const { t, labels } = tensors[step.input];
      const keep = labels.map((_, d) => d).filter((d) => !step.axes.includes(d));
      expect(keep.map((d) => labels[d])).toEqual(step.labels);
      const moved = transpose(t, [...keep, ...step.axes]);
      const outer = size(keep.map((d) => t.shape[d])), inner = size(step.axes.map((d) => t.shape[d]));
      const data = new Float64Array(outer);
      for (let i = 0; i < outer; i++) for (let j = 0; j < inner; j++) data[i] += moved.data[i * inner + j];
      tensors[step.output] = { t: { shape: keep.map((d) => t.shape[d]), data }, labels: step.labels };
    } else if (step.kind === "contract") {
      const L = tensors[step.left], R = tensors[step.right];
      expect(step.permLeft.map((d) => L.labels[d])).toEqual([...step.batch, ...step.freeLeft, ...step.summed]);
      expect(step.permRight.map((d) => R.labels[d])).toEqual([...step.batch, ...step.summed, ...step.freeRight]);
      expect(step.matmul).toBe(step.summed.length > 0);
      const a = transpose(L.t, step.permLeft), b = transpose(R.t, step.permRight);
      const B = size(step.batchShape), { m, k, n } = step;
      expect(B * m * k).toBe(a.data.length);
      expect(B * k * n).toBe(b.data.length);
      const out = new Float64Array(B * m * n);
      for (let t = 0; t < B; t++) for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a.data[t * m * k + i * k + p] * b.data[t * k * n + p * n + j];
        out[t * m * n + i * n + j] = s;
      }
      tensors[step.output] = { t: { shape: step.labels.map((l) => plan.sizes.get(l)!), data: out }, labels: step.labels };
    } else {
      const { t, labels } = tensors[step.input];
      expect(step.perm.map((d) => labels[d])).toEqual(step.labels);
      tensors[step.output] = { t: transpose(t, step.perm), labels: step.labels };
    }
  }
  const r = tensors[einsumResult(plan)];
  expect(r.labels).toEqual(plan.outputLabels);
  return r.t;
}

describe(`einsum plans compute NumPy's results`, () => {
  test.each(fixture.einsum.map((c) => [`${JSON.stringify(c.subscripts)} on ${JSON.stringify(c.shapes)}`, c] as const))("%s", (_, c) => {
    const plan = einsumPlan(c.subscripts, c.shapes);
    expect(plan.shape).toEqual(c.result.shape);
    const ops = c.shapes.map((s, i) => ({ shape: s, data: lcg(size(s), 100 + i) }));
    const got = execute(plan, ops);
    const want = c.result.values as number[];
    const scale = Math.max(1, ...want.map(Math.abs));
    expect(got.shape).toEqual(c.result.shape);
    got.data.forEach((g, i) => {
      if (Math.abs(g - want[i]) > 1e-12 * scale) expect.fail(`entry ${i}: ${g} != ${want[i]}`);
    });
  });
});

describe("einsum errors are NumPy's", () => {
  test.each(fixture.einsumErrors.map((c) => [`${JSON.stringify(c.subscripts)} on ${JSON.stringify(c.shapes)}`, c] as const))("%s", (_, c) => {
    let thrown: Error | null = null;
    try {
      einsumPlan(c.subscripts, c.shapes);
    } catch (e) {
      thrown = e as Error;
    }
    expect(thrown && { type: thrown.name, message: thrown.message }).toEqual(c.error ?? null);
  });
});

describe("the plan's shape", () => {
  test("bhqd,bhkd->bhqk is one matrix product batched over (b, h): q x d by d x k", () => {
    const p = einsumPlan("bhqd,bhkd->bhqk", [[2, 8, 64, 32], [2, 8, 48, 32]]);
    expect(p.steps).toHaveLength(1);
    expect(p.steps[0]).toMatchObject({ kind: "contract", matmul: true, batch: ["b", "h"], freeLeft: ["q"], freeRight: ["k"], summed: ["d"], batchShape: [2, 8], m: 64, k: 32, n: 48, permLeft: [0, 1, 2, 3], permRight: [0, 1, 3, 2] });
  });

  test("bij,bjk->bik is a batched matmul with no transpose after it", () => {
    const p = einsumPlan("bij,bjk->bik", [[5, 3, 4], [5, 4, 6]]);
    expect(p.steps.map((s) => s.kind)).toEqual(["contract"]);
    expect(p.steps[0]).toMatchObject({ permLeft: [0, 1, 2], permRight: [0, 1, 2], m: 3, k: 4, n: 6 });
  });

  test("a chain contracts the cheapest pair first", () => {
    // (10 x 100)(100 x 5)(5 x 50): ab then with c.
    const p = einsumPlan("ij,jk,kl->il", [[10, 100], [100, 5], [5, 50]]);
    expect(p.steps.map((s) => (s.kind === "contract" ? [s.left, s.right] : s.kind))).toEqual([[0, 1], [3, 2]]);
  });

  test("a trace sums the diagonal view; a label used once and not kept is summed before any product", () => {
    const t = einsumPlan("ii", [[4, 4]]);
    expect(t.operands[0].axes).toEqual([[0, 1]]);
    expect(t.steps).toEqual([{ kind: "sum", input: 0, axes: [0], output: 1, labels: [] }]);
    const s = einsumPlan("ij,jk->k", [[3, 4], [4, 5]]);
    expect(s.steps[0]).toMatchObject({ kind: "sum", input: 0, axes: [0], labels: ["j"] });
  });

  test("NumPy returns a view exactly when one operand is rearranged without a sum", () => {
    const views = ["...", "ij", "ji", "ii->i", "...ii->...i", "ii...->...i", "...ii->i...", "jii->ij", "ii...->i...", "i...i->i...", "i...i->...i", "ijk->jik"];
    for (const s of views) expect(einsumPlan(s, [s.includes("k") || s.includes("...") || s === "jii->ij" ? [3, 3, 3] : [3, 3]]).view).toBe(true);
    expect(einsumPlan("iii->i", [[3, 3, 3]]).view).toBe(true);
    expect(einsumPlan("ii", [[3, 3]]).view).toBe(false);
    expect(einsumPlan("ij,jk", [[2, 3], [3, 4]]).view).toBe(false);
  });

  test("the implicit output sorts labels used once by character code (capitals first), ellipsis axes leading", () => {
    expect(einsumPlan("ba", [[2, 3]]).outputLabels).toEqual(["a", "b"]);
    expect(einsumPlan("aB,Ac", [[2, 3], [4, 5]]).outputLabels).toEqual(["A", "B", "a", "c"]);
    expect(einsumPlan("...ij,...jk", [[7, 2, 3], [3, 4]]).outputLabels).toEqual(["…0", "i", "k"]);
  });
});

describe("property: any plan equals the naive sum over every label", () => {
  /** einsum by its definition: every assignment of every label, products summed into the output. */
  function naive(terms: string[], out: string, ops: Tensor[], sizes: Map<string, number>): Float64Array {
    const labels = [...sizes.keys()];
    const total = size(labels.map((l) => sizes.get(l)!));
    const outShape = [...out].map((l) => sizes.get(l)!);
    const result = new Float64Array(size(outShape));
    const idx = new Map<string, number>();
    for (let flat = 0; flat < total; flat++) {
      let r = flat;
      for (let d = labels.length - 1; d >= 0; d--) {
        const s = sizes.get(labels[d])!;
        idx.set(labels[d], r % s);
        r = Math.floor(r / s);
      }
      let prod = 1;
      terms.forEach((term, i) => {
        const st = stridesOf(ops[i].shape);
        let o = 0;
        [...term].forEach((l, d) => (o += (ops[i].shape[d] === 1 ? 0 : idx.get(l)!) * st[d]));
        prod *= ops[i].data[o];
      });
      let o = 0;
      const ost = stridesOf(outShape);
      [...out].forEach((l, d) => (o += idx.get(l)! * ost[d]));
      result[o] += prod;
    }
    return result;
  }

  test("random subscripts: 1-4 operands, repeated labels, size-1 broadcasting, implicit and explicit outputs", async () => {
    const fc = await import("fast-check");
    const letters = "abcdef";
    const arb = fc.record({
      terms: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
      ones: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
      explicit: fc.boolean(),
      order: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ terms, sizes, ones, explicit, order }) => {
        const subs = terms.map((t) => t.map((i) => letters[i]).join(""));
        const used = [...new Set(subs.join(""))];
        const sizeOf = new Map(used.map((l) => [l, sizes[letters.indexOf(l)]]));
        // Some axes of size 1 where the label is larger: NumPy broadcasts them.
        let bit = 0;
        const shapes = subs.map((t) => [...t].map((l) => (ones[bit++ % 16] && [...t].indexOf(l) === [...t].lastIndexOf(l) ? 1 : sizeOf.get(l)!)));
        const out = explicit ? [...new Set(order.map((i) => letters[i]).filter((l) => used.includes(l)))].join("") : null;
        const subscripts = subs.join(",") + (out === null ? "" : `->${out}`);
        const plan = einsumPlan(subscripts, shapes);
        const ops = shapes.map((s, i) => ({ shape: s, data: lcg(size(s), 7 + i) }));
        const got = execute(plan, ops);
        const outLabels = out ?? plan.outputLabels.join("");
        const want = naive(subs, outLabels, ops, plan.sizes);
        expect(got.data.length).toBe(want.length);
        got.data.forEach((g, i) => expect(Math.abs(g - want[i])).toBeLessThan(1e-12 * Math.max(1, Math.abs(want[i]))));
      }),
      { numRuns: 300, seed: 1 },
    );
  });
});
