// The libraries the benchmarks race against are not in the project's devDependencies: they are
// installed here on first use, from bench/peers/package.json and its lockfile, into
// bench/peers/node_modules (ignored by git), so `npm ci` at the root never fetches them.
//
// Each peer is an adapter: `load()` imports and initialises it (its module becomes `lib`) (one thread, its WASM backend),
// `from(x)` makes its array from { data, shape, dtype }, `settle(r)` waits for a result (async only where `lazy`),
// `flat(r)` reads a result as numbers and `free(r)` releases it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL("peers/", import.meta.url));
const require = createRequire(new URL("peers/package.json", import.meta.url));

/** Installs the peers once (npm ci from bench/peers/package-lock.json). */
function install() {
  if (existsSync(new URL("peers/node_modules/.package-lock.json", import.meta.url))) return;
  console.log("(installing the benchmark peers into bench/peers/node_modules: npm ci --prefix bench/peers)");
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["ci", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
}

/** Imports a benchmark peer by name, installing the peers first if needed. */
export async function importPeer(name) {
  install();
  return import(pathToFileURL(require.resolve(name)).href);
}

/** Applies f to each array of a result (a list of arrays, an array, or a plain number). */
const each = (r, f) => (Array.isArray(r) ? r.forEach((x) => each(x, f)) : r && typeof r === "object" && f(r));

const version = (name) => JSON.parse(readFileSync(new URL(`peers/node_modules/${name}/package.json`, import.meta.url), "utf8")).version;

/** TensorFlow.js on its WASM backend (XNNPACK), one thread; float32 and int32 only. */
const tfjs = {
  name: "tfjs-wasm",
  async load() {
    const tf = await importPeer("@tensorflow/tfjs-core");
    const wasm = await importPeer("@tensorflow/tfjs-backend-wasm");
    wasm.setThreadsCount(1);
    await tf.setBackend("wasm");
    await tf.ready();
    this.lib = tf;
    this.version = version("@tensorflow/tfjs-backend-wasm");
    return tf;
  },
  accepts: (raw) => Object.values(raw).every((x) => x.dtype !== "float64") || "no float64 in TensorFlow.js",
  from(x) {
    const int = x.dtype.startsWith("int");
    return this.lib.tensor(int ? Int32Array.from(x.data, Number) : x.data, x.shape, int ? "int32" : x.dtype);
  },
  settle: (r) => r,
  flat: (r) => r.dataSync(),
  free: (r) => each(r, (t) => t.dispose()),
  freeInputs: (xs) => Object.values(xs).forEach((t) => t.dispose()),
};

/** numpy-ts: NumPy's API in TypeScript. */
const numpyTs = {
  name: "numpy-ts",
  async load() {
    this.lib = await importPeer("numpy-ts");
    this.version = version("numpy-ts");
    // Its fixed WASM heap (256 MiB by default) fills with the intermediates of the large cases
    // before the garbage collector frees them; past that, every result is a slower JS array.
    this.lib.configureWasm({ maxMemory: 1024 * 1024 * 1024 });
    return this.lib;
  },
  accepts: () => true,
  from(x) {
    return this.lib.array(x.data).reshape(x.shape);
  },
  settle: (r) => r,
  flat: (r) => (r.data.length === r.size ? r.data : r.flatten().data),
  // Its arrays live in a WASM heap of its own when they fit: released, or the heap runs out.
  free: (r) => each(r, (a) => a.dispose?.()),
  freeInputs: (xs) => Object.values(xs).forEach((a) => a.dispose?.()),
};

/**
 * jax-js on its WASM backend. Its arrays are consumed by the operations that read them, so each
 * read of an input hands out a new reference (`.ref`); results are lazy until awaited.
 */
const jaxJs = {
  name: "jax-js",
  async load() {
    // jax-js tests `instanceof Float16Array`, which Node 20 does not have.
    globalThis.Float16Array ??= class Float16Array {};
    const jax = await importPeer("@jax-js/jax");
    await jax.init("wasm");
    jax.defaultDevice("wasm");
    this.lib = jax;
    this.version = version("@jax-js/jax");
    return jax;
  },
  accepts: () => true,
  from(x) {
    const np = this.lib.numpy;
    // Integers (class indices, positions) as int32: jax-js has no int64.
    if (x.dtype === "int64") return np.array(Int32Array.from(x.data, Number), { shape: x.shape, dtype: np.int32 });
    return np.array(x.data, { shape: x.shape, dtype: np[x.dtype] });
  },
  lazy: true,
  async settle(r) {
    await r.blockUntilReady();
    return r;
  },
  // dataSync consumes the array it reads: read through a new reference, then dispose.
  flat: (r) => r.ref.dataSync(),
  free: (r) => each(r, (t) => t.dispose()),
  freeInputs: (xs) => Object.values(xs).forEach((t) => t.dispose()),
};

export const PEERS = [tfjs, numpyTs, jaxJs];

/** The inputs as the case's function sees them: jax-js reads get a fresh reference each. */
export function view(peer, arrays) {
  if (peer !== jaxJs) return arrays;
  const out = {};
  for (const [k, a] of Object.entries(arrays)) Object.defineProperty(out, k, { get: () => a.ref, enumerable: true });
  return out;
}
