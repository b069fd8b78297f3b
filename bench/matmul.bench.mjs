// Matrix products: ndwasm vs an idiomatic pure-JS i-k-j loop vs tfjs-backend-wasm (XNNPACK,
// SIMD, one thread; float32 only) vs NumPy (OpenBLAS, one thread). Square products for
// n = 64 … 1024 in both float types, batched and broadcast stacks, and the notebook's shapes;
// then the floors, as ratios measured side by side in this run.
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";
import { importPeer } from "./peers.mjs";
import { jsMatmul } from "./pure-js.mjs";

const quick = process.argv.includes("--quick");

/** Median ms per call for slow tasks: a few iterations rather than tinybench's default 64. */
const timeFew = (tasks, iterations = quick ? 3 : 8) => timeJs(tasks, { iterations });

async function loadTfjs() {
  try {
    const tf = await importPeer("@tensorflow/tfjs-core");
    const wasm = await importPeer("@tensorflow/tfjs-backend-wasm");
    wasm.setThreadsCount(1);
    await tf.setBackend("wasm");
    await tf.ready();
    return tf;
  } catch (e) {
    console.log(`(tfjs-backend-wasm unavailable: ${e.message})`);
    return null;
  }
}

const SIZES = [64, 256, 512, 1024];
const DTYPES = { float64: { T: Float64Array, np: "np.float64" }, float32: { T: Float32Array, np: "np.float32" } };

export default async function () {
  console.log(
    nd.features.relaxedSimd
      ? "\nndwasm kernels: relaxed SIMD (f64x2.relaxed_madd, fused multiply-add)"
      : "\nndwasm kernels: SIMD128 (mul + add); run node --experimental-wasm-relaxed-simd bench/run.mjs matmul for the relaxed build",
  );
  const tf = await loadTfjs();
  nd.random.seed(0);
  const rows = [];
  const np = timeNumpy(
    `rng = np.random.default_rng(0)
sq = {(d, n): (rng.random((n, n)).astype(d), rng.random((n, n)).astype(d)) for d in ("float64", "float32") for n in ${JSON.stringify(SIZES)}}
b4 = rng.random((1000, 4, 4)); b16 = rng.random((1000, 16, 16)); b16f = b16.astype(np.float32)
s64 = rng.random((100, 64, 64)); w64 = rng.random((64, 64))
x4 = rng.random((2, 1, 3, 4)); y4 = rng.random((1, 5, 4, 6))
A = np.array([[[1, 2, 3, 4], [3, 4, 1, 3]], [[1, 2, 3, 4], [3, 4, 1, 3]]]); B = np.array([[3, 4, 1], [1, 3, 1], [1, 2, 1], [3, 4, 1]])
Af = A.astype(np.float64); Bf = B.astype(np.float64)
R6 = rng.random((3, 4, 5, 5, 6, 3)); R2 = rng.random((3, 2))
mv = rng.random((1000, 1000)); v = rng.random(1000)`,
    {
      ...Object.fromEntries(SIZES.flatMap((n) => ["float64", "float32"].map((d) => [`${d} ${n}`, `sq[("${d}", ${n})][0] @ sq[("${d}", ${n})][1]`]))),
      b4: "b4 @ b4",
      b16: "b16 @ b16",
      b16f: "b16f @ b16f",
      s64: "s64 @ w64",
      x4: "x4 @ y4",
      seedInt: "A @ B",
      seedFloat: "Af @ Bf",
      seed6: "R6 @ R2",
      matvec: "mv @ v",
      vecmat: "v @ mv",
    },
  );

  // Square products.
  for (const [dtype, { T }] of Object.entries(DTYPES)) {
    for (const n of SIZES) {
      const a = nd.random.rand(n, n).astype(dtype);
      const b = nd.random.rand(n, n).astype(dtype);
      const ja = a.toTypedArray();
      const jb = b.toTypedArray();
      const tasks = { ndwasm: () => a.matmul(b).dispose() };
      if (n <= 512) tasks["pure JS"] = () => jsMatmul(ja, jb, n, n, n, T);
      let ta, tb;
      if (tf && dtype === "float32") {
        ta = tf.tensor2d(ja, [n, n]);
        tb = tf.tensor2d(jb, [n, n]);
        tasks["tfjs-wasm"] = () => tf.matMul(ta, tb).dispose();
      }
      const times = n >= 256 ? await timeFew(tasks, n === 256 ? 30 : undefined) : await timeJs(tasks);
      rows.push({ name: `${dtype} ${n}×${n} @ ${n}×${n}`, flops: 2 * n ** 3, times: { ...times, numpy: np[`${dtype} ${n}`] } });
      a.dispose();
      b.dispose();
      ta?.dispose();
      tb?.dispose();
    }
  }
  report("matmul, square", rows);

  // Batched, broadcast and vector products; the notebook's shapes.
  const r = (...shape) => nd.random.rand(...shape);
  const b4 = r(1000, 4, 4), b16 = r(1000, 16, 16), b16f = b16.astype("float32"), s64 = r(100, 64, 64), w64 = r(64, 64);
  const x4 = r(2, 1, 3, 4), y4 = r(1, 5, 4, 6), R6 = r(3, 4, 5, 5, 6, 3), R2 = r(3, 2), mv = r(1000, 1000), v = r(1000);
  const A = nd.array([[[1, 2, 3, 4], [3, 4, 1, 3]], [[1, 2, 3, 4], [3, 4, 1, 3]]]);
  const B = nd.array([[3, 4, 1], [1, 3, 1], [1, 2, 1], [3, 4, 1]]);
  const Af = A.astype("float64"), Bf = B.astype("float64");
  const tasks = {
    b4: () => b4.matmul(b4).dispose(),
    b16: () => b16.matmul(b16).dispose(),
    b16f: () => b16f.matmul(b16f).dispose(),
    s64: () => s64.matmul(w64).dispose(),
    x4: () => x4.matmul(y4).dispose(),
    seedInt: () => A.matmul(B).dispose(),
    seedFloat: () => Af.matmul(Bf).dispose(),
    seed6: () => R6.matmul(R2).dispose(),
    matvec: () => mv.matmul(v).dispose(),
    vecmat: () => v.matmul(mv).dispose(),
  };
  const js = await timeJs(tasks);
  let tfb16;
  if (tf) {
    const t16 = tf.tensor3d(b16f.toTypedArray(), [1000, 16, 16]);
    tfb16 = (await timeJs({ b16f: () => tf.matMul(t16, t16).dispose() })).b16f;
    t16.dispose();
  }
  const small = [
    ["(1000,4,4) @ (1000,4,4) float64", "b4", 2 * 1000 * 64],
    ["(1000,16,16) @ (1000,16,16) float64", "b16", 2 * 1000 * 16 ** 3],
    ["(1000,16,16) @ (1000,16,16) float32", "b16f", 2 * 1000 * 16 ** 3, tfb16],
    ["(100,64,64) @ (64,64) float64", "s64", 2 * 100 * 64 ** 3],
    ["(2,1,3,4) @ (1,5,4,6) float64", "x4", 2 * 10 * 3 * 4 * 6],
    ["notebook (2,2,4) @ (4,3) int", "seedInt"],
    ["notebook (2,2,4) @ (4,3) float64", "seedFloat"],
    ["notebook (3,4,5,5,6,3) @ (3,2) float64", "seed6", 2 * 1800 * 3 * 2],
    ["(1000,1000) @ (1000,) float64", "matvec", 2e6],
    ["(1000,) @ (1000,1000) float64", "vecmat", 2e6],
  ];
  report(
    "matmul, batched, broadcast and small",
    small.map(([name, key, flops, tfTime]) => ({ name, flops, times: { ndwasm: js[key], numpy: np[key], ...(tfTime ? { "tfjs-wasm": tfTime } : {}) } })),
  );

  // The floors (ratios > 1 pass).
  const row = (name) => rows.find((x) => x.name.startsWith(name)).times;
  const f64 = row("float64 512"), f32 = row("float32 512");
  const floors = [
    ["float64 512: ≥ 0.30× NumPy", f64.numpy / f64.ndwasm / 0.3],
    ["float64 512: ≥ 15× pure JS", f64["pure JS"] / f64.ndwasm / 15],
    ["float32 512: ≥ 0.25× NumPy", f32.numpy / f32.ndwasm / 0.25],
    ["float32 512: faster than tfjs-wasm", f32["tfjs-wasm"] / f32.ndwasm],
    ["(2,2,4) @ (4,3): within 2× NumPy", np.seedInt / js.seedInt / 0.5],
  ];
  console.log("\n## matmul floors (margin = measured ratio / floor; ≥ 1 passes)\n");
  for (const [name, margin] of floors) console.log(`- ${name}: margin ${Number.isFinite(margin) ? margin.toFixed(2) : "n/a"} ${margin >= 1 ? "✓" : "✗"}`);
  [b4, b16, b16f, s64, w64, x4, y4, R6, R2, mv, v, A, B, Af, Bf].forEach((x) => x.dispose());
}
