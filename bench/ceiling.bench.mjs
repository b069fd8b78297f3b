// Where the 1-ulp WASM SIMD ceiling lies for the three transcendental floors ndwasm does not
// reach on one thread (issue: log f64, sin f32, tanh f32 at 0.5× NumPy's AVX-512 kernels). Compiles
// bench/ceiling/*.ts — the library's own loops beside variants that drop one piece each — into a
// module of its own, then for every variant: its time over 1e6 elements (two vectors a step, as
// the library's loops run; the best of three rounds' medians), its ratio to NumPy (warm, one
// thread, same input ranges as bench/families/transcendental.mjs), and its worst distance in
// ulps from the correctly rounded result over a sample of inputs (float32: every 61st bit pattern
// of the range; float64: 2e6 values over 40 binades and 2e5 next to 1). A variant that is faster
// than the library's but more than 1 ulp off shows what the accuracy costs; one without its table
// reads or its other half shows a lower bound on the time. NumPy is timed again with its AVX-512
// kernels switched off (NPY_DISABLE_CPU_FEATURES): its AVX2 ones, half the lanes, with FMA.
// Run: node bench/ceiling.bench.mjs [--quick]   (writes docs/ceiling.md, except with --quick)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { numpyAvx512, numpyVersion, timeJs, timeNumpy } from "./harness.mjs";

const N = 1 << 20;
const here = fileURLToPath(new URL(".", import.meta.url));

/** bench/ceiling/index.ts compiled and instantiated: its exports (the variants, alloc, memory). */
export function compile() {
  const dir = mkdtempSync(join(tmpdir(), "ndwasm-ceiling-"));
  const out = join(dir, "ceiling.wasm");
  const asc = createRequire(import.meta.url).resolve("assemblyscript/bin/asc.js");
  // from bench/ceiling, where the project's asconfig.json (the library's build) does not apply
  const r = spawnSync(process.execPath, [asc, "index.ts", "--enable", "simd", "-O3", "--runtime", "stub", "--noAssert", "-o", out], { cwd: join(here, "ceiling"), stdio: "inherit" });
  if (r.status !== 0) throw new Error("asc failed on bench/ceiling");
  const bytes = readFileSync(out);
  rmSync(dir, { recursive: true });
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { abort: () => { throw new Error("abort"); } } }).exports;
}

function fill(arr, lo, hi) {
  let s = 1;
  for (let i = 0; i < arr.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    arr[i] = lo + (hi - lo) * (s / 2 ** 32);
  }
}

/** Signed-magnitude bits on a line where adjacent floats differ by one (float32 or float64 as BigInt). */
const ordered32 = (b) => (b < 0 ? -(b & 0x7fffffff) : b);
const ordered64 = (b) => (b < 0n ? -(b & 0x7fffffffffffffffn) : b);

/** Worst ulp distance of kernel k from Math.fround(f(x)) over every `step`-th float32 in [lo, hi] (bit patterns, positive). */
function worst32(w, k, f, lo, hi, step) {
  const a = w.alloc(N * 4) >>> 0, o = w.alloc(N * 4) >>> 0;
  const lb = new Int32Array(new Float32Array([lo]).buffer)[0], hb = new Int32Array(new Float32Array([hi]).buffer)[0];
  let worst = 0, over = 0;
  for (let start = lb; start <= hb; start += N * step) {
    const n = Math.min(N, Math.floor((hb - start) / step) + 1) & ~7;
    if (n === 0) break;
    const bits = new Int32Array(w.memory.buffer, a, n);
    for (let i = 0; i < n; i++) bits[i] = start + i * step;
    w[k](o, a, n);
    const x = new Float32Array(w.memory.buffer, a, n), y = new Int32Array(w.memory.buffer, o, n);
    const ref = new Float32Array(1), refBits = new Int32Array(ref.buffer);
    for (let i = 0; i < n; i++) {
      ref[0] = f(x[i]);
      const d = Math.abs(ordered32(y[i]) - ordered32(refBits[0]));
      if (d > worst) worst = d;
      if (d > 1) over++;
    }
  }
  return { worst, over };
}

/** The same for a float64 kernel against Math's f (itself within an ulp: a distance of 2 may be 1). */
function worst64(w, k, f) {
  const n = 2_200_000 & ~7;
  const a = w.alloc(n * 8) >>> 0, o = w.alloc(n * 8) >>> 0;
  const x = new Float64Array(w.memory.buffer, a, n);
  let s = 7;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = 0; i < n; i++) x[i] = i < 2e6 ? 2 ** (40 * rnd() - 20) : 1 + (rnd() - 0.5) * 2 ** -6;
  w[k](o, a, n);
  const y = new BigInt64Array(w.memory.buffer, o, n);
  const ref = new Float64Array(1), refBits = new BigInt64Array(ref.buffer);
  let worst = 0n, over = 0;
  for (let i = 0; i < n; i++) {
    ref[0] = f(x[i]);
    let d = ordered64(y[i]) - ordered64(refBits[0]);
    if (d < 0n) d = -d;
    if (d > worst) worst = d;
    if (d > 1n) over++;
  }
  return { worst: Number(worst), over };
}

const FLOORS = [
  {
    fn: "tanh", dtype: "float32", range: [-5, 5], f: Math.tanh, accuracy: [0, 9.5],
    variants: {
      tanh32_library: "the library's (polynomial below 0.8, 1 − 2/(e^2x + 1) above)",
      tanh32_exp_half: "its exp-and-division half alone (part)",
      tanh32_poly_half: "its polynomial half alone (part)",
      tanh32_rational_f32: "x P(x²)/Q(x²) in float32 lanes",
      tanh32_rational_f64: "x P(x²)/Q(x²) in float64 lanes",
    },
  },
  {
    fn: "sin", dtype: "float32", range: [-5, 5], f: Math.sin, accuracy: [0, 100],
    variants: {
      sin32_library: "the library's (fast path, slow lanes patched)",
      sin32_fast_path: "its fast path alone",
      sin32_no_carry: "the fast path without carrying y's rounding error",
    },
  },
  {
    fn: "log", dtype: "float64", range: [0, 10], f: Math.log,
    variants: {
      log64_library: "the library's (range test, fast path)",
      log64_fast_path: "its fast path alone",
      log64_rounded_r: "the fast path with r = z·invc − 1 rounded",
      log64_no_table: "the fast path's arithmetic without table reads (part)",
      log64_fdlibm: "fdlibm's: no table, s = f/(2 + f), degree-7 R(s²)",
    },
  },
];

const HEAD = `# The 1-ulp ceiling of three transcendental floors

Generated by \`node bench/ceiling.bench.mjs\` (bench/ceiling/: the library's own loops beside variants
that each drop one piece); do not edit. Times are the best of three rounds' medians over 1e6
elements, NumPy's (warm, one thread, \`out=\`) likewise; "worst ulp" is the largest distance from
the correctly rounded result over a sample (float32: every 61st bit pattern of the range shown;
float64: 2e6 values over 40 binades and 2e5 next to 1, against Math.log). A "(part)" row computes
only a piece of the function: a lower bound on the time of anything built on it.

Each table answers one question: is there a variant within 1 ulp under the floor's time? A
variant that drops the piece which keeps the library within 1 ulp shows what that piece costs;
when even a part of the computation takes longer than the floor allows, nothing built on it meets
the floor on one thread. Below each table, NumPy again with its AVX-512 kernels switched off
(\`NPY_DISABLE_CPU_FEATURES\`): its AVX2 kernels, with half AVX-512's lanes (eight float32 or four
float64, twice WASM's four and two) and a fused multiply-add.`;

export default async function main() {
  const quick = process.argv.includes("--quick");
  const w = compile();
  const avx512 = numpyAvx512();
  const md = [HEAD, "", `Machine: ${cpus()[0]?.model ?? "?"}, ${cpus().length} cores; Node ${process.version}; NumPy ${numpyVersion()}.`];
  const say = (line) => {
    console.log(line);
    md.push(line);
  };
  for (const { fn, dtype, range, f, accuracy, variants } of FLOORS) {
    const Arr = dtype === "float32" ? Float32Array : Float64Array;
    const size = Arr.BYTES_PER_ELEMENT;
    const a = w.alloc(N * size) >>> 0, o = w.alloc(N * size) >>> 0;
    fill(new Arr(w.memory.buffer, a, N), range[0], range[1]);
    const [lo, hi] = range;
    // the best of the rounds' medians, NumPy's as the variants': a slow spell of the shared host
    // then costs a round, not the result
    const times = {};
    let numpy = Infinity, avx2 = Infinity;
    const setup = `x = (${lo} + (${hi - lo}) * np.random.default_rng(0).random(${N})).astype("${dtype}"); o = np.empty_like(x)`;
    for (let round = 0; round < (quick ? 1 : 3); round++) {
      const t = await timeJs(Object.fromEntries(Object.keys(variants).map((k) => [k, () => w[k](o, a, N)])));
      for (const [k, v] of Object.entries(t)) times[k] = Math.min(times[k] ?? Infinity, v);
      numpy = Math.min(numpy, timeNumpy(setup, { np: `np.${fn}(x, out=o)` }).np);
      if (avx512) avx2 = Math.min(avx2, timeNumpy(setup, { np: `np.${fn}(x, out=o)` }, { env: { NPY_DISABLE_CPU_FEATURES: avx512 } }).np);
    }
    const where = accuracy ? ` (accuracy over [${accuracy[0]}, ${accuracy[1]}])` : "";
    say(`\n## ${fn} ${dtype}, 1e6 elements in [${lo}, ${hi}): NumPy ${(numpy * 1e6 / N).toFixed(3)} ms, the floor (0.5×) allows ${(2 * numpy * 1e6 / N).toFixed(3)} ms\n`);
    say(`| variant | ms per 1e6 | vs NumPy | worst ulp${where} | inputs > 1 ulp |`);
    say("| --- | ---: | ---: | ---: | ---: |");
    for (const [k, what] of Object.entries(variants)) {
      const ms = (times[k] * 1e6) / N;
      // a part of the computation gives no function to check: its row is a lower bound on the time
      const part = what.endsWith("(part)");
      const acc = part ? null : dtype === "float32" ? worst32(w, k, f, accuracy[0], accuracy[1], quick ? 997 : 61) : worst64(w, k, f);
      say(`| ${what} | ${ms.toFixed(3)} | ${(numpy / times[k]).toFixed(2)}× | ${acc?.worst ?? "—"} | ${acc?.over ?? "—"} |`);
    }
    const lib = Object.keys(variants)[0];
    say(avx512
      ? `\nNumPy without AVX-512 (${avx512} off): ${(avx2 * 1e6 / N).toFixed(3)} ms; the library's loop runs at ${(avx2 / times[lib]).toFixed(2)}× of that.`
      : "\nNumPy found no AVX-512 on this machine: the ratios above are against its AVX2 kernels already.");
  }
  if (!quick) {
    writeFileSync(new URL("../docs/ceiling.md", import.meta.url), md.join("\n") + "\n");
    console.log("\nwrote docs/ceiling.md");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
