// The worker pool: ndwasm at one thread and at every core against NumPy on one thread (OpenBLAS
// limited to one), side by side in this run; then the threading floors as margins.
import { cpus } from "node:os";
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";

const quick = process.argv.includes("--quick");
const timeFew = (tasks, iterations = quick ? 4 : 12) => timeJs(tasks, { iterations });

export default async function () {
  const N = nd.features.threads ? cpus().length : 1;
  console.log(`\nndwasm threads: ${nd.features.threads ? `worker pool, ${N} threads` : "unavailable (one thread)"}; kernels ${nd.features.relaxedSimd ? "relaxed SIMD" : "SIMD128"}`);
  const np = timeNumpy(
    `rng = np.random.default_rng(0)
a64 = rng.random((1024, 1024)); b64 = rng.random((1024, 1024))
a32 = a64.astype(np.float32); b32 = b64.astype(np.float32)
m = rng.random((1000, 1000)); v = rng.random(1000)
s3 = rng.random((200, 64, 64)); w = rng.random((64, 64))`,
    { f64: "a64 @ b64", f32: "a32 @ b32", add: "m + v", batch: "s3 @ w" },
  );
  nd.random.seed(0);
  const a64 = nd.random.rand(1024, 1024), b64 = nd.random.rand(1024, 1024);
  const a32 = a64.astype("float32"), b32 = b64.astype("float32");
  const m = nd.random.rand(1000, 1000), v = nd.random.rand(1000);
  const s3 = nd.random.rand(200, 64, 64), w = nd.random.rand(64, 64);
  const at = (threads, f) => () => {
    nd.setNumThreads(threads);
    f();
  };
  // Start the pool and let its workers come up before timing.
  nd.setNumThreads(N);
  for (let i = 0; i < 20; i++) nd.add(m, v).dispose();
  await new Promise((r) => setTimeout(r, 200));
  const cases = [
    ["matmul 1024² float64", "f64", () => a64.matmul(b64).dispose(), 2 * 1024 ** 3, timeFew],
    ["matmul 1024² float32", "f32", () => a32.matmul(b32).dispose(), 2 * 1024 ** 3, timeFew],
    ["(200,64,64) @ (64,64) float64", "batch", () => s3.matmul(w).dispose(), 2 * 200 * 64 ** 3, timeJs],
    ["(1000,1000) + (1000,) float64", "add", () => nd.add(m, v).dispose(), undefined, timeJs],
  ];
  const rows = [];
  for (const [name, key, f, flops, time] of cases) {
    const t = await time({ "1 thread": at(1, f), [`${N} threads`]: at(N, f) });
    rows.push({ name, flops, times: { [`${N} threads`]: t[`${N} threads`], "1 thread": t["1 thread"], numpy: np[key] } });
  }
  nd.setNumThreads(N);
  report(`threads (${N} threads vs 1 thread vs NumPy one thread)`, rows, { baseline: `${N} threads` });
  const t = (name) => rows.find((r) => r.name.startsWith(name)).times;
  const f64 = t("matmul 1024² float64"), f32 = t("matmul 1024² float32"), add = t("(1000,1000)");
  const many = `${N} threads`;
  const floors = [
    [`matmul 1024² float64, ${N} threads: ≥ 0.70× NumPy one thread`, f64.numpy / f64[many] / 0.7],
    [`matmul 1024² float32, ${N} threads: ≥ 0.70× NumPy one thread`, f32.numpy / f32[many] / 0.7],
    ...(nd.features.relaxedSimd ? [[`matmul 1024² float64 relaxed SIMD, ${N} threads: ≥ 0.90× NumPy one thread`, f64.numpy / f64[many] / 0.9]] : []),
    [`matmul 1024² float64: ${N}-thread speed-up ≥ 1.6×`, f64["1 thread"] / f64[many] / 1.6],
    [`(1000,1000) + (1000,): ${N}-thread speed-up ≥ 1.6×`, add["1 thread"] / add[many] / 1.6],
  ];
  console.log("\n## threading floors (margin = measured ratio / floor; ≥ 1 passes)\n");
  for (const [name, margin] of floors) console.log(`- ${name}: margin ${margin.toFixed(2)} ${margin >= 1 ? "✓" : "✗"}`);
  [a64, b64, a32, b32, m, v, s3, w].forEach((x) => x.dispose());
}
