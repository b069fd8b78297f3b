// Element-wise addition: the broadcast (1000,1000) + (1000,), a cache-resident 1e5 add and the
// per-call cost of a 2×2 one.
import { jsAdd, jsBroadcastAdd } from "../pure-js.mjs";
import { rand, values } from "../suite.mjs";

const peers = {
  "tfjs-wasm": (tf, x) => tf.add(x.a, x.b),
  "numpy-ts": (np, x) => np.add(x.a, x.b),
  "jax-js": (jax, x) => jax.numpy.add(x.a, x.b),
};
const base = { op: "add", ndwasm: (nd, x) => nd.add(x.a, x.b), numpy: "a + b", peers };

export default function add() {
  return [
    ...["float64", "float32"].map((dtype) => ({
      ...base,
      case: `(1000,1000) + (1000,) ${dtype}`,
      inputs: { a: rand([1000, 1000], dtype, { seed: 21 }), b: rand([1000], dtype, { seed: 22 }) },
      work: 1e6 / 1e6,
      unit: "Melem/s",
      js: (x) => jsBroadcastAdd(x.a.data, x.b.data, 1000, 1000),
      tags: dtype === "float64" ? ["quick"] : [],
    })),
    {
      ...base,
      case: "1e5 + 1e5 float64",
      inputs: { a: rand([100_000], "float64", { seed: 21 }), b: rand([100_000], "float64", { seed: 22 }) },
      work: 1e5 / 1e6,
      unit: "Melem/s",
      js: (x) => jsAdd(x.a.data, x.b.data, Float64Array),
    },
    {
      ...base,
      case: "(2,2) + (2,2) float64",
      inputs: { a: values([2, 2], [1.5, 2, 3, 4]), b: values([2, 2], [1, 3, 3, 5.5]) },
      work: 1e-6,
      unit: "Mcalls/s",
      js: (x) => jsAdd(x.a.data, x.b.data, Float64Array),
    },
  ];
}
