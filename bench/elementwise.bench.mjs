// Broadcasting ufuncs: ndwasm vs an idiomatic pure-JS loop (allocating its output as ndwasm
// does) vs NumPy, for the large broadcast add and the per-call cost of a tiny one.
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";

function jsBroadcastAdd(a, b, rows, cols) {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const r = i * cols;
    for (let j = 0; j < cols; j++) out[r + j] = a[r + j] + b[j];
  }
  return out;
}

export default async function () {
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
