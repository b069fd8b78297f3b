// The element-wise transcendental ufuncs (vector kernels in assembly/vexp.ts, vlog.ts, vtanh.ts,
// vtrig.ts) against correctly rounded results (mpmath, make_vmath.py) over each function's whole
// range: subnormals, near 0, near overflow, near multiples of π/2, huge arguments and the special
// values, whose results (NaN, ±inf, the sign of zero) must be NumPy's exactly.
// Transcendental results cannot be bit-exact: each is checked to be within BOUND ulp of the
// correctly rounded value. The kernels' worst errors, measured by test/scripts/vmath_soak64.py and
// vmath-soak.mjs, are below 1.2 ulp of the exact value (tanh f64 1.17, exp 1.08, the others under
// 1), so at most 1 ulp from the correctly rounded one, in both the SIMD and relaxed-SIMD builds.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { Encoded, decode, loadFixture } from "./support/fixtures.js";

const fixture = loadFixture<{ cases: Record<string, { x: Encoded[]; y: Encoded[] }> }>("vmath");

const UFUNCS = { exp: nd.exp, log: nd.log, tanh: nd.tanh, sin: nd.sin, cos: nd.cos, tan: nd.tan };
type Name = keyof typeof UFUNCS;

// Largest distance, in ulp, from the correctly rounded result allowed at any point.
const BOUND = 1;

/**
 * Distance in units in the last place between two numbers of one format; NaN, the infinities and
 * the sign of zero must match exactly (anything else is infinitely far).
 */
function ulpDistance(got: number, want: number, f32: boolean): number {
  if (Number.isNaN(want) || Number.isNaN(got)) return Number.isNaN(want) && Number.isNaN(got) ? 0 : Infinity;
  if (!Number.isFinite(want) || !Number.isFinite(got) || want === 0 || got === 0) return Object.is(got, want) ? 0 : Infinity;
  const key = (x: number): bigint => {
    if (f32) {
      const i = new Int32Array(new Float32Array([x]).buffer)[0]!;
      return BigInt(i < 0 ? -(i & 0x7fffffff) : i);
    }
    const i = new BigInt64Array(new Float64Array([x]).buffer)[0]!;
    return i < 0n ? -(i & 0x7fffffffffffffffn) : i;
  };
  const d = key(got) - key(want);
  return Number(d < 0n ? -d : d);
}

function values(a: nd.NDArray): number[] {
  return Array.from(a.toTypedArray() as Float64Array | Float32Array);
}

const sameBits = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe.each(Object.keys(fixture.cases))("%s", (key) => {
  const [name, dtype] = key.split(" ") as [Name, "float64" | "float32"];
  const f = UFUNCS[name];
  const xs = fixture.cases[key]!.x.map(decode);
  const ys = fixture.cases[key]!.y.map(decode);
  const f32 = dtype === "float32";

  test(`within ${BOUND} ulp of the correctly rounded result at all ${xs.length} points`, () => {
    const x = nd.array(Float64Array.from(xs), dtype);
    const out = f(x);
    expect(out.dtype).toBe(dtype);
    const got = values(out);
    let worst = 0;
    xs.forEach((v, i) => {
      const d = ulpDistance(got[i]!, ys[i]!, f32);
      if (d > BOUND) expect.fail(`${name}(${Object.is(v, -0) ? "-0" : v}) = ${got[i]}, correctly rounded ${ys[i]} (${d} ulp)`);
      worst = Math.max(worst, d);
    });
    expect(worst).toBeLessThanOrEqual(BOUND);
    x.dispose();
    out.dispose();
  });

  test("special values exactly as NumPy", () => {
    const special = xs.flatMap((v, i) => (!Number.isFinite(v) || v === 0 || (name === "log" && v < 0) ? [i] : []));
    expect(special.length).toBeGreaterThanOrEqual(5);
    const x = nd.array(special.map((i) => xs[i]!), dtype);
    const out = f(x);
    values(out).forEach((v, j) => expect(sameBits(v, ys[special[j]!]!), `${name}(${xs[special[j]!]})`).toBe(true));
    x.dispose();
    out.dispose();
  });

  test("strided, reversed and transposed views give the contiguous loop's bits", () => {
    const before = nd.memory();
    nd.tidy(() => {
      const x = nd.array(Float64Array.from(xs), dtype);
      const contiguous = values(f(x));
      // Every third element of a larger array; the others are values that take other paths.
      const spread = new Float64Array(3 * xs.length).fill(NaN);
      xs.forEach((v, i) => {
        spread[3 * i] = v;
        spread[3 * i + 1] = -1e300;
      });
      const strided = values(f(nd.array(spread, dtype).slice("::3")));
      const reversed = values(f(x.slice("::-1"))).reverse();
      // A transposed (7, m) block: the outer-axes loop over strided rows of odd length.
      const m = Math.floor(xs.length / 7);
      const transposed = values(f(x.slice(`:${7 * m}`).reshape(m, 7).T).T.flatten());
      contiguous.forEach((v, i) => {
        if (!sameBits(strided[i]!, v)) expect.fail(`strided ${name}(${xs[i]}) = ${strided[i]}, contiguous ${v}`);
        if (!sameBits(reversed[i]!, v)) expect.fail(`reversed ${name}(${xs[i]}) = ${reversed[i]}, contiguous ${v}`);
        if (i < 7 * m && !sameBits(transposed[i]!, v)) expect.fail(`transposed ${name}(${xs[i]}) = ${transposed[i]}, contiguous ${v}`);
      });
    });
    expect(nd.memory()).toEqual(before);
  });
});
