// Sorting 1e6 float64 values: np.sort and np.argsort (no ties in the data, so every stable or
// unstable sort gives the same result). Empty until nd.sort is in the build.
import { jsArgsort } from "../pure-js.mjs";
import { rand } from "../suite.mjs";

export default function sort(nd) {
  if (typeof nd.sort !== "function") return [];
  const inputs = { a: rand([1_000_000], "float64", { seed: 61 }) };
  return [
    {
      op: "sort",
      case: "1e6 float64",
      inputs,
      work: 1,
      unit: "Melem/s",
      ndwasm: (nd, x) => nd.sort(x.a),
      js: (x) => Float64Array.from(x.a.data).sort(),
      numpy: "np.sort(a)",
      peers: { "numpy-ts": (np, x) => np.sort(x.a), "jax-js": (jax, x) => jax.numpy.sort(x.a) },
      tol: 0,
    },
    {
      op: "argsort",
      case: "1e6 float64",
      inputs,
      work: 1,
      unit: "Melem/s",
      ndwasm: (nd, x) => nd.argsort(x.a),
      js: (x) => jsArgsort(x.a.data),
      numpy: "np.argsort(a)",
      peers: { "numpy-ts": (np, x) => np.argsort(x.a), "jax-js": (jax, x) => jax.numpy.argsort(x.a) },
      tol: 0,
    },
  ];
}
