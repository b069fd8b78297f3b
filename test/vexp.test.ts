// The kernels' vectorised exp (assembly/vexp.ts) against correctly rounded values (Python's
// decimal, 50 digits, make_nn.py): at most 1 ulp apart over the whole range, so the error is
// below 1.5 ulp (the brief's bound is 2), subnormal results, overflow, ±inf and NaN included.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { K } from "../src/nn/common.js";
import { decodeAll, fixture, ulps } from "./support/nn.js";
import { numbers } from "./support/numbers.js";

function vexp(xs: readonly number[], dtype: "float64" | "float32", step = 1): number[] {
  const a = nd.array(Float64Array.from(xs), dtype);
  const out = nd.zeros([xs.length], dtype);
  const size = dtype === "float64" ? 8 : 4;
  // step > 1 reads every element through the strided (scalar) path instead of the vector loop.
  const n = Math.floor(xs.length / step);
  K[dtype === "float64" ? "vexp_f64" : "vexp_f32"](out.ptr, a.ptr, n, size * step, size * step, 0);
  const got = numbers(out);
  a.dispose();
  out.dispose();
  return step === 1 ? got : got.filter((_, i) => i % step === 0).slice(0, n);
}

describe.each([
  ["float64", fixture.exp.f64],
  ["float32", fixture.exp.f32],
] as const)("vexp %s", (dtype, data: { x: (number | string)[]; exp: (number | string)[] }) => {
  const xs = decodeAll(data.x);
  const ref = decodeAll(data.exp);
  const f32 = dtype === "float32";

  test(`within 1 ulp of the correctly rounded exp at ${xs.length} points`, () => {
    const got = vexp(xs, dtype);
    let worst = 0;
    xs.forEach((x, i) => {
      const d = ulps(got[i]!, ref[i]!, f32);
      if (d > 1) expect.fail(`exp(${x}) = ${got[i]}, correctly rounded ${ref[i]} (${d} ulp)`);
      worst = Math.max(worst, d);
    });
    expect(worst).toBeLessThanOrEqual(1);
  });

  test("the scalar path gives the same bits as the vector lanes", () => {
    const vector = vexp(xs, dtype);
    const scalar = vexp(xs, dtype, 2);
    scalar.forEach((v, i) => expect(Object.is(v, vector[2 * i]) || (Number.isNaN(v) && Number.isNaN(vector[2 * i]))).toBe(true));
  });

  test("specials: ±0 → 1, +inf → inf, −inf → 0, NaN → NaN, overflow → inf, underflow → 0", () => {
    const big = f32 ? 89 : 710;
    const small = f32 ? -104 : -746;
    expect(vexp([0, -0, Infinity, -Infinity, NaN, big, small, 1e300, -1e300], dtype)).toEqual([1, 1, Infinity, 0, NaN, Infinity, 0, Infinity, 0]);
  });
});
