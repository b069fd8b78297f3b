// Properties of the public sorting and set API over random shapes, axes, dtypes and values
// (ties, NaNs with payloads, ±0, limits), checked against plain references of NumPy's order.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { DTYPES, isFloat, less, randomBytes, referenceArgsort, type Scalar, values } from "./support/sorting.js";

const CTOR = {
  bool: Uint8Array, int8: Int8Array, int16: Int16Array, int32: Int32Array, int64: BigInt64Array,
  uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array, float32: Float32Array, float64: Float64Array,
} as const;

const shapeArb = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 });
const inputArb = fc.record({ dtype: fc.constantFrom(...DTYPES), shape: shapeArb, mode: fc.integer({ min: 0, max: 2 }), seed: fc.integer(), axis: fc.integer({ min: -3, max: 2 }) });

/** A random array of the dtype and shape. */
function make(dtype: (typeof DTYPES)[number], shape: number[], mode: number, seed: number): nd.NDArray {
  const n = shape.reduce((a, b) => a * b, 1);
  const bytes = randomBytes(dtype, n, mode, seed);
  const typed = new CTOR[dtype](bytes.buffer as ArrayBuffer, 0, n);
  return nd.array(typed as nd.TypedArray, dtype).reshape(shape);
}

/** Rows along `axis` as lists of element values (bigint for 64-bit integers). */
function rows(a: nd.NDArray, axis: number): Scalar[][] {
  const perm = [...a.shape.keys()].filter((d) => d !== axis).concat(axis);
  const t = a.transpose(...perm).copy();
  const bytes = new Uint8Array((t.toTypedArray() as unknown as { buffer: ArrayBuffer }).buffer.slice(0));
  const flat = a.dtype === "bool" ? Array.from(t.toTypedArray() as unknown as ArrayLike<boolean>, (b) => (b ? 1 : 0)) : values(a.dtype as (typeof DTYPES)[number], bytes);
  const n = a.shape[axis]!;
  return n === 0 ? [] : Array.from({ length: flat.length / n }, (_, r) => flat.slice(r * n, (r + 1) * n));
}

const same = (x: Scalar, y: Scalar): boolean => Object.is(x, y) || (typeof x === "number" && x !== x && y !== y);
const axisOf = (axis: number, ndim: number): number | null => (axis >= -ndim && axis < ndim ? (axis < 0 ? axis + ndim : axis) : null);

describe("sort / argsort / partition properties", () => {
  test("nd.sort is the stable sort of each row; argsort gives its permutation; a.sort() agrees", () => {
    fc.assert(
      fc.property(inputArb, ({ dtype, shape, mode, seed, axis }) => {
        const a = make(dtype, shape, mode, seed);
        const ax = axisOf(axis, a.ndim);
        if (ax === null) {
          expect(() => nd.sort(a, axis)).toThrow(nd.AxisError);
          return;
        }
        const s = nd.sort(a, ax);
        const idx = nd.argsort(a, ax);
        const inPlace = a.copy();
        inPlace.sort(ax);
        const src = rows(a, ax);
        const sorted = rows(s, ax);
        const perm = rows(idx, ax).map((r) => r.map(Number));
        const again = rows(inPlace, ax);
        src.forEach((row, r) => {
          const ref = referenceArgsort(row);
          expect(perm[r]).toEqual(ref);
          ref.forEach((j, i) => {
            expect(same(sorted[r]![i]!, row[j]!)).toBe(true);
            expect(same(again[r]![i]!, row[j]!)).toBe(true);
          });
        });
        [a, s, idx, inPlace].forEach((x) => x.dispose());
      }),
      { numRuns: 150 },
    );
  });

  test("nd.partition puts the sorted value at every kth with the smaller before and the larger after", () => {
    fc.assert(
      fc.property(inputArb, fc.array(fc.integer({ min: -8, max: 8 }), { minLength: 1, maxLength: 3 }), ({ dtype, shape, mode, seed, axis }, kth) => {
        const a = make(dtype, shape, mode, seed);
        const ax = axisOf(axis, a.ndim);
        if (ax === null) return;
        const n = a.shape[ax]!;
        const ok = a.size === 0 || kth.every((k) => k >= -n && k < n);
        if (!ok) {
          expect(() => nd.partition(a, kth, ax)).toThrow(/^kth\(=-?\d+\) out of bounds \(\d+\)$/);
          return;
        }
        const p = rows(nd.partition(a, kth, ax), ax);
        const ip = rows(nd.argpartition(a, kth, ax), ax).map((r) => r.map(Number));
        const src = rows(a, ax);
        src.forEach((row, r) => {
          const ref = referenceArgsort(row).map((j) => row[j]!);
          const gathered = ip[r]!.map((j) => row[j]!);
          for (const k0 of kth) {
            const k = k0 < 0 ? k0 + n : k0;
            for (const got of [p[r]!, gathered]) {
              expect(same(got[k]!, ref[k]!) || got[k] === ref[k]).toBe(true);
              for (let i = 0; i < n; i++) {
                if (i < k) expect(less(got[k]!, got[i]!)).toBe(false);
                if (i > k) expect(less(got[i]!, got[k]!)).toBe(false);
              }
            }
          }
        });
        a.dispose();
      }),
      { numRuns: 150 },
    );
  });
});

describe("unique / searchsorted / median properties", () => {
  test("nd.unique: sorted distinct values; values[inverse] rebuilds the input; index finds first occurrences; counts add up", () => {
    fc.assert(
      fc.property(inputArb, fc.boolean(), ({ dtype, shape, mode, seed }, equalNan) => {
        const a = make(dtype, shape, mode, seed);
        const flat = rows(a.reshape(-1), 0)[0] ?? [];
        const r = nd.unique(a, { returnIndex: true, returnInverse: true, returnCounts: true, equalNan });
        const vals = rows(r.values, 0)[0] ?? [];
        const index = Array.from(r.index.toTypedArray() as BigInt64Array, Number);
        const inverse = Array.from(r.inverse.toTypedArray() as BigInt64Array, Number);
        const counts = Array.from(r.counts.toTypedArray() as BigInt64Array, Number);
        expect(r.inverse.shape).toEqual(a.shape);
        for (let i = 1; i < vals.length; i++) {
          const nanPair = typeof vals[i] === "number" && vals[i] !== vals[i] && vals[i - 1] !== vals[i - 1];
          expect(less(vals[i - 1]!, vals[i]!) || (!equalNan && nanPair)).toBe(true);
        }
        inverse.forEach((k, i) => expect(vals[k] === flat[i] || same(vals[k]!, flat[i]!) || (vals[k] !== vals[k] && flat[i] !== flat[i])).toBe(true));
        index.forEach((j, k) => {
          expect(same(flat[j]!, vals[k]!) || flat[j] === vals[k]).toBe(true);
          expect(inverse[j]).toBe(k);
          expect(inverse.slice(0, j).includes(k)).toBe(false);
        });
        expect(counts.reduce((x, y) => x + y, 0)).toBe(flat.length);
        counts.forEach((c, k) => expect(inverse.filter((x) => x === k).length).toBe(c));
        const plain = nd.unique(a, { equalNan });
        expect(plain.shape).toEqual(r.values.shape);
        [a, plain, r.values, r.index, r.inverse, r.counts].forEach((x) => x.dispose());
      }),
      { numRuns: 150 },
    );
  });

  test("nd.unique with an axis keeps each distinct slice once, in lexicographic order", () => {
    fc.assert(
      fc.property(inputArb, ({ dtype, shape, seed }) => {
        const a = make(dtype, [shape[0]!, 3], 2, seed);
        const r = nd.unique(a, { axis: 0, returnInverse: true });
        const src = rows(a, 1);
        const got = rows(r.values, 1);
        const key = (row: Scalar[]) => row.map(String).join(",");
        expect(new Set(got.map(key)).size).toBe(got.length);
        expect(new Set(got.map(key))).toEqual(new Set(src.map(key)));
        const inv = Array.from(r.inverse.toTypedArray() as BigInt64Array, Number);
        src.forEach((row, i) => expect(key(got[inv[i]!]!)).toBe(key(row)));
        a.dispose();
      }),
      { numRuns: 60 },
    );
  });

  test("nd.searchsorted on a sorted array counts the elements before each key", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom<"left" | "right">("left", "right"), ({ dtype, shape, mode, seed }, side) => {
        const a = nd.sort(make(dtype, [shape[0]! * 3], mode, seed));
        const v = make(dtype, [4], mode, seed + 1);
        const hay = rows(a, 0)[0] ?? [];
        const keys = rows(v, 0)[0]!;
        const got = Array.from(nd.searchsorted(a, v, { side }).toTypedArray() as BigInt64Array, Number);
        keys.forEach((k, i) => expect(got[i]).toBe(hay.filter((x) => (side === "left" ? less(x, k) : !less(k, x))).length));
        [a, v].forEach((x) => x.dispose());
      }),
      { numRuns: 150 },
    );
  });

  test("nd.median is the middle of the sorted row (the mean of the middle two), NaN if any", () => {
    fc.assert(
      fc.property(inputArb, ({ dtype, shape, mode, seed, axis }) => {
        const a = make(dtype, shape, mode, seed);
        const ax = axisOf(axis, a.ndim);
        if (ax === null) return;
        const m = nd.median(a, ax);
        const got = Array.from(m.toTypedArray() as Float64Array);
        const f = dtype === "float32" ? Math.fround : (x: number) => x;
        rows(a, ax).forEach((row, r) => {
          const s = referenceArgsort(row).map((j) => Number(row[j]!));
          const n = s.length;
          const want = isFloat(dtype) && s[n - 1] !== s[n - 1] ? NaN : n % 2 ? f(0 + s[(n - 1) / 2]!) : f(f(f(0 + s[n / 2 - 1]!) + s[n / 2]!) / 2);
          expect(Object.is(got[r], want) || (got[r] !== got[r] && want !== want)).toBe(true);
        });
        a.dispose();
      }),
      { numRuns: 150 },
    );
  });

  test("nd.quantile (linear, lower, higher) is NumPy's formula on the sorted row, and monotonic in q", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), (data, qs) => {
        const a = nd.array(data, "float64");
        const s = [...data].sort((x, y) => x - y);
        const n = s.length;
        const q = nd.array(qs, "float64");
        const linear = Array.from(nd.quantile(a, q).toTypedArray() as Float64Array);
        const lower = Array.from(nd.quantile(a, q, null, { method: "lower" }).toTypedArray() as Float64Array);
        const higher = Array.from(nd.quantile(a, q, null, { method: "higher" }).toTypedArray() as Float64Array);
        qs.forEach((p, i) => {
          const v = (n - 1) * p;
          const lo = Math.floor(v);
          let want: number;
          if (v >= n - 1) want = s[n - 1]!;
          else {
            const g = v - lo;
            const x = s[lo]!;
            const y = s[lo + 1]!;
            want = g >= 0.5 ? y - (y - x) * (1 - g) : x + (y - x) * g;
          }
          expect(Object.is(linear[i], want) || linear[i] === want).toBe(true);
          expect(lower[i]).toBe(s[Math.floor(v)]);
          expect(higher[i]).toBe(s[Math.ceil(v)]);
        });
        const sortedQ = [...qs].sort((x, y) => x - y);
        const mono = Array.from(nd.quantile(a, nd.array(sortedQ, "float64")).toTypedArray() as Float64Array);
        for (let i = 1; i < mono.length; i++) expect(mono[i]! >= mono[i - 1]!).toBe(true);
        [a, q].forEach((x) => x.dispose());
      }),
      { numRuns: 200 },
    );
  });
});
