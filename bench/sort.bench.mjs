// Sorting, sets and order statistics through the public API: nd.sort / argsort / unique on 1e6
// elements and nd.median / percentile of (1000, 1000) by axis, vs NumPy (stable and default
// kinds, one thread) vs idiomatic pure JS. Every call returns a new array, disposed at once.
import * as nd from "../dist/index.js";
import { report, timeJs, timeNumpy } from "./harness.mjs";

const N = 1_000_000;
const M = 1000;

/** A deterministic uniform [0, 1) stream (mulberry32), so the inputs do not depend on Math.random. */
function uniform(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const run = (f) => () => {
  const r = f();
  if (r instanceof nd.NDArray) r.dispose();
};

/** Per-row (axis 1) or per-column (axis 0) median of a row-major M × M Float64Array, in plain JS. */
function jsMedian(data, axis) {
  const out = new Float64Array(M);
  const row = new Float64Array(M);
  for (let r = 0; r < M; r++) {
    for (let i = 0; i < M; i++) row[i] = axis === 1 ? data[r * M + i] : data[i * M + r];
    row.sort();
    out[r] = (row[M / 2 - 1] + row[M / 2]) / 2;
  }
  return out;
}

export default async function () {
  const r = uniform(1);
  const f = Float64Array.from({ length: N }, () => r());
  // int64 over the whole range (53 random bits, signed) and labels in [0, 1e5).
  const wide = BigInt64Array.from({ length: N }, () => BigInt(Math.floor((r() - 0.5) * 2 ** 53)));
  const labels = BigInt64Array.from({ length: N }, () => BigInt(Math.floor(r() * 1e5)));
  const mData = Float64Array.from({ length: M * M }, () => r());
  const fArr = Array.from(f);
  const wideNum = Array.from(wide, Number);
  const labelNum = Array.from(labels, Number);

  const F = nd.array(f);
  const W = nd.array(wide);
  const L = nd.array(labels);
  const Mx = nd.array(mData).reshape(M, M);

  const fast = await timeJs(
    {
      "sort f64": run(() => nd.sort(F)),
      "sort i64": run(() => nd.sort(W)),
      "argsort f64": run(() => nd.argsort(F)),
      unique: run(() => nd.unique(L)),
      "unique wide": run(() => nd.unique(W)),
      "median 0": run(() => nd.median(Mx, 0)),
      "median 1": run(() => nd.median(Mx, 1)),
      "percentile 1": run(() => nd.percentile(Mx, [10, 90], 1)),
    },
    { iterations: 15 },
  );
  // The pure-JS contenders take up to seconds per call: a few runs each.
  const slow = await timeJs(
    {
      "sort f64 typed": () => Float64Array.from(f).sort(),
      "sort f64 array": () => fArr.slice().sort((a, b) => a - b),
      "sort i64 typed": () => BigInt64Array.from(wide).sort(),
      "sort i64 array": () => wideNum.slice().sort((a, b) => a - b),
      "argsort f64 array": () => Array.from({ length: N }, (_, i) => i).sort((i, j) => f[i] - f[j]),
      "unique set": () => Array.from(new Set(labelNum)).sort((a, b) => a - b),
      "unique wide set": () => Array.from(new Set(wideNum)).sort((a, b) => a - b),
      "median 0 js": () => jsMedian(mData, 0),
      "median 1 js": () => jsMedian(mData, 1),
    },
    { iterations: 4 },
  );
  const js = { ...fast, ...slow };
  const np = timeNumpy(
    `rng = np.random.default_rng(1); f = rng.random(${N}); wide = rng.integers(-2**52, 2**52, ${N}); labels = rng.integers(0, 100000, ${N}); m = rng.random((${M}, ${M}))`,
    {
      "sort f64": "np.sort(f, kind='stable')",
      "sort f64 default": "np.sort(f)",
      "sort i64": "np.sort(wide, kind='stable')",
      "sort i64 default": "np.sort(wide)",
      "argsort f64": "np.argsort(f, kind='stable')",
      "argsort f64 default": "np.argsort(f)",
      unique: "np.unique(labels)",
      "unique wide": "np.unique(wide)",
      "median 0": "np.median(m, axis=0)",
      "median 1": "np.median(m, axis=1)",
      "percentile 1": "np.percentile(m, [10, 90], axis=1)",
    },
  );
  const row = (name, key, jsKeys = []) => ({
    name,
    times: {
      ndwasm: js[key],
      "NumPy stable": np[key],
      "NumPy default": np[`${key} default`],
      "JS typed sort": js[jsKeys[0]],
      "JS comparator": js[jsKeys[1]],
    },
  });
  report(`sorting and unique, ${N} elements (nd.sort, nd.argsort, nd.unique)`, [
    row("sort float64", "sort f64", ["sort f64 typed", "sort f64 array"]),
    row("sort int64", "sort i64", ["sort i64 typed", "sort i64 array"]),
    row("argsort float64", "argsort f64", [undefined, "argsort f64 array"]),
    { name: "unique int64 in [0, 1e5)", times: { ndwasm: js.unique, "NumPy default": np.unique, "JS comparator": js["unique set"] } },
    { name: "unique int64, wide", times: { ndwasm: js["unique wide"], "NumPy default": np["unique wide"], "JS comparator": js["unique wide set"] } },
  ]);
  report(`order statistics of (${M}, ${M}) float64`, [
    { name: "median, axis 0", times: { ndwasm: js["median 0"], "NumPy default": np["median 0"], "JS typed sort": js["median 0 js"] } },
    { name: "median, axis 1", times: { ndwasm: js["median 1"], "NumPy default": np["median 1"], "JS typed sort": js["median 1 js"] } },
    { name: "percentile [10, 90], axis 1", times: { ndwasm: js["percentile 1"], "NumPy default": np["percentile 1"] } },
  ]);
  console.log("\nnp.unique runs NumPy's hash-based path (values only); for unique, \"JS comparator\" is new Set + sort. The JS median sorts each row (typed sort).");
  for (const a of [F, W, L, Mx]) a.dispose();
}
