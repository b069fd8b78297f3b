// The pure TypeScript planning of numpy.linalg and NumPy's products (src/ops/linalg) against
// NumPy (make_linalg.py): result shapes, NumPy's error types and texts, multi_dot's optimal
// order, and the plans themselves, executed here by a plain reference interpreter (transposes,
// diagonals, sums and batched matrix products over Float64Arrays) and compared with NumPy's values.
import { describe, expect, test } from "vitest";
import { LinAlgError } from "../src/ops/linalg/errors.js";
import * as S from "../src/ops/linalg/shapes.js";
import * as P from "../src/ops/linalg/products.js";
import { chainOrder, ChainTree, multiDotPlan } from "../src/ops/linalg/multidot.js";
import { loadFixture } from "./support/fixtures.js";
import { lcg } from "./support/linalg.js";

type Enc = number | string;
interface Arr {
  shape: number[];
  values: Enc[];
}
interface Outcome {
  shape?: number[];
  shapes?: number[][];
  error?: { type: string; message: string };
  result?: Arr;
}
type Case = Outcome & { fn: string; args: unknown[] };
const fixture = loadFixture<{ shapes: Case[]; products: Case[]; chainOrders: { dims: number[]; split: number[][]; cost: number }[] }>("linalg");
const values = (a: Arr): number[] => a.values.map((v) => (typeof v === "string" ? ({ nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 } as Record<string, number>)[v] : v));

/** Runs f and returns what it produced or NumPy-style error data. */
function attempt<T>(f: () => T): { value?: T; error?: { type: string; message: string } } {
  try {
    return { value: f() };
  } catch (e) {
    return { error: { type: (e as Error).name, message: (e as Error).message } };
  }
}

// ---- a small reference interpreter over C-order Float64Arrays ----

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

/** Materialises a strided view: out[idx] = data[offset + Σ idx·strides]. */
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

/** Batched (B, M, K) @ (B, K, N), summed in order. */
function bmm(a: Float64Array, b: Float64Array, batch: number, m: number, k: number, n: number): Float64Array {
  const out = new Float64Array(batch * m * n);
  for (let t = 0; t < batch; t++) for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += a[t * m * k + i * k + p] * b[t * k * n + p * n + j];
    out[t * m * n + i * n + j] = s;
  }
  return out;
}

/** Runs a contraction plan of src/ops/linalg/products.ts. */
function runContraction(plan: P.ContractionPlan, a: Tensor, b: Tensor): Tensor {
  const ta = transpose(a, plan.permA), tb = transpose(b, plan.permB);
  return { shape: plan.shape, data: bmm(ta.data, tb.data, 1, plan.m, plan.k, plan.n) };
}

/** Broadcast elementwise multiply. */
function multiply(a: Tensor, b: Tensor, shape: readonly number[]): Tensor {
  const view = (t: Tensor): number[] => {
    const st = stridesOf(t.shape);
    const lead = shape.length - t.shape.length;
    return shape.map((_, d) => (d < lead || t.shape[d - lead] === 1 ? 0 : st[d - lead]));
  };
  const ga = gather(a.data, shape, view(a)), gb = gather(b.data, shape, view(b));
  return { shape: [...shape], data: ga.data.map((x, i) => x * gb.data[i]) };
}

const operand = (shape: number[], seed: number): Tensor => ({ shape, data: lcg(size(shape), seed) });

function expectClose(got: Tensor, want: Arr): void {
  expect(got.shape).toEqual(want.shape);
  const w = values(want);
  const scale = Math.max(1, ...w.map(Math.abs));
  got.data.forEach((g, i) => {
    if (Math.abs(g - w[i]) > 1e-12 * scale) expect.fail(`entry ${i}: ${g} != ${w[i]}`);
  });
}

function expectOutcome(c: Outcome, run: () => number[] | number[][]): void {
  const r = attempt(run);
  if (c.error) {
    expect(r.error).toEqual(c.error);
    return;
  }
  expect(r.error).toBeUndefined();
  expect(r.value).toEqual(c.shape ?? c.shapes);
}

describe(`numpy.linalg shape rules match NumPy`, () => {
  const run: Record<string, (c: Case) => number[] | number[][]> = {
    solve: (c) => S.solvePlan(c.args[0] as number[], c.args[1] as number[]).shape,
    lstsq: (c) => {
      const p = S.lstsqPlan(c.args[0] as number[], c.args[1] as number[]);
      // x, residuals (full rank here, M > N), rank, s
      return [p.xShape, S.lstsqHasResiduals(p.m, p.n, Math.min(p.m, p.n)) ? [p.nrhs] : [0], [], [Math.min(p.m, p.n)]];
    },
    inv: (c) => {
      const s = c.args[0] as number[];
      S.stackedSquare(s);
      return [...s];
    },
    det: (c) => S.stackedSquare(c.args[0] as number[]).batch,
    slogdet: (c) => {
      const s = S.stackedSquare(c.args[0] as number[]);
      return [s.batch, s.batch];
    },
    cholesky: (c) => {
      S.stackedSquare(c.args[0] as number[]);
      return [...(c.args[0] as number[])];
    },
    eigvalsh: (c) => {
      const s = S.stackedSquare(c.args[0] as number[]);
      return [...s.batch, s.n];
    },
    svd: (c) => {
      const p = S.svdPlan(c.args[0] as number[], true);
      return [[...p.batch, p.m, p.ucols], [...p.batch, p.k], [...p.batch, p.vrows, p.n]];
    },
    qr: (c) => {
      const p = S.qrPlan(c.args[0] as number[], "reduced");
      return [[...p.batch, p.m, p.qcols], [...p.batch, p.rrows, p.n]];
    },
    pinv: (c) => {
      const p = S.stacked2d(c.args[0] as number[]);
      return [...p.batch, p.n, p.m];
    },
    matrix_rank: (c) => {
      const p = S.matrixRankPlan(c.args[0] as number[]);
      return p.trivial ? [] : p.batch;
    },
    qr_mode: (c) => {
      const p = S.qrPlan(c.args[0] as number[], c.args[1] as string);
      return p.q ? [[p.m, p.qcols], [p.rrows, p.n]] : [p.rrows, p.n];
    },
    eigh_uplo: (c) => {
      S.uploUpper(c.args[0] as string);
      return [2];
    },
    matrix_power: (c) => {
      const s = S.matrixPowerCheck(c.args[0] as number[], c.args[1] as number);
      return [...s.batch, s.n, s.n];
    },
  };
  test.each(fixture.shapes.map((c) => [`${c.fn}(${JSON.stringify(c.args).slice(1, -1)})`, c] as const))("%s", (_, c) => {
    expectOutcome(c, () => run[c.fn](c));
  });

  test("LinAlgError is a ValueError named LinAlgError", () => {
    const e = attempt(() => S.stackedSquare([2, 3]));
    expect(e.error).toEqual({ type: "LinAlgError", message: "Last 2 dimensions of the array must be square" });
    expect(new LinAlgError("x")).toBeInstanceOf(Error);
  });

  test("solve broadcasts a vector b against every system; a stacked b is one matrix per system", () => {
    expect(S.solvePlan([2, 5, 3, 3], [3])).toMatchObject({ batch: [2, 5], count: 10, n: 3, nrhs: 1, vector: true, shape: [2, 5, 3] });
    expect(S.solvePlan([5, 1, 3, 3], [4, 3, 2])).toMatchObject({ batch: [5, 4], count: 20, nrhs: 2, vector: false, shape: [5, 4, 3, 2] });
  });

  test("qr: the deprecated modes map as NumPy's ('full' is 'reduced', 'economic' returns the factored matrix)", () => {
    expect(S.qrPlan([4, 3], "f")).toMatchObject({ mode: "reduced", q: true, qcols: 3 });
    expect(S.qrPlan([4, 3], "economic")).toMatchObject({ mode: "economic", q: false });
    expect(S.qrPlan([4, 3], "complete")).toMatchObject({ qcols: 4, rrows: 4 });
  });
});

describe("products match NumPy: shapes, errors and values through the plans", () => {
  const args = (c: Case) => c.args as [number[], number[], unknown?];
  const planOf: Record<string, (c: Case) => P.ProductPlan | P.KronPlan | P.CrossPlan> = {
    dot: (c) => P.dotPlan(...(args(c).slice(0, 2) as [number[], number[]])),
    inner: (c) => P.innerPlan(...(args(c).slice(0, 2) as [number[], number[]])),
    vdot: (c) => P.vdotPlan(...(args(c).slice(0, 2) as [number[], number[]])),
    outer: (c) => P.outerPlan(...(args(c).slice(0, 2) as [number[], number[]])),
    kron: (c) => P.kronPlan(...(args(c).slice(0, 2) as [number[], number[]])),
    tensordot: (c) => P.tensordotPlan(args(c)[0], args(c)[1], args(c)[2] as P.TensordotAxes),
    cross: (c) => P.crossPlan(args(c)[0], args(c)[1], args(c)[2] as Record<string, number>),
  };

  /** Evaluates a plan on the fixture's operands (seeds 200, 201). */
  function evaluate(plan: P.ProductPlan | P.KronPlan | P.CrossPlan, sa: number[], sb: number[]): Tensor {
    const a = operand(sa, 200), b = operand(sb, 201);
    if (plan.kind === "contract") return runContraction(plan, a, b);
    if (plan.kind === "multiply") return multiply(a, b, plan.shape);
    if (plan.kind === "kron") {
      const prod = multiply({ shape: plan.aView, data: a.data }, { shape: plan.bView, data: b.data }, plan.aView.map((x, i) => Math.max(x, plan.bView[i])));
      return { shape: plan.shape, data: prod.data };
    }
    // cross: vectors moved to the end, components combined, the result axis placed.
    const move = (t: Tensor, axis: number): Tensor => transpose(t, [...t.shape.keys()].filter((d) => d !== axis).concat(axis));
    const ma = move(a, plan.axisA), mb = move(b, plan.axisB);
    const comp = (t: Tensor, len: number, i: number): Tensor => {
      const batch = t.shape.slice(0, -1);
      if (i >= len) return { shape: batch, data: new Float64Array(size(batch)) };
      const st = stridesOf(t.shape);
      return gather(t.data.subarray(i), batch, st.slice(0, -1));
    };
    const [a0, a1, a2] = [0, 1, 2].map((i) => comp(ma, plan.lenA, i));
    const [b0, b1, b2] = [0, 1, 2].map((i) => comp(mb, plan.lenB, i));
    const mul = (x: Tensor, y: Tensor) => multiply(x, y, plan.batch);
    const sub = (x: Tensor, y: Tensor): Tensor => ({ shape: x.shape, data: x.data.map((v, i) => v - y.data[i]) });
    const c2 = sub(mul(a0, b1), mul(a1, b0));
    if (plan.axisC < 0) return c2;
    const parts = [sub(mul(a1, b2), mul(a2, b1)), sub(mul(a2, b0), mul(a0, b2)), c2];
    const last: Tensor = { shape: [...plan.batch, 3], data: new Float64Array(size(plan.batch) * 3) };
    for (let i = 0; i < size(plan.batch); i++) for (let j = 0; j < 3; j++) last.data[i * 3 + j] = parts[j].data[i];
    const nd = last.shape.length;
    const perm = [...Array(nd - 1).keys()];
    perm.splice(plan.axisC, 0, nd - 1);
    return transpose(last, perm);
  }

  const cases = fixture.products.filter((c) => c.fn !== "multi_dot");
  test.each(cases.map((c) => [`${c.fn}(${JSON.stringify(c.args).slice(1, -1)})`, c] as const))("%s", (_, c) => {
    expectOutcome(c, () => planOf[c.fn](c).shape);
    if (c.result) expectClose(evaluate(planOf[c.fn](c), args(c)[0], args(c)[1]), c.result);
  });

  test("cross with 2-vectors carries NumPy 2's deprecation", () => {
    expect(P.crossPlan([2], [3]).deprecated2d).toBe(true);
    expect(P.crossPlan([3], [3]).deprecated2d).toBe(false);
  });
});

describe("multi_dot: NumPy's optimal order, its errors, and its values", () => {
  test.each(fixture.chainOrders.map((c) => [c.dims.join("x"), c] as const))("chain %s: the split table and cost of _multi_dot_matrix_chain_order", (_, c) => {
    const { split, cost } = chainOrder(c.dims);
    const n = c.dims.length - 1;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(split[i][j]).toBe(c.split[i][j]);
    expect(cost[0][n - 1]).toBe(c.cost);
  });

  const run = (tree: ChainTree, mats: Tensor[]): Tensor => {
    if (typeof tree === "number") return mats[tree];
    const a = run(tree[0], mats), b = run(tree[1], mats);
    return { shape: [a.shape[0], b.shape[1]], data: bmm(a.data, b.data, 1, a.shape[0], a.shape[1], b.shape[1]) };
  };

  const cases = fixture.products.filter((c) => c.fn === "multi_dot");
  test.each(cases.map((c) => [JSON.stringify(c.args[0]), c] as const))("multi_dot(%s)", (_, c) => {
    const shapes = c.args[0] as number[][];
    expectOutcome(c, () => {
      const p = multiDotPlan(shapes);
      // Two operands go to np.dot, whose own rules decide.
      return p.direct ? P.dotPlan(shapes[0], shapes[1]).shape : p.shape;
    });
    if (!c.result) return;
    const p = multiDotPlan(shapes);
    if (p.direct) return;
    const mats = shapes.map((s, i) => ({ shape: p.shapes[i], data: operand(s, 200 + i).data }));
    const r = run(p.tree, mats);
    expectClose({ shape: p.shape, data: r.data }, c.result);
  });

  test("the classic chain 30x35x15x5x10x20x25 costs 15125 as ((A1(A2A3))((A4A5)A6))", () => {
    const p = multiDotPlan([[30, 35], [35, 15], [15, 5], [5, 10], [10, 20], [20, 25]]);
    expect(p.tree).toEqual([[0, [1, 2]], [[3, 4], 5]]);
    expect(p.cost).toBe(15125);
  });
});
