// Advanced indexing and joining: one-hot rows gathered from an identity matrix, a shuffled
// MNIST-sized float32 gather, a masked assignment, np.add.at and a concatenation. Each case is
// a function of its inputs (the in-place ones work on a fresh copy or a fresh zeros array), so
// that every implementation's result can be compared.
import { rand, randint, randn } from "../suite.mjs";

const LABELS = 100_000;
const ROWS = 10_000;
const COLS = 784;
const N = 1_000_000;

/** A shuffled 0 … n-1 as int64 (Fisher–Yates with a fixed linear congruential generator). */
const permutation = (n) => ({
  shape: [n],
  dtype: "int64",
  make() {
    const p = Array.from({ length: n }, (_, i) => i);
    let seed = 12345;
    for (let i = n - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [p[i], p[j]] = [p[j], p[i]];
    }
    return BigInt64Array.from(p, BigInt);
  },
});

/** out[i, :] = table[index[i], :] for a row-major table of `cols` columns. */
function jsGatherRows(table, index, cols) {
  const out = new table.constructor(index.length * cols);
  for (let i = 0; i < index.length; i++) {
    const r = Number(index[i]) * cols;
    out.set(table.subarray(r, r + cols), i * cols);
  }
  return out;
}

/** One-hot rows of `classes` columns, as eye(classes)[labels]. */
function jsOneHot(labels, classes) {
  const out = new Float64Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) out[i * classes + Number(labels[i])] = 1;
  return out;
}

/** A copy of x with its negative elements set to 0. */
function jsZeroNegatives(x) {
  const out = x.slice();
  for (let i = 0; i < out.length; i++) if (out[i] < 0) out[i] = 0;
  return out;
}

/** Fresh bins-long counts with counts[index[i]] += weights[i]. */
function jsAddAt(bins, index, weights) {
  const counts = new Float64Array(bins);
  for (let i = 0; i < index.length; i++) counts[index[i]] += weights[i];
  return counts;
}

/** The arrays one after the other in one new array. */
function jsConcat(parts) {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

const numpySetup = `
def zero_negatives(a):
    b = a.copy()
    b[b < 0] = 0
    return b
def add_at(bins, weights):
    counts = np.zeros(1000)
    np.add.at(counts, bins, weights)
    return counts`;

export default function indexing(nd) {
  if (typeof nd.addAt !== "function" || typeof nd.concatenate !== "function") return [];
  const parts = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, rand([1000, 1000], "float64", { seed: 100 + i })]));
  const base = { op: "indexing", unit: "Melem/s", numpySetup, tol: 0 };
  return [
    {
      ...base,
      case: `one-hot eye(10).get(y), ${LABELS} labels`,
      inputs: { y: randint([LABELS], 0, 10, "int64", { seed: 101 }) },
      work: (LABELS * 10) / 1e6,
      ndwasm: (nd, x) => nd.tidy(() => nd.eye(10).get(x.y)),
      js: (x) => jsOneHot(x.y.data, 10),
      numpy: "np.eye(10)[y]",
    },
    {
      ...base,
      case: `shuffle X.get(perm), (${ROWS},${COLS}) float32`,
      inputs: { X: rand([ROWS, COLS], "float32", { seed: 102 }), perm: permutation(ROWS) },
      work: (ROWS * COLS) / 1e6,
      ndwasm: (nd, x) => x.X.get(x.perm),
      js: (x) => jsGatherRows(x.X.data, x.perm.data, COLS),
      numpy: "X[perm]",
    },
    {
      ...base,
      case: `b = a.copy(); b.set([b.lt(0)], 0), ${N} float64`,
      inputs: { a: randn([N], "float64", { seed: 103 }) },
      work: N / 1e6,
      ndwasm: (nd, x) =>
        nd.tidy(() => {
          const b = x.a.copy();
          b.set([b.lt(0)], 0);
          return b;
        }),
      js: (x) => jsZeroNegatives(x.a.data),
      numpy: "zero_negatives(a)",
    },
    {
      ...base,
      case: `addAt(counts, bins, weights), ${N} into 1000 bins`,
      inputs: { bins: randint([N], 0, 1000, "int32", { seed: 104 }), weights: rand([N], "float64", { seed: 105 }) },
      work: N / 1e6,
      ndwasm: (nd, x) => {
        const counts = nd.zeros(1000);
        nd.addAt(counts, x.bins, x.weights);
        return counts;
      },
      js: (x) => jsAddAt(1000, x.bins.data, x.weights.data),
      numpy: "add_at(bins, weights)",
      tol: 1e-12,
    },
    {
      ...base,
      case: "concatenate 10 × (1000,1000) float64",
      inputs: parts,
      work: 10,
      ndwasm: (nd, x) => nd.concatenate(Object.values(x)),
      js: (x) => jsConcat(Object.values(x).map((p) => p.data)),
      numpy: `np.concatenate([${Object.keys(parts).join(", ")}])`,
      peers: { "numpy-ts": (np, x) => np.concatenate(Object.values(x)), "jax-js": (jax, x) => jax.numpy.concatenate(Object.values(x)) },
    },
  ];
}
