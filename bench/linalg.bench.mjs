// numpy.linalg: the WASM kernels (assembly/linalg) vs NumPy (OpenBLAS/LAPACK, one thread) vs
// ml-matrix (pure JS), side by side in one run. Until nd.linalg is wired, ndwasm's side calls the
// kernels directly, counting the copy of the operands into the workspace that the operation makes.
// Then the floors: solve 1024 float64 at least 0.3x NumPy, everything faster than pure JS.
import * as nd from "ndwasm";
import { readFileSync } from "node:fs";
import { instantiate } from "@assemblyscript/loader";
import * as mlMatrix from "ml-matrix";
import * as ws from "../dist/ops/linalg/workspace.js";
import { report, timeJs, timeNumpy } from "./harness.mjs";

const { Matrix, solve: mlSolve, inverse: mlInverse, EVD, SVD, QrDecomposition, CholeskyDecomposition } = mlMatrix;
const quick = process.argv.includes("--quick");

// The same build the library picks: relaxed SIMD where the engine validates it.
const relaxed = readFileSync(new URL("../build/ndwasm.relaxed.wasm", import.meta.url));
const binary = WebAssembly.validate(relaxed) ? relaxed : readFileSync(new URL("../build/ndwasm.wasm", import.meta.url));
const { exports: k } = await instantiate(binary);
const alloc = (bytes) => k.alloc(Math.max(bytes, 16)) >>> 0;
const f64 = (p, n) => new Float64Array(k.memory.buffer, p, n);

/** Fixed heap blocks per case; each call copies its operands in as the operation will. */
function kernelCase(bytesList) {
  return bytesList.map(alloc);
}

function rand(n, seed) {
  let s = seed;
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    a[i] = s / 2147483648 - 0.5;
  }
  return a;
}
const symmetric = (a, n) => {
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s[i * n + j] = a[i * n + j] + a[j * n + i];
  return s;
};
const ml = (a, m, n) => new Matrix(Array.from({ length: m }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n))));

export default async function () {
  console.log(`\nlinalg kernels: ${binary === relaxed ? "relaxed SIMD (fused multiply-add)" : "SIMD128"}; NumPy and ml-matrix on the same matrices`);
  const np = timeNumpy(
    `rng = np.random.default_rng(0)
A = {n: rng.random((n, n)) - 0.5 for n in (256, 1024)}
b = {n: rng.random(n) - 0.5 for n in (256, 1024)}
S = A[256] + A[256].T
P = A[1024] @ A[1024].T + 1024 * np.eye(1024)
T = rng.random((512, 64)) - 0.5; Tb = rng.random((512, 4)) - 0.5
q = rng.random((8, 12, 128, 64)); kk = rng.random((8, 12, 128, 64))
L = np.linalg`,
    {
      "solve 256": "L.solve(A[256], b[256])",
      "solve 1024": "L.solve(A[1024], b[1024])",
      "inv 256": "L.inv(A[256])",
      "inv 1024": "L.inv(A[1024])",
      "det 1024": "L.det(A[1024])",
      "cholesky 1024": "L.cholesky(P)",
      "qr 256": "L.qr(A[256])",
      "eigh 256": "L.eigh(S)",
      "eigvalsh 256": "L.eigvalsh(S)",
      "svd 256": "L.svd(A[256])",
      "svdvals 256": "L.svd(A[256], compute_uv=False)",
      "lstsq 512x64": "L.lstsq(T, Tb)",
      "pinv 256": "L.pinv(A[256])",
      attention: "np.einsum('bhqd,bhkd->bhqk', q, kk)",
    },
  );

  const rows = [];
  const iters = (n) => (quick ? 3 : n >= 1024 ? 5 : 15);
  const run = async (name, flops, n, ndwasm, mlFn) => {
    const tasks = { ndwasm };
    if (mlFn) tasks["ml-matrix (pure JS)"] = mlFn;
    const t = await timeJs(tasks, { iterations: iters(n) });
    rows.push({ name, flops, times: { ...t, numpy: np[name] } });
  };

  for (const n of [256, 1024]) {
    const A = rand(n * n, 7), b = rand(n, 9);
    const [pa, pb, piv, work, out] = kernelCase([n * n * 8, n * 8, n * 4, ws.luSolveWorkBytes(n, n, 8), n * n * 8]);
    const mA = n <= 256 ? ml(A, n, n) : null, mb = n <= 256 ? Matrix.columnVector(Array.from(b)) : null;
    await run(`solve ${n}`, (2 / 3) * n ** 3, n, () => {
      f64(pa, n * n).set(A);
      f64(pb, n).set(b);
      k.lu_solve_f64(pa, pb, piv, n, 1, 1, work);
    }, mA && (() => mlSolve(mA, mb)));
    await run(`inv ${n}`, 2 * n ** 3, n, () => {
      f64(pa, n * n).set(A);
      k.lu_inv_f64(pa, out, piv, n, 1, work);
    }, mA && (() => mlInverse(mA)));
    if (n === 1024) {
      await run("det 1024", (2 / 3) * n ** 3, n, () => {
        f64(pa, n * n).set(A);
        k.lu_det_f64(pa, out, piv, n, 1, work);
      });
      const B = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        let s = i === j ? n : 0;
        for (let p = 0; p < n; p++) s += A[i * n + p] * A[j * n + p];
        B[i * n + j] = s;
      }
      await run("cholesky 1024", n ** 3 / 3, n, () => {
        f64(pa, n * n).set(B);
        k.cholesky_f64(pa, n, 0, 1, work);
      });
    }
    [pa, pb, piv, work, out].forEach(k.free);
  }

  {
    const n = 256;
    const A = rand(n * n, 7), S = symmetric(A, n);
    const mA = ml(A, n, n), mS = ml(S, n, n);
    const big = Math.max(ws.qrWorkBytes(n, n, n, 8), ws.eighWorkBytes(n, true, 8), ws.svdWorkBytes(n, n, n, n, true, 8), ws.pinvWorkBytes(n, n, 8));
    const [pa, tau, q, r, w, v, s, u, vt, work] = kernelCase([n * n * 8, n * 8, n * n * 8, n * n * 8, n * 8, n * n * 8, n * 8, n * n * 8, n * n * 8, big]);
    await run("qr 256", (4 / 3) * n ** 3 * 2, n, () => {
      f64(pa, n * n).set(A);
      k.qr_f64(pa, tau, q, r, n, n, n, n, 1, work);
    }, () => {
      const d = new QrDecomposition(mA);
      d.orthogonalMatrix;
      d.upperTriangularMatrix;
    });
    await run("eigh 256", 0, n, () => {
      f64(pa, n * n).set(S);
      k.eigh_f64(pa, w, v, n, 0, 1, 1, work);
    }, () => new EVD(mS, { assumeSymmetric: true }));
    await run("eigvalsh 256", 0, n, () => {
      f64(pa, n * n).set(S);
      k.eigh_f64(pa, w, 0, n, 0, 0, 1, work);
    });
    await run("svd 256", 0, n, () => {
      f64(pa, n * n).set(A);
      k.svd_f64(pa, s, u, vt, n, n, n, n, 1, work);
    }, () => new SVD(mA));
    await run("svdvals 256", 0, n, () => {
      f64(pa, n * n).set(A);
      k.svd_f64(pa, s, 0, 0, n, n, n, n, 1, work);
    }, () => new SVD(mA, { computeLeftSingularVectors: false, computeRightSingularVectors: false }));
    await run("pinv 256", 0, n, () => {
      f64(pa, n * n).set(A);
      k.pinv_f64(pa, u, n, n, 1e-15, 1, work);
    }, () => mlMatrix.pseudoInverse(mA));
    [pa, tau, q, r, w, v, s, u, vt, work].forEach(k.free);

    const m = 512, nn = 64, nrhs = 4;
    const T = rand(m * nn, 3), Tb = rand(m * nrhs, 4);
    const [ta, tb, x, ss, rank, resid, lw] = kernelCase([m * nn * 8, m * nrhs * 8, nn * nrhs * 8, nn * 8, 4, nrhs * 8, ws.lstsqWorkBytes(m, nn, nrhs, 8)]);
    const mT = ml(T, m, nn), mTb = ml(Tb, m, nrhs);
    await run("lstsq 512x64", 0, 256, () => {
      f64(ta, m * nn).set(T);
      f64(tb, m * nrhs).set(Tb);
      k.lstsq_f64(ta, tb, x, ss, rank, resid, m, nn, nrhs, 512 * 2.220446049250313e-16, 1, lw);
    }, () => mlSolve(mT, mTb, true));
    [ta, tb, x, ss, rank, resid, lw].forEach(k.free);
  }

  // einsum("bhqd,bhkd->bhqk"): the planner makes it one batched product with k transposed, which
  // nd.matmul runs over strides.
  {
    nd.random.seed(0);
    const q = nd.random.rand(8, 12, 128, 64), kk = nd.random.rand(8, 12, 128, 64);
    const kt = kk.transpose(0, 1, 3, 2);
    const t = await timeJs({ ndwasm: () => q.matmul(kt).dispose() }, { iterations: quick ? 5 : 20 });
    rows.push({ name: "attention", flops: 2 * 96 * 128 * 128 * 64, times: { ...t, numpy: np.attention } });
    [q, kk].forEach((x) => x.dispose());
  }

  report("numpy.linalg (float64)", rows.map((r) => ({ ...r, name: r.name === "attention" ? "einsum bhqd,bhkd->bhqk (8,12,128,64)" : r.name, flops: r.flops || undefined })));

  const row = (name) => rows.find((r) => r.name === name).times;
  const floors = [
    ["solve 1024 float64: ≥ 0.3× NumPy", row("solve 1024").numpy / row("solve 1024").ndwasm / 0.3],
    ...rows.filter((r) => r.times["ml-matrix (pure JS)"]).map((r) => [`${r.name}: faster than ml-matrix`, r.times["ml-matrix (pure JS)"] / r.times.ndwasm]),
  ];
  console.log("\n## linalg floors (margin = measured ratio / floor; ≥ 1 passes)\n");
  for (const [name, margin] of floors) console.log(`- ${name}: margin ${margin.toFixed(2)} ${margin >= 1 ? "✓" : "✗"}`);
}
