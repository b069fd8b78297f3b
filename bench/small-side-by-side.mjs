// The small-call floors, side by side: two builds of the library (say this checkout and main's,
// each bundled by esbuild from its src/index.ts) interleaved in one process on one thread, and
// NumPy warm in one python3 process. Times are CPU time per call (process.cpuUsage, Python's
// process_time), which a machine shared with other work disturbs far less than wall time.
//   esbuild src/index.ts --bundle --format=esm --platform=node --ignore-annotations --outfile=/tmp/a.mjs
//   (the same from the other checkout to /tmp/b.mjs), then node bench/small-side-by-side.mjs /tmp/a.mjs /tmp/b.mjs
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
const [pathB, pathM] = process.argv.slice(2).map((p) => pathToFileURL(resolve(p)).href);
const B = await import(pathB), M = await import(pathM);
B.setNumThreads(1);
const mk = (nd) => {
  nd.random.seed(0);
  const a2 = nd.array([[1, 2], [3, 4]], "float64"), b2 = nd.array([[5, 6], [7, 8]], "float64");
  const A = nd.array([[[1, 2, 3, 4], [3, 4, 1, 3]], [[1, 2, 3, 4], [3, 4, 1, 3]]]), Bm = nd.array([[3, 4, 1], [1, 3, 1], [1, 2, 1], [3, 4, 1]]);
  const s10 = nd.arange(10).astype("float64");
  const R6 = nd.random.rand(3, 4, 5, 5, 6, 3).astype("float32"), R2 = nd.random.rand(3, 2).astype("float32");
  const x5 = nd.random.rand(100000), y5 = nd.random.rand(100000);
  return {
    "2x2 add": [() => nd.add(a2, b2).dispose(), 300000],
    "(2,2,4)@(4,3)": [() => nd.matmul(A, Bm).dispose(), 100000],
    "sum of 10 f64": [() => nd.sum(s10).dispose(), 300000],
    "seed (3,4,5,5,6,3)@(3,2) f32": [() => nd.matmul(R6, R2).dispose(), 20000],
    "add 1e5 f64": [() => nd.add(x5, y5).dispose(), 3000],
  };
};
const fb = mk(B), fm = mk(M);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const res = {};
for (let r = 0; r < 7; r++) for (const k of Object.keys(fb)) for (const [who, F] of [["branch", fb], ["main", fm]]) {
  const [f, n] = F[k]; const t = cpu(); for (let i = 0; i < n; i++) f(); ((res[k] ??= { branch: [], main: [] })[who]).push((cpu() - t) / n);
}
const np = JSON.parse(execFileSync("python3", ["-c", `
import json, timeit, statistics, time
import numpy as np
A = np.array([[[1, 2, 3, 4], [3, 4, 1, 3]], [[1, 2, 3, 4], [3, 4, 1, 3]]]); B = np.array([[3, 4, 1], [1, 3, 1], [1, 2, 1], [3, 4, 1]])
a2 = np.array([[1., 2], [3, 4]]); b2 = np.array([[5., 6], [7, 8]]); s10 = np.arange(10.)
rng = np.random.default_rng(0); R6 = rng.random((3, 4, 5, 5, 6, 3)).astype(np.float32); R2 = rng.random((3, 2)).astype(np.float32)
x5 = rng.random(100000); y5 = rng.random(100000)
out = {}
for name, stmt, n in [("2x2 add", "np.add(a2, b2)", 300000), ("(2,2,4)@(4,3)", "A @ B", 100000), ("sum of 10 f64", "np.sum(s10)", 300000), ("seed (3,4,5,5,6,3)@(3,2) f32", "R6 @ R2", 20000), ("add 1e5 f64", "np.add(x5, y5)", 3000)]:
    t = timeit.Timer(stmt, globals=globals(), timer=time.process_time)
    out[name] = statistics.median(t.repeat(repeat=7, number=n)[1:]) / n * 1e3
print(json.dumps(out))`], { env: { ...process.env, OPENBLAS_NUM_THREADS: "1" }, encoding: "utf8" }));
const med = (x) => [...x.slice(1)].sort((a, b) => a - b)[3];
for (const k of Object.keys(fb)) {
  const b = med(res[k].branch), m = med(res[k].main);
  console.log(`${k.padEnd(30)} branch ${(b * 1e3).toFixed(3).padStart(9)} µs  main ${(m * 1e3).toFixed(3).padStart(9)} µs  branch/main ${(b / m).toFixed(3)}  NumPy ${(np[k] * 1e3).toFixed(3).padStart(9)} µs  ratio NumPy/branch ${(np[k] / b).toFixed(2)}×`);
}
process.exit(0);
