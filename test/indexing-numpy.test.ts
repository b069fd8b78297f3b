// Translations of NumPy's own tests: numpy/_core/tests/test_indexing.py (its automated
// multi-index comparison replayed from test/fixtures/indexing_auto.json, recorded from NumPy by
// make_indexing.py, and the hand-written cases that apply), test_shape_base.py and
// numpy/lib/tests/test_arraypad.py.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { type EncodedArray, fromEncoded, loadFixture } from "./support/fixtures.js";

type Spec = number | string | null | { array: EncodedArray } | { list: unknown[] };
interface AutoCase {
  shape: number[];
  index: Spec[];
  get?: { shape: number[]; values: number[] };
  set?: number[];
  error?: { type: string; message: string };
}
const auto = loadFixture<{ cases: AutoCase[] }>("indexing_auto");

const spec = (s: Spec): nd.Index => (s !== null && typeof s === "object" ? ("array" in s ? fromEncoded(s.array) : (s.list as nd.Index)) : s);
const eq = (a: nd.NDArray, expected: unknown): void => expect(a.toArray()).toEqual(expected);
const throwsType = (f: () => unknown, type: new (...args: never[]) => Error): void => expect(f).toThrow(type);

describe(`NumPy's TestMultiIndexingAutomated (${auto.cases.length} indices, NumPy ${auto.numpy})`, () => {
  test("every index gets and sets as NumPy's, with NumPy's error texts, leaking nothing", () => {
    const before = nd.memory();
    for (const c of auto.cases) {
      nd.tidy(() => {
        const a = nd.arange(c.shape.reduce((x, y) => x * y, 1)).reshape(c.shape);
        const index = c.index.map(spec);
        const label = JSON.stringify(c.index).slice(0, 200);
        if (c.error) {
          for (const f of [() => a.get(...index), () => a.set(index, 0)]) {
            let thrown: unknown;
            try {
              f();
            } catch (e) {
              thrown = e;
            }
            expect((thrown as Error)?.message, label).toBe(c.error.message);
            expect((thrown as Error).name, label).toBe(c.error.type);
          }
          return;
        }
        const got = a.get(...index);
        expect(got.shape, label).toEqual(c.get!.shape);
        expect(Array.from(got.toTypedArray() as BigInt64Array, Number), label).toEqual(c.get!.values);
        const b = a.copy();
        b.set(index, got.add(1000));
        const changed = nd.flatnonzero(b.ne(a));
        expect(Array.from(changed.toTypedArray() as BigInt64Array, Number), label).toEqual(c.set);
      });
    }
    expect(nd.memory()).toEqual(before);
  });
});

describe("NumPy's test_indexing.py", () => {
  test("test_none_index, test_empty_tuple_index, test_everything_returns_views", () => {
    const a = nd.array([1, 2, 3]);
    expect(a.get(null).ndim).toBe(2);
    const v = a.get();
    eq(v, [1, 2, 3]);
    expect(v._storage).toBe(a._storage);
    expect(a.get("...")._storage).toBe(a._storage);
  });

  test("test_empty_fancy_index", () => {
    const a = nd.array([1, 2, 3]);
    eq(a.get([]), []);
    expect(a.get([]).dtype).toBe("int64");
    eq(a.get(nd.array([], "int64")), []);
    throwsType(() => a.get(nd.array([], "float64")), nd.IndexError);
  });

  test("test_gh_26542: a[idx] = a reads the value before writing", () => {
    const a = nd.array([0, 1, 2]);
    a.set([nd.array([2, 1, 0])], a);
    eq(a, [2, 1, 0]);
    const b = nd.array([[0, 1, 2]]);
    b.set([nd.zeros(3, "int64"), nd.array([2, 1, 0])], b);
    eq(b, [[2, 1, 0]]);
  });

  test("test_gh_26844: an index array that is a view of the target", () => {
    const a = nd.arange(5);
    a.get("2:").set([a.get(":-2")], 3);
    eq(a, [0, 1, 3, 3, 3]);
    const b = nd.arange(5);
    b.get("2:").set([null, b.get(":-2")], 3);
    eq(b, [0, 1, 3, 3, 3]);
  });

  test("test_ellipsis_index", () => {
    const a = nd.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    eq(a.get(0, "..."), [1, 2, 3]);
    eq(a.get("...", 0), [1, 4, 7]);
    eq(a.get(0, "...", 1), 2);
    const b = nd.array(1);
    b.set(["..."], 2);
    eq(b, 2);
  });

  test("test_single_int_index and test_single_bool_index", () => {
    const a = nd.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    eq(a.get(-1), [7, 8, 9]);
    throwsType(() => a.get(1 << 30), nd.IndexError);
    eq(a.get(nd.array(true)), a.get(null).toArray());
    expect(a.get(nd.array(false)).shape).toEqual([0, 3, 3]);
  });

  test("test_boolean_shape_mismatch", () => {
    const arr = nd.ones([5, 4, 3]);
    throwsType(() => arr.get(nd.array([true])), nd.IndexError);
    throwsType(() => arr.get(nd.array([false, false, false, false, false, false])), nd.IndexError);
    throwsType(() => arr.get(nd.zeros([4, 4], "bool")), nd.IndexError);
    throwsType(() => arr.get(":", nd.zeros([4, 4], "bool")), nd.IndexError);
  });

  test("test_boolean_indexing_onedim, test_boolean_assignment_value_mismatch", () => {
    const a = nd.array([[0, 0, 0]], "float64");
    const b = nd.array([true]);
    eq(a.get(b), [[0, 0, 0]]);
    a.set([b], 1);
    eq(a, [[1, 1, 1]]);
    const c = nd.arange(4);
    throwsType(() => c.set([c.gt(-1)], []), nd.ValueError);
    throwsType(() => c.set([c.gt(-1)], [1, 2, 3]), nd.ValueError);
    const d = c.get(":1");
    throwsType(() => d.set([d.gt(-1)], [1, 2, 3]), nd.ValueError);
  });

  test("test_boolean_indexing_twodim and test_boolean_indexing_list", () => {
    const a = nd.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const b = nd.array([[true, false, true], [false, true, false], [true, false, true]]);
    eq(a.get(b), [1, 3, 5, 7, 9]);
    eq(a.get(b.get(1)), [[4, 5, 6]]);
    eq(a.get(b.get(0)), a.get(b.get(2)).toArray());
    a.set([b], 0);
    eq(a, [[0, 2, 0], [4, 0, 6], [0, 8, 0]]);
    const c = nd.array([1, 2, 3]);
    eq(c.get([true, false, true]), [1, 3]);
    eq(c.get(null, [true, false, true]), [[1, 3]]);
  });

  test("test_reverse_strides_and_subspace_bufferinit: repeated indices write in C order of the index", () => {
    const a = nd.ones(5);
    const b = nd.zeros(5, "int64").get("::-1");
    a.set([b], nd.arange(5).get("::-1"));
    expect(a.item(0)).toBe(0);
    const c = nd.ones([5, 2]);
    c.set([b, ":"], nd.arange(10).reshape(5, 2).get("::-1"));
    eq(c.get(0), [0, 1]);
  });

  test("test_reversed_strides_result_allocation, test_uncontiguous_subspace_assignment", () => {
    const a = nd.arange(10).get(":", null);
    const i = nd.arange(10).get("::-1");
    eq(a.get(i), a.get(i.copy()).toArray());
    const x = nd.full([3, 4, 2], -1);
    const y = nd.full([3, 4, 2], -1);
    x.set([[0, 1]], nd.arange(16).reshape(2, 4, 2).T);
    y.set([[0, 1]], nd.arange(16).reshape(2, 4, 2).T.copy());
    eq(x, y.toArray());
  });

  test("test_too_many_fancy_indices_special_case and test_too_many_advanced_indices", () => {
    const a = nd.ones(new Array(64).fill(1));
    throwsType(() => a.get(...new Array(64).fill(0).map(() => nd.array([0]))), nd.IndexError);
    for (const index of [true, false, nd.array([0])]) {
      for (const num of [64, 80]) {
        for (const ndim of [1, 64]) {
          const arr = nd.ones(new Array(ndim).fill(1));
          const specs = new Array<nd.Index>(num).fill(index);
          throwsType(() => arr.get(...specs), nd.IndexError);
          throwsType(() => arr.set(specs, 1), nd.IndexError);
        }
      }
    }
  });

  test("test_scalar_array_bool", () => {
    const a = nd.array(1);
    eq(a.get(true), a.get(nd.array(true)).toArray());
    eq(a.get(false), a.get(nd.array(false)).toArray());
  });

  test("test_broaderrors_indexing, test_trivial_fancy_out_of_bounds", () => {
    const a = nd.zeros([5, 5]);
    throwsType(() => a.get([0, 1], [0, 1, 2]), nd.IndexError);
    throwsType(() => a.set([[0, 1], [0, 1, 2]], 0), nd.IndexError);
    const b = nd.zeros(5);
    const ind = nd.ones(20, "int64");
    ind.set([-1], 10);
    throwsType(() => b.get(ind), nd.IndexError);
    throwsType(() => b.set([ind], 0), nd.IndexError);
    const ind2 = nd.ones(20, "int64");
    ind2.set([0], 11);
    throwsType(() => b.get(ind2), nd.IndexError);
    throwsType(() => b.set([ind2], 0), nd.IndexError);
    eq(b, [0, 0, 0, 0, 0]);
  });

  test("test_trivial_fancy_not_possible", () => {
    const a = nd.arange(6);
    const idx = nd.arange(6).reshape(2, 1, 3).get(":", ":", 0);
    eq(a.get(idx), idx.toArray());
    a.set([idx], -1);
    eq(a, [-1, 1, 2, -1, 4, 5]);
  });

  test("test_same_kind_index_casting and test_small_regressions", () => {
    const index = nd.arange(5);
    const u = index.astype("uint64");
    let arr = nd.arange(10);
    eq(arr.get(index), arr.get(u).toArray());
    arr.set([u], nd.arange(5));
    eq(arr, nd.arange(10).toArray());
    arr = nd.arange(10).reshape(5, 2);
    arr.set([u], nd.arange(5).get(":", null));
    eq(arr, [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]);
    const sq = nd.arange(25).reshape(5, 5);
    eq(sq.get(u, u), sq.get(index, index).toArray());
    const one = nd.array([0]);
    one.set([nd.array([0], "uint8")], 1);
    throwsType(() => one.set([nd.array([1], "uint8")], 1), nd.IndexError);
  });

  test("test_indexing_array_weird_strides and test_indexing_array_negative_strides", () => {
    const x = nd.ones(10);
    const x2 = nd.ones([10, 2]);
    const ind = nd.broadcastTo(nd.arange(10).get(":", null, null, null), [10, 55, 4, 4]);
    eq(x.get(ind), x.get(ind.copy()).toArray());
    const zind = nd.zeros(4, "int64");
    eq(x2.get(ind, zind), x2.get(ind.copy(), zind).toArray());
    const arro = nd.zeros([4, 4]);
    const arr = arro.get("::-1", "::-1");
    arr.set([":", [0, 1, 2, 3]], 10);
    eq(arr, nd.full([4, 4], 10).toArray());
  });

  test("test_nontuple_ndindex and TestNonIntegerArrayLike", () => {
    const a = nd.arange(25).reshape(5, 5);
    eq(a.get([0, 1]), [a.get(0).toArray(), a.get(1).toArray()]);
    eq(a.get([0, 1], [0, 1]), [0, 6]);
    const b = nd.arange(10);
    throwsType(() => b.get([0.5, 1.5]), nd.IndexError);
  });

  test("TestBroadcastedAssignments", () => {
    const a = nd.zeros([3, 2]);
    a.set(["..."], nd.ones([1, 3, 2]));
    a.set([[0, 1, 2], ":"], nd.ones([1, 3, 2]));
    a.set([":", [0, 1]], nd.ones([1, 3, 2]));
    a.set([[[0], [1], [2]], [0, 1]], nd.ones([1, 3, 2]));
    const z = nd.zeros(5);
    throwsType(() => z.set(["..."], nd.ones([2, 1])), nd.ValueError);
    throwsType(() => z.set([[1, 2, 3]], nd.ones([2, 1])), nd.ValueError);
    throwsType(() => z.set([[[1], [2]]], nd.ones([2, 2, 1])), nd.ValueError);
    const w = nd.zeros([5, 1]);
    throwsType(() => w.set(["..."], nd.zeros([5, 2])), nd.ValueError);
    throwsType(() => w.set(["..."], nd.zeros([5, 0])), nd.ValueError);
    throwsType(() => w.set([":", [0]], nd.zeros([5, 2])), nd.ValueError);
    throwsType(() => w.set([":", [0]], nd.zeros([5, 0])), nd.ValueError);
    throwsType(() => w.set([[0], ":"], nd.zeros([2, 1])), nd.ValueError);
  });

  test.each([
    [["...", [1, 2], ":"], "(3,4,5,2,7)"],
    [[[0, 1], "...", 0], "(2,4,5,6)"],
    [["...", [1, 2], [1, 2]], "(3,4,5,2)"],
  ] as const)("test_broadcast_error_reports_correct_shape %j", (index, shape) => {
    const arr = nd.zeros([3, 4, 5, 6, 7]);
    expect(() => arr.set(index as unknown as nd.Index[], nd.zeros([100, 100]))).toThrow(new RegExp(`${shape.replace(/[()]/g, "\\$&")}$`));
  });

  test("test_index_is_larger, test_broadcast_subspace", () => {
    const a = nd.zeros([5, 5]);
    a.set([[[0], [1], [2]], [0, 1, 2]], [2, 3, 4]);
    eq(a.get(":3", ":3"), [[2, 3, 4], [2, 3, 4], [2, 3, 4]]);
    const b = nd.zeros([100, 100]);
    const v = nd.arange(100).get(":", null);
    b.set([nd.arange(100).get("::-1")], v);
    eq(b.get("::-1"), nd.broadcastTo(v, [100, 100]).astype("float64").toArray());
  });

  test("test_boolean (0-d) and test_boolean_indexing_weirdness, test_boolean_indexing_fast_path", () => {
    const z = nd.array(5);
    eq(z.get(nd.array(true)), [5]);
    z.set([nd.array(true)], 1);
    eq(z, 1);
    const a = nd.ones([2, 3, 4]);
    expect(a.get(false, true, "...").shape).toEqual([0, 2, 3, 4]);
    expect(a.get(true, [0, 1], true, true, [1], [[2]]).shape).toEqual([1, 2]);
    throwsType(() => a.get(false, [0, 1], "..."), nd.IndexError);
    const s = nd.ones([3, 3]);
    const msg = "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 1";
    expect(() => s.get(nd.zeros([1, 9], "bool"))).toThrow(msg);
    expect(() => s.get(nd.array([[false, false, false, false, false, false, false, false, true]]))).toThrow(msg);
    expect(() => s.get(nd.zeros([1, 10], "bool"))).toThrow(msg);
    expect(() => nd.ones([1, 1, 2]).get(nd.array([[[true], [false]]]))).toThrow(
      "boolean index did not match indexed array along axis 1; size of axis is 1 but size of corresponding boolean axis is 2",
    );
  });
});

describe("NumPy's test_shape_base.py", () => {
  test("TestConcatenate.test_returns_copy and test_exceptions", () => {
    const a = nd.eye(3);
    const b = nd.concatenate([a]);
    b.set([0, 0], 2);
    expect(a.item(0, 0)).toBe(1);
    for (const ndim of [1, 2, 3]) {
      const x = nd.ones(new Array(ndim).fill(1));
      nd.concatenate([x, x], 0);
      throwsType(() => nd.concatenate([x, x], ndim), nd.AxisError);
      throwsType(() => nd.concatenate([x, x], -(ndim + 1)), nd.AxisError);
    }
    throwsType(() => nd.concatenate([0]), nd.ValueError);
    throwsType(() => nd.concatenate([nd.array(0)]), nd.ValueError);
    expect(() => nd.concatenate([nd.zeros(1), nd.zeros([1, 1])])).toThrow(
      "all the input arrays must have same number of dimensions, but the array at index 0 has 1 dimension(s) and the array at index 1 has 2 dimension(s)",
    );
    let x = nd.ones([1, 2, 3]);
    let y = nd.ones([2, 2, 3]);
    const axis = [0, 1, 2];
    for (let i = 0; i < 3; i++) {
      nd.concatenate([x, y], axis[0]);
      expect(() => nd.concatenate([x, y], axis[1])).toThrow(
        `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${i}, the array at index 0 has size 1 and the array at index 1 has size 2`,
      );
      throwsType(() => nd.concatenate([x, y], axis[2]), nd.ValueError);
      x = nd.moveaxis(x, -1, 0);
      y = nd.moveaxis(y, -1, 0);
      axis.push(axis.shift()!);
    }
    throwsType(() => nd.concatenate([]), nd.ValueError);
  });

  test("TestConcatenate.test_concatenate_axis_None and test_concatenate", () => {
    const a = nd.arange(4, 0, -1).reshape(2, 2).astype("float64");
    const r = nd.concatenate([a, a], null);
    expect(r.dtype).toBe("float64");
    expect(r.ndim).toBe(1);
    const r2 = nd.concatenate([a, [0, 1, 2]], null);
    expect(r2.size).toBe(7);
    expect(r2.dtype).toBe("float64");
    const out = nd.zeros(7);
    expect(nd.concatenate([a, [0, 1, 2]], null, { out })).toBe(out);
    eq(out, r2.toArray());
    eq(nd.concatenate([[0, 1, 2, 3]]), [0, 1, 2, 3]);
    eq(nd.concatenate([[0, 1, 2, 3], [0, 1, 2]]), [0, 1, 2, 3, 0, 1, 2]);
    eq(nd.concatenate([[0, 1, 2, 3], [0, 1, 2]], -1), [0, 1, 2, 3, 0, 1, 2]);
    const a23 = nd.array([[10, 11, 12], [13, 14, 15]]);
    const a13 = nd.array([[0, 1, 2]]);
    const res = [[10, 11, 12], [13, 14, 15], [0, 1, 2]];
    eq(nd.concatenate([a23, a13]), res);
    eq(nd.concatenate([a23.T, a13.T], 1), nd.array(res).T.toArray());
    throwsType(() => nd.concatenate([a23.T, a13.T], 0), nd.ValueError);
    const res3 = nd.arange(2 * 3 * 7).reshape(2, 3, 7);
    const [a0, a1, a2] = [res3.get("...", ":4"), res3.get("...", "4:6"), res3.get("...", "6:")];
    eq(nd.concatenate([a0, a1, a2], 2), res3.toArray());
    eq(nd.concatenate([a0.T, a1.T, a2.T], 0), res3.T.toArray());
    const out3 = res3.copy();
    expect(nd.concatenate([a0, a1, a2], 2, { out: out3 })).toBe(out3);
  });

  test("TestConcatenate.test_bad_out_shape", () => {
    const a = nd.array([1, 2]);
    const b = nd.array([3, 4]);
    throwsType(() => nd.concatenate([a, b], 0, { out: nd.empty(5) }), nd.ValueError);
    throwsType(() => nd.concatenate([a, b], 0, { out: nd.empty([4, 1]) }), nd.ValueError);
    throwsType(() => nd.concatenate([a, b], 0, { out: nd.empty([1, 4]) }), nd.ValueError);
    nd.concatenate([a, b], 0, { out: nd.empty(4) });
  });

  test("test_stack", () => {
    eq(nd.stack([1, 2, 3]), [1, 2, 3]);
    eq(nd.stack([nd.array(1), nd.array(2), nd.array(3)]), [1, 2, 3]);
    const a = nd.array([1, 2, 3]);
    const b = nd.array([4, 5, 6]);
    eq(nd.stack([a, b]), [[1, 2, 3], [4, 5, 6]]);
    eq(nd.stack([a, b], 1), [[1, 4], [2, 5], [3, 6]]);
    const arrays = Array.from({ length: 10 }, () => nd.random.randn(3));
    [[0, [10, 3]], [1, [3, 10]], [-1, [3, 10]], [-2, [10, 3]]].forEach(([axis, shape]) => expect(nd.stack(arrays, axis as number).shape).toEqual(shape));
    expect(() => nd.stack(arrays, 2)).toThrow(/out of bounds/);
    expect(() => nd.stack(arrays, -3)).toThrow(/out of bounds/);
    const arrays2 = Array.from({ length: 10 }, () => nd.random.randn(3, 4));
    const cases: [number, number[]][] = [[0, [10, 3, 4]], [1, [3, 10, 4]], [2, [3, 4, 10]], [-1, [3, 4, 10]], [-2, [3, 10, 4]], [-3, [10, 3, 4]]];
    for (const [axis, shape] of cases) expect(nd.stack(arrays2, axis).shape).toEqual(shape);
    expect(nd.stack([[], [], []]).shape).toEqual([3, 0]);
    expect(nd.stack([[], [], []], 1).shape).toEqual([0, 3]);
    const out = nd.zerosLike(nd.array([[1, 2, 3], [4, 5, 6]]));
    nd.stack([a, b], 0, { out });
    eq(out, [[1, 2, 3], [4, 5, 6]]);
    expect(() => nd.stack([])).toThrow(/need at least one array/);
    expect(() => nd.stack([1, nd.arange(3)])).toThrow(/must have the same shape/);
    expect(() => nd.stack([nd.arange(3), 1])).toThrow(/must have the same shape/);
    expect(() => nd.stack([nd.arange(3), 1], 1)).toThrow(/must have the same shape/);
    expect(() => nd.stack([nd.zeros([3, 3]), nd.zeros(3)], 1)).toThrow(/must have the same shape/);
    expect(() => nd.stack([nd.arange(2), nd.arange(3)])).toThrow(/must have the same shape/);
  });

  test("TestHstack, TestVstack", () => {
    throwsType(() => nd.hstack([]), nd.ValueError);
    eq(nd.hstack([nd.array(1), nd.array(2)]), [1, 2]);
    eq(nd.hstack([nd.array([1]), nd.array([2])]), [1, 2]);
    eq(nd.hstack([nd.array([[1], [2]]), nd.array([[1], [2]])]), [[1, 1], [2, 2]]);
    throwsType(() => nd.vstack([]), nd.ValueError);
    eq(nd.vstack([nd.array(1), nd.array(2)]), [[1], [2]]);
    eq(nd.vstack([nd.array([1]), nd.array([2])]), [[1], [2]]);
    eq(nd.vstack([nd.array([[1], [2]]), nd.array([[1], [2]])]), [[1], [2], [1], [2]]);
    eq(nd.vstack([nd.array([1, 2]), nd.array([1, 2])]), [[1, 2], [1, 2]]);
    const a = nd.array([1, 2, 3]);
    const b = nd.array([2.5, 3.5, 4.5]);
    eq(nd.hstack([a, b], { dtype: "int64", casting: "unsafe" }), [1, 2, 3, 2, 3, 4]);
    expect(() => nd.hstack([a, b], { dtype: "int64", casting: "safe" })).toThrow(TypeError);
  });

  test("TestSplit / array_split (lib/tests/test_shape_base.py)", () => {
    const a = nd.arange(10);
    const lens = (xs: nd.NDArray[]) => xs.map((x) => x.shape[0]);
    expect(lens(nd.arraySplit(a, 1))).toEqual([10]);
    expect(lens(nd.arraySplit(a, 3))).toEqual([4, 3, 3]);
    expect(lens(nd.arraySplit(a, 11))).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    eq(nd.arraySplit(a, [1, 5, 7])[2]!, [5, 6]);
    expect(lens(nd.arraySplit(nd.arange(24).reshape(2, 12), 5, 1).map((x) => x.T))).toEqual([3, 3, 2, 2, 2]);
    expect(() => nd.split(a, 3)).toThrow(nd.ValueError);
    expect(nd.split(a, 2).map((x) => x.toArray())).toEqual([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
    for (const piece of nd.split(a, 5)) expect(piece._storage).toBe(a._storage);
  });
});

describe("NumPy's test_arraypad.py", () => {
  test("TestConstant", () => {
    const a = nd.pad(nd.arange(100), [25, 20], { constantValues: [10, 20] });
    eq(a, [...new Array(25).fill(10), ...Array.from({ length: 100 }, (_, i) => i), ...new Array(20).fill(20)]);
    eq(nd.pad(nd.arange(100), [25, 20]), [...new Array(25).fill(0), ...Array.from({ length: 100 }, (_, i) => i), ...new Array(20).fill(0)]);
    eq(nd.pad(nd.arange(4).reshape(2, 2), [[1, 2], [1, 3]], { constantValues: [[1, 2], [3, 4]] }), [
      [3, 1, 1, 4, 4, 4],
      [3, 0, 1, 4, 4, 4],
      [3, 2, 3, 4, 4, 4],
      [3, 2, 2, 4, 4, 4],
      [3, 2, 2, 4, 4, 4],
    ]);
    const u = nd.full(5, 2n ** 64n - 1n, "uint64");
    expect(Array.from(nd.pad(u, 1, { constantValues: 2n ** 64n - 1n }).toTypedArray() as BigUint64Array)).toEqual(new Array(7).fill(2n ** 64n - 1n));
    expect(nd.pad(nd.zeros([3, 0, 2]), [[0], [2], [1]]).shape).toEqual([3, 4, 4]);
  });

  test("TestReflect, TestSymmetric, TestWrap, TestEdge", () => {
    eq(nd.pad([1, 2, 3], 2, { mode: "reflect" }), [3, 2, 1, 2, 3, 2, 1]);
    eq(nd.pad([1, 2, 3], 3, { mode: "reflect" }), [2, 3, 2, 1, 2, 3, 2, 1, 2]);
    eq(nd.pad([1, 2, 3], 4, { mode: "reflect" }), [1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3]);
    eq(nd.pad([1, 2, 3], [1, 10], { mode: "reflect" }), [2, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2, 1]);
    eq(nd.pad([1, 2, 3, 4], [15, 2], { mode: "symmetric" }), [2, 3, 4, 4, 3, 2, 1, 1, 2, 3, 4, 4, 3, 2, 1, 1, 2, 3, 4, 4, 3]);
    const row = [5, 4, 5, 6, 5, 4, 5, 6, 5, 4, 5, 6, 5, 4, 5];
    eq(nd.pad([[4, 5, 6]], [5, 7], { mode: "reflect" }), new Array(13).fill(row));
    eq(nd.pad([1, 2, 3], 3, { mode: "wrap" }), [1, 2, 3, 1, 2, 3, 1, 2, 3]);
    eq(nd.pad([1, 2, 3], 4, { mode: "wrap" }), [3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1]);
    const w = nd.ones([3, 5]);
    eq(nd.pad(w, [0, 5], { mode: "wrap" }).get(":-5", ":-5"), w.toArray());
    const five = [0, 1, 2, 3, 4];
    eq(nd.pad(nd.arange(5), [12, 0], { mode: "wrap" }), [...five, ...five, ...five, ...five].slice(3));
    eq(nd.pad(nd.arange(5), [0, 12], { mode: "wrap" }), [...five, ...five, ...five, ...five].slice(0, -3));
    eq(nd.pad(nd.arange(4).reshape(2, 2), [[1, 3], [3, 1]], { mode: "wrap" }), [
      [3, 2, 3, 2, 3, 2],
      [1, 0, 1, 0, 1, 0],
      [3, 2, 3, 2, 3, 2],
      [1, 0, 1, 0, 1, 0],
      [3, 2, 3, 2, 3, 2],
      [1, 0, 1, 0, 1, 0],
    ]);
    eq(nd.pad(nd.arange(12).reshape(4, 3), [[2, 3], [3, 2]], { mode: "edge" }), [
      [0, 0, 0, 0, 1, 2, 2, 2],
      [0, 0, 0, 0, 1, 2, 2, 2],
      [0, 0, 0, 0, 1, 2, 2, 2],
      [3, 3, 3, 3, 4, 5, 5, 5],
      [6, 6, 6, 6, 7, 8, 8, 8],
      [9, 9, 9, 9, 10, 11, 11, 11],
      [9, 9, 9, 9, 10, 11, 11, 11],
      [9, 9, 9, 9, 10, 11, 11, 11],
      [9, 9, 9, 9, 10, 11, 11, 11],
    ]);
    eq(nd.pad([1, 2, 3], [[1, 2]], { mode: "edge" }), [1, 1, 2, 3, 3, 3]);
    const a3 = nd.arange(24).reshape(2, 3, 4);
    eq(nd.pad(a3, [[1, 2]], { mode: "edge" }), nd.pad(a3, [[1, 2], [1, 2], [1, 2]], { mode: "edge" }).toArray());
  });

  test("TestEmptyArray and TestPadWidth", () => {
    const modes = ["constant", "edge", "reflect", "symmetric", "wrap"] as const;
    for (const mode of modes) {
      if (mode !== "constant") expect(() => nd.pad(nd.zeros([0, 3]), [[1, 1], [0, 0]], { mode })).toThrow("can't extend empty axis 0 using modes other than 'constant' or 'empty'");
      expect(nd.pad(nd.zeros([0, 3]), [[0, 0], [2, 2]], { mode }).shape).toEqual([0, 7]);
      const arr = nd.arange(30).reshape(6, 5);
      for (const w of [[4, 5, 6, 7], [[1], [2], [3]], [[1, 2], [3, 4], [5, 6]], [[3, 4, 5], [0, 1, 2]]]) {
        expect(() => nd.pad(arr, w, { mode })).toThrow(/operands could not be broadcast together/);
      }
      expect(() => nd.pad(arr, [[[3], [4], [5]], [[0], [1], [2]]] as unknown as number[][], { mode })).toThrow("input operand has more dimensions than allowed by the axis remapping");
      for (const w of [-2, [-2], [3, -1], [[5, 2], [-2, 3]], [[-4], [2]]]) expect(() => nd.pad(arr, w, { mode })).toThrow("index can't contain negative values");
      for (const w of ["3", "word", null, 3.4, [[-2.1, 3], [3, 2]]]) expect(() => nd.pad(arr, w as number, { mode })).toThrow("`pad_width` must be of integral type.");
      for (const w of [0, [0, 0], [[0, 0], [0, 0]]]) eq(nd.pad(arr, w, { mode }), arr.toArray());
    }
    eq(nd.pad(nd.arange(12).reshape(4, 3), nd.array([[2, 3], [3, 2]]), { mode: "edge" }).get(0), [0, 0, 0, 0, 1, 2, 2, 2]);
  });
});
