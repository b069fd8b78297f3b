// Advanced indexing and joining: one-hot rows gathered from an identity matrix, a shuffled
// MNIST-sized float32 gather, a masked assignment and a concatenation: ndwasm vs NumPy vs an
// idiomatic pure-JS loop (allocating its output as ndwasm does).
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";

const LABELS = 100_000;
const ROWS = 60_000;
const COLS = 784;
const BATCH = 256;
const N = 1_000_000;

/** A shuffled 0..n-1 (Fisher-Yates with a fixed linear congruential generator). */
function permutation(n) {
  const p = Array.from({ length: n }, (_, i) => i);
  let seed = 12345;
  for (let i = n - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** out[i, :] = table[index[i], :] for a row-major table of `cols` columns. */
function jsGatherRows(table, index, cols, Type) {
  const out = new Type(index.length * cols);
  for (let i = 0; i < index.length; i++) {
    const r = index[i] * cols;
    out.set(table.subarray(r, r + cols), i * cols);
  }
  return out;
}

/** One-hot rows of `classes` columns: the identity's rows picked by label, as eye(C)[y] computes them. */
function jsOneHot(labels, classes) {
  const out = new Float64Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) out[i * classes + labels[i]] = 1;
  return out;
}

/** A copy of x with its negative elements set to 0. */
function jsZeroNegatives(x) {
  const out = x.slice();
  for (let i = 0; i < out.length; i++) if (out[i] < 0) out[i] = 0;
  return out;
}

/** x[mask] = 0 in place. */
function jsMaskFill(x, mask) {
  for (let i = 0; i < x.length; i++) if (mask[i]) x[i] = 0;
}

/** The elements of x where mask is true, in a new array. */
function jsCompress(x, mask) {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  const out = new Float64Array(count);
  for (let i = 0, k = 0; i < x.length; i++) if (mask[i]) out[k++] = x[i];
  return out;
}

/** counts[index[i]] += weights[i]. */
function jsAddAt(counts, index, weights) {
  for (let i = 0; i < index.length; i++) counts[index[i]] += weights[i];
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

export default async function () {
  nd.random.seed(0);
  const y = nd.random.randint(0, 10, [LABELS]);
  const X = nd.random.rand(ROWS, COLS).astype("float32");
  const perm = nd.array(permutation(ROWS));
  const batch = perm.slice(`:${BATCH}`);
  const a = nd.random.randn(N);
  const parts = Array.from({ length: 10 }, () => nd.random.rand(1000, 1000));

  // Indices as JS code holds them: plain 32-bit integers (not the BigInt64Array of an int64 array).
  const ints = (x) => Int32Array.from(x.toTypedArray(), Number);
  const jy = ints(y);
  const jX = X.toTypedArray();
  const jperm = ints(perm);
  const jbatch = ints(batch);
  const ja = a.toTypedArray();
  const jparts = parts.map((p) => p.toTypedArray());
  const mask = a.lt(0);
  const jmask = mask.toTypedArray();
  const target = a.copy();
  const jtarget = ja.slice();
  const bins = nd.random.randint(0, 1000, [N]);
  const weights = nd.random.rand(N);
  const counts = nd.zeros(1000);
  const jbins = ints(bins);
  const jweights = weights.toTypedArray();
  const jcounts = new Float64Array(1000);

  const fast = await timeJs({
    "one-hot": () => {
      const e = nd.eye(10);
      e.get(y).dispose();
      e.dispose();
    },
    "one-hot js": () => jsOneHot(jy, 10),
    batch: () => X.get(batch).dispose(),
    "batch js": () => jsGatherRows(jX, jbatch, COLS, Float32Array),
    mask: () => {
      const b = a.copy();
      const m = b.lt(0);
      b.set([m], 0);
      m.dispose();
      b.dispose();
    },
    "mask js": () => jsZeroNegatives(ja),
    fill: () => target.set([mask], 0),
    "fill js": () => jsMaskFill(jtarget, jmask),
    select: () => a.get(mask).dispose(),
    "select js": () => jsCompress(ja, jmask),
    addAt: () => nd.addAt(counts, bins, weights),
    "addAt js": () => jsAddAt(jcounts, jbins, jweights),
    concat: () => nd.concatenate(parts).dispose(),
    "concat js": () => jsConcat(jparts),
  });
  const slow = await timeJs(
    {
      shuffle: () => X.get(perm).dispose(),
      "shuffle js": () => jsGatherRows(jX, jperm, COLS, Float32Array),
      copy: () => X.copy().dispose(),
      "copy js": () => jX.slice(),
    },
    { iterations: 12 },
  );
  const js = { ...fast, ...slow };
  const np = timeNumpy(
    `rng = np.random.default_rng(0)
y = rng.integers(0, 10, ${LABELS})
X = rng.random((${ROWS}, ${COLS}), dtype=np.float32)
perm = rng.permutation(${ROWS}); batch = perm[:${BATCH}]
a = rng.standard_normal(${N})
parts = [rng.random((1000, 1000)) for _ in range(10)]
def zero_negatives():
    b = a.copy()
    b[b < 0] = 0
mask = a < 0
target = a.copy()
bins = rng.integers(0, 1000, ${N}); weights = rng.random(${N}); counts = np.zeros(1000)
def fill():
    target[mask] = 0`,
    {
      "one-hot": "np.eye(10)[y]",
      batch: "X[batch]",
      shuffle: "X[perm]",
      copy: "X.copy()",
      mask: "zero_negatives()",
      fill: "fill()",
      select: "a[mask]",
      addAt: "np.add.at(counts, bins, weights)",
      concat: "np.concatenate(parts)",
    },
  );
  const row = (name, key) => ({ name, times: { ndwasm: js[key], numpy: np[key], "pure JS": js[`${key} js`] } });
  report("advanced indexing and joining", [
    row(`one-hot eye(10).get(y), ${LABELS} labels`, "one-hot"),
    row(`mini-batch X.get(idx), ${BATCH} of (${ROWS}, ${COLS}) float32`, "batch"),
    row(`shuffle X.get(perm), (${ROWS}, ${COLS}) float32`, "shuffle"),
    row(`reference: a plain copy of X (memory bandwidth)`, "copy"),
    row(`b = a.copy(); b.set([b.lt(0)], 0), ${N} float64`, "mask"),
    row(`the assignment alone: b.set([mask], 0), half true`, "fill"),
    row(`a.get(mask), half true`, "select"),
    row(`addAt(counts, bins, weights): ${N} into 1000 bins`, "addAt"),
    row("concatenate 10 × (1000, 1000) float64", "concat"),
  ]);
  for (const x of [y, X, perm, batch, a, mask, target, bins, weights, counts, ...parts]) x.dispose();
}
