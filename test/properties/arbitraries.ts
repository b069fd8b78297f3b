// fast-check generators for the property tests: shapes (0-d, empty, size-1, up to 6-d), values of
// every dtype with their special values, strided views of a larger base (transposes, negative
// steps, slices of slices, integer indices, new axes), broadcast-compatible operand shapes and JS
// scalars. A generated array is a spec that both ndwasm (toND) and the reference (toRef) build.
import fc from "fast-check";
import * as nd from "../../src/index.js";
import { type DType, DTYPES, type RArray, type Step, type Value, isBig, isFloat, range, size, view } from "./reference.js";

/** Runs per property: NDWASM_PROPERTY_RUNS overrides the default (a long local run: NDWASM_PROPERTY_RUNS=20000). */
export const RUNS = Number(process.env.NDWASM_PROPERTY_RUNS ?? 200);
/** fast-check parameters for every property (NDWASM_PROPERTY_SEED replays a failure). */
export function params(runs = RUNS): fc.Parameters<unknown> {
  const seed = process.env.NDWASM_PROPERTY_SEED;
  return { numRuns: runs, ...(seed === undefined ? {} : { seed: Number(seed) }), endOnFailure: true };
}

export const dtype = fc.constantFrom(...DTYPES);
export const floatDType = fc.constantFrom<DType>("float64", "float32");
export const numericDType = fc.constantFrom(...DTYPES.filter((d) => d !== "bool"));

const F64_SPECIAL = [0, -0, 1, -1, 0.5, -2.5, Infinity, -Infinity, NaN, 1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2 ** 53, 3];
const F32_SPECIAL = [0, -0, 1, -1, 0.5, -2.5, Infinity, -Infinity, NaN, 3.4028234663852886e38, -3.4028234663852886e38, 1.401298464324817e-45, 1.1754943508222875e-38, 16777216, 3];

/** Values of a dtype: special values often, otherwise anything the dtype holds. */
export function element(d: DType, options: { special?: boolean; finite?: boolean; magnitude?: number } = {}): fc.Arbitrary<Value> {
  const special = options.special ?? true;
  if (d === "bool") return fc.constantFrom(0, 1);
  if (isFloat(d)) {
    const f32 = d === "float32";
    const lim = options.magnitude ?? (f32 ? 3.4028234663852886e38 : Number.MAX_VALUE);
    const plain = fc.oneof(
      fc.double({ min: -lim, max: lim, noNaN: true, noDefaultInfinity: true }).map(f32 ? Math.fround : (x) => x),
      fc.integer({ min: -100, max: 100 }).map((x) => x / 4).filter((x) => Math.abs(x) <= lim),
    );
    const specials = (f32 ? F32_SPECIAL : F64_SPECIAL).filter((x) => (!options.finite || Number.isFinite(x)) && Math.abs(x) <= lim);
    return special ? fc.oneof({ arbitrary: plain, weight: 3 }, { arbitrary: fc.constantFrom(...specials), weight: 1 }) : plain;
  }
  const [lo, hi] = range(d);
  const plain = fc.bigInt({ min: lo, max: hi });
  const small = fc.bigInt({ min: lo > -20n ? lo : -20n, max: hi < 20n ? hi : 20n });
  const bounds = fc.constantFrom(lo, hi, lo + 1n, hi - 1n, 0n);
  const arb = special ? fc.oneof(plain, small, bounds) : fc.oneof(plain, small);
  return isBig(d) ? arb : arb.map(Number);
}

/** A shape: up to `maxDims` axes of 0–4 (mostly 1–3), at most `maxSize` elements. */
export function shape(options: { minDims?: number; maxDims?: number; maxSize?: number; minLength?: number } = {}): fc.Arbitrary<number[]> {
  const { minDims = 0, maxDims = 6, maxSize = 96, minLength = 0 } = options;
  const dim = fc.oneof({ arbitrary: fc.integer({ min: Math.max(1, minLength), max: 3 }), weight: 6 }, { arbitrary: fc.constantFrom(Math.max(minLength, 0), Math.max(minLength, 4), Math.max(minLength, 1)), weight: 1 });
  return fc.array(dim, { minLength: minDims, maxLength: maxDims }).filter((s) => size(s) <= maxSize);
}

/** An array as both sides build it: values of a contiguous base, then view steps. */
export interface ArraySpec {
  dtype: DType;
  base: number[];
  values: Value[];
  steps: Step[];
}

const BASE_LIMIT = 2048;

/** Steps that turn a base into a view of exactly `target` (slices of slices, negative steps, a transpose, new axes, an integer index). */
function layout(target: readonly number[]): fc.Arbitrary<{ base: number[]; steps: Step[] }> {
  const nd = target.length;
  return fc
    .record({
      newaxis: fc.array(fc.boolean(), { minLength: nd, maxLength: nd }),
      outer: fc.array(fc.record({ step: fc.constantFrom(1, 1, 2, -1, -2, 3), extra: fc.integer({ min: 0, max: 1 }) }), { minLength: nd, maxLength: nd }),
      inner: fc.array(fc.record({ step: fc.constantFrom(1, 1, -1, 2, -3), extra: fc.integer({ min: 0, max: 1 }) }), { minLength: nd, maxLength: nd }),
      twice: fc.boolean(),
      index: fc.option(fc.record({ length: fc.integer({ min: 1, max: 3 }), at: fc.integer({ min: -3, max: 2 }) }), { nil: undefined }),
      perm: fc.integer({ min: 0, max: 719 }),
    })
    .map((c) => {
      // Axes of length 1 may come from a new axis instead of the base.
      const real = target.map((_, d) => d).filter((d) => !(c.newaxis[d] && target[d] === 1));
      const sliceSpec = (n: number, s: { step: number; extra: number }) => {
        if (n === 0) return { spec: `${s.extra}:${s.extra}`, length: s.extra + 1 };
        const span = (n - 1) * Math.abs(s.step);
        const spec = s.step > 0 ? `${s.extra}:${s.extra + span + 1}:${s.step}` : `${span}::${s.step}`;
        return { spec, length: span + 1 + s.extra };
      };
      let lengths = real.map((d) => target[d]!);
      const inner = real.map((d, k) => sliceSpec(lengths[k]!, c.inner[d]!));
      const steps: Step[] = [];
      let innerStep: Step | null = null;
      if (c.twice) {
        lengths = inner.map((x) => x.length);
        let k = 0;
        innerStep = ["slice", ...target.map((_, d) => (real.includes(d) ? inner[k++]!.spec : null))];
      }
      const outer = lengths.map((n, k) => sliceSpec(n, c.outer[real[k]!]!));
      let baseLengths = outer.map((x) => x.length);
      let outerStep: Step = ["slice", ...(c.twice ? outer.map((x) => x.spec) : target.map((_, d) => (real.includes(d) ? outer[real.indexOf(d)]!.spec : null)))];
      if (size(baseLengths) * (c.index?.length ?? 1) > BASE_LIMIT) {
        // Too big a base for the test: contiguous slices instead.
        baseLengths = lengths.slice();
        outerStep = ["slice", ...(c.twice ? lengths.map(() => ":") : target.map((_, d) => (real.includes(d) ? ":" : null)))];
      }
      if (c.index !== undefined) {
        const at = Math.max(-c.index.length, Math.min(c.index.length - 1, c.index.at));
        baseLengths = [c.index.length, ...baseLengths];
        outerStep = ["slice", at, ...outerStep.slice(1)] as Step;
      }
      // A transpose before the slices: the base holds the axes permuted.
      const m = baseLengths.length;
      const perm = permutation(m, c.perm);
      const base = new Array<number>(m);
      perm.forEach((p, i) => (base[p] = baseLengths[i]!));
      if (m > 1 && !perm.every((p, i) => p === i)) steps.push(["transpose", ...perm]);
      steps.push(outerStep);
      if (innerStep !== null) steps.push(innerStep);
      return { base, steps };
    });
}

function permutation(n: number, k: number): number[] {
  const items = Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let i = n; i > 0; i--) {
    out.push(items.splice(k % i, 1)[0]!);
    k = Math.floor(k / i);
  }
  return out;
}

/** An array of exactly `target` shape, contiguous or any strided view. */
export function arrayOf(d: DType, target: readonly number[], options: Parameters<typeof element>[1] & { contiguous?: boolean } = {}): fc.Arbitrary<ArraySpec> {
  const lay = options.contiguous ? fc.constant({ base: target.slice(), steps: [] as Step[] }) : fc.oneof(fc.constant({ base: target.slice(), steps: [] as Step[] }), layout(target));
  return lay.chain(({ base, steps }) =>
    size(base) > 512
      ? fc.integer().map((seed) => ({ dtype: d, base, values: seeded(d, size(base), seed, options.magnitude), steps }))
      : fc.array(element(d, options), { minLength: size(base), maxLength: size(base) }).map((values) => ({ dtype: d, base, values, steps })),
  );
}

/** Many values from one seed (generating thousands through fast-check is slow): uniform bits, small numbers, now and then a special value. */
function seeded(d: DType, n: number, seed: number, magnitude?: number): Value[] {
  let x = seed | 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const out: Value[] = [];
  for (let i = 0; i < n; i++) {
    const r = next();
    if (d === "bool") out.push(r & 1);
    else if (isFloat(d)) {
      const specials = d === "float32" ? F32_SPECIAL : F64_SPECIAL;
      const lim = magnitude ?? Infinity;
      let v = r % 16 === 0 ? specials[next() % specials.length]! : ((next() % 2001) - 1000) / 8;
      if (Math.abs(v) > lim) v = 0;
      out.push(d === "float32" ? Math.fround(v) : v);
    } else {
      const [lo, hi] = range(d);
      let w: bigint | number;
      if (r % 4 === 0 && magnitude === undefined) w = lo + (BigInt.asUintN(64, (BigInt(r) << 32n) | BigInt(next())) % (hi - lo + 1n));
      else w = Math.max(Number(lo), Math.min(Number(hi), (next() % 41) - 20));
      out.push(isBig(d) ? BigInt(w) : Number(w));
    }
  }
  return out;
}

export function array(options: { dtype?: fc.Arbitrary<DType>; shape?: fc.Arbitrary<number[]> } & Parameters<typeof arrayOf>[2] = {}): fc.Arbitrary<ArraySpec> {
  return fc.tuple(options.dtype ?? dtype, options.shape ?? shape()).chain(([d, s]) => arrayOf(d, s, options));
}

/** Shapes of `count` operands that broadcast together (axes dropped on the left, stretched from 1). */
export function broadcastable(count: number, options: Parameters<typeof shape>[0] = {}): fc.Arbitrary<number[][]> {
  return shape(options).chain((out) =>
    fc.array(fc.tuple(fc.integer({ min: 0, max: out.length }), fc.array(fc.boolean(), { minLength: out.length, maxLength: out.length })), { minLength: count, maxLength: count }).map((ops) => {
      const shapes = ops.map(([drop, ones]) => out.slice(drop).map((n, d) => (ones[d + drop] ? 1 : n)));
      // At least one operand keeps the full rank, so the result has `out`'s rank.
      if (shapes.length > 0) shapes[0] = out.map((n, d) => (ops[0]![1][d] && n !== 0 ? 1 : n));
      return shapes;
    }),
  );
}

/** A JS scalar that acts as a Python scalar: a boolean, an integral number or bigint, or another number. */
export type JsScalar = number | bigint | boolean;

/** A JS scalar that fits an operation with an array of dtype `d` (NumPy raises for ints out of range; promotion.test.ts checks that). */
export function scalarFor(d: DType, kind?: "bool" | "int" | "float"): fc.Arbitrary<JsScalar> {
  const ints = d === "bool" || isFloat(d) ? element("int64", { special: false }).map((v) => Number(v)).filter((v) => Number.isSafeInteger(v)) : element(d);
  const kinds = {
    bool: fc.boolean(),
    int: ints.map((v) => (typeof v === "bigint" && v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v)),
    float: element("float64").filter((x) => !Number.isInteger(x)),
  };
  return kind === undefined ? fc.oneof(kinds.bool, kinds.int, kinds.float) : kinds[kind];
}

/** Test timeout of a property: 30 s per 200 runs. */
export const TIMEOUT = 30_000 * Math.max(1, RUNS / 200);

const TYPED: Record<DType, new (values: ArrayLike<never>) => ArrayLike<unknown>> = {
  bool: Uint8Array, int8: Int8Array, int16: Int16Array, int32: Int32Array, int64: BigInt64Array, uint8: Uint8Array,
  uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array, float32: Float32Array, float64: Float64Array,
};

/** The spec as an NDArray: the base from its values, then the view steps. */
export function toND(s: ArraySpec): nd.NDArray {
  const typed = new TYPED[s.dtype](s.values as never[]);
  let a = nd.array(typed as nd.TypedArray, s.dtype).reshape(s.base);
  for (const step of s.steps) {
    if (step[0] === "T") a = a.T;
    else if (step[0] === "transpose") a = a.transpose(...(step.slice(1) as number[]));
    else a = a.slice(...(step.slice(1) as nd.IndexSpec[]));
  }
  return a;
}

/** The spec as the reference's array. */
export function toRef(s: ArraySpec): RArray {
  return view({ dtype: s.dtype, shape: s.base, data: s.values }, s.steps);
}

/** An NDArray's elements as the reference holds them. */
export function fromND(a: nd.NDArray): RArray {
  const t = a.toTypedArray() as ArrayLike<number | bigint>;
  return { dtype: a.dtype as DType, shape: a.shape.slice(), data: Array.from(t) };
}

/** A readable description of a spec for failure messages. */
export function describeSpec(s: ArraySpec): string {
  return `${s.dtype}${JSON.stringify(s.base)}${s.steps.map((st) => JSON.stringify(st)).join("")}`;
}
