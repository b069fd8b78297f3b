// NumPy through python3 for `npm run bench`: two long-lived worker processes (numpy_worker.py),
// one with BLAS held to one thread and one with all threads, fed the same input bytes as every
// other implementation. Absent python3 or NumPy, `startNumpy` returns null and the run says so.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("numpy_worker.py", import.meta.url));
const ONE_THREAD = { OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };

/** numpy.__version__ and the BLAS it calls, or null when python3 or NumPy is missing. */
export function numpyInfo() {
  try {
    const out = execFileSync("python3", ["-c", "import json, numpy as np; c = np.show_config(mode='dicts'); b = c.get('Build Dependencies', {}).get('blas', {}); print(json.dumps([np.__version__, b.get('name', '?') + ' ' + b.get('version', '')]))"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const [version, blas] = JSON.parse(out);
    return { version, blas: blas.trim() };
  } catch {
    return null;
  }
}

function worker(env) {
  const child = spawn("python3", [script], { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on("line", (line) => waiting.shift()?.(JSON.parse(line)));
  return {
    call(msg) {
      return new Promise((resolve, reject) => {
        waiting.push((reply) => (reply.error ? reject(new Error(reply.error)) : resolve(reply)));
        child.stdin.write(JSON.stringify(msg) + "\n");
      });
    },
    close: () => child.stdin.end(),
  };
}

/**
 * The NumPy side: `load(case, raw)` hands a case's inputs to both workers, `run(stmt)` returns
 * NumPy's result as a Float64Array, `time(stmt, threads, budget)` its warm median in seconds.
 */
export function startNumpy() {
  const info = numpyInfo();
  if (!info) return null;
  const dir = mkdtempSync(join(tmpdir(), "ndwasm-bench-"));
  const workers = { one: worker(ONE_THREAD), all: null };
  return {
    info,
    async load(c, raw) {
      const inputs = Object.entries(raw).map(([name, x]) => {
        const path = join(dir, `${name}.bin`);
        writeFileSync(path, new Uint8Array(x.data.buffer, x.data.byteOffset, x.data.byteLength));
        return { name, path, dtype: x.dtype, shape: x.shape };
      });
      const msg = { cmd: "load", inputs, setup: c.numpySetup ?? "" };
      await workers.one.call(msg);
      if (c.blas) await (workers.all ??= worker({})).call(msg);
    },
    async run(stmt) {
      const out = join(dir, "out.bin");
      await workers.one.call({ cmd: "run", stmt, out });
      const bytes = readFileSync(out);
      return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
    },
    async time(stmt, allThreads, budget) {
      return (allThreads ? workers.all : workers.one).call({ cmd: "time", stmt, budget });
    },
    close() {
      workers.one.close();
      workers.all?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
