// NumPy's own random tests, translated where they apply: numpy/random/tests/test_random.py and
// test_randomstate.py (RandomState), test_generator_mt19937.py (the Generator tests that hold for
// any bit generator, run on PCG64), test_direct.py (PCG64 reference outputs) and
// test_seed_sequence.py. Expected values are NumPy's, copied from those files or taken from
// test/fixtures/random_streams.json.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { type Draws, sample, sampleOne } from "../src/random/draws.js";
import { defaultRng, type Generator } from "../src/random/generator.js";
import { INT_DTYPES, type IntDType } from "../src/random/integers.js";
import { PCG64 } from "../src/random/pcg64.js";
import { RandomState } from "../src/random/random-state.js";
import { SeedSequence } from "../src/random/seed-sequence.js";
import { loadFixture } from "./support/fixtures.js";

const values = (d: Draws) => Array.from(sample(d) as ArrayLike<number | bigint>, Number);
const bounds = (dt: IntDType): [bigint, bigint] => {
  if (dt === "bool") return [0n, 2n];
  const bits = BigInt(Number(dt.replace(/\D/g, "")));
  return dt.startsWith("u") ? [0n, 2n ** bits] : [-(2n ** (bits - 1n)), 2n ** (bits - 1n)];
};
const throwsValueError = (f: () => unknown) => expect(f).toThrow(expect.objectContaining({ name: "ValueError" }));

describe("test_random.py TestSeed", () => {
  test("scalar and array seeds", () => {
    expect(values(new RandomState(0).randint(1000))).toEqual([684]);
    expect(values(new RandomState(4294967295).randint(1000))).toEqual([419]);
    expect(values(new RandomState([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).randint(1000))).toEqual([468]);
    expect(values(new RandomState([0]).randint(1000))).toEqual([973]);
    expect(values(new RandomState([4294967295]).randint(1000))).toEqual([265]);
  });

  test("invalid seeds", () => {
    expect(() => new RandomState(-0.5)).toThrow(TypeError);
    throwsValueError(() => new RandomState(-1));
    expect(() => new RandomState([-0.5])).toThrow(TypeError);
    for (const s of [[-1], [4294967296], [1, 2, 4294967296], [1, -2, 4294967296]]) throwsValueError(() => new RandomState(s));
    for (const s of [[], [[1, 2, 3]], [[1, 2, 3], [4, 5, 6]]]) throwsValueError(() => new RandomState(s as unknown as number[]));
  });
});

describe("test_random.py TestBinomial and negative intervals", () => {
  test("binomial(0, p) is 0 for p in [0, 1]", () => {
    const rs = new RandomState(1);
    for (const p of [0, 0.5, 1]) {
      expect(sampleOne(rs.binomial(0, p))).toBe(0n);
      expect(values(rs.binomial([0, 0], p))).toEqual([0, 0]);
    }
  });

  test("p = NaN is refused", () => {
    throwsValueError(() => new RandomState(1).binomial(1, NaN));
  });

  test("randint(-5, -1) stays in [-5, -1)", () => {
    const rs = new RandomState(2);
    for (const v of values(rs.randint(-5, -1, 100))) expect(v >= -5 && v < -1).toBe(true);
  });
});

describe("test_random.py TestSetState", () => {
  test("the cached Gaussian is saved and restored", () => {
    const rs = new RandomState(1234567890);
    const state = rs.getState();
    const old = values(rs.standardNormal(3));
    rs.setState(state);
    expect(values(rs.standardNormal(3))).toEqual(old);

    rs.standardNormal();
    const mid = rs.getState();
    const a = values(rs.standardNormal(3));
    rs.setState(mid);
    expect(values(rs.standardNormal(3))).toEqual(a);
  });
});

describe("test_random.py TestRandint", () => {
  const rs = new RandomState();

  test("bounds checking for every dtype", () => {
    for (const dt of INT_DTYPES) {
      const [lb, ub] = bounds(dt);
      throwsValueError(() => rs.randint(lb - 1n, ub, null, dt));
      throwsValueError(() => rs.randint(lb, ub + 1n, null, dt));
      throwsValueError(() => rs.randint(ub, lb, null, dt));
      throwsValueError(() => rs.randint(1, 0, null, dt));
    }
  });

  test("empty ranges at the extremes give the one value", () => {
    for (const dt of INT_DTYPES) {
      const [lb, ub] = bounds(dt);
      for (const tgt of [ub - 1n, lb, (lb + ub) / 2n]) {
        const out = Array.from(sample(rs.randint(tgt, tgt + 1n, 1000, dt)) as ArrayLike<number | bigint>, BigInt);
        expect(out.every((v) => v === tgt)).toBe(true);
      }
    }
  });

  test("the full range of every dtype draws without error, with the dtype asked for", () => {
    for (const dt of INT_DTYPES) {
      const [lb, ub] = bounds(dt);
      expect(rs.randint(lb, ub, null, dt).dtype).toBe(dt);
      sampleOne(rs.randint(lb, ub, null, dt));
    }
  });

  test("in bounds (fuzz)", () => {
    for (const dt of INT_DTYPES.filter((d) => d !== "bool")) {
      for (const ubnd of [4, 8, 16]) {
        const v = values(rs.randint(2, ubnd, 2 ** 16, dt));
        expect(Math.max(...v)).toBeLessThan(ubnd);
        expect(Math.min(...v)).toBeGreaterThanOrEqual(2);
      }
    }
    const b = values(rs.randint(0, 2, 2 ** 16, "bool"));
    expect(new Set(b)).toEqual(new Set([0, 1]));
  });

  test("repeatability: NumPy's SHA-256 of randint(0, 6, size=1000) per dtype (seed 1234)", () => {
    const tgt: Record<string, string> = {
      bool: "509aea74d792fb931784c4b0135392c65aec64beee12b0cc167548a2c3d31e71",
      int16: "7b07f1a920e46f6d0fe02314155a2330bcfd7635e708da50e536c5ebb631a7d4",
      int32: "e577bfed6c935de944424667e3da285012e741892dcb7051a8f1ce68ab05c92f",
      int64: "0fbead0b06759df2cfb55e43148822d4a1ff953c7eb19a5b08445a63bb64fa9e",
      int8: "001aac3a5acb935a9b186cbe14a1ca064b8bb2dd0b045d48abeacf74d0203404",
      uint16: "7b07f1a920e46f6d0fe02314155a2330bcfd7635e708da50e536c5ebb631a7d4",
      uint32: "e577bfed6c935de944424667e3da285012e741892dcb7051a8f1ce68ab05c92f",
      uint64: "0fbead0b06759df2cfb55e43148822d4a1ff953c7eb19a5b08445a63bb64fa9e",
      uint8: "001aac3a5acb935a9b186cbe14a1ca064b8bb2dd0b045d48abeacf74d0203404",
    };
    for (const dt of INT_DTYPES) {
      const out = sample(new RandomState(1234).randint(0, dt === "bool" ? 2 : 6, 1000, dt)) as ArrayBufferView;
      const hash = createHash("sha256").update(new Uint8Array(out.buffer, out.byteOffset, out.byteLength)).digest("hex");
      expect(hash, dt).toBe(tgt[dt]);
    }
  });

  test("int64 corner case: randint(2^63 - 1, 2^63) is 2^63 - 1", () => {
    expect(sampleOne(new RandomState(3).randint(2n ** 63n - 1n, 2n ** 63n, null, "int64"))).toBe(2n ** 63n - 1n);
  });

  test("unsupported dtypes are refused", () => {
    expect(() => rs.randint(1, null, null, "float64" as IntDType)).toThrow(TypeError);
  });
});

describe("test_random.py TestRandomDist (seed 1234567890)", () => {
  const seed = 1234567890;
  const close = (actual: number[], desired: number[], decimal: number) => {
    expect(actual.length).toBe(desired.length);
    actual.forEach((v, i) => expect(Math.abs(v - desired[i]!)).toBeLessThan(1.5 * 10 ** -decimal));
  };

  test("rand, randn, randint, random", () => {
    const u = [0.61879477158567997, 0.59162362775974664, 0.88868358904449662, 0.89165480011560816, 0.4575674820298663, 0.7781880808593471];
    close(values(new RandomState(seed).randomSample([3, 2])), u, 15);
    close(values(new RandomState(seed).random([3, 2])), u, 15);
    const g = [1.34016345771863121, 1.73759122771936081, 1.498988344300628, -0.2286433324536169, 2.031033998682787, 2.17032494605655257];
    close(values(new RandomState(seed).standardNormal([3, 2])), g, 15);
    expect(values(new RandomState(seed).randint(-99, 99, [3, 2]))).toEqual([31, 3, -52, 41, -48, -66]);
  });

  test("choice", () => {
    expect(values(new RandomState(seed).choice(4, 4))).toEqual([2, 3, 2, 3]);
    expect(values(new RandomState(seed).choice(4, 4, { p: [0.4, 0.4, 0.1, 0.1] }))).toEqual([1, 1, 2, 2]);
    expect(values(new RandomState(seed).choice(4, 3, { replace: false }))).toEqual([0, 1, 3]);
    expect(values(new RandomState(seed).choice(4, 3, { replace: false, p: [0.1, 0.3, 0.5, 0.1] }))).toEqual([2, 3, 1]);
    // ['a', 'b', 'c', 'd'] -> ['c', 'd', 'c', 'd']: the indices
    expect(values(new RandomState(seed).choice(["a", "b", "c", "d"], 4))).toEqual([2, 3, 2, 3]);
  });

  test("choice exceptions", () => {
    const rs = new RandomState(seed);
    throwsValueError(() => rs.choice(-1, 3));
    throwsValueError(() => rs.choice(3.0 + 0.5, 3));
    throwsValueError(() => rs.choice([[1, 2], [3, 4]], 3));
    throwsValueError(() => rs.choice([], 3));
    throwsValueError(() => rs.choice([1, 2, 3, 4], 3, { p: { data: [0.25, 0.25, 0.25, 0.25], shape: [2, 2] } }));
    throwsValueError(() => rs.choice([1, 2], 3, { p: [0.4, 0.4, 0.2] }));
    throwsValueError(() => rs.choice([1, 2], 3, { p: [1.1, -0.1] }));
    throwsValueError(() => rs.choice([1, 2], 3, { p: [0.4, 0.4] }));
    throwsValueError(() => rs.choice([1, 2, 3], 4, { replace: false }));
    throwsValueError(() => rs.choice([1, 2, 3], -2, { replace: false }));
    throwsValueError(() => rs.choice([1, 2, 3], [-1], { replace: false }));
    throwsValueError(() => rs.choice([1, 2, 3], [-1, 1], { replace: false }));
    throwsValueError(() => rs.choice([1, 2, 3], 2, { replace: false, p: [1, 0, 0] }));
    throwsValueError(() => rs.choice([42, 1, 2], null, { p: [NaN, NaN, NaN] }));
  });

  test("choice return shapes: scalars, 0-d, n-d and empty", () => {
    const rs = new RandomState(seed);
    const p = [0.1, 0.9];
    for (const replace of [true, false]) {
      expect(rs.choice(2, null, { replace }).scalar).toBe(true);
      expect(rs.choice(2, null, { replace, p }).scalar).toBe(true);
      expect(rs.choice(2, [], { replace }).scalar).toBe(false);
      expect(rs.choice(2, [], { replace }).shape).toEqual([]);
      expect(rs.choice(2, [], { replace, p }).shape).toEqual([]);
    }
    const p6 = [0.1, 0.1, 0.1, 0.1, 0.4, 0.2];
    for (const replace of [true, false]) {
      expect(rs.choice(6, [2, 3], { replace }).shape).toEqual([2, 3]);
      expect(rs.choice(6, [2, 3], { replace, p: p6 }).shape).toEqual([2, 3]);
    }
    expect(rs.randint(0, 0, [3, 0, 4]).shape).toEqual([3, 0, 4]);
    expect(rs.randint(0, -10, 0).shape).toEqual([0]);
    expect(rs.randint(10, 10, 0).shape).toEqual([0]);
    expect(rs.choice(0, 0).shape).toEqual([0]);
    expect(rs.choice([], [0]).shape).toEqual([0]);
    expect(rs.choice(["a", "b"], [3, 0, 4]).shape).toEqual([3, 0, 4]);
    throwsValueError(() => rs.choice([], 10));
  });

  test("shuffle of numbers, rows and plain arrays", () => {
    const desired = [0, 1, 9, 6, 2, 4, 5, 8, 7, 3];
    const start = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0];
    for (const make of [(x: number[]) => x.slice(), (x: number[]) => Int8Array.from(x), (x: number[]) => Float32Array.from(x), (x: number[]) => BigInt64Array.from(x, BigInt)]) {
      const a = make(start);
      new RandomState(seed).shuffle(a);
      expect(Array.from(a as ArrayLike<number | bigint>, Number)).toEqual(desired);
    }
    // rows [i, i]
    const rows = Float64Array.from(start.flatMap((i) => [i, i]));
    new RandomState(seed).shuffle(rows, 2);
    expect(Array.from(rows)).toEqual(desired.flatMap((i) => [i, i]));
  });

  test("shuffle of a memoryview: RandomState and default_rng (PCG64)", () => {
    const a = [0, 1, 2, 3, 4];
    new RandomState(seed).shuffle(a);
    expect(a).toEqual([0, 1, 4, 3, 2]);
    new RandomState(seed).shuffle(a);
    expect(a).toEqual([0, 1, 2, 3, 4]);
    defaultRng(seed).shuffle(a);
    expect(a).toEqual([4, 1, 0, 3, 2]);
  });

  test("beta, binomial, exponential, gamma, normal, poisson, uniform", () => {
    close(values(new RandomState(seed).beta(0.1, 0.9, [3, 2])), [1.45341850513746058e-2, 5.31297615662868145e-4, 1.85366619058432324e-6, 4.19214516800110563e-3, 1.58405155108498093e-4, 1.26252891949397652e-4], 15);
    expect(values(new RandomState(seed).binomial(100, 0.456, [3, 2]))).toEqual([37, 43, 42, 48, 46, 45]);
    close(values(new RandomState(seed).exponential(1.1234, [3, 2])), [1.08342649775011624, 1.00607889924557314, 2.46628830085216721, 2.49668106809923884, 0.68717433461363442, 1.69175666993575979], 15);
    close(values(new RandomState(seed).gamma(5, 3, [3, 2])), [24.60509188649287182, 28.54993563207210627, 26.13476110204064184, 12.56988482927716078, 31.71863275789960568, 33.30143302795922011], 14);
    close(values(new RandomState(seed).normal(0.123456789, 2.0, [3, 2])), [2.80378370443726244, 3.59863924443872163, 3.121433477601256, -0.33382987590723379, 4.18552478636557357, 4.46410668111310471], 15);
    expect(values(new RandomState(seed).poisson(0.123456789, [3, 2]))).toEqual([0, 0, 1, 0, 0, 0]);
    close(values(new RandomState(seed).uniform(1.23, 10.54, [3, 2])), [6.99097932346268003, 6.73801597444323974, 9.50364421400426274, 9.53130618907631089, 5.48995325769805476, 8.47493103280052118], 15);
  });

  test("zero scales and shapes; -0.0 is refused as NumPy's sign test refuses it", () => {
    const rs = new RandomState(seed);
    expect(sampleOne(rs.exponential(0))).toBe(0);
    throwsValueError(() => rs.exponential(-0));
    expect(sampleOne(rs.gamma(0, 0))).toBe(0);
    throwsValueError(() => rs.gamma(-0, -0));
    expect(sampleOne(rs.normal(0, 0))).toBe(0);
    throwsValueError(() => rs.normal(0, -0));
  });

  test("poisson exceptions", () => {
    const rs = new RandomState(seed);
    const lambig = 2 ** 63 - 1;
    throwsValueError(() => rs.poisson(-1));
    throwsValueError(() => rs.poisson(new Array(10).fill(-1)));
    throwsValueError(() => rs.poisson(lambig));
    throwsValueError(() => rs.poisson(new Array(10).fill(lambig)));
  });

  test("uniform range bounds", () => {
    const rs = new RandomState(seed);
    const fmax = Number.MAX_VALUE;
    for (const [lo, hi] of [[-Infinity, 0], [0, Infinity], [-fmax, fmax]] as const) expect(() => rs.uniform(lo, hi)).toThrow(expect.objectContaining({ name: "OverflowError" }));
    expect(() => rs.uniform([-Infinity], [0])).toThrow(expect.objectContaining({ name: "OverflowError" }));
    expect(() => rs.uniform([0], [Infinity])).toThrow(expect.objectContaining({ name: "OverflowError" }));
    rs.uniform(-fmax * (1 - 2 ** -53), fmax / 1e17);
  });
});

describe("test_randomstate.py", () => {
  test("randint with broadcast bounds across the 32-bit boundary (seed 12345)", () => {
    const desired = [
      [[3992670689, 2438360420, 2557845020], [4107320065, 4142558326, 3216529513], [1605979228, 2807061240, 665605495]],
      [[3211410639, 4128781000, 457175120], [1712592594, 1282922662, 3081439808], [3997822960, 2008322436, 1563495165]],
      [[1398375547, 4269260146, 115316740], [3414372578, 3437564012, 2112038651], [3572980305, 2260248732, 3908238631]],
      [[2561372503, 223155946, 3127879445], [441282060, 3514786552, 2148440361], [1629275283, 3479737011, 3003195987]],
      [[412181688, 940383289, 3047321305], [2978368172, 764731833, 2282559898], [105711276, 720447391, 3596512484]],
    ];
    const low = [[-1], [0], [1]];
    const high = [2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1];
    const full = new RandomState(12345).randint(low, high, [5, 3, 3]);
    expect(full.shape).toEqual([5, 3, 3]);
    expect(values(full)).toEqual(desired.flat(2));
    const one = new RandomState(12345).randint(low, high);
    expect(one.shape).toEqual([3, 3]);
    expect(values(one)).toEqual(desired[0]!.flat());
  });

  test("permutation of a list, a column and an integer; refusals", () => {
    const seed = 1234567890;
    const alist = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0];
    const desired = [0, 1, 9, 6, 2, 4, 5, 8, 7, 3];
    const order = (d: Draws) => values(d).map((i) => alist[i]);
    expect(order(new RandomState(seed).permutation(alist))).toEqual(desired);
    expect(order(new RandomState(seed).permutation({ shape: [10, 1] }))).toEqual(desired);
    expect(values(new RandomState(seed).permutation(10))).toEqual([9, 0, 8, 5, 1, 3, 4, 7, 6, 2]);
    for (const bad of ["abcd", 1.2]) expect(() => new RandomState(seed).permutation(bad as never)).toThrow(expect.objectContaining({ name: "IndexError" }));
  });

  test("binomial truncates a float n", () => {
    expect(values(new RandomState(1234567890).binomial(100.123, 0.456, [3, 2]))).toEqual([37, 43, 42, 48, 46, 45]);
    expect(sampleOne(new RandomState(1234567890).binomial(100.123, 0.456))).toBe(37n);
  });

  test("single-element array parameters give shape (1,)", () => {
    const rs = new RandomState(1);
    for (const d of [rs.exponential([2]), rs.poisson([2]), rs.uniform([2], [3]), rs.normal([2], [3]), rs.beta([2], [3]), rs.gamma([2], [3]), rs.binomial([2], [0.5]), rs.uniform(2, [3]), rs.normal([2], 3)]) {
      expect(d.shape).toEqual([1]);
    }
  });
});

describe("test_random.py TestBroadcast (seed 123456789)", () => {
  const seed = 123456789;
  const close = (actual: number[], desired: number[]) => actual.forEach((v, i) => expect(Math.abs(v - desired[i]!)).toBeLessThan(1.5e-14));
  test("parameters broadcast against each other either way round", () => {
    const cases: [string, (rs: RandomState, big: boolean) => Draws, number[]][] = [
      ["uniform", (rs, big) => (big ? rs.uniform([0, 0, 0], [1]) : rs.uniform([0], [1, 1, 1])), [0.53283302478975902, 0.53413660089041659, 0.50955303552646702]],
      ["normal", (rs, big) => (big ? rs.normal([0, 0, 0], [1]) : rs.normal([0], [1, 1, 1])), [2.2129019979039612, 2.1283977976520019, 1.8417114045748335]],
      ["beta", (rs, big) => (big ? rs.beta([1, 1, 1], [2]) : rs.beta([1], [2, 2, 2])), [0.19843558305989056, 0.075230336409423643, 0.24976865978980844]],
      ["exponential", (rs) => rs.exponential([1, 1, 1]), [0.76106853658845242, 0.76386282278691653, 0.71243813125891797]],
      ["gamma", (rs, big) => (big ? rs.gamma([1, 1, 1], [2]) : rs.gamma([1], [2, 2, 2])), [1.5221370731769048, 1.5277256455738331, 1.4248762625178359]],
    ];
    for (const [, make, desired] of cases) {
      close(values(make(new RandomState(seed), true)), desired);
      close(values(make(new RandomState(seed), false)), desired);
    }
    expect(values(new RandomState(seed).binomial([1, 1, 1], [0.5]))).toEqual([1, 1, 1]);
    expect(values(new RandomState(seed).binomial([1], [0.5, 0.5, 0.5]))).toEqual([1, 1, 1]);
    expect(values(new RandomState(seed).poisson([1, 1, 1]))).toEqual([1, 1, 0]);
    const rs = new RandomState(seed);
    throwsValueError(() => rs.beta([-1, -1, -1], [2]));
    throwsValueError(() => rs.beta([1], [-2, -2, -2]));
    throwsValueError(() => rs.binomial([-1, -1, -1], [0.5]));
    throwsValueError(() => rs.binomial([1, 1, 1], [-1]));
    throwsValueError(() => rs.binomial([1], [1.5, 1.5, 1.5]));
    throwsValueError(() => rs.gamma([-1, -1, -1], [2]));
    throwsValueError(() => rs.normal([0], [-1, -1, -1]));
  });
});

describe("test_generator_mt19937.py TestIntegers, on PCG64", () => {
  const rng = defaultRng(1234);
  for (const endpoint of [false, true]) {
    const e = endpoint ? 1n : 0n;
    test(`bounds checking (endpoint=${endpoint})`, () => {
      for (const dt of INT_DTYPES) {
        const [lb, ub0] = bounds(dt);
        const ub = ub0 - e;
        const opts = { endpoint, dtype: dt };
        for (const [lo, hi] of [[lb - 1n, ub], [lb, ub + 1n], [ub, lb], [1n, 0n]] as [bigint, bigint][]) {
          throwsValueError(() => rng.integers(lo, hi, null, opts));
          throwsValueError(() => rng.integers([lo], [hi], null, opts));
        }
        throwsValueError(() => rng.integers([ub + 1n], [ub], null, opts));
        throwsValueError(() => rng.integers([lb - 1n, lb - 1n], [ub, ub], null, opts));
        throwsValueError(() => rng.integers(ub, [lb, lb], null, opts));
      }
    });

    test(`empty ranges at the extremes (endpoint=${endpoint})`, () => {
      for (const dt of INT_DTYPES) {
        const [lb, ub0] = bounds(dt);
        const ub = ub0 - e;
        const open = endpoint ? 0n : 1n;
        for (const tgt of [ub - 1n, lb, (lb + ub) / 2n]) {
          for (const d of [rng.integers(tgt, tgt + open, 1000, { endpoint, dtype: dt }), rng.integers([tgt], [tgt + open], 1000, { endpoint, dtype: dt })]) {
            const out = Array.from(sample(d) as ArrayLike<number | bigint>, BigInt);
            expect(out.every((v) => v === tgt)).toBe(true);
          }
        }
      }
    });

    test(`scalar, broadcast and full-array bounds draw the same (endpoint=${endpoint})`, () => {
      for (const dt of INT_DTYPES) {
        const [lb, ub0] = bounds(dt);
        const ub = ub0 - e;
        const opts = { endpoint, dtype: dt };
        const a = values(defaultRng(1234).integers(lb, ub, 1000, opts));
        expect(values(defaultRng(1234).integers([lb], [ub], 1000, opts))).toEqual(a);
        expect(values(defaultRng(1234).integers(new Array(1000).fill(lb), new Array(1000).fill(ub), 1000, opts))).toEqual(a);
        expect(values(defaultRng(1234).integers(new Array(1000).fill(lb), ub, null, opts))).toEqual(a);
      }
    });

    test(`int64/uint64 broadcast exceptions (endpoint=${endpoint})`, () => {
      const configs: [IntDType, [bigint, bigint][]][] = [
        ["uint64", [[0n, 2n ** 65n], [-1n, 2n ** 62n], [10n, 9n], [0n, 0n]]],
        ["int64", [[0n, 2n ** 64n], [-(2n ** 64n), 2n ** 62n], [10n, 9n], [0n, 0n], [-(2n ** 63n) - 1n, -(2n ** 63n) - 1n]]],
      ];
      for (const [dtype, pairs] of configs) {
        for (const [low, high0] of pairs) {
          const high = high0 - e;
          const opts = { endpoint, dtype };
          throwsValueError(() => rng.integers(low, high, null, opts));
          throwsValueError(() => rng.integers([new Array(10).fill(low)], high, null, opts));
          throwsValueError(() => rng.integers(low, new Array(10).fill(high), null, opts));
          throwsValueError(() => rng.integers([new Array(10).fill(low)], new Array(10).fill(high), null, opts));
        }
      }
    });

    test(`int64 corner case and zero sizes (endpoint=${endpoint})`, () => {
      expect(sampleOne(rng.integers(2n ** 63n - 1n, 2n ** 63n - e, null, { endpoint, dtype: "int64" }))).toBe(2n ** 63n - 1n);
      for (const dt of INT_DTYPES) {
        const d = rng.integers(0, 0, [3, 0, 4], { endpoint, dtype: dt });
        expect(d.shape).toEqual([3, 0, 4]);
        expect(d.dtype).toBe(dt);
        expect(rng.integers(0, -10, 0, { endpoint, dtype: dt }).shape).toEqual([0]);
      }
    });
  }

  test("in bounds (fuzz), and unsupported dtypes", () => {
    for (const dt of INT_DTYPES.filter((d) => d !== "bool")) {
      const v = values(rng.integers(2, 16, 2 ** 16, { dtype: dt }));
      expect(Math.max(...v)).toBeLessThan(16);
      expect(Math.min(...v)).toBe(2);
    }
    expect(() => rng.integers(1, null, null, { dtype: "float64" as IntDType })).toThrow(TypeError);
  });
});

describe("test_generator_mt19937.py choice, shuffle and permutation, on PCG64", () => {
  test("choice exceptions", () => {
    const rng = defaultRng(1);
    for (const [a, size, opts] of [
      [-1, 3, {}],
      [3.5, 3, {}],
      [[], 3, {}],
      [[1, 2, 3, 4], 3, { p: { data: [0.25, 0.25, 0.25, 0.25], shape: [2, 2] } }],
      [[1, 2], 3, { p: [0.4, 0.4, 0.2] }],
      [[1, 2], 3, { p: [1.1, -0.1] }],
      [[1, 2], 3, { p: [0.4, 0.4] }],
      [[1, 2, 3], 4, { replace: false }],
      [[1, 2, 3], -2, { replace: false }],
      [[1, 2, 3], [-1], { replace: false }],
      [[1, 2, 3], 2, { replace: false, p: [1, 0, 0] }],
    ] as const) {
      throwsValueError(() => rng.choice(a as never, size as never, opts as never));
    }
  });

  test("choice of rows of a 2-D population (default axis 0) and large samples are distinct", () => {
    const rng = defaultRng(2);
    const d = rng.choice({ shape: [4, 3] }, 2);
    expect(d.shape).toEqual([2]);
    const big = values(defaultRng(3).choice(100000, 20000, { replace: false }));
    expect(new Set(big).size).toBe(20000);
    const floyd = values(defaultRng(3).choice(10 ** 9, 1000, { replace: false }));
    expect(new Set(floyd).size).toBe(1000);
    for (const v of floyd) expect(v >= 0 && v < 10 ** 9).toBe(true);
  });

  test("permutation exceptions", () => {
    expect(() => defaultRng(1).permutation({ shape: [] })).toThrow(expect.objectContaining({ name: "AxisError", message: "axis 0 is out of bounds for array of dimension 0" }));
    expect(() => new RandomState(1).permutation({ shape: [] })).toThrow(expect.objectContaining({ name: "IndexError" }));
  });
});

interface DirectFixture {
  direct: { file: string; seed: number; n: number; sha256: string; head: string[]; tail: string[] }[];
}
const fx = loadFixture<DirectFixture>("random_streams");

describe("test_direct.py PCG64", () => {
  test.each(fx.direct.map((d) => [d.file, d] as const))("random_raw reproduces %s", (_, d) => {
    const raw = new PCG64(d.seed).randomRaw(d.n);
    expect(Array.from(raw.subarray(0, 3), String)).toEqual(d.head);
    expect(Array.from(raw.subarray(d.n - 3), String)).toEqual(d.tail);
    expect(createHash("sha256").update(new Uint8Array(raw.buffer)).digest("hex")).toBe(d.sha256);
    // test_uniform_double: random() is (raw >> 11) * 2^-53
    const u = sample(defaultRng(d.seed).random(d.n));
    expect(Array.from(u.subarray(0, 3))).toEqual(d.head.map((v) => Number(BigInt(v) >> 11n) * 2 ** -53));
  });

  test("the state after seeding 38219308213743 (test_advange_large)", () => {
    expect(new PCG64(38219308213743).state.state.state).toBe(287608843259529770491897792873167516365n);
  });

  test("invalid seeds", () => {
    expect(() => new PCG64(3.2)).toThrow(TypeError);
    expect(() => new PCG64([null as never])).toThrow(TypeError);
    throwsValueError(() => new PCG64(-1));
  });

  test("a Generator passed to defaultRng is returned as is; no seed gives fresh streams", () => {
    const g: Generator = defaultRng(5);
    expect(defaultRng(g)).toBe(g);
    expect(values(defaultRng().random(4))).not.toEqual(values(defaultRng().random(4)));
  });
});

describe("test_seed_sequence.py", () => {
  test("reference data of the C++ implementation", () => {
    const inputs = [
      [3735928559, 195939070, 229505742, 305419896],
      [3668361503, 4165561550, 1661411377, 3634257570],
      [164546577, 4166754639, 1765190214, 1303880213],
      [446610472, 3941463886, 522937693, 1882353782],
      [1864922766, 1719732118, 3882010307, 1776744564],
      [4141682960, 3310988675, 553637289, 902896340],
      [1134851934, 2352871630, 3699409824, 2648159817],
      [1240956131, 3107113773, 1283198141, 1924506131],
      [2669565031, 579818610, 3042504477, 2774880435],
      [2766103236, 2883057919, 4029656435, 862374500],
    ];
    const outputs = [
      [3914649087, 576849849, 3593928901, 2229911004],
      [2240804226, 3691353228, 1365957195, 2654016646],
      [3562296087, 3191708229, 1147942216, 3726991905],
      [1403443605, 3591372999, 1291086759, 441919183],
      [1086200464, 2191331643, 560336446, 3658716651],
      [3249937430, 2346751812, 847844327, 2996632307],
      [2584285912, 4034195531, 3523502488, 169742686],
      [959045797, 3875435559, 1886309314, 359682705],
      [3978441347, 432478529, 3223635119, 138903045],
      [296367413, 4262059219, 13109864, 3283683422],
    ];
    const outputs64 = [
      [2477551240072187391n, 9577394838764454085n],
      [15854241394484835714n, 11398914698975566411n],
      [13708282465491374871n, 16007308345579681096n],
      [15424829579845884309n, 1898028439751125927n],
      [9411697742461147792n, 15714068361935982142n],
      [10079222287618677782n, 12870437757549876199n],
      [17326737873898640088n, 729039288628699544n],
      [16644868984619524261n, 1544825456798124994n],
      [1857481142255628931n, 596584038813451439n],
      [18305404959516669237n, 14103312907920476776n],
    ];
    inputs.forEach((seed, i) => {
      const ss = new SeedSequence(seed);
      expect(Array.from(ss.generateState(4, "uint32"))).toEqual(outputs[i]);
      expect(Array.from(ss.generateState(2, "uint64"))).toEqual(outputs64[i]);
    });
  });

  test("zero padding: 42 and 42 << 32 differ; 42 keeps its 0.17 stream; spawn keys change it", () => {
    const a = Array.from(new SeedSequence(42).generateState(4, "uint32"));
    expect(a).toEqual([3444837047, 2669555309, 2046530742, 3581440988]);
    expect(Array.from(new SeedSequence(42n << 32n).generateState(4, "uint32"))).not.toEqual(a);
    expect(Array.from(new SeedSequence(42, { spawnKey: [0] }).generateState(4, "uint32"))).not.toEqual(a);
  });
});
