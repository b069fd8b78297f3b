// Read-only arrays, against test/fixtures/readonly.json (make_readonly.py): which views NumPy
// makes read-only (broadcastTo, diagonal, diag of a matrix, and every view of a read-only array),
// when `flags.writeable` can be set back to true, and the error every write into a read-only
// array raises, text and check order included. A refused write changes nothing and leaks nothing.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { loadFixture } from "./support/fixtures.js";

type Outcome = { type: string; message: string } | { writeable: boolean } | Record<string, never>;
const fx = loadFixture<{ numpy: string; cases: Record<string, Outcome> }>("readonly");

const locked = <A extends nd.NDArray>(a: A): A => {
  a.flags.writeable = false;
  return a;
};
/** arange(6.).reshape(2, 3), owning its memory, read-only. */
const a23 = () => locked(nd.arange(0, 6, 1, "float64").reshape(2, 3).copy());
const ro = (shape: number | number[], dtype: nd.DType = "float64") => locked(nd.zeros(shape, dtype));
const m = () => nd.arange(0, 9, 1, "float64").reshape(3, 3);
const bt = () => nd.broadcastTo(nd.arange(0, 3, 1, "float64"), [2, 3]);

/** Each write: the call, given the array it must leave as it was. */
const WRITES: Record<string, () => { target: nd.NDArray; call: () => unknown }> = {
  "set one element": () => ((t) => ({ target: t, call: () => t.set([0, 0], 1) }))(a23()),
  "set through a mask": () => ((t) => ({ target: t, call: () => t.set([t.gt(2)], 0) }))(a23()),
  "set through an index array": () => ((t) => ({ target: t, call: () => t.set([[0, 1]], 1) }))(a23()),
  "set an index out of bounds": () => ((t) => ({ target: t, call: () => t.set([5], 1) }))(a23()),
  "set a value that does not broadcast": () => ((t) => ({ target: t, call: () => t.set([":"], [1, 2]) }))(a23()),
  "set an empty array": () => ((t) => ({ target: t, call: () => t.set([":"], 1) }))(ro(0)),
  fill: () => ((t) => ({ target: t, call: () => t.fill(7) }))(a23()),
  "fill an empty array": () => ((t) => ({ target: t, call: () => t.fill(7) }))(ro(0)),
  "add with out": () => ((t) => ({ target: t, call: () => nd.add(nd.ones(3), 1, { out: t }) }))(ro(3)),
  "add with out of the wrong shape": () => ((t) => ({ target: t, call: () => nd.add(nd.ones(3), 1, { out: t }) }))(ro(2)),
  "add with out of a dtype it cannot cast to": () => ((t) => ({ target: t, call: () => nd.add(nd.ones(3), 1.5, { out: t }) }))(ro(3, "int64")),
  "sqrt with out": () => ((t) => ({ target: t, call: () => nd.sqrt(nd.ones(3), { out: t }) }))(ro(3)),
  "less with out": () => ((t) => ({ target: t, call: () => nd.less(nd.ones(3), 2, { out: t }) }))(ro(3, "bool")),
  "less with a constant answer and out": () => ((t) => ({ target: t, call: () => nd.less(nd.ones(3, "uint8"), 300, { out: t }) }))(ro(3, "bool")),
  "clip with out": () => ((t) => ({ target: t, call: () => nd.clip(nd.ones(3), 0, 1, { out: t }) }))(ro(3)),
  "clip without bounds, with out": () => ((t) => ({ target: t, call: () => nd.clip(nd.ones(3), null, null, { out: t }) }))(ro(3)),
  "matmul with out": () => ((t) => ({ target: t, call: () => nd.matmul(m(), m(), { out: t }) }))(ro([3, 3])),
  "matmul with out of the wrong shape": () => ((t) => ({ target: t, call: () => nd.matmul(m(), m(), { out: t }) }))(ro([2, 2])),
  "dot with out": () => ((t) => ({ target: t, call: () => nd.dot(m(), m(), { out: t }) }))(ro([3, 3])),
  "sum with out": () => ((t) => ({ target: t, call: () => nd.sum(m(), 0, { out: t }) }))(ro(3)),
  "sum with out of the wrong shape": () => ((t) => ({ target: t, call: () => nd.sum(m(), 0, { out: t }) }))(ro(2)),
  "mean with out": () => ((t) => ({ target: t, call: () => nd.mean(m(), 0, { out: t }) }))(ro(3)),
  "max with out": () => ((t) => ({ target: t, call: () => nd.max(m(), 0, { out: t }) }))(ro(3)),
  "prod with out": () => ((t) => ({ target: t, call: () => nd.prod(m(), 0, { out: t }) }))(ro(3)),
  "any with out": () => ((t) => ({ target: t, call: () => nd.any(m(), 0, { out: t }) }))(ro(3, "bool")),
  "ptp with out": () => ((t) => ({ target: t, call: () => nd.ptp(m(), 0, { out: t }) }))(ro(3)),
  "nansum with out": () => ((t) => ({ target: t, call: () => nd.nansum(m(), 0, { out: t }) }))(ro(3)),
  "nanmean with out": () => ((t) => ({ target: t, call: () => nd.nanmean(m(), 0, { out: t }) }))(ro(3)),
  "nanmax with out": () => ((t) => ({ target: t, call: () => nd.nanmax(m(), 0, { out: t }) }))(ro(3)),
  "std with out": () => ((t) => ({ target: t, call: () => nd.std(m(), 0, { out: t }) }))(ro(3)),
  "var with out of the wrong shape": () => ((t) => ({ target: t, call: () => nd.var(m(), 0, { out: t }) }))(ro(2)),
  "nanstd with out": () => ((t) => ({ target: t, call: () => nd.nanstd(m(), 0, { out: t }) }))(ro(3)),
  "cumsum with out": () => ((t) => ({ target: t, call: () => nd.cumsum(nd.ones(3), null, { out: t }) }))(ro(3)),
  "cumprod with out": () => ((t) => ({ target: t, call: () => nd.cumprod(nd.ones(3), null, { out: t }) }))(ro(3)),
  "median with out": () => ((t) => ({ target: t, call: () => nd.median(m(), 0, { out: t }) }))(ro(3)),
  "quantile with out": () => ((t) => ({ target: t, call: () => nd.quantile(m(), 0.5, 0, { out: t }) }))(ro(3)),
  "quantile of a bad q, with out": () => ((t) => ({ target: t, call: () => nd.quantile(m(), 2, 0, { out: t }) }))(ro(3)),
  "percentile with out": () => ((t) => ({ target: t, call: () => nd.percentile(m(), 50, 0, { out: t }) }))(ro(3)),
  "argmax with out": () => ((t) => ({ target: t, call: () => nd.argmax(m(), 0, { out: t }) }))(ro(3, "int64")),
  "argmax with out of the wrong shape": () => ((t) => ({ target: t, call: () => nd.argmax(m(), 0, { out: t }) }))(ro(2, "int64")),
  "argmin with out": () => ((t) => ({ target: t, call: () => nd.argmin(m(), 0, { out: t }) }))(ro(3, "int64")),
  "nanargmax with out": () => ((t) => ({ target: t, call: () => nd.nanargmax(m(), 0, { out: t }) }))(ro(3, "int64")),
  "concatenate with out": () => ((t) => ({ target: t, call: () => nd.concatenate([nd.ones(1), nd.ones(2)], 0, { out: t }) }))(ro(3)),
  "concatenate with out of the wrong shape": () => ((t) => ({ target: t, call: () => nd.concatenate([nd.ones(1)], 0, { out: t }) }))(ro(3)),
  "concatenate with out it cannot cast to": () => ((t) => ({ target: t, call: () => nd.concatenate([nd.ones(1)], 0, { out: t, casting: "safe" }) }))(ro(1, "int64")),
  "stack with out": () => ((t) => ({ target: t, call: () => nd.stack([nd.ones(3)], 0, { out: t }) }))(ro([1, 3])),
  put: () => ((t) => ({ target: t, call: () => nd.put(t, [0], [1]) }))(a23()),
  "put nothing": () => ((t) => ({ target: t, call: () => nd.put(t, [], []) }))(a23()),
  put_along_axis: () => ((t) => ({ target: t, call: () => nd.putAlongAxis(t, nd.array([[0], [0]]), 1, 1) }))(a23()),
  "put_along_axis on a bad axis": () => ((t) => ({ target: t, call: () => nd.putAlongAxis(t, nd.array([[0], [0]]), 1, 3) }))(a23()),
  "add.at into a broadcast view": () => ((t) => ({ target: t, call: () => nd.addAt(t, [[0]], 1) }))(bt()),
  sort: () => ((t) => ({ target: t, call: () => t.sort() }))(a23()),
  "sort on a bad axis": () => ((t) => ({ target: t, call: () => t.sort(3) }))(a23()),
  "Generator.shuffle": () => ((t) => ({ target: t, call: () => nd.random.defaultRng(0).shuffle(t) }))(a23()),
  "random.shuffle": () => ((t) => ({ target: t, call: () => nd.random.shuffle(t) }))(a23()),
  "set an element of broadcast_to": () => ((t) => ({ target: t, call: () => t.set([0, 0], 5) }))(bt()),
  "set an element of diagonal": () => ((t) => ({ target: t, call: () => t.set([0], 5) }))(m().diagonal()),
  "set an element of diag of a matrix": () => ((t) => ({ target: t, call: () => t.set([0], 5) }))(nd.diag(m())),
  "fill a view of a read-only array": () => ((t) => ({ target: t, call: () => t.fill(1) }))(a23().slice(":", "1:")),
  "fill a transpose of broadcast_to": () => ((t) => ({ target: t, call: () => t.fill(1) }))(bt().T),
};

/** Each flag case: the array whose `flags.writeable` NumPy reports (or the unlock to attempt). */
const FLAGS: Record<string, () => boolean> = {
  "a new array": () => nd.zeros(3).flags.writeable,
  broadcast_to: () => bt().flags.writeable,
  "broadcast_to to its own shape": () => nd.broadcastTo(nd.arange(0, 3, 1, "float64"), [3]).flags.writeable,
  broadcast_arrays: () => nd.broadcastArrays(nd.arange(0, 3, 1, "float64"), nd.zeros([2, 3]))[0]!.flags.writeable,
  diagonal: () => m().diagonal().flags.writeable,
  "diag of a matrix": () => nd.diag(m()).flags.writeable,
  "diag of a vector": () => nd.diag(nd.arange(0, 3, 1, "float64")).flags.writeable,
  "a slice of a read-only array": () => a23().slice(":", "1:").flags.writeable,
  "the transpose of broadcast_to": () => bt().T.flags.writeable,
  "a reshaped view of a read-only array": () => a23().reshape(3, 2).flags.writeable,
  "ravel of broadcast_to (a copy)": () => bt().ravel().flags.writeable,
  "flatten of a read-only array": () => a23().flatten().flags.writeable,
  "squeeze of broadcast_to": () => nd.broadcastTo(nd.arange(0, 3, 1, "float64"), [1, 3]).squeeze().flags.writeable,
  "expand_dims of broadcast_to": () => nd.expandDims(bt(), 0).flags.writeable,
  "flip of broadcast_to": () => nd.flip(bt()).flags.writeable,
  "moveaxis of broadcast_to": () => nd.moveaxis(bt(), 0, 1).flags.writeable,
  "swapaxes of a read-only array": () => a23().swapaxes(0, 1).flags.writeable,
  "split of broadcast_to": () => nd.split(bt(), 3, 1)[0]!.flags.writeable,
  "a copy of a read-only array": () => a23().copy().flags.writeable,
  "astype of a read-only array": () => a23().astype("float32").flags.writeable,
  "array of a read-only array": () => nd.array(a23()).flags.writeable,
  "asarray of a read-only array": () => nd.asarray(a23()).flags.writeable,
  "a sum of read-only arrays": () => nd.add(a23(), a23()).flags.writeable,
  "a gather from a read-only array": () => a23().get([0, 1]).flags.writeable,
  "unlock broadcast_to": () => unlock(bt()),
  "unlock diagonal": () => unlock(m().diagonal()),
  "unlock a view of a read-only array": () => unlock(a23().slice("1:")),
  "unlock a read-only array": () => unlock(a23()),
  "unlock a view once its owner is unlocked": () => {
    const a = a23();
    const v = a.slice("1:");
    a.flags.writeable = true;
    return unlock(v);
  },
  "unlock a view of a locked view of a writeable array": () => {
    const v = nd.arange(0, 6, 1, "float64").slice("1:");
    v.flags.writeable = false;
    return unlock(v.slice("1:"));
  },
};

function unlock(a: nd.NDArray): boolean {
  a.flags.writeable = true;
  return a.flags.writeable;
}

/** The outcome of `run` as the fixture writes NumPy's. */
function outcome(run: () => unknown): unknown {
  try {
    run();
    return {};
  } catch (e) {
    return { type: (e as Error).name, message: (e as Error).message };
  }
}

describe(`read-only arrays as NumPy ${fx.numpy} makes them`, () => {
  test("every fixture case has its call here", () => {
    expect(Object.keys(fx.cases).sort()).toEqual([...Object.keys(WRITES), ...Object.keys(FLAGS)].sort());
  });

  test.each(Object.keys(WRITES))("%s", (name) => {
    nd.tidy(() => {
      const { target, call } = WRITES[name]!();
      const before = target.toTypedArray();
      const mem = nd.memory();
      // the call's own inputs are made and freed inside: what is left over is a leak
      expect(nd.tidy(() => outcome(call))).toEqual(fx.cases[name]);
      expect(nd.memory()).toEqual(mem);
      expect(target.toTypedArray()).toEqual(before);
    });
  });

  test.each(Object.keys(FLAGS))("flags: %s", (name) => {
    nd.tidy(() => {
      const want = fx.cases[name]!;
      let got: unknown;
      try {
        got = { writeable: FLAGS[name]!() };
      } catch (e) {
        got = { type: (e as Error).name, message: (e as Error).message };
      }
      expect(got).toEqual(want);
    });
  });

  test("addAt refuses a read-only array where NumPy's single-element path writes into it (README)", () => {
    nd.tidy(() => {
      const a = ro(3);
      expect(outcome(() => nd.addAt(a, [[0]], 1))).toEqual(fx.cases["add.at into a broadcast view"]);
      expect(Array.from(a.toTypedArray() as Float64Array)).toEqual([0, 0, 0]);
    });
  });

  test("flags.writeable takes booleans only, and a disposed array says so", () => {
    const a = nd.zeros(2);
    expect(() => {
      (a.flags as { writeable: unknown }).writeable = 0;
    }).toThrow(TypeError);
    a.dispose();
    expect(() => a.flags.writeable).toThrow(nd.DisposedError);
  });

  test("cContiguous and fContiguous follow the layout, as NumPy's flags do", () => {
    nd.tidy(() => {
      const a = nd.zeros([2, 3]);
      expect([a.flags.cContiguous, a.flags.fContiguous]).toEqual([true, false]);
      expect([a.T.flags.cContiguous, a.T.flags.fContiguous]).toEqual([false, true]);
      expect([a.slice(":", "::2").flags.cContiguous, a.slice(":", "::2").flags.fContiguous]).toEqual([false, false]);
      expect([nd.zeros([1, 3]).flags.fContiguous, nd.zeros([0, 3]).T.flags.cContiguous]).toEqual([true, true]);
      expect([nd.zeros(3).flags.cContiguous, nd.zeros(3).flags.fContiguous]).toEqual([true, true]);
    });
  });
});

describe("read-only views, searched", () => {
  // A chain of view operations on a read-only array or on broadcastTo's view stays read-only, and
  // every kind of write into the end of the chain is refused without changing a byte.
  const step = fc.constantFrom<(a: nd.NDArray) => nd.NDArray>(
    (a) => a.T,
    (a) => (a.ndim > 0 ? a.slice("::-1") : a),
    (a) => a.slice(null),
    (a) => a.slice("..."),
    (a) => (a.ndim > 0 ? a.slice(0) : a),
    (a) => a.reshape(a.shape),
    (a) => a.squeeze(),
    (a) => nd.flip(a),
    (a) => nd.expandDims(a, 0),
    (a) => (a.ndim >= 2 ? a.swapaxes(0, a.ndim - 1) : a),
    (a) => (a.ndim >= 2 ? a.diagonal() : a),
  );
  const write = fc.constantFrom<(a: nd.NDArray) => unknown>(
    (a) => a.fill(1),
    (a) => a.set(["..."], 2),
    (a) => (a.ndim > 0 ? a.set([a.gt(0)], 3) : a.set([], 3)),
    (a) => nd.add(a, 1, { out: a }),
    (a) => nd.negative(a, { out: a }),
    (a) => (a.ndim > 0 ? a.sort() : a.fill(0)),
    (a) => nd.put(a, [0], [9]),
  );
  test("stay read-only and refuse every write", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 5 }), write, (broadcast, steps, w) => {
        nd.tidy(() => {
          const base = broadcast ? nd.broadcastTo(nd.arange(0, 4, 1, "float64"), [3, 4]) : locked(nd.arange(0, 12, 1, "float64").reshape(3, 4));
          let v = base;
          for (const s of steps) v = s(v);
          expect(v.flags.writeable).toBe(false);
          const before = base.toTypedArray();
          const mem = nd.memory();
          expect(nd.tidy(() => outcome(() => w(v)))).toMatchObject({ type: "ValueError" });
          expect(nd.memory()).toEqual(mem);
          expect(base.toTypedArray()).toEqual(before);
        });
      }),
      { numRuns: 300 },
    );
  });
});
