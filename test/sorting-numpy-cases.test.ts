// Cases translated from NumPy's own tests: test_multiarray.py (sort, argsort, searchsorted,
// partition), test_arraysetops.py (unique) and test_function_base.py (percentile, quantile, median).
import { describe, expect, it } from "vitest";
import * as nd from "../src/index.js";

const list = (a: nd.NDArray): unknown => a.toArray();
const METHODS: nd.QuantileMethod[] = [
  "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull",
  "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
];

describe("test_multiarray.py: sort, argsort", () => {
  it("test_sort: NaN sorts last; kind and stable together raise", () => {
    expect(list(nd.sort([NaN, 1, 0]))).toEqual([0, 1, NaN]);
    expect(() => nd.sort([1], -1, { kind: "stable", stable: true })).toThrow("`kind` and keyword parameters can't be provided at the same time");
  });

  it.each(["uint8", "uint16", "uint32", "uint64", "float32", "float64"] as const)("test_sort_unsigned (%s)", (dtype) => {
    const a = nd.arange(101).astype(dtype);
    const b = a.slice("::-1").copy();
    for (const kind of ["quicksort", "mergesort", "heapsort", "stable"]) {
      const c = b.copy();
      c.sort(-1, { kind });
      expect(list(c)).toEqual(list(a));
    }
  });

  it.each(["int8", "int16", "int32", "int64", "float32", "float64"] as const)("test_sort_signed (%s)", (dtype) => {
    const a = nd.arange(-50, 51).astype(dtype);
    const c = a.slice("::-1").copy();
    c.sort();
    expect(list(c)).toEqual(list(a));
  });

  it("test_sort_axis", () => {
    const a = nd.array([[3, 2], [1, 0]]);
    let d = a.copy();
    d.sort(0);
    expect(list(d)).toEqual([[1, 0], [3, 2]]);
    d = a.copy();
    d.sort(1);
    expect(list(d)).toEqual([[2, 3], [0, 1]]);
    d = a.copy();
    d.sort();
    expect(list(d)).toEqual([[2, 3], [0, 1]]);
  });

  it("test_sort_size_0", () => {
    const a = nd.zeros([3, 2, 1, 0]);
    for (let axis = -a.ndim; axis < a.ndim; axis++) expect(nd.sort(a, axis).shape).toEqual([3, 2, 1, 0]);
    expect(nd.sort(a, null).shape).toEqual([0]);
  });

  it("test_argsort: stable on ties, reversed runs, empty", () => {
    const a = nd.arange(101);
    expect(list(nd.argsort(a.slice("::-1")))).toEqual(list(nd.arange(100, -1, -1)));
    const ties = nd.array(Array.from({ length: 101 }, (_, i) => i % 2));
    expect(list(nd.argsort(ties))).toEqual([...Array.from({ length: 51 }, (_, i) => 2 * i), ...Array.from({ length: 50 }, (_, i) => 2 * i + 1)]);
    expect(nd.argsort(nd.zeros([3, 0]), 1).shape).toEqual([3, 0]);
    expect(nd.argsort(nd.zeros([3, 0]), 1).dtype).toBe("int64");
  });
});

describe("test_multiarray.py: searchsorted", () => {
  it.each(["float32", "float64"] as const)("test_searchsorted_floats (%s)", (dtype) => {
    const a = nd.array([0, 1, NaN], dtype);
    expect(list(nd.searchsorted(a, a, { side: "left" }))).toEqual([0, 1, 2]);
    expect(list(nd.searchsorted(a, a, { side: "right" }))).toEqual([1, 2, 3]);
    expect(+nd.searchsorted(a, a.slice(-1))).toBe(2);
  });

  it("test_searchsorted_n_elements", () => {
    const cases: [number, "left" | "right", number[]][] = [
      [0, "left", [0, 0, 0]], [0, "right", [0, 0, 0]], [1, "left", [0, 0, 1]], [1, "right", [0, 1, 1]], [2, "left", [0, 0, 2]], [2, "right", [0, 2, 2]],
    ];
    for (const [n, side, want] of cases) expect(list(nd.searchsorted(nd.ones([n]), [0, 1, 2], { side }))).toEqual(want);
  });

  it("test_searchsorted_resetting", () => {
    const a = nd.arange(5);
    expect(list(nd.searchsorted(a, [6, 5, 4], { side: "left" }))).toEqual([5, 5, 4]);
    expect(list(nd.searchsorted(a, [6, 5, 4], { side: "right" }))).toEqual([5, 5, 5]);
  });

  it.each(["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64", "bool"] as const)("test_searchsorted_type_specific (%s)", (dtype) => {
    const n = dtype === "bool" ? 2 : 5;
    const a = nd.arange(n).astype(dtype);
    expect(list(nd.searchsorted(a, a, { side: "left" }))).toEqual([...Array(n).keys()]);
    expect(list(nd.searchsorted(a, a, { side: "right" }))).toEqual([...Array(n).keys()].map((i) => i + 1));
    const e = nd.zeros([0], dtype);
    expect(list(nd.searchsorted(e, a))).toEqual(Array(n).fill(0));
    expect(list(nd.searchsorted(a, e))).toEqual([]);
  });

  it("test_searchsorted_with_invalid_sorter", () => {
    const a = nd.array([5, 2, 1, 3, 4]);
    expect(() => nd.searchsorted(a, 0, { sorter: [1.1] })).toThrow(TypeError);
    expect(() => nd.searchsorted(a, 0, { sorter: [1, 2, 3, 4] })).toThrow("sorter.size must equal a.size");
    expect(() => nd.searchsorted(a, 0, { sorter: [1, 2, 3, 4, 5, 6] })).toThrow("sorter.size must equal a.size");
    for (const [v, s] of [[4, [0, 1, 2, 3, 5]], [0, [-1, 0, 1, 2, 3]], [0, [4, 0, -1, 2, 3]]] as const) {
      expect(() => nd.searchsorted(a, v, { sorter: s })).toThrow("Sorter index out of range.");
    }
  });

  it("test_searchsorted_with_sorter", () => {
    const a = nd.array([0.3, 0.1, 0.9, 0.5, 0.7]);
    const s = nd.argsort(a);
    const keys = nd.array([0, 0.1, 0.5, 0.6, 1]);
    expect(list(nd.searchsorted(a, keys, { sorter: s }))).toEqual(list(nd.searchsorted(nd.sort(a), keys)));
  });
});

describe("test_multiarray.py: partition", () => {
  it.each(["int64", "float64", "uint8", "bool"] as const)("test_partition_out_of_range (%s)", (dtype) => {
    const d = nd.arange(10).astype(dtype);
    expect(() => nd.partition(d, 10)).toThrow("kth(=10) out of bounds (10)");
    expect(() => nd.argpartition(d, -11)).toThrow("kth(=-1) out of bounds (10)");
  });

  it("test_partition_integer", () => {
    expect(() => nd.partition(nd.arange(10), 9.5)).toThrow("Partition index must be integer");
    expect(() => nd.argpartition(nd.arange(10), nd.array([9.5]))).toThrow("Partition index must be integer");
  });

  it("test_partition_empty_array", () => {
    const a = nd.zeros([3, 2, 1, 0]);
    for (let axis = -a.ndim; axis < a.ndim; axis++) {
      expect(nd.partition(a, 0, axis).shape).toEqual([3, 2, 1, 0]);
      expect(nd.argpartition(a, 0, axis).shape).toEqual([3, 2, 1, 0]);
    }
    expect(nd.partition(a, 0, null).shape).toEqual([0]);
  });

  it("test_partition: every kth of small arrays, with ties", () => {
    for (const d of [[], [1], [1, 2], [2, 1], [3, 2, 1], [1, 1, 1, 1], [1, 2, 1, 2, 1, 2, 3, 0, 0]]) {
      const sorted = [...d].sort((x, y) => x - y);
      for (let k = 0; k < d.length; k++) {
        const p = list(nd.partition(d, k)) as number[];
        expect(p[k]).toBe(sorted[k]);
        expect(p.slice(0, k).every((x) => x <= p[k]!)).toBe(true);
        expect(p.slice(k + 1).every((x) => x >= p[k]!)).toBe(true);
        const ip = list(nd.argpartition(d, k)) as number[];
        expect(d[ip[k]!]).toBe(sorted[k]);
      }
    }
  });
});

describe("test_arraysetops.py: unique", () => {
  it("test_unique_1d: values, first indices, inverse, counts; NaNs as one", () => {
    const a = [5, 7, 1, 2, 1, 5, 7, 5, 7, 1, 2, 1, 5, 7];
    const r = nd.unique(a, { returnIndex: true, returnInverse: true, returnCounts: true });
    expect(list(r.values)).toEqual([1, 2, 5, 7]);
    expect(list(r.index)).toEqual([2, 3, 0, 1]);
    expect(list(r.inverse)).toEqual([2, 3, 0, 1, 0, 2, 3, 2, 3, 0, 1, 0, 2, 3]);
    expect(list(r.counts)).toEqual([4, 2, 4, 4]);
    const f = [2, NaN, 1, NaN];
    expect(list(nd.unique(f))).toEqual([1, 2, NaN]);
    expect(list(nd.unique(f, { returnIndex: true }).index)).toEqual([2, 0, 1]);
    expect(list(nd.unique(f, { returnInverse: true }).inverse)).toEqual([1, 2, 0, 2]);
    expect(list(nd.unique(f, { returnCounts: true }).counts)).toEqual([1, 1, 2]);
    const nans = nd.unique([NaN, NaN, NaN, NaN], { returnIndex: true, returnInverse: true, returnCounts: true });
    expect([list(nans.values), list(nans.index), list(nans.inverse), list(nans.counts)]).toEqual([[NaN], [0], [0, 0, 0, 0], [4]]);
    expect(list(nd.unique([NaN, NaN], { equalNan: false }))).toEqual([NaN, NaN]);
  });

  it.each(["int8", "uint64", "float32", "bool"] as const)("test_unique_zero_sized (%s)", (dtype) => {
    const r = nd.unique(nd.zeros([0], dtype), { returnIndex: true, returnInverse: true, returnCounts: true });
    expect(r.values.dtype).toBe(dtype);
    for (const x of [r.values, r.index, r.inverse, r.counts]) expect(x.shape).toEqual([0]);
  });

  it("test_unique_axis_errors, test_unique_1d_with_axis, test_unique_inverse_with_axis", () => {
    expect(() => nd.unique(nd.arange(10), { axis: 2 })).toThrow(nd.AxisError);
    expect(() => nd.unique(nd.arange(10), { axis: -2 })).toThrow(nd.AxisError);
    for (const axis of [0, -1]) expect(list(nd.unique([4, 3, 2, 3, 2, 1, 2, 2], { axis }))).toEqual([1, 2, 3, 4]);
    const x = nd.array([[4, 4, 3], [2, 2, 1], [2, 2, 1], [4, 4, 3]]);
    for (const axis of [null, 0, -1]) {
      const { values, inverse } = nd.unique(x, { returnInverse: true, axis });
      expect(inverse.ndim).toBe(axis === null ? 2 : 1);
      // np.take(uniq, inv, axis=axis) rebuilds x.
      const v = list(values) as number[][] | number[];
      const inv = (list(inverse) as number[] | number[][]).flat();
      const rebuilt = axis === null ? inv.map((i) => (v as number[])[i]) : axis === 0 ? inv.map((i) => (v as number[][])[i]) : (v as number[][]).map((row) => inv.map((i) => row[i]));
      expect(axis === null ? rebuilt : rebuilt).toEqual(axis === null ? (list(x) as number[][]).flat() : list(x));
    }
  });

  it("test_unique_axis: non-bitwise-equal booleans, negative zero, lists", () => {
    const z = nd.unique(nd.array([[-0, 0], [0, -0], [-0, 0], [0, -0]], "float64"), { axis: 0 });
    expect(z.shape).toEqual([1, 2]);
    expect(Object.is((list(z) as number[][])[0]![0], -0)).toBe(true);
    expect(list(nd.unique([[0, 1, 0], [0, 1, 0]], { axis: 0 }))).toEqual([[0, 1, 0]]);
    expect(list(nd.unique([[0, 1, 0], [0, 1, 0]], { axis: 1 }))).toEqual([[0, 1], [0, 1]]);
  });

  it("test_unique_axis_zeros", () => {
    const single = nd.zeros([2, 0], "int8");
    let r = nd.unique(single, { axis: 0, returnIndex: true, returnInverse: true, returnCounts: true });
    expect([r.values.shape, list(r.index), list(r.inverse), list(r.counts)]).toEqual([[1, 0], [0], [0, 0], [2]]);
    r = nd.unique(single, { axis: 1, returnIndex: true, returnInverse: true, returnCounts: true });
    expect([r.values.shape, list(r.index), list(r.inverse), list(r.counts)]).toEqual([[2, 0], [], [], []]);
    const shape = [0, 2, 0, 3, 0, 4, 0];
    shape.forEach((n, axis) => expect(nd.unique(nd.zeros(shape), { axis }).shape).toEqual(shape.map((m, i) => (i === axis ? (n === 0 ? 0 : 1) : m))));
  });
});

describe("test_function_base.py: percentile, quantile, median", () => {
  it("TestPercentile.test_basic, test_2D, test_linear_nan_1D", () => {
    const x = nd.arange(8).astype("float64").mul(0.5);
    expect(+nd.percentile(x, 0)).toBe(0);
    expect(+nd.percentile(x, 100)).toBe(3.5);
    expect(+nd.percentile(x, 50)).toBe(1.75);
    x.set([1], NaN);
    expect(+nd.percentile(x, 0)).toBeNaN();
    expect(+nd.percentile(x, 0, null, { method: "nearest" })).toBeNaN();
    expect(+nd.percentile(x, 0, null, { method: "inverted_cdf" })).toBeNaN();
    expect(list(nd.percentile([[1, 1, 1], [1, 1, 1], [4, 4, 3], [1, 1, 1], [1, 1, 1]], 50, 0))).toEqual([1, 1, 1]);
    for (const dtype of ["float32", "float64"] as const) {
      const r = nd.percentile(nd.array([15, NaN, 35, 40, 50], dtype), 40, null, { method: "linear" });
      expect(+r).toBeNaN();
      expect(r.dtype).toBe(dtype);
    }
  });

  const HF: [nd.QuantileMethod, number][] = [
    ["inverted_cdf", 20], ["averaged_inverted_cdf", 27.5], ["closest_observation", 20], ["interpolated_inverted_cdf", 20],
    ["hazen", 27.5], ["weibull", 26], ["linear", 29], ["median_unbiased", 27], ["normal_unbiased", 27.125],
  ];
  it.each(["int8", "int64", "uint16", "float32", "float64"] as const)("TestPercentile.test_linear_interpolation (%s)", (dtype) => {
    const arr = nd.array([15, 20, 35, 40, 50], dtype);
    for (const [method, expected] of HF) {
      for (const r of [nd.quantile(arr, 0.4, null, { method }), nd.percentile(arr, 40, null, { method })]) {
        const want = method === "inverted_cdf" || method === "closest_observation" ? dtype : dtype === "float32" ? "float32" : "float64";
        expect(r.dtype).toBe(want);
        // assert_array_almost_equal_nulp: within one unit in the last place.
        expect(Math.abs(+r - expected)).toBeLessThanOrEqual(expected * (dtype === "float32" ? 2 ** -23 : 2 ** -52));
      }
    }
  });

  it.each(["int8", "uint32", "int64", "float32", "float64"] as const)("TestPercentile.test_lower_higher, test_midpoint, test_nearest (%s)", (dtype) => {
    const r = (n: number) => nd.arange(n).astype(dtype);
    expect(+nd.percentile(r(10), 50, null, { method: "lower" })).toBe(4);
    expect(+nd.percentile(r(10), 50, null, { method: "higher" })).toBe(5);
    expect(+nd.percentile(r(10), 51, null, { method: "midpoint" })).toBe(4.5);
    expect(+nd.percentile(nd.arange(1, 10).astype(dtype), 50, null, { method: "midpoint" })).toBe(5);
    expect(+nd.percentile(r(11), 51, null, { method: "midpoint" })).toBe(5.5);
    expect(+nd.percentile(r(11), 50, null, { method: "midpoint" })).toBe(5);
    expect(+nd.percentile(r(10), 51, null, { method: "nearest" })).toBe(5);
    expect(+nd.percentile(r(10), 49, null, { method: "nearest" })).toBe(4);
  });

  it("TestPercentile.test_scalar_q: axes and out", () => {
    const x = nd.arange(12).reshape(3, 4);
    expect(nd.percentile(x, 50).ndim).toBe(0);
    expect(+nd.percentile(x, 50)).toBe(5.5);
    expect(list(nd.percentile(x, 50, 0))).toEqual([4, 5, 6, 7]);
    expect(list(nd.percentile(x, 50, 1))).toEqual([1.5, 5.5, 9.5]);
    let out: nd.NDArray = nd.empty([4]);
    expect(nd.percentile(x, 50, 0, { out })).toBe(out);
    expect(list(out)).toEqual([4, 5, 6, 7]);
    expect(+nd.percentile(x, 50, null, { method: "lower" })).toBe(5);
    out = nd.empty([3], "int64");
    nd.percentile(x, 50, 1, { method: "lower", out });
    expect(list(out)).toEqual([1, 5, 9]);
  });

  it("TestPercentile.test_exception, test_extended_axis_invalid", () => {
    expect(() => nd.percentile([1, 2], 56, null, { method: "foobar" as nd.QuantileMethod })).toThrow(nd.ValueError);
    for (const q of [101, -1, [...Array(50).keys(), 101], [...Array(50).keys(), -0.1]]) {
      expect(() => nd.percentile([1], q)).toThrow("Percentiles must be in the range [0, 100]");
    }
    const d = nd.ones([3, 5, 7, 11]);
    for (const axis of [-5, [0, -5], 4, [0, 4]]) expect(() => nd.percentile(d, 25, axis)).toThrow(nd.AxisError);
    for (const axis of [[1, 1], [-1, -1], [3, -1]]) expect(() => nd.percentile(d, 25, axis)).toThrow("repeated axis");
  });

  it("TestPercentile.test_extended_axis", () => {
    const d = nd.arange(3 * 5 * 7 * 11).reshape(3, 5, 7, 11);
    const flat = (a: nd.NDArray) => a.copy().flatten();
    expect(nd.percentile(d, 25, [0, 1, 2]).item(0)).toBe(+nd.percentile(flat(d.slice(":", ":", ":", 0)), 25));
    expect(list(nd.percentile(d, [10, 90], [0, 1, 3]).slice(":", 1))).toEqual(list(nd.percentile(flat(d.slice(":", ":", 1, ":")), [10, 90])));
    expect(nd.percentile(d, 25, [3, 1, -4]).item(2)).toBe(+nd.percentile(flat(d.slice(":", ":", 2, ":")), 25));
    expect(nd.percentile(d, 25, [3, 2]).item(2, 1)).toBe(+nd.percentile(flat(d.slice(2, 1, ":", ":")), 25));
    expect(list(nd.percentile(d, [25, 60], [0, 1, 2, 3]))).toEqual(list(nd.percentile(d, [25, 60], null)));
  });

  it("TestPercentile.test_keepdims", () => {
    const d = nd.ones([3, 5, 7, 11]);
    expect(nd.percentile(d, 7, null, { keepdims: true }).shape).toEqual([1, 1, 1, 1]);
    expect(nd.percentile(d, 7, [0, 1], { keepdims: true }).shape).toEqual([1, 1, 7, 11]);
    expect(nd.percentile(d, 7, [0, 3], { keepdims: true }).shape).toEqual([1, 5, 7, 1]);
    expect(nd.percentile(d, [1, 7], [0, 1, 3], { keepdims: true }).shape).toEqual([2, 1, 1, 7, 1]);
  });

  it.each(METHODS)("TestQuantile.test_q_zero_one, test_quantile_monotonic (%s)", (method) => {
    expect(list(nd.quantile([10, 11, 12], [0, 1], null, { method }))).toEqual([10, 12]);
    const p0 = nd.linspace(0, 1, 101);
    for (const data of [[0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 1, 1, 9, 9, 9, 8, 8, 7].map((v) => v * 0.1), [0, 0.5, 2, 3]]) {
      const q = nd.quantile(data, p0, null, { method });
      expect(list(nd.sort(q))).toEqual(list(q));
    }
  });

  it("TestQuantile.test_quantile_scalar_nan, test_closest_observation", () => {
    expect(+nd.quantile([[10, NaN, 4], [3, 2, 1]], 0.5)).toBeNaN();
    const arr = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const want = [2, 2, 2, 3, 4, 4, 4, 5];
    want.forEach((w, i) => expect(+nd.quantile(arr.slice(0, i + 3), 0.5, null, { method: "closest_observation" })).toBe(w));
  });

  it("TestMedian.test_basic, test_axis_keyword: values and the input left unchanged", () => {
    expect(+nd.median(nd.array(1))).toBe(1);
    expect(+nd.median(nd.arange(2))).toBe(0.5);
    const a2 = nd.arange(6).reshape(2, 3);
    expect(+nd.median(a2)).toBe(2.5);
    expect(list(nd.median(a2, 0))).toEqual([1.5, 2.5, 3.5]);
    expect(list(nd.median(a2, 1))).toEqual([1, 4]);
    const a = nd.array([0.0444502, 0.0463301, 0.141249, 0.0606775]);
    expect(+nd.median(a)).toBe((0.0463301 + 0.0606775) / 2);
    expect(+nd.median([0.0463301, 0.0444502, 0.141249])).toBe(0.0463301);
    const a3 = nd.array([[2, 3], [0, 1], [6, 7], [4, 5]]);
    const orig = list(a3);
    nd.median(a3, null);
    nd.median(a3, 0);
    nd.median(a3, 1);
    expect(list(a3)).toEqual(orig);
    expect(list(nd.median(a3, 0))).toEqual([3, 4]);
    expect(list(nd.median(a3.T, 1))).toEqual([3, 4]);
    expect(+nd.median(a3.T)).toBe(3.5);
  });

  it("TestMedian.test_out, test_nan_behavior", () => {
    const o = nd.zeros([4]);
    const d = nd.ones([3, 5, 7, 11]);
    expect(nd.median(nd.zeros([4, 3]), 1, { out: o })).toBe(o);
    const a = nd.arange(24).reshape(2, 3, 4).astype("float64");
    a.set([1, 2, 3], NaN);
    a.set([1, 1, 2], NaN);
    expect(+nd.median(a)).toBeNaN();
    expect(list(nd.median(a, 0))).toEqual([[6, 7, 8, 9], [10, 11, 12, 13], [14, 15, 16, NaN]].map((r, i) => (i === 1 ? [10, 11, NaN, 13] : r)));
    expect(nd.median(d, [0, 1], { keepdims: true }).shape).toEqual([1, 1, 7, 11]);
  });
});
