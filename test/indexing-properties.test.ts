// Properties of advanced indexing over random shapes, strides (transposed and reversed views) and
// dtypes, each checked against a plain TypeScript reference on the elements in C order.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";

const DTYPES: nd.DType[] = ["float64", "float32", "int64", "int32", "int16", "int8", "uint64", "uint32", "uint16", "uint8", "bool"];

/** A random array: shape, dtype and a layout that may be transposed and reversed along some axes. */
const arbArray = fc
  .record({
    shape: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }),
    dtype: fc.constantFrom(...DTYPES),
    transpose: fc.boolean(),
    flips: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((r) => ({ ...r, shape: r.shape.map((n) => (r.shape.reduce((x, y) => x * y, 1) > 300 ? Math.min(n, 2) : n)) }));

type ArraySpec = { shape: number[]; dtype: nd.DType; transpose: boolean; flips: boolean[]; seed: number };

/** Builds the array (a view when transposed or flipped); values are small integers, distinct where the dtype allows. */
function build(s: ArraySpec): nd.NDArray {
  const n = s.shape.reduce((x, y) => x * y, 1);
  const values = Float64Array.from({ length: n }, (_, i) => (i * 7 + s.seed) % 97);
  let a = nd.array(values).astype(s.dtype).reshape(s.transpose ? s.shape.slice().reverse() : s.shape);
  if (s.transpose) a = a.T;
  return a.get(...s.shape.map((_, d) => (s.flips[d] ? "::-1" : ":")));
}

/** The elements in C order as numbers (booleans as 0/1). */
const flat = (a: nd.NDArray): number[] => Array.from(a.toTypedArray() as ArrayLike<number | bigint>, Number);
const strides = (shape: readonly number[]): number[] => shape.map((_, d) => shape.slice(d + 1).reduce((x, y) => x * y, 1));
const unravel = (i: number, shape: readonly number[]): number[] => strides(shape).map((s, d) => Math.floor(i / s) % shape[d]!);
const ravel = (index: readonly number[], shape: readonly number[]): number => index.reduce((o, x, d) => o + x * strides(shape)[d]!, 0);

/**
 * Reference advanced indexing for specs that are ":" or integer index arrays (nested JS arrays),
 * by NumPy's rules: arrays broadcast together, their shape replaces them in place when they are
 * adjacent, goes first otherwise.
 */
function reference(values: number[], shape: readonly number[], specs: readonly (":" | number[] | number[][])[]): { shape: number[]; values: number[] } {
  const arrays = specs.map((s, d) => (s === ":" ? null : { d, data: (Array.isArray(s[0]) ? s : [s]) as number[][], nd: Array.isArray(s[0]) ? 2 : 1 }));
  const fancy = arrays.filter((x) => x !== null) as { d: number; data: number[][]; nd: number }[];
  const bnd = Math.max(...fancy.map((f) => f.nd));
  const dims = fancy.map((f) => (f.nd === 2 ? [f.data.length, f.data[0]!.length] : [f.data[0]!.length]));
  const b: number[] = new Array(bnd).fill(1);
  for (const d of dims) {
    const full = [...new Array(bnd - d.length).fill(1), ...d];
    full.forEach((n, i) => {
      if (n !== 1) b[i] = n;
    });
  }
  const positions = fancy.map((f) => f.d);
  const adjacent = positions.every((p, i) => i === 0 || p === positions[i - 1]! + 1);
  const rest = shape.map((_, d) => d).filter((d) => !positions.includes(d));
  const at = adjacent ? rest.filter((d) => d < positions[0]!).length : 0;
  const restShape = rest.map((d) => shape[d]!);
  const outShape = [...restShape.slice(0, at), ...b, ...restShape.slice(at)];
  const size = outShape.reduce((x, y) => x * y, 1);
  const out: number[] = [];
  for (let i = 0; i < size; i++) {
    const o = unravel(i, outShape);
    const bi = o.slice(at, at + bnd);
    const ri = [...o.slice(0, at), ...o.slice(at + bnd)];
    const src = new Array<number>(shape.length);
    rest.forEach((d, k) => (src[d] = ri[k]!));
    fancy.forEach((f, k) => {
      const d = dims[k]!;
      const full = [...new Array(bnd - d.length).fill(1), ...d];
      const idx = bi.map((x, j) => (full[j] === 1 ? 0 : x)).slice(bnd - d.length);
      const v = d.length === 2 ? f.data[idx[0]!]![idx[1]!]! : f.data[0]![idx[0]!]!;
      src[f.d] = v < 0 ? v + shape[f.d]! : v;
    });
    out.push(values[ravel(src, shape)]!);
  }
  return { shape: outShape, values: out };
}

/** Random index arrays for the axes of `shape` (some ":"), within bounds, negative ones included. */
function arbSpecs(shape: readonly number[]) {
  const axis = (n: number) => fc.integer({ min: -n, max: n - 1 });
  return fc
    .tuple(
      ...shape.map((n) =>
        n === 0
          ? fc.constantFrom<":" | number[]>(":", [])
          : fc.oneof(
              fc.constant(":" as const),
              fc.array(axis(n), { minLength: 0, maxLength: 4 }),
              fc.integer({ min: 1, max: 3 }).chain((r) => fc.array(fc.array(axis(n), { minLength: 2, maxLength: 2 }), { minLength: r, maxLength: r })),
            ),
      ),
    )
    .filter((specs) => {
      // Index arrays that broadcast together: shapes (k,), (r, 2) must agree.
      const dims = specs.filter((s) => s !== ":").map((s) => (Array.isArray((s as unknown[])[0]) ? [(s as number[][]).length, 2] : [(s as number[]).length]));
      let b: number[] | null = [];
      for (const d of dims) b = b && broadcast(b, d);
      return b !== null && specs.some((s) => s !== ":");
    });
}

function broadcast(a: number[], b: number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = i < n - a.length ? 1 : a[i - (n - a.length)]!;
    const y = i < n - b.length ? 1 : b[i - (n - b.length)]!;
    if (x !== y && x !== 1 && y !== 1) return null;
    out.push(x === 1 ? y : x);
  }
  return out;
}

const runs = { numRuns: 150 };

describe("advanced indexing properties", () => {
  test("get with index arrays equals a plain gather (any dtype, strides, negative indices, broadcasting)", () => {
    fc.assert(
      fc.property(arbArray.chain((s) => fc.tuple(fc.constant(s), arbSpecs(s.shape))), ([s, specs]) => {
        nd.tidy(() => {
          const a = build(s);
          const want = reference(flat(a), a.shape, specs);
          const got = a.get(...(specs as nd.Index[]));
          expect(got.dtype).toBe(a.dtype);
          expect(got.shape).toEqual(want.shape);
          expect(flat(got)).toEqual(want.values);
        });
      }),
      runs,
    );
  });

  test("set then get round-trips, and nothing else changes", () => {
    fc.assert(
      fc.property(arbArray, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1000 }), (s, k, seed) => {
        nd.tidy(() => {
          const a = build(s);
          const axis = k % a.ndim;
          const n = a.shape[axis]!;
          // Distinct indices (a shuffled subset, some negative): each position is written once.
          const idx = Array.from({ length: n }, (_, i) => i)
            .sort((x, y) => ((x * 31 + seed) % 17) - ((y * 31 + seed) % 17))
            .slice(0, (seed % (n + 1)) as number)
            .map((i, j) => (j % 2 === 1 ? i - n : i));
          const specs: nd.Index[] = [...new Array(axis).fill(":"), idx];
          const before = flat(a);
          const shape = a.get(...specs).shape;
          const v = nd.array(Float64Array.from({ length: shape.reduce((x, y) => x * y, 1) }, (_, i) => (i * 13 + 5) % 50)).astype(a.dtype).reshape(shape);
          a.set(specs, v);
          expect(flat(a.get(...specs))).toEqual(flat(v));
          const touched = new Set(idx.map((i) => (i < 0 ? i + n : i)));
          const after = flat(a);
          before.forEach((x, i) => {
            if (!touched.has(unravel(i, a.shape)[axis]!)) expect(after[i]).toBe(x);
          });
        });
      }),
      runs,
    );
  });

  test("masks select and assign where true, in C order", () => {
    fc.assert(
      fc.property(arbArray, fc.integer({ min: 0, max: 2 ** 30 }), (s, bits) => {
        nd.tidy(() => {
          const a = build(s);
          const values = flat(a);
          const picks = values.map((_, i) => ((bits >> i % 30) & 1) === 1 || i % 7 === 3);
          const mask = nd.array(picks, "bool").reshape(a.shape);
          expect(flat(a.get(mask))).toEqual(values.filter((_, i) => picks[i]));
          const count = picks.filter(Boolean).length;
          const v = nd.arange(count).astype(a.dtype);
          a.set([mask], v);
          const expected = flat(v);
          let k = 0;
          expect(flat(a)).toEqual(values.map((x, i) => (picks[i] ? expected[k++]! : x)));
          a.set([mask], 1);
          expect(flat(a.get(mask)).every((x) => x === 1)).toBe(true);
        });
      }),
      runs,
    );
  });

  test("addAt accumulates repeated indices as a sequential loop does", () => {
    fc.assert(
      fc.property(fc.constantFrom<nd.DType>("float64", "int64", "int32", "uint8", "float32"), fc.array(fc.integer({ min: -6, max: 5 }), { maxLength: 40 }), (dtype, idx) => {
        nd.tidy(() => {
          const a = nd.zeros(6, dtype);
          const values = idx.map((_, i) => (i % 5) + 1);
          nd.addAt(a, idx, nd.array(values).astype(dtype));
          const want = new Array<number>(6).fill(0);
          idx.forEach((i, j) => (want[i < 0 ? i + 6 : i]! += values[j]!));
          expect(flat(a)).toEqual(want.map((x) => (dtype === "uint8" ? x % 256 : x)));
        });
      }),
      runs,
    );
  });

  test("concatenate then split round-trips; take equals get along an axis; flip, roll and pad invert", () => {
    fc.assert(
      fc.property(arbArray, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: -7, max: 7 }), (s, lengths, shift) => {
        nd.tidy(() => {
          const a = build(s);
          const axis = lengths.length % a.ndim;
          const parts = lengths.map((len, i) => {
            const shape = a.shape.slice();
            shape[axis] = len;
            return nd.full(shape, i + 1, a.dtype);
          });
          const joined = nd.concatenate([a, ...parts], axis);
          const cuts: number[] = [];
          let at = 0;
          for (const len of [a.shape[axis]!, ...lengths.slice(0, -1)]) cuts.push((at += len));
          const pieces = nd.split(joined, cuts, axis);
          expect(pieces.map((p) => flat(p))).toEqual([a, ...parts].map((p) => flat(p)));
          for (const p of pieces) expect(p._storage).toBe(joined._storage);

          if (a.shape[axis]! > 0) {
            const idx = [0, a.shape[axis]! - 1, -1];
            expect(flat(nd.take(a, idx, axis))).toEqual(flat(a.get(...new Array<nd.Index>(axis).fill(":"), idx)));
          }
          expect(flat(nd.flip(nd.flip(a, axis), axis))).toEqual(flat(a));
          expect(flat(nd.roll(nd.roll(a, shift, axis), -shift, axis))).toEqual(flat(a));
          expect(flat(nd.roll(nd.roll(a, shift), -shift))).toEqual(flat(a));
          const padded = nd.pad(a, a.shape.map((n) => [n > 0 ? 2 : 0, n > 0 ? 1 : 0]), { mode: a.size > 0 ? "reflect" : "constant" });
          expect(flat(padded.get(...a.shape.map((n) => (n > 0 ? `2:${2 + n}` : ":"))))).toEqual(flat(a));
        });
      }),
      runs,
    );
  });

  test("errors leave nothing allocated and the array unchanged", () => {
    fc.assert(
      fc.property(arbArray, fc.integer({ min: 0, max: 3 }), (s, k) => {
        nd.tidy(() => {
          const a = build(s);
          const values = flat(a);
          const axis = k % a.ndim;
          const bad: nd.Index[] = [...new Array(axis).fill(":"), [0, a.shape[axis]!]];
          const resultShape = [...a.shape.slice(0, axis), 3, ...a.shape.slice(axis + 1)];
          const tooBig = nd.zeros([2, ...resultShape]);
          const wrongMask = nd.zeros([...a.shape.slice(0, axis), 7], "bool");
          const before = nd.memory();
          expect(() => a.get(...bad)).toThrow(nd.IndexError);
          expect(() => a.set(bad, 1)).toThrow(nd.IndexError);
          expect(() => a.set([...bad.slice(0, -1), [0, 0, 0]], tooBig)).toThrow(nd.ValueError);
          expect(() => a.get(...bad.slice(0, -1), [0.5])).toThrow(nd.IndexError);
          expect(() => a.set([wrongMask], 1)).toThrow(nd.IndexError);
          expect(nd.memory()).toEqual(before);
          expect(flat(a)).toEqual(values);
        });
      }),
      runs,
    );
  });
});
