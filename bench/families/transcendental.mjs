// The transcendental ufuncs issue 12 and 15 name, on (1000, 1000) values, both float types:
// log and log1p of (0, 10), tanh and sin of [-5, 5), arctan2 of two [-5, 5) arrays.
import { rand } from "../suite.mjs";

/** out[i] = f(x[i]) (or f(x[i], y[i])) into a fresh typed array of x's type: the idiomatic JS loop. */
function jsMap(f, Type, x, y) {
  const out = new Type(x.length);
  if (y === undefined) for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
  else for (let i = 0; i < x.length; i++) out[i] = f(x[i], y[i]);
  return out;
}

const UNARY = [
  ["log", Math.log, { lo: 0, hi: 10 }],
  ["log1p", Math.log1p, { lo: 0, hi: 10 }],
  ["tanh", Math.tanh, { lo: -5, hi: 5 }],
  ["sin", Math.sin, { lo: -5, hi: 5 }],
];

export default function transcendental() {
  const cases = [];
  for (const dtype of ["float64", "float32"]) {
    const Type = dtype === "float64" ? Float64Array : Float32Array;
    // Within 1 ulp of the exact value each (the JS loop is correctly rounded in float32).
    const tol = dtype === "float32" ? 3e-7 : 5e-16;
    for (const [op, f, range] of UNARY) {
      cases.push({
        op,
        case: `(1000,1000) ${dtype}`,
        inputs: { x: rand([1000, 1000], dtype, { ...range, seed: 41 }) },
        work: 1,
        unit: "Melem/s",
        ndwasm: (nd, x) => nd[op](x.x),
        js: (x) => jsMap(f, Type, x.x.data),
        numpy: `np.${op}(x)`,
        tol,
      });
    }
    cases.push({
      op: "arctan2",
      case: `(1000,1000) ${dtype}`,
      inputs: { y: rand([1000, 1000], dtype, { lo: -5, hi: 5, seed: 42 }), x: rand([1000, 1000], dtype, { lo: -5, hi: 5, seed: 43 }) },
      work: 1,
      unit: "Melem/s",
      ndwasm: (nd, x) => nd.arctan2(x.y, x.x),
      js: (x) => jsMap(Math.atan2, Type, x.y.data, x.x.data),
      numpy: "np.arctan2(y, x)",
      tol,
    });
  }
  return cases;
}
