// Element-wise ufuncs: ndwasm vs an idiomatic pure-JS loop (allocating its output as ndwasm
// does) vs NumPy, for the large broadcast add, the per-call cost of a tiny one, and the
// transcendental ufuncs on a (1000, 1000) array in float64 and float32.
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";
import { jsBroadcastAdd } from "./pure-js.mjs";

// exp, tanh and sin read [-5, 5); log and log1p read (0, 10); arctan2 reads two [-5, 5) arrays.
const UNARY = ["exp", "log", "tanh", "sin", "log1p"];
const POSITIVE = new Set(["log", "log1p"]);
const BINARY = { arctan2: "atan2" };

// out[i] = Math.f(x[i]) into a fresh typed array of x's type, one monomorphic loop per case
// (generated here, so these few stay out of pure-js.mjs, which the CSP-bound web page imports).
const JS = {};
for (const f of UNARY) {
  for (const Type of [Float64Array, Float32Array]) {
    JS[`${f} ${Type === Float64Array ? "float64" : "float32"}`] = new Function(
      "x",
      `const out = new ${Type.name}(x.length); for (let i = 0; i < x.length; i++) out[i] = Math.${f}(x[i]); return out;`,
    );
  }
}
for (const [f, m] of Object.entries(BINARY)) {
  for (const Type of [Float64Array, Float32Array]) {
    JS[`${f} ${Type === Float64Array ? "float64" : "float32"}`] = new Function(
      "x",
      "y",
      `const out = new ${Type.name}(x.length); for (let i = 0; i < x.length; i++) out[i] = Math.${m}(x[i], y[i]); return out;`,
    );
  }
}

async function addCases() {
  nd.random.seed(0);
  const a = nd.random.rand(1000, 1000);
  const b = nd.random.rand(1000);
  const ja = a.toTypedArray();
  const jb = b.toTypedArray();
  const A = nd.array([[1.5, 2], [3, 4]]);
  const B = nd.array([[1, 3], [3, 5.5]]);
  const jA = A.toTypedArray();
  const jB = B.toTypedArray();

  const js = await timeJs({
    "big ndwasm": () => a.add(b).dispose(),
    "big js": () => jsBroadcastAdd(ja, jb, 1000, 1000),
    "small ndwasm": () => A.add(B).dispose(),
    "small ndwasm (dropped, GC frees)": () => A.add(B),
    "small js": () => jsBroadcastAdd(jA, jB, 2, 2),
  });
  const np = timeNumpy(
    "a = np.random.rand(1000, 1000); b = np.random.rand(1000); A = np.array([[1.5, 2], [3, 4]]); B = np.array([[1, 3], [3, 5.5]])",
    { big: "a + b", small: "A + B" },
  );
  report("element-wise add, float64", [
    { name: "(1000,1000) + (1000,)", times: { ndwasm: js["big ndwasm"], numpy: np.big, "pure JS": js["big js"] } },
    { name: "(2,2) + (2,2)", times: { ndwasm: js["small ndwasm"], numpy: np.small, "pure JS": js["small js"] } },
    { name: "(2,2) + (2,2), result dropped", times: { ndwasm: js["small ndwasm (dropped, GC frees)"], numpy: np.small } },
  ]);
}

async function unaryCases() {
  nd.random.seed(0);
  const u = nd.random.rand(1000, 1000);
  const v = nd.random.rand(1000, 1000);
  const inputs = {};
  for (const dtype of ["float64", "float32"]) {
    inputs[dtype] = nd.tidy(() => ({
      signed: nd.subtract(nd.multiply(u, 10), 5).astype(dtype),
      positive: nd.multiply(u, 10).astype(dtype),
      other: nd.subtract(nd.multiply(v, 10), 5).astype(dtype),
    }));
  }
  const tasks = {};
  for (const dtype of ["float64", "float32"]) {
    for (const f of UNARY) {
      const x = inputs[dtype][POSITIVE.has(f) ? "positive" : "signed"];
      const jx = x.toTypedArray();
      const js = JS[`${f} ${dtype}`];
      tasks[`${f} ${dtype} ndwasm`] = () => nd[f](x).dispose();
      tasks[`${f} ${dtype} js`] = () => js(jx);
    }
    for (const f of Object.keys(BINARY)) {
      const { signed: x, other: y } = inputs[dtype];
      const jx = x.toTypedArray();
      const jy = y.toTypedArray();
      const js = JS[`${f} ${dtype}`];
      tasks[`${f} ${dtype} ndwasm`] = () => nd[f](x, y).dispose();
      tasks[`${f} ${dtype} js`] = () => js(jx, jy);
    }
  }
  const js = await timeJs(tasks);
  const stmts = {};
  for (const dtype of ["float64", "float32"]) {
    for (const f of UNARY) stmts[`${f} ${dtype}`] = `np.${f}(${POSITIVE.has(f) ? "p" : "s"}_${dtype})`;
    for (const f of Object.keys(BINARY)) stmts[`${f} ${dtype}`] = `np.${f}(s_${dtype}, o_${dtype})`;
  }
  const np = timeNumpy(
    `np.random.seed(0)
u = np.random.rand(1000, 1000); v = np.random.rand(1000, 1000)
s_float64 = u * 10 - 5; p_float64 = u * 10; o_float64 = v * 10 - 5
s_float32 = s_float64.astype(np.float32); p_float32 = p_float64.astype(np.float32); o_float32 = o_float64.astype(np.float32)`,
    stmts,
  );
  for (const dtype of ["float64", "float32"]) {
    const names = { ...Object.fromEntries(UNARY.map((f) => [f, `${f}(${POSITIVE.has(f) ? "(0, 10)" : "[-5, 5)"})`])), arctan2: "arctan2([-5, 5), [-5, 5))" };
    report(`element-wise transcendentals, (1000,1000) ${dtype}`, Object.entries(names).map(([f, name]) => ({
      name,
      times: { ndwasm: js[`${f} ${dtype} ndwasm`], numpy: np[`${f} ${dtype}`], "pure JS": js[`${f} ${dtype} js`] },
    })));
  }
}

export default async function () {
  await addCases();
  await unaryCases();
}
