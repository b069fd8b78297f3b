// np.gradient of the seed notebook's sin(X)·sin(Y), on a 1000×1000 float64 grid, along both axes
// with coordinate arrays.
import { jsGradient } from "../pure-js.mjs";
import { linspace } from "../suite.mjs";

const N = 1000;

export default function gradient() {
  const grid = {
    shape: [N, N],
    dtype: "float64",
    make() {
      const x = linspace(0, 5, N).make();
      const f = new Float64Array(N * N);
      for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) f[i * N + j] = Math.sin(x[j]) * Math.sin(x[i]);
      return f;
    },
  };
  return [
    {
      op: "gradient",
      case: `${N}×${N} float64, coordinates`,
      inputs: { f: grid, y: linspace(0, 5, N), x: linspace(0, 5, N) },
      work: 1,
      unit: "Melem/s",
      ndwasm: (nd, x) => nd.gradient(x.f, x.y, x.x),
      js: (x) => jsGradient(x.f.data, N, N, x.y.data, x.x.data),
      numpy: "np.gradient(f, y, x)",
      peers: { "numpy-ts": (np, x) => np.gradient(x.f, x.y, x.x) },
      tol: 1e-12,
      tags: ["quick"],
    },
  ];
}
