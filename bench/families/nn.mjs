// Log-softmax and mean cross-entropy of (1000, 1000) logits, both float types; NumPy runs the
// usual max-subtracted formulations.
import { jsCrossEntropy, jsLogSoftmax } from "../pure-js.mjs";
import { randint, randn } from "../suite.mjs";

const N = 1000;
const C = 1000;
const numpySetup = `
rows = np.arange(${N})
def log_softmax(x):
    s = x - x.max(axis=1, keepdims=True)
    return s - np.log(np.exp(s).sum(axis=1, keepdims=True))
def cross_entropy(x, t):
    m = x.max(axis=1)
    lse = m + np.log(np.exp(x - m[:, None]).sum(axis=1))
    return (lse - x[rows, t]).mean()`;

export default function nn() {
  const cases = [];
  for (const dtype of ["float64", "float32"]) {
    const T = dtype === "float64" ? Float64Array : Float32Array;
    cases.push({
      op: "logSoftmax",
      case: `(${N},${C}) ${dtype}`,
      inputs: { x: randn([N, C], dtype, { seed: 51 }) },
      work: (N * C) / 1e6,
      unit: "Melem/s",
      ndwasm: (nd, x) => nd.logSoftmax(x.x),
      js: (x) => jsLogSoftmax(x.x.data, N, C, T),
      numpy: "log_softmax(x)",
      numpySetup,
      peers: {
        "tfjs-wasm": (tf, x) => tf.logSoftmax(x.x),
        "numpy-ts": (np, x) => {
          const s = np.subtract(x.x, np.max(x.x, 1, true));
          return np.subtract(s, np.log(np.sum(np.exp(s), 1, true)));
        },
        "jax-js": (jax, x) => jax.nn.logSoftmax(x.x),
      },
      tags: dtype === "float64" ? ["quick"] : [],
    });
    cases.push({
      op: "crossEntropy",
      case: `(${N},${C}) ${dtype}, mean`,
      inputs: { x: randn([N, C], dtype, { seed: 51 }), t: randint([N], 0, C, "int64", { seed: 52 }) },
      work: (N * C) / 1e6,
      unit: "Melem/s",
      ndwasm: (nd, x) => nd.crossEntropy(x.x, x.t),
      js: (x) => jsCrossEntropy(x.x.data, x.t.data, N, C),
      numpy: "cross_entropy(x, t)",
      numpySetup,
      peers: {
        "tfjs-wasm": (tf, x) => tf.losses.softmaxCrossEntropy(tf.oneHot(x.t, C), x.x),
        "jax-js": (jax, x) => {
          const np = jax.numpy;
          const picked = np.takeAlongAxis(x.x, np.expandDims(x.t, 1), 1).reshape([N]);
          return np.mean(np.subtract(jax.nn.logsumexp(x.x, -1), picked));
        },
      },
    });
  }
  return cases;
}
