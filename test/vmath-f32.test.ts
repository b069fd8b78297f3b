// float32 sin, cos and tanh through float32 lanes (assembly/math/trig32.ts, tanh.ts): searched,
// against the correctly rounded value, over the regions where those paths have edges of their
// own — sin and cos: the reduction's quadrant boundaries, arguments close to multiples of π/2
// (where it hands lanes to the float64 path), both sides of 4096 (its range); tanh: both sides of
// 0.8 (polynomial / 1 − 2/(e^2x + 1)) and of 9.01 (where it rounds to 1); subnormals, ±0, ±inf,
// NaN and huge arguments — and the contiguous loops (two vectors a step, constants in registers)
// against one element at a time.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";

const f32 = Math.fround;
const bits = (x: number): number => new Int32Array(new Float32Array([x]).buffer)[0]!;
const fromBits = (b: number): number => new Float32Array(new Int32Array([b]).buffer)[0]!;
/** Signed-magnitude bits on a line where adjacent floats differ by one. */
const ordered = (x: number): number => {
  const b = bits(x);
  return b < 0 ? -(b & 0x7fffffff) : b;
};

/**
 * The float32 values that may be the correctly rounded f(x): Math's float64 result is within an
 * ulp of float64, so its rounding to float32 is the correct one unless it lies that close to a
 * midpoint, where either neighbour is accepted.
 */
function rounded(f: (x: number) => number, x: number): number[] {
  const r = f(x);
  if (!Number.isFinite(r) || r === 0) return [r];
  const e = Math.abs(r) * 2 ** -50;
  const lo = f32(r - e), hi = f32(r + e);
  return lo === hi ? [lo] : [lo, hi];
}

function ulpsFrom(got: number, want: number[]): number {
  if (want.some((w) => Object.is(w, got) || (Number.isNaN(w) && Number.isNaN(got)))) return 0;
  if (!Number.isFinite(got) || got === 0 || want.some((w) => !Number.isFinite(w) || w === 0)) return Infinity;
  return Math.min(...want.map((w) => Math.abs(ordered(got) - ordered(w))));
}

const KERNELS = { sin: [nd.sin, Math.sin], cos: [nd.cos, Math.cos], tanh: [nd.tanh, Math.tanh] } as const;

function run(name: keyof typeof KERNELS, xs: number[]): number[] {
  const x = nd.array(Float32Array.from(xs), "float32");
  const y = KERNELS[name][0](x);
  const out = Array.from(y.toTypedArray() as Float32Array);
  x.dispose();
  y.dispose();
  return out;
}

function check(name: keyof typeof KERNELS, values: number[]): void {
  const xs = values.map(f32);
  const got = run(name, xs);
  xs.forEach((v, i) => {
    const d = ulpsFrom(got[i]!, rounded(KERNELS[name][1], v));
    if (d > 1) expect.fail(`float32 ${name}(${Object.is(v, -0) ? "-0" : v}) = ${got[i]}, correctly rounded ${rounded(KERNELS[name][1], v)} (${d} ulp)`);
  });
}

/** The float32 values nearest k π/2 (and their neighbours), where the reduction cancels most. */
function nearMultiples(k: number): number[] {
  const c = f32((k * Math.PI) / 2);
  return [fromBits(bits(c) - 1), c, fromBits(bits(c) + 1)];
}

// float32 arguments: any bit pattern within a range of magnitudes, either sign
const arg = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.tuple(fc.integer({ min: bits(lo), max: bits(hi) }), fc.boolean()).map(([b, neg]) => (neg ? -1 : 1) * fromBits(b));

describe.each(["sin", "cos"] as const)("float32 %s", (name) => {
  test("within 1 ulp of the correctly rounded value, searched by magnitude", () => {
    for (const [lo, hi] of [[1e-45, 1e-30], [1e-30, 1e-3], [1e-3, 4], [4, 100], [100, 4096], [4096, 1e6], [1e6, 3.4e38]] as const) {
      fc.assert(fc.property(fc.array(arg(lo, hi), { minLength: 1, maxLength: 64 }), (xs) => check(name, xs)), { numRuns: 60 });
    }
  });

  test("near multiples of π/2 (both paths), across 4096, and the special values", () => {
    const xs: number[] = [];
    for (let k = 1; k <= 2700; k += k < 64 ? 1 : 37) xs.push(...nearMultiples(k), ...nearMultiples(k).map((v) => -v));
    for (const v of [4096, 4095.999755859375, 4096.00048828125, 2 ** 11, 2 ** 23, 2 ** 24, 1e30, 3.4028234663852886e38]) xs.push(v, -v);
    xs.push(1e-45, -1e-45, 1.1754942106924411e-38, 1.1754943508222875e-38, 2 ** -20, f32(Math.PI / 4), f32(-Math.PI / 4));
    check(name, xs);
    const special = run(name, [0, -0, Infinity, -Infinity, NaN, 1e-45, -1e-45]);
    const want = (name === "sin" ? [0, -0, NaN, NaN, NaN, 1e-45, -1e-45] : [1, 1, NaN, NaN, NaN, 1, 1]).map(f32);
    special.forEach((v, i) => expect(Object.is(v, want[i]) || (Number.isNaN(v) && Number.isNaN(want[i]!)), `${name}(${[0, "-0", "inf", "-inf", "NaN", "1e-45", "-1e-45"][i]}) = ${v}`).toBe(true));
  });

  test(`${name}(-x) is ${name === "sin" ? "-" : ""}${name}(x) to the bit`, () => {
    fc.assert(fc.property(fc.array(arg(1e-40, 1e10), { minLength: 1, maxLength: 32 }), (xs) => {
      const a = run(name, xs), b = run(name, xs.map((v) => -v));
      a.forEach((v, i) => expect(Object.is(b[i], name === "sin" ? -v : v)).toBe(true));
    }), { numRuns: 50 });
  });

  test("the contiguous loop (two vectors a step) gives each element the bits it gets alone", () => {
    // slow lanes (huge, NaN, near k π/2) sprinkled among fast ones, lengths around the pairs' 8
    const value = fc.oneof(arg(1e-3, 100), fc.constantFrom(1e30, NaN, Infinity, ...nearMultiples(7), ...nearMultiples(1000)));
    fc.assert(fc.property(fc.array(value, { minLength: 0, maxLength: 40 }), (xs) => {
      const together = run(name, xs);
      xs.forEach((v, i) => {
        const alone = run(name, [v])[0]!;
        if (!(Object.is(alone, together[i]) || (Number.isNaN(alone) && Number.isNaN(together[i]!)))) expect.fail(`${name}(${v}): ${together[i]} in the array, ${alone} alone`);
      });
    }), { numRuns: 100 });
  });
});

describe("float32 tanh", () => {
  test("within 1 ulp of the correctly rounded value, searched by magnitude", () => {
    for (const [lo, hi] of [[1e-45, 1e-30], [1e-30, 1e-3], [1e-3, 0.8], [0.7, 0.9], [0.8, 4], [4, 9.2], [9.2, 3.4e38]] as const) {
      fc.assert(fc.property(fc.array(arg(lo, hi), { minLength: 1, maxLength: 64 }), (xs) => check("tanh", xs)), { numRuns: 60 });
    }
  });

  test("at the switch to 1 − 2/(e^2x + 1), where it rounds to 1, and the special values", () => {
    const xs: number[] = [];
    for (const c of [0.8, 9.010913, 10, 20, 1e-3]) for (let d = -3; d <= 3; d++) xs.push(fromBits(bits(f32(c)) + d));
    xs.push(...xs.map((v) => -v), 1e-45, 1.1754942106924411e-38, 1.1754943508222875e-38, 3.4028234663852886e38);
    check("tanh", xs);
    const special = run("tanh", [0, -0, Infinity, -Infinity, NaN, 1e-45, -1e-45, 9.1, -9.1]);
    const want = [0, -0, 1, -1, NaN, 1e-45, -1e-45, 1, -1].map(f32);
    special.forEach((v, i) => expect(Object.is(v, want[i]) || (Number.isNaN(v) && Number.isNaN(want[i]!)), `tanh(${[0, "-0", "inf", "-inf", "NaN", "1e-45", "-1e-45", 9.1, -9.1][i]}) = ${v}`).toBe(true));
  });

  test("tanh(-x) is -tanh(x) to the bit", () => {
    fc.assert(fc.property(fc.array(arg(1e-40, 30), { minLength: 1, maxLength: 32 }), (xs) => {
      const a = run("tanh", xs), b = run("tanh", xs.map((v) => -v));
      a.forEach((v, i) => expect(Object.is(b[i], -v)).toBe(true));
    }), { numRuns: 50 });
  });

  test("the contiguous loop (two vectors a step) gives each element the bits it gets alone and strided", () => {
    const value = fc.oneof(arg(1e-3, 12), fc.constantFrom(0.8, f32(0.79999995), 1e30, NaN, Infinity, -Infinity, 0, -0, 1e-45));
    fc.assert(fc.property(fc.array(value, { minLength: 0, maxLength: 40 }), (xs) => {
      const together = run("tanh", xs);
      const spread = new Float32Array(2 * xs.length).fill(3);
      xs.forEach((v, i) => (spread[2 * i] = v));
      const strided = nd.tidy(() => Array.from(nd.tanh(nd.array(spread, "float32").slice("::2")).toTypedArray() as Float32Array));
      xs.forEach((v, i) => {
        const alone = run("tanh", [v])[0]!;
        const same = (p: number, q: number): boolean => Object.is(p, q) || (Number.isNaN(p) && Number.isNaN(q));
        if (!same(alone, together[i]!)) expect.fail(`tanh(${v}): ${together[i]} in the array, ${alone} alone`);
        if (!same(strided[i]!, together[i]!)) expect.fail(`tanh(${v}): ${together[i]} in the array, ${strided[i]} strided`);
      });
    }), { numRuns: 100 });
  });
});
