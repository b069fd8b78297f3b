// Reductions of 1e6 elements: ndwasm (NumPy's pairwise rounding, SIMD) vs NumPy vs idiomatic
// pure-JS loops (a running sum: faster to write, less accurate than pairwise summation).
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";
import { jsArgmax, jsMax, jsSum, jsSumAxis0, jsSumAxis1 } from "./pure-js.mjs";

const N = 1000;

export default async function () {
  nd.random.seed(0);
  const a = nd.random.rand(N, N);
  const flat = a.reshape(N * N);
  const t = a.T;
  const ints = nd.random.randint(-1000, 1000, [N * N]);
  const ja = a.toTypedArray();
  const ji = ints.toTypedArray();
  const time = (f) => () => f().dispose();

  const js = await timeJs({
    sum: time(() => flat.sum()),
    "sum js": () => jsSum(ja),
    mean: time(() => flat.mean()),
    max: time(() => flat.max()),
    "max js": () => jsMax(ja),
    argmax: time(() => flat.argmax()),
    "argmax js": () => jsArgmax(ja),
    axis0: time(() => a.sum(0)),
    "axis0 js": () => jsSumAxis0(ja, N, N),
    axis1: time(() => a.sum(1)),
    "axis1 js": () => jsSumAxis1(ja, N, N),
    transposed: time(() => t.sum()),
    int: time(() => ints.sum()),
    "int js": () => jsSum(ji),
  });
  const np = timeNumpy(
    `np.random.seed(0); a = np.random.rand(${N}, ${N}); flat = a.reshape(-1); aT = a.T; ints = np.random.randint(-1000, 1000, ${N * N})`,
    {
      sum: "flat.sum()",
      mean: "flat.mean()",
      max: "flat.max()",
      argmax: "flat.argmax()",
      axis0: "a.sum(0)",
      axis1: "a.sum(1)",
      transposed: "aT.sum()",
      int: "ints.sum()",
    },
  );
  const row = (name, key, jsKey) => ({ name, times: { ndwasm: js[key], numpy: np[key], ...(jsKey ? { "pure JS": js[jsKey] } : {}) } });
  report(`reductions, ${N * N} elements`, [
    row("sum, float64", "sum", "sum js"),
    row("mean, float64", "mean"),
    row("max, float64", "max", "max js"),
    row("argmax, float64", "argmax", "argmax js"),
    row("sum axis 0, (1000, 1000)", "axis0", "axis0 js"),
    row("sum axis 1, (1000, 1000)", "axis1", "axis1 js"),
    row("sum of a transposed view", "transposed"),
    row("sum, int32 (NumPy int64)", "int", "int js"),
  ]);
  for (const x of [a, flat, t, ints]) x.dispose();
}
