// Sorting and sets on 1e6 elements: the WASM kernels (called directly until nd.sort / argsort /
// unique are wired) vs NumPy (stable and default kinds) vs idiomatic pure JS.
// Every contender copies its input first, as np.sort does: the kernels sort in place.
import { wasm } from "../dist/backend/wasm/module.js";
import { argsortWorkspaceBytes, sortWorkspaceBytes } from "../dist/ops/sort-plan.js";
import { report, timeJs, timeNumpy } from "./harness.mjs";

const N = 1_000_000;

function block(bytes) {
  return wasm.alloc(bytes) >>> 0;
}

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

export default async function () {
  const r = uniform(1);
  const f = Float64Array.from({ length: N }, () => r());
  // int64 over the whole range (53 random bits, signed) and labels in [0, 1e5).
  const wide = BigInt64Array.from({ length: N }, () => BigInt(Math.floor((r() - 0.5) * 2 ** 53)));
  const labels = BigInt64Array.from({ length: N }, () => BigInt(Math.floor(r() * 1e5)));
  const fArr = Array.from(f);
  const wideNum = Array.from(wide, Number);
  const labelNum = Array.from(labels, Number);

  const data = block(N * 8);
  const out = block(N * 8);
  const flags = block(N);
  const uniq = block(N * 8);
  const work = block(argsortWorkspaceBytes("float64", N));
  if (sortWorkspaceBytes("int64", N) > argsortWorkspaceBytes("float64", N)) throw new Error("workspace");
  const f64 = () => new Float64Array(wasm.memory.buffer, data, N);
  const i64 = () => new BigInt64Array(wasm.memory.buffer, data, N);
  const k = wasm;

  const unique = (src) => () => {
    i64().set(src);
    k.sort_i64(data, 1, N, work);
    const m = k.unique_flags_i64(data, 0, N, flags, 1);
    k.unique_values_i64(data, 0, flags, N, uniq);
    return m;
  };
  const fast = await timeJs(
    {
      "sort f64": () => (f64().set(f), k.sort_f64(data, 1, N, work)),
      "sort i64": () => (i64().set(wide), k.sort_i64(data, 1, N, work)),
      "argsort f64": () => (f64().set(f), k.argsort_f64(data, 1, N, out, work)),
      unique: unique(labels),
      "unique wide": unique(wide),
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
    },
    { iterations: 4 },
  );
  const js = { ...fast, ...slow };
  const np = timeNumpy(
    `rng = np.random.default_rng(1); f = rng.random(${N}); wide = rng.integers(-2**52, 2**52, ${N}); labels = rng.integers(0, 100000, ${N})`,
    {
      "sort f64": "np.sort(f, kind='stable')",
      "sort f64 default": "np.sort(f)",
      "sort i64": "np.sort(wide, kind='stable')",
      "sort i64 default": "np.sort(wide)",
      "argsort f64": "np.argsort(f, kind='stable')",
      "argsort f64 default": "np.argsort(f)",
      unique: "np.unique(labels)",
      "unique wide": "np.unique(wide)",
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
  report(`sorting and unique, ${N} elements`, [
    row("sort float64", "sort f64", ["sort f64 typed", "sort f64 array"]),
    row("sort int64", "sort i64", ["sort i64 typed", "sort i64 array"]),
    row("argsort float64", "argsort f64", [undefined, "argsort f64 array"]),
    { name: "unique int64 in [0, 1e5)", times: { ndwasm: js.unique, "NumPy default": np.unique, "JS comparator": js["unique set"] } },
    { name: "unique int64, wide", times: { ndwasm: js["unique wide"], "NumPy default": np["unique wide"], "JS comparator": js["unique wide set"] } },
  ]);
  console.log("\nnp.unique runs NumPy's hash-based path (values only); for unique, \"JS comparator\" is new Set + sort.");
  for (const p of [data, out, flags, uniq, work]) wasm.free(p);
}
