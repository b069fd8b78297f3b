// Linear systems: np.linalg.solve of an n×n float64 system (diagonally dominant, so well
// conditioned) with one right-hand side. Empty until nd.linalg.solve is in the build.
import { jsSolve } from "../pure-js.mjs";
import { rand } from "../suite.mjs";

/** Uniform [0, 1) plus n on the diagonal. */
const dominant = (n) => ({
  shape: [n, n],
  dtype: "float64",
  make() {
    const a = rand([n, n], "float64", { seed: 91 }).make();
    for (let i = 0; i < n; i++) a[i * n + i] += n;
    return a;
  },
});

export default function solve(nd) {
  if (typeof nd.linalg?.solve !== "function") return [];
  return [256, 1024].map((n) => ({
    op: "solve",
    case: `${n}×${n} float64`,
    inputs: { a: dominant(n), b: rand([n], "float64", { seed: 92 }) },
    work: (2 * n ** 3) / 3 / 1e9,
    unit: "GFLOP/s",
    ndwasm: (nd, x) => nd.linalg.solve(x.a, x.b),
    js: n <= 256 ? (x) => jsSolve(x.a.data, x.b.data, n) : undefined,
    numpy: "np.linalg.solve(a, b)",
    blas: true,
    peers: { "numpy-ts": (np, x) => np.linalg.solve(x.a, x.b), "jax-js": (jax, x) => jax.numpy.linalg.solve(x.a, x.b) },
    tol: 1e-10,
  }));
}
