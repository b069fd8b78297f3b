// Sorting 1e6 float64 values: np.sort and np.argsort (stable, as ndwasm's: the data hold a few
// ties), np.unique of 1e6 labels and np.median along each axis.
// Empty until nd.sort is in the build.
import { jsArgsort } from "../pure-js.mjs";
import { rand, randint } from "../suite.mjs";

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
      // Stable, as ndwasm's argsort: 1e6 draws of 32 random bits hold a few ties.
      numpy: "np.argsort(a, kind=\"stable\")",
      peers: { "numpy-ts": (np, x) => np.argsort(x.a), "jax-js": (jax, x) => jax.numpy.argsort(x.a) },
      tol: 0,
    },
    ...(typeof nd.unique === "function"
      ? [
          {
            op: "unique",
            case: "1e6 int64 in [0, 1e5)",
            inputs: { a: randint([1_000_000], 0, 100_000, "int64", { seed: 62 }) },
            work: 1,
            unit: "Melem/s",
            ndwasm: (nd, x) => nd.unique(x.a),
            js: (x) => Array.from(new Set(Array.from(x.a.data, Number))).sort((a, b) => a - b),
            numpy: "np.unique(a)",
            peers: { "numpy-ts": (np, x) => np.unique(x.a) },
            tol: 0,
          },
        ]
      : []),
    ...(typeof nd.median === "function"
      ? [0, 1].map((axis) => ({
          op: "median",
          case: `(1000,1000) float64, axis ${axis}`,
          inputs: { a: rand([1000, 1000], "float64", { seed: 63 }) },
          work: 1,
          unit: "Melem/s",
          ndwasm: (nd, x) => nd.median(x.a, axis),
          numpy: `np.median(a, axis=${axis})`,
          peers: { "numpy-ts": (np, x) => np.median(x.a, axis) },
          tol: 0,
        }))
      : []),
  ];
}
