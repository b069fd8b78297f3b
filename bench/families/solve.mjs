// Linear systems: np.linalg.solve of an n×n float64 system (diagonally dominant, so well
// conditioned) with one right-hand side, and of a stack of 256 systems of order 64 (the stack is
// split by matrix across threads). Empty until nd.linalg.solve is in the build.
import { jsSolve } from "../pure-js.mjs";
import { rand } from "../suite.mjs";

/** Uniform [0, 1) plus n on the diagonal, for each of `count` matrices. */
const dominant = (n, count = 1) => ({
  shape: count === 1 ? [n, n] : [count, n, n],
  dtype: "float64",
  make() {
    const a = rand([count * n, n], "float64", { seed: 91 }).make();
    for (let t = 0; t < count; t++) for (let i = 0; i < n; i++) a[t * n * n + i * n + i] += n;
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
  })).concat({
    op: "solve",
    case: "256 × (64×64) float64",
    inputs: { a: dominant(64, 256), b: rand([256, 64, 1], "float64", { seed: 92 }) },
    work: (256 * 2 * 64 ** 3) / 3 / 1e9,
    unit: "GFLOP/s",
    ndwasm: (nd, x) => nd.linalg.solve(x.a, x.b),
    numpy: "np.linalg.solve(a, b)",
    blas: true,
    tol: 1e-10,
  });
}
