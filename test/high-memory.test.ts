// Arrays above 2 GiB and near 4 GiB of linear memory give exactly the results they give below
// 2 GiB, for every family of operations. Addresses above 2^31 read as negative through a signed
// i32: this file runs in a forked process of its own (vitest.config.ts), fills the heap with
// np.zeros-like blocks (fresh pages cost nothing until touched), plugs every free block left
// below the line so that every allocation of the battery lands above it, and compares.
import { afterAll, describe, expect, test } from "vitest";
import * as nd from "../src/index.js";

const GiB = 2 ** 30;
const held: nd.NDArray[] = [];

const wasmBytes = (): number => nd.memory().bytesInUse;

/** Fills the heap until new blocks start above `line`, then plugs the free blocks below it. */
function placeAbove(line: number): void {
  // Zero blocks (calloc-like: memory the allocation grew is already zero, nothing is written),
  // 256 MiB at a time while they fit, then 16 MiB.
  for (const n of [2 ** 25, 2 ** 21]) {
    for (;;) {
      if (held.length > 0 && held.at(-1)!.ptr >= line) break;
      if (n === 2 ** 25 && wasmBytes() + 2 ** 28 > line) break;
      held.push(nd.zeros([n]));
    }
  }
  // Every free block below the line, large to small, taken until a block of that size lands above it.
  for (let bytes = 2 ** 27; bytes >= 16; bytes /= 2) {
    for (;;) {
      let a: nd.NDArray;
      try {
        a = nd.empty([bytes], "uint8");
      } catch {
        break; // no free block of this size anywhere
      }
      if (a.ptr >= line) {
        a.dispose();
        break;
      }
      held.push(a);
    }
  }
}

/** A value as plain JSON, exact: floats by their bits' text (-0 and NaN visible), arrays with dtype and shape. */
function plain(x: unknown): unknown {
  if (x instanceof nd.NDArray) return { dtype: x.dtype, shape: x.shape, values: Array.from(x.toTypedArray() as ArrayLike<number | bigint>, (v) => (Object.is(v, -0) ? "-0" : String(v))) };
  if (Array.isArray(x)) return x.map(plain);
  if (typeof x === "number") return Object.is(x, -0) ? "-0" : String(x);
  return x;
}

/** Byte addresses of every array in a value. */
function addresses(x: unknown, out: number[] = []): number[] {
  if (x instanceof nd.NDArray) out.push(x.ptr);
  else if (Array.isArray(x)) for (const v of x) addresses(v, out);
  return out;
}

/** Every family of operations, on inputs made inside (so they land where the heap puts them now). */
function battery(): Record<string, unknown> {
  const results: Record<string, unknown> = {};
  const run = (name: string, f: () => unknown) => {
    results[name] = nd.tidy(() => {
      const r = f();
      return { value: plain(r), addresses: addresses(r) };
    });
  };
  const m = () => nd.array(Float64Array.from({ length: 96 * 96 }, (_, i) => Math.sin(i) * 10)).reshape(96, 96);
  run("toArray and item", () => {
    const a = nd.array([1, 2, 3]);
    return [a.toArray(), a.item(0), nd.array([[1.5, -0], [NaN, 2]]).toArray(), nd.array([true, false]).item(1)];
  });
  run("sum, mean, max, argmax, along axes and strided", () => {
    const a = m();
    return [nd.sum(a), nd.sum(a, 0), nd.mean(a.T, [0, 1]), nd.max(a.slice("::-3"), 1), nd.argmax(a), nd.argmin(a, 0), nd.sum(nd.arange(100000)), nd.sum(nd.arange(1000000.0).reshape(1000, 1000), 0)];
  });
  run("matmul: direct, packed, batched, int", () => [
    nd.matmul(nd.array([[1, 2], [3, 4]], "float64"), nd.array([[1, 0], [0, 1]], "float64")),
    nd.matmul(m(), m()),
    nd.matmul(m().astype("float32"), m().T.astype("float32")),
    nd.matmul(nd.arange(24).reshape(2, 3, 4), nd.arange(8).reshape(4, 2)),
  ]);
  run("crossEntropy, softmax, losses", () => {
    const logits = nd.array([[1, 2, 3], [0.5, -1, 2]]);
    return [nd.crossEntropy(logits, nd.array([2, 0])), nd.crossEntropy(logits, nd.softmax(logits, 1)), nd.logSoftmax(logits, 1), nd.mse(logits, nd.zeros([2, 3])), nd.mae(logits, 1)];
  });
  run("logLoss", () => nd.logLoss([0, 1, 1], nd.array([0.2, 0.7, 0.9])));
  run("linspace, meshgrid, arange, eye, random", () => {
    nd.random.seed(3);
    const g = nd.random.defaultRng(5);
    const deck = nd.arange(10);
    nd.random.shuffle(deck);
    return [
      nd.linspace(0, 1, 7), nd.linspace(nd.array([0, 1]), 5, 4), ...nd.meshgrid(nd.arange(3), nd.arange(2.0)), nd.arange(-5, 5, 1), nd.arange(0, 1, 0.1), nd.eye(3, 4, { k: 1 }),
      nd.random.rand(5), nd.random.randint(0, 9, [4]), nd.random.normal(nd.array([0, 10]), 2, [3, 2]), g.normal(0, 1, [4]), g.integers(0, 100, [5]), deck,
    ];
  });
  run("gradient", () => [nd.gradient(nd.array([1, 4, 9, 16.5])), nd.gradient(m(), nd.arange(96.0).mul(0.5), nd.linspace(0, 3, 96)), nd.gradient(nd.array([1, 4, 9, 16], "float32"), nd.array([0, 1, 3, 3.5], "float32"), { edgeOrder: 2 })]);
  run("nd.array of TypedArrays", () => [nd.array(new Float64Array([1, 2, -0])), nd.array(new Int32Array([1, -2])), nd.array(new BigInt64Array([2n ** 62n])), nd.array(new Uint8Array([255]), "float32")]);
  run("full does not write into another live array", () => {
    const other = nd.zeros([8]);
    const f = nd.full([4], 7);
    const g = nd.full([3, 2], 2.5, "float32");
    return [f, g, other];
  });
  run("set and fill", () => {
    const a = nd.zeros([3, 4]);
    a.set([1], 5);
    a.set([":", 2], nd.array([7, 8, 9]));
    a.slice("::2", "::-1").fill(-1);
    const b = nd.zeros([5], "int64").fill(3);
    return [a, b];
  });
  run("astype, copy, reshape copies", () => [m().astype("int32"), m().T.copy(), m().T.reshape(-1).slice(":5"), nd.array([1.7, -1.7, 300]).astype("uint8"), nd.arange(6).astype("bool")]);
  run("where, clip, comparisons, nonzero", () => {
    const a = nd.array([-2, -0.5, 0, 0.5, 2, NaN]);
    return [nd.where(nd.greater(a, 0), a, nd.negative(a)), nd.clip(a, -1, 1), nd.clip(a, null, 0), nd.lessEqual(a, 0.5), nd.equal(nd.array([2n ** 63n], "uint64"), nd.array([-1])), ...nd.nonzero(nd.array([[0, 1], [2, 0]]))];
  });
  run("element-wise maths, broadcast and strided", () => {
    const a = m();
    return [nd.add(a, nd.arange(96.0)), nd.multiply(a.T, 2), nd.sin(a.slice("::2")), nd.exp(nd.arange(-5.0, 5.0)), nd.power(nd.array([1, 1, -1], "float32"), nd.array([NaN, Infinity, -Infinity], "float32")), nd.maximum(nd.array([0.0, -0.0]).mul(1), nd.array([-0.0, 0.0]).mul(1))];
  });
  run("activations and printing", () => [nd.relu(nd.array([-1, 2])), nd.sigmoid(nd.array([0, 1])), nd.gelu(nd.array([0.5])), nd.array([[1.5, 2], [3, 4]]).toString()]);
  return results;
}

function strip(r: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v as { value: unknown }).value]));
}

describe("arrays above 2 GiB and near 4 GiB", () => {
  const below = battery();

  test("the battery ran below 2 GiB first", () => {
    for (const [name, r] of Object.entries(below)) for (const p of (r as { addresses: number[] }).addresses) expect(p, name).toBeLessThan(2 * GiB);
  });

  test.each([
    ["above 2 GiB", 2 * GiB + 64 * 2 ** 20],
    ["near 4 GiB", 4 * GiB - 160 * 2 ** 20],
  ])("%s: every operation family gives the results it gives below 2 GiB", (_label, line) => {
    placeAbove(line);
    const results = battery();
    for (const [name, r] of Object.entries(results)) {
      for (const p of (r as { addresses: number[] }).addresses) expect(p, `${name} allocated above the line`).toBeGreaterThanOrEqual(line);
    }
    expect(strip(results)).toEqual(strip(below));
    expect(nd.memory().bytesInUse).toBeGreaterThan(line - 256 * 2 ** 20);
  });

  test("a heap filled to its 4 GiB limit refuses with a RangeError, then works again once freed", () => {
    let error: unknown = null;
    try {
      for (;;) held.push(nd.zeros([2 ** 24]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(/^ndwasm: out of WebAssembly memory/);
    for (const a of held.splice(0)) a.dispose();
    expect(strip(battery())).toEqual(strip(below));
  });

  afterAll(() => {
    for (const a of held.splice(0)) a.dispose();
  });
});
