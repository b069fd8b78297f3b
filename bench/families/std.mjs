// Standard deviation of 1e6 float64 values. Empty until nd.std is in the build.
import { jsStd } from "../pure-js.mjs";
import { rand } from "../suite.mjs";

export default function std(nd) {
  if (typeof nd.std !== "function") return [];
  return [
    {
      op: "std",
      case: "1e6 float64",
      inputs: { a: rand([1_000_000], "float64", { seed: 81 }) },
      work: 1,
      unit: "Melem/s",
      ndwasm: (nd, x) => nd.std(x.a),
      js: (x) => jsStd(x.a.data),
      numpy: "a.std()",
      peers: { "numpy-ts": (np, x) => np.std(x.a), "jax-js": (jax, x) => jax.numpy.std(x.a) },
      tol: 1e-12,
    },
  ];
}
