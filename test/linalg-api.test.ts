// The public nd.linalg, nd.dot … nd.einsum against NumPy: make_linalg_api.py's calls (dtypes,
// options, norms, empty and batched inputs, NumPy's exact values and error texts), make_linalg.py's
// products, einsum subscripts and shape errors through the public functions, and properties on
// random stacks: residuals, orthogonality and reconstruction. Vectors are compared up to sign.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { type EncodedArray, decode, expectError, fromEncoded, loadFixture } from "./support/fixtures.js";
import { lcg } from "./support/linalg.js";

type Arg = number | string | null | boolean | number[] | { array: EncodedArray } | { number: string } | { list: Arg[] } | unknown;
type Result = EncodedArray | { int: number } | Result[];
interface ApiCase {
  fn: string;
  args: Arg[];
  kw: Record<string, unknown>;
  check: "close" | "exact" | "qr" | "eigh" | "svd";
  result?: Result;
  error?: { type: string; message: string };
}
const api = loadFixture<{ cases: ApiCase[] }>("linalg-api");

function arg(a: Arg): unknown {
  if (a !== null && typeof a === "object" && !Array.isArray(a)) {
    if ("array" in a) return fromEncoded((a as { array: EncodedArray }).array);
    if ("number" in a) return (a as { number: string }).number === "inf" ? Infinity : -Infinity;
    if ("list" in a) return (a as { list: Arg[] }).list.map(arg);
  }
  return a;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const L = nd.linalg as any;
function call(c: ApiCase): unknown {
  const a = c.args.map(arg) as any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  switch (c.fn) {
    case "cholesky":
      return L.cholesky(a[0], c.kw);
    case "svd":
      return L.svd(a[0], c.kw);
    case "trace":
      return L.trace(a[0], c.kw);
    case "norm":
      return L.norm(a[0], a[1], a[2], a[3]);
    case "dot":
    case "vdot":
    case "kron":
    case "cross":
      return (nd as any)[c.fn](...a); // eslint-disable-line @typescript-eslint/no-explicit-any
    case "einsum":
      return nd.einsum(a[0], ...a.slice(1));
    default:
      return L[c.fn](...a);
  }
}

const flat = (x: nd.NDArray): number[] => Array.from(x.toTypedArray() as ArrayLike<number | bigint | boolean>, Number);
const maxAbs = (v: readonly number[]): number => v.reduce((m, x) => (Number.isFinite(x) ? Math.max(m, Math.abs(x)) : m), 0);
const tolOf = (dtype: string): number => (dtype === "float32" ? 2e-6 : 1e-9);

/** dtype, shape and values within `tol` of the largest entry (exactly for integers, bools and check "exact"). */
function expectClose(got: nd.NDArray, want: EncodedArray, exact = false): void {
  expect(got.dtype).toBe(want.dtype);
  expect(got.shape).toEqual(want.shape);
  const g = flat(got), w = want.values.map(decode);
  if (exact || !got.dtype.startsWith("float")) return void expect(g).toEqual(w);
  const tol = tolOf(got.dtype) * Math.max(1, maxAbs(w));
  g.forEach((x, i) => {
    if (!Number.isFinite(w[i])) expect(x).toBe(w[i]);
    else if (Math.abs(x - w[i]) > tol) expect.fail(`element ${i}: got ${x}, NumPy ${w[i]} (tolerance ${tol})`);
  });
}

/** Stack of matrices as arrays of row-major Float64Arrays. */
function matrices(x: nd.NDArray): { rows: number; cols: number; mats: Float64Array[] } {
  const rows = x.shape[x.ndim - 2], cols = x.shape[x.ndim - 1];
  const v = Float64Array.from(flat(x));
  const mats: Float64Array[] = [];
  for (let o = 0; o < v.length; o += rows * cols) mats.push(v.subarray(o, o + rows * cols));
  if (v.length === 0) for (let t = 0; t < x.size; t++) mats.push(new Float64Array(0));
  return { rows, cols, mats };
}

/**
 * Columns `cols` (or rows) of got against want, each up to its sign; `which` lists the indices
 * compared (vectors of repeated or zero singular values are not unique).
 */
function expectUpToSign(got: nd.NDArray, want: EncodedArray, byRow: boolean, which: (t: number, j: number) => boolean): void {
  expect(got.shape).toEqual(want.shape);
  const g = matrices(got), w = matrices(fromEncoded(want));
  const tol = 1e-7;
  g.mats.forEach((gm, t) => {
    const wm = w.mats[t];
    const [len, count] = byRow ? [g.cols, g.rows] : [g.rows, g.cols];
    const at = (m: Float64Array, j: number, i: number) => (byRow ? m[j * g.cols + i] : m[i * g.cols + j]);
    for (let j = 0; j < count; j++) {
      if (!which(t, j)) continue;
      let dot = 0;
      for (let i = 0; i < len; i++) dot += at(gm, j, i) * at(wm, j, i);
      const s = dot < 0 ? -1 : 1;
      for (let i = 0; i < len; i++) if (Math.abs(s * at(gm, j, i) - at(wm, j, i)) > tol) expect.fail(`matrix ${t}, vector ${j}: entry ${i} ${s * at(gm, j, i)} vs NumPy ${at(wm, j, i)}`);
    }
  });
}

/** max |XᵀX - I| over the first k columns of each matrix. */
function orthonormality(x: nd.NDArray, byRow = false): number {
  const y = byRow ? x.swapaxes(-1, -2) : x;
  const p = nd.matmul(y.swapaxes(-1, -2), y);
  const k = p.shape[p.ndim - 1];
  const eye = nd.eye(k);
  const d = maxAbs(flat(nd.subtract(p, eye)));
  return d;
}

describe("nd.linalg and products: NumPy's calls (make_linalg_api.py)", () => {
  test.each(api.cases.map((c, i) => [`${i} ${c.fn}(${c.args.map((a) => (a && typeof a === "object" && "array" in (a as object) ? `${(a as { array: EncodedArray }).array.dtype}${JSON.stringify((a as { array: EncodedArray }).array.shape)}` : JSON.stringify(a))).join(", ")}) ${JSON.stringify(c.kw)}`, c] as const))("%s", (_, c) => {
    if (c.error) return expectError(() => call(c), c.error);
    const got = call(c);
    const want = c.result!;
    const one = (g: unknown, w: Result) => {
      if (!Array.isArray(w) && "int" in w) {
        // A Python int: lstsq's rank is a number; matrixRank below two dimensions a 0-d int64 array.
        if (g instanceof nd.NDArray) return expect([g.dtype, g.shape, g.item()]).toEqual(["int64", [], w.int]);
        return expect(g).toBe(w.int);
      }
      expectClose(g as nd.NDArray, w as EncodedArray, c.check === "exact");
    };
    if (c.check === "qr" && Array.isArray(want)) {
      const [q, r] = got as [nd.NDArray, nd.NDArray];
      const a = arg(c.args[0]) as nd.NDArray;
      const [wq, wr] = want as EncodedArray[];
      expect(q.dtype).toBe(wq.dtype);
      expect([q.shape, r.shape]).toEqual([wq.shape, wr.shape]);
      if (q.size > 0 && r.size > 0) {
        expect(maxAbs(flat(nd.subtract(nd.matmul(q, r), a)))).toBeLessThan(q.dtype === "float32" ? 1e-5 : 1e-12);
        const k = Math.min(...a.shape.slice(-2));
        expectUpToSign(q, wq, false, (_t, j) => j < k);
        expectUpToSign(r, wr, true, (_t, j) => j < k);
      }
      if (q.size > 0) expect(orthonormality(q)).toBeLessThan(q.dtype === "float32" ? 1e-6 : 1e-13);
      return;
    }
    if (c.check === "qr") {
      const r = got as nd.NDArray;
      return expectUpToSign(r, want as EncodedArray, true, () => true);
    }
    if (c.check === "eigh") {
      const [w, v] = got as [nd.NDArray, nd.NDArray];
      const [ww, wv] = want as EncodedArray[];
      expectClose(w, ww);
      const values = flat(w);
      const n = w.shape[w.ndim - 1];
      expectUpToSign(v, wv, false, (t, j) => (j === 0 || values[t * n + j] - values[t * n + j - 1] > 1e-6) && (j === n - 1 || values[t * n + j + 1] - values[t * n + j] > 1e-6));
      if (v.size > 0) expect(orthonormality(v)).toBeLessThan(v.dtype === "float32" ? 1e-6 : 1e-13);
      return;
    }
    if (c.check === "svd" && Array.isArray(want)) {
      const [u, s, vh] = got as [nd.NDArray, nd.NDArray, nd.NDArray];
      const [wu, ws, wvh] = want as EncodedArray[];
      expectClose(s, ws);
      const sv = flat(s);
      const k = s.shape[s.ndim - 1];
      const distinct = (t: number, j: number) => j < k && sv[t * k + j] > 1e-8 * sv[t * k] && (j === 0 || sv[t * k + j - 1] - sv[t * k + j] > 1e-6) && (j === k - 1 || sv[t * k + j] - sv[t * k + j + 1] > 1e-6);
      expectUpToSign(u, wu, false, distinct);
      expectUpToSign(vh, wvh, true, distinct);
      if (u.size > 0) expect(orthonormality(u)).toBeLessThan(u.dtype === "float32" ? 1e-6 : 1e-13);
      if (vh.size > 0) expect(orthonormality(vh, true)).toBeLessThan(vh.dtype === "float32" ? 1e-6 : 1e-13);
      return;
    }
    if (Array.isArray(want)) {
      expect(Array.isArray(got)).toBe(true);
      (want as Result[]).forEach((w, i) => one((got as unknown[])[i], w));
    } else one(got, want);
  });
});

// ---- make_linalg.py's products, einsum subscripts and shape rules, through the public API ----

interface PlanCase {
  fn: string;
  args: unknown[];
  shape?: number[];
  shapes?: number[][];
  error?: { type: string; message: string };
  result?: { shape: number[]; values: (number | string)[] };
}
const plans = loadFixture<{
  products: PlanCase[];
  shapes: PlanCase[];
  einsum: { subscripts: string; shapes: number[][]; result: { shape: number[]; values: (number | string)[] } }[];
  einsumErrors: { subscripts: string; shapes: number[][]; error?: { type: string; message: string }; shape?: number[] }[];
}>("linalg");

const size = (s: readonly number[]) => s.reduce((p, x) => p * x, 1);
const filled = (shape: readonly number[], seed: number) => nd.array(lcg(size(shape), seed)).reshape([...shape]);

function expectValues(got: nd.NDArray, want: { shape: number[]; values: (number | string)[] }): void {
  expect(got.shape).toEqual(want.shape);
  const w = want.values.map(decode);
  const tol = 1e-12 * Math.max(1, maxAbs(w));
  flat(got).forEach((x, i) => {
    if (Math.abs(x - w[i]) > tol) expect.fail(`element ${i}: got ${x}, NumPy ${w[i]}`);
  });
}

describe("products through nd.dot, vdot, inner, outer, kron, tensordot, cross, multiDot (make_linalg.py)", () => {
  test.each(plans.products.map((c) => [`${c.fn} ${JSON.stringify(c.args)}`, c] as const))("%s", (_, c) => {
    let seed = 200;
    const z = (s: number[]) => filled(s, seed++);
    const run = (): nd.NDArray => {
      const [a, b, extra] = c.args as [number[], number[], unknown];
      switch (c.fn) {
        case "tensordot":
          return nd.tensordot(z(a), z(b), extra as nd.TensordotAxes);
        case "cross":
          return nd.cross(z(a), z(b), extra as nd.CrossOptions);
        case "multi_dot":
          return nd.linalg.multiDot((c.args[0] as number[][]).map(z));
        default:
          return (nd as unknown as Record<string, (x: nd.NDArray, y: nd.NDArray) => nd.NDArray>)[c.fn](z(a), z(b));
      }
    };
    if (c.error) return expectError(run, c.error);
    const r = run();
    expect(r.shape).toEqual(c.shape);
    if (c.result) expectValues(r, c.result);
  });
});

describe("nd.einsum on the subscripts of NumPy's test_einsum.py (make_linalg.py)", () => {
  test.each(plans.einsum.map((c) => [c.subscripts, c] as const))("%s", (sub, c) => {
    const ops = c.shapes.map((s, i) => filled(s, 100 + i));
    expectValues(nd.einsum(sub, ...ops), c.result);
  });
  test.each(plans.einsumErrors.map((c) => [`${c.subscripts} ${JSON.stringify(c.shapes)}`, c] as const))("error: %s", (_, c) => {
    const run = () => nd.einsum(c.subscripts, ...c.shapes.map((s) => nd.zeros(s)));
    if (c.error) expectError(run, c.error);
    else expect(run().shape).toEqual(c.shape);
  });
  test("a matrix-product contraction runs in the matmul kernel over views: bhqd,bhkd->bhqk equals matmul(q, kᵀ)", () => {
    const q = filled([2, 3, 5, 4], 1), k = filled([2, 3, 6, 4], 2);
    const want = nd.matmul(q, k.swapaxes(-1, -2));
    expect(flat(nd.einsum("bhqd,bhkd->bhqk", q, k))).toEqual(flat(want));
  });
  test("a single operand that sums nothing is a view, as NumPy's", () => {
    const a = nd.arange(6).reshape(2, 3);
    const t = nd.einsum("ij->ji", a);
    a.set([0, 1], 42);
    expect(t.item(1, 0)).toBe(42);
  });
});

describe("shape rules and texts through nd.linalg (make_linalg.py)", () => {
  const cases = plans.shapes.filter((c) => !["qr_mode", "eigh_uplo", "matrix_power"].includes(c.fn));
  test.each(cases.map((c) => [`${c.fn} ${JSON.stringify(c.args)}`, c] as const))("%s", (_, c) => {
    const eyeLike = (s: number[]) => (s.length >= 2 ? nd.add(nd.zeros(s), nd.eye(s[s.length - 2], s[s.length - 1])) : nd.zeros(s));
    const run = (): unknown => {
      const [a, b] = c.args as number[][];
      if (c.fn === "solve") {
        const square = a.length >= 2 && a[a.length - 1] === a[a.length - 2];
        return nd.linalg.solve(square ? nd.add(nd.zeros(a), nd.eye(a[a.length - 1])) : nd.zeros(a), nd.add(nd.zeros(b), 1));
      }
      if (c.fn === "lstsq") return nd.linalg.lstsq(a.length === 2 ? eyeLike(a) : nd.zeros(a), nd.add(nd.zeros(b), 1));
      const name = c.fn === "matrix_rank" ? "matrixRank" : c.fn;
      return (nd.linalg as unknown as Record<string, (x: nd.NDArray) => unknown>)[name](eyeLike(a));
    };
    if (c.error) return expectError(run, c.error);
    const r = run();
    if (c.shapes) expect((r as unknown[]).map((x) => (typeof x === "number" ? [] : (x as nd.NDArray).shape))).toEqual(c.shapes);
    else expect((r as nd.NDArray).shape).toEqual(c.shape);
  });
  test("qr modes and UPLO", () => {
    expectError(() => nd.linalg.qr(nd.zeros([3, 2]), "x" as "r"), { type: "ValueError", message: "Unrecognized mode 'x'" });
    expectError(() => nd.linalg.eigh(nd.eye(2), "X" as "L"), { type: "ValueError", message: "UPLO argument must be 'L' or 'U'" });
    expect(new nd.LinAlgError("x")).toBeInstanceOf(nd.ValueError);
  });
});

// ---- properties on random stacks (LAPACK's accuracy: residuals and orthogonality of order ε) ----

const EPS = 2.220446049250313e-16;
const shapes = fc.record({ batch: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }), n: fc.integer({ min: 1, max: 24 }), m: fc.integer({ min: 1, max: 24 }), seed: fc.integer({ min: 1, max: 1e6 }) });

describe("properties on random stacks", () => {
  test("solve: ‖A·x − b‖ / (‖A‖·‖x‖·ε) is of order 1, for every matrix of a broadcast batch", () => {
    fc.assert(
      fc.property(shapes, ({ batch, n, m, seed }) => {
        const a = filled([...batch, n, n], seed), b = filled([n, m], seed + 7);
        const x = nd.linalg.solve(a, b);
        const r = nd.subtract(nd.matmul(a, x), b);
        const bound = 50 * n * EPS * nd.linalg.norm(a, Infinity, [-2, -1]).max().item() * nd.linalg.norm(x, Infinity, [-2, -1]).max().item();
        expect(maxAbs(flat(r))).toBeLessThan(bound);
      }),
      { numRuns: 30 },
    );
  });
  test("inv: A·inv(A) ≈ I; det is the product of the LU pivots' signs and sizes (slogdet agrees)", () => {
    fc.assert(
      fc.property(shapes, ({ batch, n, seed }) => {
        const a = filled([...batch, n, n], seed);
        const ai = nd.linalg.inv(a);
        const cond = nd.linalg.norm(a, 1, [-2, -1]).max().item() * nd.linalg.norm(ai, 1, [-2, -1]).max().item();
        expect(maxAbs(flat(nd.subtract(nd.matmul(a, ai), nd.eye(n))))).toBeLessThan(50 * n * EPS * cond);
        const [sign, logabs] = nd.linalg.slogdet(a);
        const det = flat(nd.linalg.det(a));
        flat(nd.multiply(sign, nd.exp(logabs))).forEach((d, i) => expect(Math.abs(d - det[i])).toBeLessThanOrEqual(1e-12 * Math.abs(det[i])));
      }),
      { numRuns: 30 },
    );
  });
  test("qr, svd, eigh: orthonormal factors that reconstruct A", () => {
    fc.assert(
      fc.property(shapes, ({ batch, n, m, seed }) => {
        const a = filled([...batch, m, n], seed);
        const [q, r] = nd.linalg.qr(a);
        const scale = Math.max(1, maxAbs(flat(a)));
        expect(maxAbs(flat(nd.subtract(nd.matmul(q, r), a)))).toBeLessThan(100 * Math.max(m, n) * EPS * scale);
        expect(orthonormality(q)).toBeLessThan(100 * m * EPS);
        const [u, s, vh] = nd.linalg.svd(a, { fullMatrices: false });
        const usv = nd.matmul(nd.multiply(u, s.reshape([...batch, 1, Math.min(m, n)])), vh);
        expect(maxAbs(flat(nd.subtract(usv, a)))).toBeLessThan(100 * Math.max(m, n) * EPS * scale);
        expect(orthonormality(u)).toBeLessThan(100 * m * EPS);
        expect(orthonormality(vh, true)).toBeLessThan(100 * n * EPS);
        const b = nd.matmul(a.swapaxes(-1, -2), a);
        const [w, v] = nd.linalg.eigh(b);
        const av = nd.matmul(b, v), vw = nd.multiply(v, w.reshape([...batch, 1, n]));
        expect(maxAbs(flat(nd.subtract(av, vw)))).toBeLessThan(100 * n * EPS * Math.max(1, maxAbs(flat(b))));
        expect(orthonormality(v)).toBeLessThan(100 * n * EPS);
      }),
      { numRuns: 25 },
    );
  });
  test("lstsq and pinv: x = pinv(A)·b for full-rank tall A; the normal equations hold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 1e6 }), (n, extra, seed) => {
        const m = n + extra;
        const a = filled([m, n], seed), b = filled([m], seed + 3);
        const [x, , rank] = nd.linalg.lstsq(a, b);
        expect(rank).toBe(n);
        const normal = nd.matmul(a.T, nd.subtract(nd.matmul(a, x), b));
        expect(maxAbs(flat(normal))).toBeLessThan(1e-9 * Math.max(1, maxAbs(flat(b))) * m);
        const y = nd.matmul(nd.linalg.pinv(a), b);
        expect(maxAbs(flat(nd.subtract(x, y)))).toBeLessThan(1e-8 * Math.max(1, maxAbs(flat(x))));
      }),
      { numRuns: 30 },
    );
  });
  test("einsum against matmul, sum and transpose on random batched contractions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 1e6 }), (b, i, j, k, seed) => {
        const x = filled([b, i, j], seed), y = filled([b, k, j], seed + 1);
        const want = flat(nd.matmul(x, y.swapaxes(-1, -2)).swapaxes(-1, -2));
        flat(nd.einsum("bij,bkj->bki", x, y)).forEach((v, t) => expect(v).toBeCloseTo(want[t], 12));
        expect(nd.einsum("bij->", x).item()).toBeCloseTo(nd.sum(x).item() as number, 10);
      }),
      { numRuns: 30 },
    );
  });
});

describe("method forms and options", () => {
  test("a.dot(b) is nd.dot; dot's out must be C-contiguous of the result's dtype and shape", () => {
    const a = nd.array([[1, 2], [3, 4]]);
    expect(a.dot([1, 1]).toArray()).toEqual([3, 7]);
    const out = nd.zeros([2], "int64");
    expect(nd.dot(a, [1, 1], { out })).toBe(out);
    expect(out.toArray()).toEqual([3, 7]);
    expectError(() => nd.dot(a, [1, 1], { out: nd.zeros([2]) }), { type: "ValueError", message: "output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)" });
  });
  test("no leak: the heap's live blocks come back after every call", () => {
    const before = nd.memory().arrays;
    const a = nd.array([[4, 2], [2, 5]]);
    for (const f of [() => nd.linalg.inv(a), () => nd.linalg.det(a), () => nd.linalg.cholesky(a), () => nd.linalg.norm(a), () => nd.einsum("ij,jk", a, a), () => nd.linalg.cond(a, 1)]) f().dispose();
    for (const r of [nd.linalg.qr(a), nd.linalg.svd(a), nd.linalg.eigh(a), nd.linalg.slogdet(a)]) r.forEach((x) => x.dispose());
    const [x, res, , s] = nd.linalg.lstsq(a, [1, 2]);
    [x, res, s].forEach((y) => y.dispose());
    expectError(() => nd.linalg.inv([[1, 2], [2, 4]]), { type: "LinAlgError", message: "Singular matrix" });
    a.dispose();
    expect(nd.memory().arrays).toBe(before);
  });
});
