// The benchmark suite's shared definitions, used by `npm run bench` (bench/run.mjs) and by the web
// page's WASM-vs-JS panel alike, so both time the same cases. Browser-safe: no Node imports.
//
// A family is one file in bench/families/ whose default export takes the library (`nd`) and returns
// its cases (or [] when the operation is not in this build). A case:
//   op, case        what is computed and on what ("matmul", "512×512 float64")
//   inputs          { name: spec } made by the generators below: the same numbers for everyone
//   work, unit      throughput = work / seconds, reported in unit ("GFLOP/s" work in GFLOP, …)
//   ndwasm(nd, x)   the call; x holds NDArrays. Returns an NDArray, a list of them or a number
//   js(x)           idiomatic pure JS on { data, shape, dtype } (optional)
//   numpy           a Python statement over the inputs' names, `numpySetup` run once (optional)
//   blas            NumPy's time depends on its BLAS threads (timed at one and at all threads)
//   peers           { "tfjs-wasm" | "numpy-ts" | "jax-js": (lib, x) => result } (optional)
//   tol             largest difference from ndwasm's result, relative to its largest magnitude
//   tags            "quick": in the web page's short run; "slow-js": the pure-JS loop takes
//                   seconds, left out of the web page
//
// Inputs come from a seeded generator so that every implementation, NumPy included (the runner
// hands it the same bytes), computes on identical data and the results can be compared.

/** A deterministic uniform [0, 1) stream (mulberry32). */
export function uniform(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPED = { float64: Float64Array, float32: Float32Array, int32: Int32Array, int64: BigInt64Array };
const size = (shape) => shape.reduce((a, b) => a * b, 1);

/** Uniform in [lo, hi) of the given shape and float dtype. */
export const rand = (shape, dtype = "float64", { lo = 0, hi = 1, seed = 1 } = {}) => ({
  shape,
  dtype,
  make() {
    const r = uniform(seed);
    return TYPED[dtype].from({ length: size(shape) }, () => lo + (hi - lo) * r());
  },
});

/** Standard normal (Box–Muller), as logits are. */
export const randn = (shape, dtype = "float64", { seed = 2 } = {}) => ({
  shape,
  dtype,
  make() {
    const r = uniform(seed);
    return TYPED[dtype].from({ length: size(shape) }, () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()));
  },
});

/** Integers in [lo, hi). */
export const randint = (shape, lo, hi, dtype = "int32", { seed = 3 } = {}) => ({
  shape,
  dtype,
  make() {
    const r = uniform(seed);
    const v = () => lo + Math.floor((hi - lo) * r());
    return dtype === "int64" ? BigInt64Array.from({ length: size(shape) }, () => BigInt(v())) : TYPED[dtype].from({ length: size(shape) }, v);
  },
});

/** Fixed values (the notebook's small arrays). */
export const values = (shape, list, dtype = "float64") => ({ shape, dtype, make: () => TYPED[dtype].from(list) });

/** Evenly spaced values, as np.linspace. */
export const linspace = (start, stop, n) => ({
  shape: [n],
  dtype: "float64",
  make: () => Float64Array.from({ length: n }, (_, i) => (i === n - 1 ? stop : start + ((stop - start) * i) / (n - 1))),
});

/** Each input as { data, shape, dtype }: what the pure-JS implementations and the peers receive. */
export function materialize(inputs) {
  return Object.fromEntries(Object.entries(inputs).map(([k, spec]) => [k, { data: spec.make(), shape: spec.shape, dtype: spec.dtype }]));
}

/** The inputs as ndwasm arrays. */
export function toNd(nd, raw) {
  return Object.fromEntries(Object.entries(raw).map(([k, x]) => [k, nd.array(x.data).reshape(...x.shape)]));
}

/** A result (NDArray, typed array, number, list of those, or a peer's array with `toFlat`) as float64 values. */
export function flatten(result, toFlat = (x) => x.toTypedArray()) {
  const parts = [];
  const visit = (r) => {
    if (typeof r === "number" || typeof r === "bigint") parts.push([Number(r)]);
    else if (ArrayBuffer.isView(r)) parts.push(Array.from(r, Number));
    else if (Array.isArray(r)) r.forEach(visit);
    else parts.push(Array.from(toFlat(r), Number));
  };
  visit(result);
  return Float64Array.from(parts.flat());
}

/**
 * How far `got` is from `want`: the largest absolute difference relative to want's largest
 * magnitude (NaN matching NaN), or Infinity when the lengths differ.
 */
export function difference(want, got) {
  if (want.length !== got.length) return Infinity;
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < want.length; i++) {
    const a = want[i];
    const b = got[i];
    if (Number.isNaN(a) || Number.isNaN(b)) {
      if (Number.isNaN(a) !== Number.isNaN(b)) return Infinity;
      continue;
    }
    if (a !== b) diff = Math.max(diff, Math.abs(a - b));
    if (Number.isFinite(a)) scale = Math.max(scale, Math.abs(a));
  }
  return scale === 0 ? diff : diff / scale;
}

/** The default tolerance of a case: exact for integer results, else by its widest float input. */
export function tolerance(c) {
  if (c.tol !== undefined) return c.tol;
  const dtypes = Object.values(c.inputs).map((s) => s.dtype);
  return dtypes.includes("float32") && !dtypes.includes("float64") ? 1e-4 : 1e-9;
}

/** Disposes whatever ndwasm returned (NDArrays, lists of them; numbers need nothing). */
export function dispose(result) {
  if (Array.isArray(result)) result.forEach(dispose);
  else if (result && typeof result.dispose === "function") result.dispose();
}

/** Every case of the given families (modules with a default export (nd) => cases). */
export function collect(nd, families) {
  return families.flatMap((f) => f.default(nd)).map((c) => ({ tags: [], ...c }));
}
