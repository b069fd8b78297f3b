// Shared benchmark plumbing: tinybench for the JavaScript side, python3's timeit for NumPy
// (one thread), all in one run so ratios compare like with like on a noisy machine.

import { Bench } from "tinybench";
import { execFileSync } from "node:child_process";

const quick = process.argv.includes("--quick");

/**
 * Median milliseconds per call of each JS task, measured by tinybench: for `time` ms each, or for
 * a fixed number of `iterations` (slow tasks, where tinybench's 64-run minimum would take long).
 */
export async function timeJs(tasks, { time = quick ? 150 : 600, iterations } = {}) {
  const bench =
    iterations === undefined
      ? new Bench({ time, warmupTime: quick ? 50 : 200 })
      : new Bench({ time: 0, iterations, warmupIterations: 2, warmupTime: 0 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const out = {};
  for (const task of bench.tasks) {
    if (task.result.state !== "completed") throw new Error(`${task.name}: ${task.result.error ?? task.result.state}`);
    out[task.name] = task.result.latency.p50;
  }
  return out;
}

/**
 * Median milliseconds per call of NumPy statements, timed by timeit in one python3 process with
 * BLAS limited to one thread. `setup` runs once; `stmts` maps names to statements.
 */
export function timeNumpy(setup, stmts, { seconds = quick ? 0.15 : 0.6, env: extra = {} } = {}) {
  const script = `
import json, timeit, statistics
import numpy as np
${setup}
out = {}
for name, stmt in json.loads(${JSON.stringify(JSON.stringify(stmts))}).items():
    t = timeit.Timer(stmt, globals=globals())
    n, total = t.autorange()
    reps = max(3, int(${seconds} / max(total, 1e-9)))
    out[name] = statistics.median(t.repeat(repeat=min(reps, 25), number=n)) / n * 1e3
print(json.dumps(out))
`;
  const env = { ...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1", ...extra };
  return JSON.parse(execFileSync("python3", ["-c", script], { env, encoding: "utf8" }));
}

/** NumPy's AVX-512 dispatch targets on this machine, for NPY_DISABLE_CPU_FEATURES ("" without any). */
export function numpyAvx512() {
  const py = "from numpy._core._multiarray_umath import __cpu_features__ as f, __cpu_dispatch__ as d\nprint(' '.join(k for k in d if f.get(k) and (k.startswith('AVX512') or k == 'X86_V4')))";
  return execFileSync("python3", ["-c", py], { encoding: "utf8" }).trim();
}

export function numpyVersion() {
  return execFileSync("python3", ["-c", "import numpy; print(numpy.__version__)"], { encoding: "utf8" }).trim();
}

const fmtTime = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : ms >= 1e-3 ? `${(ms * 1e3).toFixed(2)} µs` : `${(ms * 1e6).toFixed(0)} ns`);

/**
 * Prints one table: a row per case, a column per contender (ms per call), and ratios of ndwasm
 * against the others (>1 means ndwasm is faster). `flops` (optional) adds GFLOP/s.
 */
export function report(title, rows, { baseline = "ndwasm" } = {}) {
  console.log(`\n## ${title}\n`);
  const contenders = [...new Set(rows.flatMap((r) => Object.keys(r.times)))];
  const others = contenders.filter((c) => c !== baseline);
  const header = ["case", ...contenders.map((c) => `${c}`), ...others.map((c) => `${baseline} vs ${c}`)];
  const lines = rows.map((r) => {
    const cells = contenders.map((c) => {
      const t = r.times[c];
      if (t === undefined) return "—";
      return r.flops ? `${fmtTime(t)} (${(r.flops / (t * 1e6)).toFixed(1)} GFLOP/s)` : fmtTime(t);
    });
    const ratios = others.map((c) => (r.times[c] && r.times[baseline] ? `${(r.times[c] / r.times[baseline]).toFixed(2)}×` : "—"));
    return [r.name, ...cells, ...ratios];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(row(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const l of lines) console.log(row(l));
}
