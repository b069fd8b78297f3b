// The lane-parallel maths (assembly/math/) on 1e6 contiguous float64 and float32 elements: the
// kernels math_<fn>_f64 / _f32 (output preallocated), NumPy in one long-lived python3 process
// (each case warmed up first, output preallocated with out=, as a notebook runs it), and an
// idiomatic JS loop over Math.* into a preallocated typed array.
// Run: npm run build && node bench/run.mjs vmath [--quick]   (or node bench/vmath.bench.mjs)
// Runs the kernels of build/ndwasm.relaxed.wasm where the engine validates relaxed SIMD (Node 22+,
// or Node 20 with --experimental-wasm-relaxed-simd), build/ndwasm.wasm's otherwise; --plain forces
// the latter.
import { readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { report, timeJs } from "./harness.mjs";

const N = 1_000_000;
const quick = process.argv.includes("--quick");

// name: [lo, hi] of the uniform inputs (both operands for binary functions), and the JS form.
const UNARY = {
  exp: [[-5, 5], "Math.exp(x)"],
  log: [[0, 10], "Math.log(x)"],
  sin: [[-5, 5], "Math.sin(x)"],
  cos: [[-5, 5], "Math.cos(x)"],
  tanh: [[-5, 5], "Math.tanh(x)"],
  exp2: [[-5, 5], "2 ** x"],
  expm1: [[-5, 5], "Math.expm1(x)"],
  log2: [[0, 10], "Math.log2(x)"],
  log10: [[0, 10], "Math.log10(x)"],
  log1p: [[0, 10], "Math.log1p(x)"],
  sinh: [[-5, 5], "Math.sinh(x)"],
  cosh: [[-5, 5], "Math.cosh(x)"],
  arcsin: [[-0.9, 0.9], "Math.asin(x)"],
  arccos: [[-0.9, 0.9], "Math.acos(x)"],
  arctan: [[-5, 5], "Math.atan(x)"],
  arcsinh: [[-5, 5], "Math.asinh(x)"],
  arccosh: [[1, 11], "Math.acosh(x)"],
  arctanh: [[-0.9, 0.9], "Math.atanh(x)"],
  cbrt: [[-5, 5], "Math.cbrt(x)"],
};
const BINARY = {
  arctan2: [[-5, 5], "Math.atan2(x, y)"],
  hypot: [[-5, 5], "Math.hypot(x, y)"],
  logaddexp: [[-5, 5], "Math.max(x, y) + Math.log1p(Math.exp(-Math.abs(x - y)))"],
  logaddexp2: [[-5, 5], "Math.max(x, y) + Math.log1p(2 ** -Math.abs(x - y)) / Math.LN2"],
  power: [[0, 5], "x ** y"],
};

function loadKernels() {
  const root = new URL("../", import.meta.url);
  const relaxed = readFileSync(new URL("build/ndwasm.relaxed.wasm", root));
  const useRelaxed = !process.argv.includes("--plain") && WebAssembly.validate(relaxed);
  // The modules import their memory, as the library loads them: the core first (it owns the heap
  // and fills its tables at start), the relaxed build's math_* kernels over it.
  const memory = new WebAssembly.Memory({ initial: 256 });
  const imports = { env: { memory, abort: () => { throw new Error("abort"); } } };
  const core = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(new URL("build/ndwasm.wasm", root))), imports).exports;
  const w = { ...core };
  if (useRelaxed) {
    const part = new WebAssembly.Instance(new WebAssembly.Module(relaxed), imports).exports;
    for (const name of Object.keys(part)) if (name.startsWith("math_")) w[name] = part[name];
  }
  return { w, memory, build: useRelaxed ? "relaxed SIMD" : "SIMD" };
}

// One python3 process for the whole run: each request builds (and caches) its operands, warms the
// call up, then times it for about `seconds` and answers the median milliseconds per call.
function numpyServer() {
  const script = `
import json, sys, time, statistics
import numpy as np
rng = np.random.default_rng(0)
cache = {}
for line in sys.stdin:
    r = json.loads(line)
    key = (r["fn"], r["dtype"])
    if key not in cache:
        lo, hi = r["range"]
        x = (lo + (hi - lo) * rng.random(${N})).astype(r["dtype"])
        y = (lo + (hi - lo) * rng.random(${N})).astype(r["dtype"])
        cache[key] = (x, y, np.empty_like(x))
    x, y, o = cache[key]
    f = getattr(np, r["fn"])
    call = (lambda: f(x, y, out=o)) if f.nin == 2 else (lambda: f(x, out=o))
    for _ in range(5):
        call()
    times, start = [], time.perf_counter()
    while len(times) < 5 or time.perf_counter() - start < r["seconds"]:
        t0 = time.perf_counter(); call(); times.append(time.perf_counter() - t0)
    print(json.dumps(statistics.median(times) * 1e3), flush=True)
`;
  const env = { ...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
  const py = spawn("python3", ["-c", script], { stdio: ["pipe", "pipe", "inherit"], env });
  const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
  return {
    async time(fn, dtype, range) {
      py.stdin.write(`${JSON.stringify({ fn, dtype, range, seconds: quick ? 0.2 : 0.6 })}\n`);
      const { value, done } = await lines.next();
      if (done) throw new Error("python3 exited");
      return JSON.parse(value);
    },
    close() {
      py.stdin.end();
    },
  };
}

function fill(arr, lo, hi, seed) {
  let s = seed;
  for (let i = 0; i < arr.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    arr[i] = lo + (hi - lo) * (s / 2 ** 32);
  }
}

export default async function main() {
  const { w, memory, build } = loadKernels();
  const np = numpyServer();
  const size = 8;
  const a = w.alloc(N * size) >>> 0, b = w.alloc(N * size) >>> 0, out = w.alloc(N * size) >>> 0;
  const rows = { float64: [], float32: [] };
  const cases = [...Object.entries(UNARY).map(([f, v]) => [f, ...v, 1]), ...Object.entries(BINARY).map(([f, v]) => [f, ...v, 2])];
  for (const dtype of ["float64", "float32"]) {
    const Arr = dtype === "float64" ? Float64Array : Float32Array;
    const suffix = dtype === "float64" ? "f64" : "f32";
    for (const [fn, [lo, hi], js, arity] of cases) {
      const A = new Arr(memory.buffer, a, N), B = new Arr(memory.buffer, b, N);
      fill(A, lo, hi, 1);
      fill(B, lo, hi, 2);
      const jx = A.slice(), jy = B.slice(), jo = new Arr(N);
      const kernel = w[`math_${fn}_${suffix}`];
      // one monomorphic loop per case
      const loop = new Function("X", "Y", "o", `for (let i = 0; i < X.length; i++) { const x = X[i]${arity === 2 ? ", y = Y[i]" : ""}; o[i] = ${js}; }`);
      const t = await timeJs({
        ndwasm: arity === 1 ? () => kernel(out, a, N) : () => kernel(out, a, b, N),
        js: () => loop(jx, jy, jo),
      });
      const numpy = await np.time(fn, dtype, [lo, hi]);
      rows[dtype].push({ name: `${fn} ${dtype}`, times: { ndwasm: t.ndwasm, numpy, "pure JS": t.js } });
    }
  }
  np.close();
  for (const dtype of ["float64", "float32"]) report(`lane-parallel maths, 1e6 ${dtype} elements (${build} build, ms per call)`, rows[dtype]);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
