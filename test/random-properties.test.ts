// Properties of the random core searched with fast-check against plain references: broadcasting of
// parameters, bounded integers, shuffles and sampling without replacement, and the emulated FMA
// that the glibc ports rest on (against exact BigInt arithmetic).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Draws, sample } from "../src/random/draws.js";
import { defaultRng } from "../src/random/generator.js";
import { INT_DTYPES, type IntDType } from "../src/random/integers.js";
import { broadcastShapes, expandF64, product } from "../src/random/params.js";
import { RandomState } from "../src/random/random-state.js";
import { allocBytes, get, put, raw, release } from "./support/kernels.js";

const values = (d: Draws) => Array.from(sample(d) as ArrayLike<number | bigint>, Number);
const shapeArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 4 });

describe("parameters broadcast as NumPy's iterators do", () => {
  test("expand repeats a parameter along broadcast axes in C order", () => {
    fc.assert(
      fc.property(shapeArb, fc.array(fc.boolean(), { maxLength: 4 }), fc.integer({ min: 0, max: 4 }), (shape, ones, drop) => {
        // the parameter: shape's trailing axes, some set to 1
        const pshape = shape.slice(Math.min(drop, shape.length)).map((d, i) => (ones[i] ? 1 : d));
        const data = Float64Array.from({ length: product(pshape) }, (_, i) => i + 0.5);
        const got = expandF64({ data, shape: pshape, scalar: false }, shape);
        // reference: index the parameter by each output multi-index
        const n = product(shape);
        for (let flat = 0; flat < n; flat++) {
          let rest = flat;
          const idx = shape.map(() => 0);
          for (let k = shape.length - 1; k >= 0; k--) {
            idx[k] = rest % shape[k]!;
            rest = Math.floor(rest / shape[k]!);
          }
          let off = 0;
          for (let k = 0; k < pshape.length; k++) off = off * pshape[k]! + (pshape[k] === 1 ? 0 : idx[shape.length - pshape.length + k]!);
          if (got[flat] !== data[off]) return false;
        }
        return got.length === n;
      }),
    );
  });

  test("broadcastShapes agrees with the rule and names the clashing arguments", () => {
    expect(broadcastShapes([[3], [2, 1], []])).toEqual([2, 3]);
    expect(() => broadcastShapes([[2], [1], [3]])).toThrow("Mismatch is between arg 0 with shape (2,) and arg 2 with shape (3,).");
    fc.assert(
      fc.property(fc.array(shapeArb, { minLength: 1, maxLength: 4 }), (shapes) => {
        const nd = Math.max(0, ...shapes.map((s) => s.length));
        let ok = true;
        const want = Array.from({ length: nd }, (_, i) => {
          const dims = shapes.map((s) => s[i - (nd - s.length)] ?? 1).filter((d) => d !== 1);
          if (new Set(dims).size > 1) ok = false;
          return dims[0] ?? 1;
        });
        if (!ok) expect(() => broadcastShapes(shapes)).toThrow("shape mismatch");
        else expect(broadcastShapes(shapes)).toEqual(want);
      }),
    );
  });

  test("array parameters draw the same stream as the equal scalar", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 20 }), fc.double({ min: -5, max: 5, noNaN: true }), (seed, n, loc) => {
        const scalar = values(defaultRng(seed).normal(loc, 2, n));
        const array = values(defaultRng(seed).normal(new Array(n).fill(loc), [2]));
        const legacy = values(new RandomState(seed).gamma(0.7, 3, n));
        const legacyArray = values(new RandomState(seed).gamma([new Array(n).fill(0.7)], 3));
        return scalar.every((v, i) => Object.is(v, array[i])) && legacy.every((v, i) => Object.is(v, legacyArray[i]));
      }),
      { numRuns: 50 },
    );
  });
});

describe("bounded integers", () => {
  const dtypeArb = fc.constantFrom(...INT_DTYPES);
  const limits = (dt: IntDType): [bigint, bigint] => {
    if (dt === "bool") return [0n, 1n];
    const bits = BigInt(Number(dt.replace(/\D/g, "")));
    return dt.startsWith("u") ? [0n, 2n ** bits - 1n] : [-(2n ** (bits - 1n)), 2n ** (bits - 1n) - 1n];
  };

  test("every value lies in [low, high] (closed) for any dtype, range and generator", () => {
    fc.assert(
      fc.property(dtypeArb, fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.integer({ min: 0, max: 2 ** 31 }), fc.boolean(), (dt, x, y, seed, legacy) => {
        const [lb, ub] = limits(dt);
        const span = ub - lb + 1n;
        let lo = lb + (x % span);
        let hi = lb + (y % span);
        if (lo > hi) [lo, hi] = [hi, lo];
        const d = legacy ? new RandomState(seed).randint(lo, hi + 1n, 64, dt) : defaultRng(seed).integers(lo, hi, 64, { endpoint: true, dtype: dt });
        const out = Array.from(sample(d) as ArrayLike<number | bigint>, BigInt);
        return d.dtype === dt && out.every((v) => v >= lo && v <= hi);
      }),
      { numRuns: 300 },
    );
  });
});

describe("shuffles and samples without replacement", () => {
  test("a shuffle is a permutation, and the same seed permutes every kind of target alike", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 3 }), (seed, rows, width) => {
        const base = Array.from({ length: rows * width }, (_, i) => i);
        const typed = Float64Array.from(base);
        const plain = base.slice();
        const wide = BigInt64Array.from(base, BigInt);
        defaultRng(seed).shuffle(typed, width);
        defaultRng(seed).shuffle(plain, width);
        defaultRng(seed).shuffle(wide, width);
        const perm = values(defaultRng(seed).permutation(rows));
        const want = perm.flatMap((r) => base.slice(r * width, r * width + width));
        return (
          [...typed].every((v, i) => v === want[i]) &&
          plain.every((v, i) => v === want[i]) &&
          [...wide].every((v, i) => Number(v) === want[i]) &&
          [...perm].sort((a, b) => a - b).every((v, i) => v === i)
        );
      }),
      { numRuns: 100 },
    );
  });

  test("a HeapSlice target shuffles in place in WASM memory", () => {
    const n = 50;
    const ptr = put("i32", Int32Array.from({ length: n }, (_, i) => i));
    new RandomState(9).shuffle({ ptr, length: n, itemBytes: 4 });
    const got = Array.from(get("i32", ptr, n));
    release(ptr);
    const want = Array.from({ length: n }, (_, i) => i);
    new RandomState(9).shuffle(want);
    expect(got).toEqual(want);
  });

  test("choice without replacement gives distinct values of the population (Floyd and tail shuffle)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 30000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (seed, pop, frac, shuffle) => {
        const size = Math.floor(pop * frac * 0.2);
        const got = values(defaultRng(seed).choice(pop, size, { replace: false, shuffle }));
        const legacy = values(new RandomState(seed).choice(Math.min(pop, 3000), Math.min(size, 3000), { replace: false }));
        return new Set(got).size === size && got.every((v) => v >= 0 && v < pop) && new Set(legacy).size === legacy.length;
      }),
      { numRuns: 60 },
    );
  });
});

// ---- the emulated FMA against exact arithmetic ------------------------------------------------

/** x = m * 2^e exactly, m an integer. */
function decompose(x: number): [bigint, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp !== 0) m |= 1n << 52n;
  return [sign * m, (exp === 0 ? 1 : exp) - 1075];
}

/** a * b + c rounded once to nearest even (results in the normal range). */
function exactFma(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  let s = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (s === 0n) return a * b + c; // the sign of an exact zero follows IEEE's rule for the sum
  const neg = s < 0n;
  if (neg) s = -s;
  const bits = s.toString(2).length;
  let shift = bits - 53;
  let q = s;
  if (shift > 0) {
    q = s >> BigInt(shift);
    const rem = s - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else shift = 0;
  let v = Number(q);
  let k = e + shift;
  while (k > 600) {
    v *= 2 ** 600;
    k -= 600;
  }
  while (k < -600) {
    v *= 2 ** -600;
    k += 600;
  }
  v *= 2 ** k;
  return neg ? -v : v;
}

function fmaKernel(a: Float64Array, b: Float64Array, c: Float64Array, emulated: boolean): Float64Array {
  const n = a.length;
  const [pa, pb, pc, po] = [put("f64", a), put("f64", b), put("f64", c), allocBytes(n * 8)];
  raw.fma_f64!(po, pa, pb, pc, n, emulated ? 1 : 0);
  const out = get("f64", po, n);
  for (const p of [pa, pb, pc, po]) release(p);
  return out;
}

describe("fma, as the glibc ports use it", () => {
  test("rounds once: cancellations, and ties only the exact product breaks", () => {
    const e = 2 ** -52;
    const cases: [number, number, number, number][] = [
      [1 + e, 1 - e, -1, -(e * e)],
      [1 + 2 ** -27, 1 + 2 ** -27, -1, 2 ** -26 + 2 ** -54],
      [1.1, 1.0092936587501423e-16, 1, 1.0000000000000002],
      [1.1, -1.0092936587501423e-16, -1, -1.0000000000000002],
      [1.7, 6.530723674265627e-17, 1, 1.0000000000000002],
      [1.3, 8.540177112501203e-17, 1, 1],
      [0, 5, 3, 3],
      [3, 7, -21, 0],
    ];
    for (const emulated of [true, false]) {
      const out = fmaKernel(Float64Array.from(cases, (c) => c[0]), Float64Array.from(cases, (c) => c[1]), Float64Array.from(cases, (c) => c[2]), emulated);
      expect(Array.from(out)).toEqual(cases.map((c) => c[3]));
    }
  });

  test("agrees with exact arithmetic on random and adversarial operands", () => {
    const f = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => x === 0 || Math.abs(x) > 1e-100);
    fc.assert(
      fc.property(f, f, f, fc.integer({ min: 0, max: 3 }), fc.integer({ min: -3, max: 3 }), (a, b, c0, mode, nudge) => {
        // mode 1: c cancels the rounded product; 2: c is a near-multiple of the product's ulp
        const p = a * b;
        const c = mode === 1 ? -p : mode === 2 ? -p + nudge * Math.abs(p) * 2 ** -60 : mode === 3 ? c0 * 2 ** -40 : c0;
        const want = exactFma(a, b, c);
        const got = fmaKernel(Float64Array.of(a), Float64Array.of(b), Float64Array.of(c), true)[0]!;
        return Object.is(got, want) || (got === 0 && want === 0);
      }),
      { numRuns: 3000 },
    );
  });

  test("where the engine fuses relaxed_madd, hardware and emulation agree on a million operands", () => {
    if (raw.fma_is_hardware!() !== 1) return; // the plain SIMD build emulates only
    const n = 1_000_000;
    const rs = new RandomState(17);
    const u = sample(rs.standardNormal(3 * n));
    const a = u.subarray(0, n);
    const b = u.subarray(n, 2 * n);
    const c = Float64Array.from(u.subarray(2 * n), (x, i) => (i % 3 === 0 ? -a[i]! * b[i]! : x * 2 ** -(i % 60)));
    const hw = fmaKernel(a.slice(), b.slice(), c, false);
    const soft = fmaKernel(a.slice(), b.slice(), c, true);
    let bad = 0;
    for (let i = 0; i < n; i++) if (!Object.is(hw[i], soft[i])) bad++;
    expect(bad).toBe(0);
  });
});
