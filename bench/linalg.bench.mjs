// numpy.linalg and einsum through the public API: nd.linalg.* and nd.einsum vs NumPy
// (OpenBLAS/LAPACK, one thread, timed warm in one python process) vs ml-matrix (pure JS), side
// by side in one run. Then the floors: solve 1024 float64 at least 0.3x NumPy, everything faster
// than pure JS.
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";
import { importPeer } from "./peers.mjs";

const quick = process.argv.includes("--quick");

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

/** Pure-JS attention scores: out[b,h,q,k] = Σd q[b,h,q,d]·k[b,h,k,d] (rows of both contiguous). */
function jsAttention(q, k, bh, n, d) {
  const out = new Float64Array(bh * n * n);
  for (let t = 0; t < bh; t++) {
    const base = t * n * d;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < d; p++) s += q[base + i * d + p] * k[base + j * d + p];
        out[t * n * n + i * n + j] = s;
      }
    }
  }
  return out;
}

export default async function () {
  const mlMatrix = await importPeer("ml-matrix");
  const { Matrix, solve: mlSolve, inverse: mlInverse, EVD, SVD, QrDecomposition } = mlMatrix;
  const ml = (a, m, n) => new Matrix(Array.from({ length: m }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n))));
  console.log(`\nnd.linalg (${nd.features.relaxedSimd ? "relaxed SIMD, fused multiply-add" : "SIMD128"}); NumPy and ml-matrix on the same matrices`);
  const np = timeNumpy(
    `np.seterr(all="ignore")  # det of a random 1024 x 1024 overflows float64, as it should
rng = np.random.default_rng(0)
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
      "attention matmul": "q @ kk.transpose(0, 1, 3, 2)",
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
  const L = nd.linalg;
  const mat = (data, m, n) => nd.array(data).reshape(m, n);

  for (const n of [256, 1024]) {
    const a = rand(n * n, 7), bv = rand(n, 9);
    const A = mat(a, n, n), b = nd.array(bv);
    const mA = n <= 256 ? ml(a, n, n) : null, mb = n <= 256 ? Matrix.columnVector(Array.from(bv)) : null;
    await run(`solve ${n}`, (2 / 3) * n ** 3, n, () => L.solve(A, b).dispose(), mA && (() => mlSolve(mA, mb)));
    await run(`inv ${n}`, 2 * n ** 3, n, () => L.inv(A).dispose(), mA && (() => mlInverse(mA)));
    if (n === 1024) {
      await run("det 1024", (2 / 3) * n ** 3, n, () => L.det(A).dispose());
      const P = nd.add(nd.matmul(A, A.T), nd.multiply(nd.eye(n), n));
      await run("cholesky 1024", n ** 3 / 3, n, () => L.cholesky(P).dispose());
      P.dispose();
    }
    [A, b].forEach((x) => x.dispose());
  }

  {
    const n = 256;
    const a = rand(n * n, 7), s = symmetric(a, n);
    const A = mat(a, n, n), S = mat(s, n, n);
    const mA = ml(a, n, n), mS = ml(s, n, n);
    const drop = (xs) => (Array.isArray(xs) ? xs.forEach((x) => x.dispose()) : xs.dispose());
    await run("qr 256", (4 / 3) * n ** 3 * 2, n, () => drop(L.qr(A)), () => {
      const d = new QrDecomposition(mA);
      d.orthogonalMatrix;
      d.upperTriangularMatrix;
    });
    await run("eigh 256", 0, n, () => drop(L.eigh(S)), () => new EVD(mS, { assumeSymmetric: true }));
    await run("eigvalsh 256", 0, n, () => drop(L.eigvalsh(S)));
    await run("svd 256", 0, n, () => drop(L.svd(A)), () => new SVD(mA));
    await run("svdvals 256", 0, n, () => drop(L.svdvals(A)), () => new SVD(mA, { computeLeftSingularVectors: false, computeRightSingularVectors: false }));
    await run("pinv 256", 0, n, () => drop(L.pinv(A)), () => mlMatrix.pseudoInverse(mA));
    [A, S].forEach((x) => x.dispose());

    const m = 512, nn = 64, nrhs = 4;
    const t = rand(m * nn, 3), tb = rand(m * nrhs, 4);
    const T = mat(t, m, nn), Tb = mat(tb, m, nrhs);
    const mT = ml(t, m, nn), mTb = ml(tb, m, nrhs);
    await run("lstsq 512x64", 0, 256, () => {
      const [x, r, , sv] = L.lstsq(T, Tb);
      [x, r, sv].forEach((y) => y.dispose());
    }, () => mlSolve(mT, mTb, true));
    [T, Tb].forEach((x) => x.dispose());
  }

  // einsum("bhqd,bhkd->bhqk"): one batched product in the matmul kernel, k read transposed in place.
  {
    const shape = [8, 12, 128, 64];
    const qd = rand(8 * 12 * 128 * 64, 11), kd = rand(8 * 12 * 128 * 64, 12);
    const q = nd.array(qd).reshape(shape), kk = nd.array(kd).reshape(shape);
    const t = await timeJs({ ndwasm: () => nd.einsum("bhqd,bhkd->bhqk", q, kk).dispose(), "pure JS loops": () => jsAttention(qd, kd, 96, 128, 64) }, { iterations: quick ? 3 : 10 });
    rows.push({ name: "attention", flops: 2 * 96 * 128 * 128 * 64, times: { ...t, numpy: np.attention } });
    // NumPy's einsum (optimize=False) loops in C; its matmul of the same operands runs OpenBLAS.
    rows.push({ name: "attention matmul", flops: 2 * 96 * 128 * 128 * 64, times: { ndwasm: t.ndwasm, numpy: np["attention matmul"] } });
    [q, kk].forEach((x) => x.dispose());
  }

  report("numpy.linalg (float64)", rows.map((r) => ({ ...r, name: r.name === "attention" ? "einsum bhqd,bhkd->bhqk (8,12,128,64)" : r.name === "attention matmul" ? "  the same, NumPy as q @ kᵀ" : r.name, flops: r.flops || undefined })));

  const row = (name) => rows.find((r) => r.name === name).times;
  const js = (r) => r.times["ml-matrix (pure JS)"] ?? r.times["pure JS loops"];
  const floors = [
    ["solve 1024 float64: ≥ 0.3× NumPy", row("solve 1024").numpy / row("solve 1024").ndwasm / 0.3],
    ...rows.filter((r) => js(r)).map((r) => [`${r.name}: faster than pure JS`, js(r) / r.times.ndwasm]),
  ];
  console.log("\n## linalg floors (margin = measured ratio / floor; ≥ 1 passes)\n");
  for (const [name, margin] of floors) console.log(`- ${name}: margin ${margin.toFixed(2)} ${margin >= 1 ? "✓" : "✗"}`);
}
