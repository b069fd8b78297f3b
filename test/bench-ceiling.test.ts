// bench/ceiling.bench.mjs compares the library's loops with variants of them: its "library" rows
// must run the library's own code. Compiled from bench/ceiling/, they give nd.tanh's, nd.sin's and
// nd.log's bits on inputs that reach every path (slow lanes, specials, both sides of tanh's 0.8).
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { compile } from "../bench/ceiling.bench.mjs";

describe("bench/ceiling", () => {
  test("its library rows give the library's bits", () => {
    const w = compile();
    const alloc = w.alloc as (bytes: number) => number;
    const f32 = [0.5, -0.79999995, 0.8, 3, -9.2, 1e-40, 0, -0, Infinity, NaN, 4096.5, 1e30, 1.5707964, -7.5, 0.1, 2];
    const f64 = [0.5, 1, 1 + 2 ** -40, 3e-310, 0, -1, Infinity, NaN, 7.25, 1e300, 0.9999, 2];
    const check = (name: string, dtype: "float32" | "float64", xs: number[], want: number[]): void => {
      const Arr = dtype === "float32" ? Float32Array : Float64Array;
      const a = alloc(xs.length * Arr.BYTES_PER_ELEMENT) >>> 0, o = alloc(xs.length * Arr.BYTES_PER_ELEMENT) >>> 0;
      new Arr(w.memory.buffer, a, xs.length).set(xs);
      (w[name] as (out: number, a: number, n: number) => void)(o, a, xs.length);
      const got = Array.from(new Arr(w.memory.buffer, o, xs.length));
      got.forEach((v, i) => expect(Object.is(v, want[i]) || (Number.isNaN(v) && Number.isNaN(want[i]!)), `${name}(${xs[i]}) = ${v}, nd gives ${want[i]}`).toBe(true));
    };
    nd.tidy(() => {
      check("tanh32_library", "float32", f32, Array.from(nd.tanh(nd.array(f32, "float32")).toTypedArray() as Float32Array));
      check("sin32_library", "float32", f32, Array.from(nd.sin(nd.array(f32, "float32")).toTypedArray() as Float32Array));
      check("log64_library", "float64", f64, Array.from(nd.log(nd.array(f64, "float64")).toTypedArray() as Float64Array));
    });
  }, 60_000);
});
