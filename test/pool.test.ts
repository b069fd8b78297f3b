// The worker pool: results bit-identical at 1, 2 and 4 threads on random shapes, strided views and
// broadcast operands; workers really take shares; a worker's error reaches the caller as the same
// error; the thread count changes between calls under load.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import fc from "fast-check";
import * as nd from "../src/index.js";
import { poolStats, runShares } from "../src/backend/wasm/pool.js";
import { wasm } from "../src/backend/wasm/module.js";
import { PARALLEL_ELEMENTS } from "../src/ops/parallel.js";
import { PARALLEL_MACS } from "../src/ops/matmul-threads.js";
import { THREADED_LU_ORDER, setThreadedLuOrder } from "../src/ops/linalg/lu-threads.js";

const THREADS = [1, 2, 4];
const initial = nd.getNumThreads();

/** The bytes of a result (a copy: the array is disposed). */
function bytes(a: nd.NDArray): Uint8Array {
  const t = a.toTypedArray() as ArrayBufferView;
  const out = new Uint8Array(t.byteLength);
  out.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength));
  a.dispose();
  return out;
}

/** `f` at 1, 2 and 4 threads: every result's bytes. */
function atEveryCount(f: () => nd.NDArray): Uint8Array[] {
  return THREADS.map((n) => {
    nd.setNumThreads(n);
    return bytes(f());
  });
}

function expectIdentical(f: () => nd.NDArray): void {
  const [one, ...more] = atEveryCount(f);
  for (const r of more) expect(Buffer.compare(r, one!)).toBe(0);
}

/** Until the workers have taken shares (they start in the background after the first threaded call). */
async function poolUp(): Promise<void> {
  nd.setNumThreads(4);
  const a = nd.ones([PARALLEL_ELEMENTS * 2]);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && poolStats().workerShares === 0) {
    nd.add(a, a).dispose();
    await new Promise((r) => setTimeout(r, 10));
  }
  a.dispose();
}

describe.runIf(nd.features.threads)("the worker pool", () => {
  beforeAll(poolUp, 30_000);
  afterAll(() => nd.setNumThreads(initial));

  test("Node has threads by default: the machine's cores, workers started, shares taken by them", () => {
    expect(initial).toBeGreaterThanOrEqual(1);
    const stats = poolStats();
    expect(stats.workers).toBeGreaterThanOrEqual(1);
    expect(stats.workerShares).toBeGreaterThan(0);
  });

  test("setNumThreads checks its argument", () => {
    for (const bad of [0, -1, 1.5, NaN, "2"]) expect(() => nd.setNumThreads(bad as number)).toThrow(TypeError);
    nd.setNumThreads(3);
    expect(nd.getNumThreads()).toBe(3);
  });

  test("matmul: packed products, batches, transposed and stepped operands, both float types, identical at 1, 2 and 4 threads", () => {
    const before = poolStats().jobs;
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 150 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 24, max: 150 }),
        fc.integer({ min: 0, max: 3 }), fc.constantFrom("float64", "float32"), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 1e6 }),
        (m, k, n, batch, dtype, transA, stepB, seed) => {
          nd.random.seed(seed);
          const lead = batch > 0 ? [batch + 1] : [];
          const a0 = nd.random.standardNormal(transA ? [...lead, k, m] : [...lead, m, k]).astype(dtype as "float64");
          const a = transA ? a0.swapaxes(-1, -2) : a0;
          const b0 = nd.random.standardNormal([k, stepB ? 2 * n : n]).astype(dtype as "float64");
          const b = stepB ? b0.slice(":", "::2") : b0;
          expectIdentical(() => nd.matmul(a, b));
          for (const x of [a0, a, b0, b]) x.dispose();
        },
      ),
      { numRuns: 25 },
    );
    // Threaded jobs ran (products of at least PARALLEL_MACS multiply-adds were drawn).
    expect(PARALLEL_MACS).toBeLessThan(150 * 300 * 150);
    expect(poolStats().jobs).toBeGreaterThan(before);
  });

  test("batched small products (a batch split across threads) are identical", () => {
    nd.random.seed(1);
    const a = nd.random.standardNormal([64, 16, 24, 16]);
    const b = nd.random.standardNormal([16, 7]);
    const c = nd.random.standardNormal([64, 1, 16, 24]);
    expectIdentical(() => nd.matmul(a, b));
    expectIdentical(() => nd.matmul(c, a));
    for (const x of [a, b, c]) x.dispose();
  });

  test("direct products split into bands of rows (matrix-vector, skinny, narrow, transposed operands) are identical", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 3000 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom("float64", "float32", "int32", "int64"),
        fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 0, max: 1e6 }),
        (m, k, n, dtype, layout, seed) => {
          nd.random.seed(seed);
          const a0 = nd.random.standardNormal(layout === 1 ? [k, m] : [m, k]).mul(9).astype(dtype as "float64");
          const a = layout === 1 ? a0.T : a0;
          const b0 = nd.random.standardNormal(layout === 2 ? [n, k] : [k, n]).mul(9).astype(dtype as "float64");
          const b = layout === 2 ? b0.T : layout === 3 ? b0.slice(":", 0) : b0;
          expectIdentical(() => nd.matmul(a, b));
          for (const x of [a0, b0]) x.dispose();
        },
      ),
      { numRuns: 60 },
    );
  });

  test("element-wise: contiguous, broadcast and strided operands, one and many axes, identical at 1, 2 and 4 threads", () => {
    const before = poolStats().jobs;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 700 }), fc.integer({ min: 190, max: 700 }), fc.constantFrom("add", "multiply", "sin", "exp", "less"),
        fc.constantFrom("float64", "float32", "int32"), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1e6 }),
        (rows, cols, op, dtype, layout, seed) => {
          nd.random.seed(seed);
          const x = nd.random.standardNormal([rows, cols]).mul(10).astype(dtype as "float64");
          // 0: same shape, 1: a row broadcast, 2: a transposed view, 3: a stepped view flattened as 1-D
          const big = layout === 3 ? nd.random.standardNormal([2 * rows * cols]).astype(dtype as "float64") : null;
          const u = layout === 3 ? big!.slice("::2") : layout === 2 ? nd.random.standardNormal([cols, rows]).astype(dtype as "float64").T : x;
          const y = layout === 1 ? nd.random.standardNormal([cols]).astype(dtype as "float64") : layout === 3 ? u : u.add(1);
          const xx = layout === 3 ? x.reshape([-1]) : x;
          const f = (): nd.NDArray =>
            op === "sin" ? nd.sin(y) : op === "exp" ? nd.exp(nd.multiply(y, 0.01)) : op === "less" ? nd.less(xx, y) : (nd[op] as (p: nd.NDArray, q: nd.NDArray) => nd.NDArray)(xx, y);
          expectIdentical(f);
        },
      ),
      { numRuns: 30 },
    );
    expect(poolStats().jobs).toBeGreaterThan(before);
  });

  test("softmax, log-softmax and gradient rows and lanes: identical at 1, 2 and 4 threads", () => {
    const before = poolStats().jobs;
    fc.assert(
      fc.property(
        fc.integer({ min: 130, max: 900 }), fc.integer({ min: 130, max: 900 }), fc.constantFrom("float64", "float32"), fc.integer({ min: 0, max: 1 }), fc.boolean(), fc.integer({ min: 0, max: 1e6 }),
        (rows, cols, dtype, axis, transposed, seed) => {
          nd.random.seed(seed);
          const x0 = nd.random.standardNormal([rows, cols]).mul(4).astype(dtype as "float64");
          const x = transposed ? x0.T : x0;
          expectIdentical(() => nd.softmax(x, axis));
          expectIdentical(() => nd.logSoftmax(x, axis));
          expectIdentical(() => nd.gradient(x, { axis }) as nd.NDArray);
          expectIdentical(() => nd.gradient(x, 0.5, { axis, edgeOrder: 2 }) as nd.NDArray);
          x0.dispose();
        },
      ),
      // fast-check favours small sizes in a short run: one large case always reaches the pool.
      { numRuns: 12, examples: [[900, 900, "float64", 1, true, 7]] },
    );
    expect(poolStats().jobs).toBeGreaterThan(before);
  });

  test("cross-entropy with class indices, positions split across threads: identical at 1, 2 and 4 threads", () => {
    const before = poolStats().jobs;
    fc.assert(
      fc.property(
        fc.integer({ min: 130, max: 3000 }), fc.integer({ min: 1, max: 300 }), fc.constantFrom("float64", "float32"), fc.constantFrom("mean", "sum", "none"),
        fc.boolean(), fc.boolean(), fc.constantFrom(0, 0.1), fc.boolean(), fc.integer({ min: 0, max: 1e6 }),
        (n, c, dtype, reduction, weighted, ignoring, labelSmoothing, columns, seed) => {
          nd.random.seed(seed);
          // columns: the class axis is not the innermost (an (C, N) array transposed), the kernel's lane path.
          const raw = nd.random.standardNormal(columns ? [c, n] : [n, c]).mul(3).astype(dtype as "float64");
          const x = columns ? raw.T : raw;
          const t = nd.random.randint(0, c, [n]);
          if (ignoring) t.set([nd.arange(0, n, 7)], -100);
          const weight = weighted ? nd.random.rand(c).astype(dtype as "float64") : null;
          expectIdentical(() => nd.crossEntropy(x, t, { reduction: reduction as "mean", weight, labelSmoothing }));
          for (const a of [raw, t, weight]) a?.dispose();
        },
      ),
      { numRuns: 30 },
    );
    expect(poolStats().jobs).toBeGreaterThan(before);
  });

  test("reductions with many outputs (sum, mean, max, min over any axes, views): identical at 1, 2 and 4 threads", () => {
    const before = poolStats().jobs;
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 2, max: 90 }), fc.integer({ min: 2, max: 90 }), fc.integer({ min: 30, max: 90 })), fc.constantFrom("sum", "mean", "max", "min"),
        fc.constantFrom("float64", "float32", "int32"), fc.subarray([0, 1, 2], { minLength: 1, maxLength: 2 }), fc.constantFrom(0, 1, 2), fc.integer({ min: 0, max: 1e6 }),
        (shape, op, dtype, axes, layout, seed) => {
          nd.random.seed(seed);
          const base = nd.random.standardNormal(layout === 2 ? [shape[0], shape[1], 2 * shape[2]] : shape).add(1).astype(dtype as "float64");
          const x = layout === 1 ? base.transpose([2, 0, 1]) : layout === 2 ? base.slice(":", ":", "::2") : base;
          expectIdentical(() => nd[op as "sum"](x, axes));
          base.dispose();
        },
      ),
      { numRuns: 40 },
    );
    // A large row-sum splits across the pool.
    const a = nd.random.standardNormal([1000, 300]);
    expectIdentical(() => nd.sum(a, 1));
    a.dispose();
    expect(poolStats().jobs).toBeGreaterThan(before);
  });

  test("linalg stacks (solve, inv, det, slogdet, cholesky, qr, eigh, svd, pinv) split by matrix: identical at 1, 2 and 4 threads", () => {
    const before = poolStats().jobs;
    const flat = (r: nd.NDArray | nd.NDArray[]): nd.NDArray => {
      const parts = Array.isArray(r) ? r : [r];
      const out = nd.concatenate(parts.map((x) => x.ravel()));
      for (const x of parts) x.dispose();
      return out;
    };
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 24 }), fc.integer({ min: 2, max: 40 }), fc.integer({ min: 0, max: 1e6 }), (count, n, seed) => {
        nd.random.seed(seed);
        const a = nd.random.standardNormal([count, n, n]);
        const spd = nd.tidy(() => nd.add(nd.matmul(a, a.transpose([0, 2, 1])), nd.eye(n).mul(n)));
        const b = nd.random.standardNormal([count, n, 3]);
        const wide = nd.random.standardNormal([count, n, n + 3]);
        expectIdentical(() => nd.linalg.solve(a, b));
        expectIdentical(() => nd.linalg.inv(a));
        expectIdentical(() => nd.linalg.det(a));
        expectIdentical(() => flat(nd.linalg.slogdet(a)));
        expectIdentical(() => nd.linalg.cholesky(spd));
        expectIdentical(() => flat(nd.linalg.qr(wide)));
        expectIdentical(() => flat(nd.linalg.eigh(spd)));
        expectIdentical(() => flat(nd.linalg.svd(wide)));
        expectIdentical(() => nd.linalg.pinv(wide));
        for (const x of [a, spd, b, wide]) x.dispose();
      }),
      { numRuns: 12 },
    );
    // A singular matrix in the second half of a stack raises as on one thread.
    const s = nd.random.standardNormal([64, 30, 30]);
    s.set([50], 0);
    for (const n of THREADS) {
      nd.setNumThreads(n);
      expect(() => nd.linalg.solve(s, nd.ones([64, 30, 1]))).toThrow("Singular matrix");
      expect(() => nd.linalg.inv(s)).toThrow("Singular matrix");
    }
    s.dispose();
    expect(poolStats().jobs).toBeGreaterThan(before);
  });

  test("one large matrix's LU across threads (solve, inv, det, slogdet): identical at 1, 2 and 4 threads", () => {
    const before = poolStats().jobs;
    const order = THREADED_LU_ORDER;
    setThreadedLuOrder(65);
    try {
      fc.assert(
        fc.property(fc.integer({ min: 65, max: 260 }), fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 1e6 }), (n, nrhs, count, seed) => {
          nd.random.seed(seed);
          const a = nd.random.standardNormal(count === 1 ? [n, n] : [count, n, n]);
          const b = nd.random.standardNormal(count === 1 ? [n, nrhs] : [count, n, nrhs]);
          const v = nd.random.standardNormal([n]);
          expectIdentical(() => nd.linalg.solve(a, b));
          expectIdentical(() => nd.linalg.solve(a, v));
          expectIdentical(() => nd.linalg.inv(a));
          expectIdentical(() => nd.linalg.det(a));
          expectIdentical(() => nd.concatenate(nd.linalg.slogdet(a).map((x) => x.reshape(-1))));
          for (const x of [a, b, v]) x.dispose();
        }),
        { numRuns: 10 },
      );
      // An exactly zero pivot in a later panel (a zero column stays zero through the updates):
      // NumPy's error at any thread count, and det 0.
      const s = nd.random.standardNormal([200, 200]);
      s.set([":", 150], 0);
      for (const t of THREADS) {
        nd.setNumThreads(t);
        expect(() => nd.linalg.solve(s, nd.ones([200]))).toThrow("Singular matrix");
        expect(() => nd.linalg.inv(s)).toThrow("Singular matrix");
      }
      expectIdentical(() => nd.linalg.det(s));
      s.dispose();
    } finally {
      setThreadedLuOrder(order);
    }
    expect(poolStats().jobs).toBeGreaterThan(before);
  });

  test("a worker's error reaches the caller as the same error, and the pool keeps working", { timeout: 60_000 }, () => {
    // A share with an address past the memory traps (kernels never trap on checked arguments).
    const bad = 2 ** 32 - 64;
    let single: unknown;
    try {
      wasm.add_f64(bad, bad, bad, 64, 8, 8, 8, 0);
    } catch (e) {
      single = e;
    }
    expect(single).toBeInstanceOf(WebAssembly.RuntimeError);
    nd.setNumThreads(4);
    // Shares long enough for a worker to wake and claim some while the caller runs others.
    const N = 1 << 15;
    const a = nd.ones([16 * N]);
    const out = nd.empty([16 * N]);
    const good = Array.from({ length: 16 }, (_, i) => [out.ptr + 8 * N * i, a.ptr + 8 * N * i, a.ptr + 8 * N * i, N, 8, 8, 8, 0]);
    const errorsBefore = poolStats().workerErrors;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && poolStats().workerErrors === errorsBefore) {
      const shares = good.map((s, j) => (j % 2 === 1 ? [bad, bad, bad, 64, 8, 8, 8, 0] : s));
      expect(() => runShares(wasm.add_f64, shares)).toThrow(single as Error);
      try {
        runShares(wasm.add_f64, shares);
      } catch (e) {
        expect(e).toBeInstanceOf(WebAssembly.RuntimeError);
        expect((e as Error).message).toBe((single as Error).message);
      }
    }
    expect(poolStats().workerErrors).toBeGreaterThan(errorsBefore);
    runShares(wasm.add_f64, good);
    expect(nd.sum(out).item()).toBe(2 * 16 * N);
    a.dispose();
    out.dispose();
  });

  test("setNumThreads between calls under load: every result stays identical", () => {
    nd.random.seed(7);
    const a = nd.random.standardNormal([300, 400]);
    const b = nd.random.standardNormal([400, 200]);
    const row = nd.random.standardNormal([400]);
    nd.setNumThreads(1);
    const refP = bytes(nd.matmul(a, b));
    const refS = bytes(nd.add(a, row));
    for (let i = 0; i < 40; i++) {
      nd.setNumThreads(1 + ((i * 7) % 5));
      expect(Buffer.compare(bytes(nd.matmul(a, b)), refP)).toBe(0);
      expect(Buffer.compare(bytes(nd.add(a, row)), refS)).toBe(0);
    }
    for (const x of [a, b, row]) x.dispose();
  });
});

test("nd.features.threads says whether the pool can run; one thread otherwise", () => {
  expect(typeof nd.features.threads).toBe("boolean");
  if (!nd.features.threads) {
    nd.setNumThreads(4);
    expect(nd.getNumThreads()).toBe(1);
  }
});
