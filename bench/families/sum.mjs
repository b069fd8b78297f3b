// Full sums of 10 (the per-call floor) and 1e6 float64 elements. The pure-JS loop is a running
// sum (less accurate than NumPy's pairwise summation, which ndwasm reproduces).
import { jsSum } from "../pure-js.mjs";
import { rand } from "../suite.mjs";

export default function sum() {
  return [10, 1_000_000].map((n) => ({
    op: "sum",
    case: `${n === 10 ? "10" : "1e6"} float64`,
    inputs: { a: rand([n], "float64", { seed: 41 }) },
    work: n / 1e6,
    unit: "Melem/s",
    ndwasm: (nd, x) => nd.sum(x.a),
    js: (x) => jsSum(x.a.data),
    numpy: "a.sum()",
    peers: { "numpy-ts": (np, x) => np.sum(x.a), "jax-js": (jax, x) => jax.numpy.sum(x.a) },
    tol: 1e-12,
  }));
}
