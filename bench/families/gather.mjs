// Gathering: np.take of 1e6 random positions from 1e6 float64 values. Empty until nd.take is in
// the build.
import { jsTake } from "../pure-js.mjs";
import { rand, randint } from "../suite.mjs";

export default function gather(nd) {
  if (typeof nd.take !== "function") return [];
  return [
    {
      op: "take",
      case: "1e6 of 1e6 float64",
      inputs: { a: rand([1_000_000], "float64", { seed: 71 }), i: randint([1_000_000], 0, 1_000_000, "int32", { seed: 72 }) },
      work: 1,
      unit: "Melem/s",
      ndwasm: (nd, x) => nd.take(x.a, x.i),
      js: (x) => jsTake(x.a.data, x.i.data),
      numpy: "np.take(a, i)",
      peers: {
        "tfjs-wasm": (tf, x) => tf.gather(x.a, x.i),
        "numpy-ts": (np, x) => np.take(x.a, x.i),
        "jax-js": (jax, x) => jax.numpy.take(x.a, x.i),
      },
      tol: 0,
    },
  ];
}
