// np.gradient of a 1000×1000 float64 grid (the seed notebook's sin(X)·sin(Y), scaled up):
// ndwasm's fused WASM pass vs NumPy vs an idiomatic pure-JS loop with the same formulas.
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";

const N = 1000;

/** np.gradient's non-uniform coefficients for coordinates x (interior a, b, c; first-order edges). */
function coefficients(x) {
  const n = x.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  for (let i = 1; i < n - 1; i++) {
    const dx1 = x[i] - x[i - 1];
    const dx2 = x[i + 1] - x[i];
    a[i] = -dx2 / (dx1 * (dx1 + dx2));
    b[i] = (dx2 - dx1) / (dx1 * dx2);
    c[i] = dx1 / (dx2 * (dx1 + dx2));
  }
  return { a, b, c, first: x[1] - x[0], last: x[n - 1] - x[n - 2] };
}

/** Both partial derivatives of a row-major rows×cols grid, as np.gradient(f, y, x) with edge_order=1. */
function jsGradient(f, rows, cols, y, x) {
  const g0 = new Float64Array(rows * cols);
  const g1 = new Float64Array(rows * cols);
  const cy = coefficients(y);
  const cx = coefficients(x);
  // Along axis 0: whole rows at a time.
  for (let j = 0; j < cols; j++) {
    g0[j] = (f[cols + j] - f[j]) / cy.first;
    g0[(rows - 1) * cols + j] = (f[(rows - 1) * cols + j] - f[(rows - 2) * cols + j]) / cy.last;
  }
  for (let i = 1; i < rows - 1; i++) {
    const a = cy.a[i], b = cy.b[i], c = cy.c[i];
    const r = i * cols;
    for (let j = 0; j < cols; j++) g0[r + j] = a * f[r - cols + j] + b * f[r + j] + c * f[r + cols + j];
  }
  // Along axis 1: within each row.
  for (let i = 0; i < rows; i++) {
    const r = i * cols;
    g1[r] = (f[r + 1] - f[r]) / cx.first;
    for (let j = 1; j < cols - 1; j++) g1[r + j] = cx.a[j] * f[r + j - 1] + cx.b[j] * f[r + j] + cx.c[j] * f[r + j + 1];
    g1[r + cols - 1] = (f[r + cols - 1] - f[r + cols - 2]) / cx.last;
  }
  return [g0, g1];
}

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
