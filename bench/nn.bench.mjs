// Log-softmax and cross-entropy of (1000, 1000) logits, float64 and float32: ndwasm vs NumPy (the
// usual max-subtracted formulations, one thread) vs idiomatic pure JS (Math.exp loops over typed
// arrays, allocating their output as ndwasm does). Same data everywhere (NumPy's legacy seed 0).
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";
import { jsCrossEntropy, jsLogSoftmax } from "./pure-js.mjs";

const N = 1000;
const C = 1000;

export default async function () {
  nd.random.seed(0);
  const x64 = nd.random.randn(N, C);
  const t = nd.random.randint(0, C, [N]);
  const x32 = x64.astype("float32");
  const j64 = x64.toTypedArray();
  const j32 = x32.toTypedArray();
  const jt = t.toTypedArray();

  const js = await timeJs({
    "lsm ndwasm f64": () => nd.logSoftmax(x64).dispose(),
    "lsm js f64": () => jsLogSoftmax(j64, N, C, Float64Array),
    "lsm ndwasm f32": () => nd.logSoftmax(x32).dispose(),
    "lsm js f32": () => jsLogSoftmax(j32, N, C, Float32Array),
    "ce ndwasm f64": () => nd.crossEntropy(x64, t).dispose(),
    "ce js f64": () => jsCrossEntropy(j64, jt, N, C),
    "ce ndwasm f32": () => nd.crossEntropy(x32, t).dispose(),
    "ce js f32": () => jsCrossEntropy(j32, jt, N, C),
  });
  const np = timeNumpy(
    `np.random.seed(0)
x64 = np.random.randn(${N}, ${C}); target = np.random.randint(0, ${C}, ${N}); x32 = x64.astype(np.float32); rows = np.arange(${N})
def log_softmax(x):
    s = x - x.max(axis=1, keepdims=True)
    return s - np.log(np.exp(s).sum(axis=1, keepdims=True))
def cross_entropy(x, t):
    m = x.max(axis=1)
    lse = m + np.log(np.exp(x - m[:, None]).sum(axis=1))
    return (lse - x[rows, t]).mean()`,
    { lsm64: "log_softmax(x64)", lsm32: "log_softmax(x32)", ce64: "cross_entropy(x64, target)", ce32: "cross_entropy(x32, target)" },
  );
  const row = (name, key, np) => ({ name, times: { ndwasm: js[`${key} ndwasm ${name.slice(-3)}`], numpy: np, "pure JS": js[`${key} js ${name.slice(-3)}`] } });
  report("log-softmax, (1000, 1000), last axis", [row("f64", "lsm", np.lsm64), row("f32", "lsm", np.lsm32)]);
  report("cross-entropy, (1000, 1000) logits, 1000 class indices, mean", [row("f64", "ce", np.ce64), row("f32", "ce", np.ce32)]);
  for (const a of [x64, x32, t]) a.dispose();
}
