// np.gradient of a 1000×1000 float64 grid (the seed notebook's sin(X)·sin(Y), scaled up):
// ndwasm's fused WASM pass vs NumPy vs an idiomatic pure-JS loop with the same formulas.
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";
import { jsGradient } from "./pure-js.mjs";

const N = 1000;

export default async function () {
  const x = nd.linspace(0, 5, N);
  const y = nd.linspace(0, 5, N);
  const [X, Y] = nd.meshgrid(x, y);
  const f = nd.sin(X).mul(nd.sin(Y));
  const jf = f.toTypedArray();
  const jx = x.toTypedArray();
  const jy = y.toTypedArray();

  // The pure-JS loop computes the same numbers (it is NumPy's formula too).
  const [g0, g1] = nd.gradient(f, y, x);
  const [j0, j1] = jsGradient(jf, N, N, jy, jx);
  const a0 = g0.toTypedArray();
  const a1 = g1.toTypedArray();
  for (let i = 0; i < a0.length; i++) {
    if (a0[i] !== j0[i] || a1[i] !== j1[i]) throw new Error(`pure-JS gradient differs from ndwasm at ${i}`);
  }
  g0.dispose();
  g1.dispose();

  const js = await timeJs({
    coords: () => {
      for (const g of nd.gradient(f, y, x)) g.dispose();
    },
    "coords js": () => jsGradient(jf, N, N, jy, jx),
    scalar: () => {
      for (const g of nd.gradient(f, 0.005, 0.005)) g.dispose();
    },
    unit: () => {
      for (const g of nd.gradient(f)) g.dispose();
    },
  });
  const np = timeNumpy(
    `x = np.linspace(0, 5, ${N}); y = np.linspace(0, 5, ${N}); X, Y = np.meshgrid(x, y); f = np.sin(X) * np.sin(Y)`,
    { coords: "np.gradient(f, y, x)", scalar: "np.gradient(f, 0.005, 0.005)", unit: "np.gradient(f)" },
  );
  report(`np.gradient, ${N}×${N} float64 (both axes)`, [
    { name: "coordinate arrays x, y", times: { ndwasm: js.coords, numpy: np.coords, "pure JS": js["coords js"] } },
    { name: "scalar spacing 0.005", times: { ndwasm: js.scalar, numpy: np.scalar } },
    { name: "unit spacing (2·dx a power of two)", times: { ndwasm: js.unit, numpy: np.unit } },
  ]);
  for (const a of [x, y, X, Y, f]) a.dispose();
}
