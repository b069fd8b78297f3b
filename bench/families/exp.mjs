// exp of (1000, 1000) values in [-5, 5), both float types.
import { jsExp } from "../pure-js.mjs";
import { rand } from "../suite.mjs";

export default function exp() {
  return ["float64", "float32"].map((dtype) => ({
    op: "exp",
    case: `(1000,1000) ${dtype}`,
    inputs: { x: rand([1000, 1000], dtype, { lo: -5, hi: 5, seed: 31 }) },
    work: 1,
    unit: "Melem/s",
    ndwasm: (nd, x) => nd.exp(x.x),
    js: (x) => jsExp(x.x.data, dtype === "float64" ? Float64Array : Float32Array),
    numpy: "np.exp(x)",
    peers: {
      "tfjs-wasm": (tf, x) => tf.exp(x.x),
      "numpy-ts": (np, x) => np.exp(x.x),
      "jax-js": (jax, x) => jax.numpy.exp(x.x),
    },
    // Within 1 ulp of the exact value each, so within 2 ulp of each other.
    tol: dtype === "float32" ? 3e-7 : 5e-16,
  }));
}
