// The linear-algebra kernels (assembly/linalg) against NumPy (make_linalg.py) and against the
// properties LAPACK's own tests check: residuals ‖A·x − b‖ / (‖A‖·‖x‖·ε) of order 1, orthogonality
// of Q and of eigen- and singular vectors, reconstruction, and eigenvalues / singular values
// within a few ulps of the largest of NumPy's. Random, Hilbert, rank-deficient, diagonal, 1 x 1,
// tall, wide and batched matrices, in both precisions; sizes cross the blocking thresholds
// (LU and Cholesky panels of 64, QR above 64 reflectors, the packed GEMM updates).
// NumPy computes float32 input in float64: the f32 kernels are held to f32's epsilon instead.
import { describe, expect, test } from "vitest";
import { lstsqDefaultRcond, matrixRankTolerance } from "../src/ops/linalg/shapes.js";
import { loadFixture } from "./support/fixtures.js";
import { MatrixSpec, build, matmul, maxAbs, maxDiff, normInf, orthogonality, symmetricFrom, transpose } from "./support/linalg.js";
import * as K from "./support/linalg-kernels.js";
import { EPS, Prec } from "./support/linalg-kernels.js";

type Enc = number | string;
interface Arr {
  shape: number[];
  values: Enc[];
}
interface MatrixCase {
  spec: MatrixSpec;
  svdvals: Arr;
  matrix_rank: number[];
  slogdet?: { sign: Arr; logabsdet: Arr };
  det?: Arr;
  eigvalsh_lower?: Arr;
  eigvalsh_upper?: Arr;
  cholesky?: Arr | "ok" | null;
  inv?: Arr | "ok" | null;
  qr_r?: Arr;
  pinv?: Arr;
  lstsq?: { x: Arr; residuals: Arr; rank: number; s: Arr };
}
const fixture = loadFixture<{ matrices: MatrixCase[]; largeSymmetric: { spec: MatrixSpec; eigvalsh_lower: Arr }[] }>("linalg");
const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };
const values = (a: Arr): Float64Array => Float64Array.from(a.values, (v) => (typeof v === "string" ? SPECIAL[v] : v));

/** Rounds to the kernel's precision (the f32 kernels see f32 inputs). */
const round = (prec: Prec, a: Float64Array): Float64Array => (prec === "f32" ? Float64Array.from(Float32Array.from(a)) : a);

const PRECS: Prec[] = ["f64", "f32"];
const cases = fixture.matrices.map((c) => [c.spec.name, c] as const);
const square = cases.filter(([, c]) => c.spec.m === c.spec.n);
const single = cases.filter(([, c]) => !c.spec.batch);

/** Splits count x rows x cols data into its matrices. */
const slices = (a: Float64Array, count: number, size: number): Float64Array[] => Array.from({ length: count }, (_, t) => a.subarray(t * size, (t + 1) * size));

/** Condition number from NumPy's singular values (Infinity when singular). */
const cond = (s: Float64Array): number => s[0] / s[s.length - 1];

describe.each(PRECS)("%s kernels", (prec) => {
  const eps = EPS[prec];

  describe("LU: solve, inv, det, slogdet", () => {
    test.each(square)("%s: solve residuals of order 1; inv and det as NumPy's", (_, c) => {
      const { m: n } = c.spec;
      const { data, count } = build(c.spec);
      const a = round(prec, data);
      const nrhs = 3;
      const b = round(prec, Float64Array.from({ length: count * n * nrhs }, (_, i) => ((i * 37) % 11) - 5));
      const s = values(c.svdvals);
      // NumPy met an exact zero pivot, or the matrix is singular to working precision: whether a
      // pivot comes out exactly zero then depends on rounding, so neither status nor det is compared.
      const singular = c.inv === null || !(cond(s) < 1 / eps);
      const solved = K.solve(prec, a, b, n, nrhs, count);
      const vec = K.solve(prec, a, b.subarray(0, count * n), n, 1, count);
      if (!singular) {
        expect(solved.status).toBe(0);
        expect(vec.status).toBe(0);
        const as = slices(a, count, n * n), bs = slices(b, count, n * nrhs), xs = slices(solved.x, count, n * nrhs);
        for (let t = 0; t < count; t++) {
          const r = maxDiff(matmul(as[t], xs[t], n, n, nrhs), bs[t]);
          expect(r / (normInf(as[t], n, n) * maxAbs(xs[t]) * eps)).toBeLessThan(8);
          const x1 = vec.x.subarray(t * n, (t + 1) * n);
          const b1 = b.subarray(t * n, (t + 1) * n);
          expect(maxDiff(matmul(as[t], x1, n, n, 1), b1) / (normInf(as[t], n, n) * maxAbs(x1) * eps)).toBeLessThan(8);
        }
        const { inv, status } = K.inv(prec, a, n, count);
        expect(status).toBe(0);
        const invs = slices(inv, count, n * n);
        for (let t = 0; t < count; t++) {
          const eye = new Float64Array(n * n);
          for (let i = 0; i < n; i++) eye[i * n + i] = 1;
          const r = maxDiff(matmul(as[t], invs[t], n, n, n), eye);
          expect(r / (normInf(as[t], n, n) * normInf(invs[t], n, n) * eps)).toBeLessThan(8);
        }
        if (c.inv && c.inv !== "ok" && prec === "f64" && cond(s) < 1e6) {
          expect(maxDiff(inv, values(c.inv)) / maxAbs(values(c.inv))).toBeLessThan(64 * n * cond(s) * eps);
        }
      }
      // slogdet and det: NumPy's sign exactly, log|det| within the conditioning.
      const sd = K.slogdet(prec, a, n, count);
      const d = K.det(prec, a, n, count);
      const sign = values(c.slogdet!.sign), logdet = values(c.slogdet!.logabsdet), ndet = values(c.det!);
      const kappa = Math.min(cond(s), 1e20);
      for (let t = 0; t < count; t++) {
        if (singular || (prec === "f32" && kappa > 1e5)) continue;
        expect(sd.sign[t]).toBe(sign[t]);
        expect(Math.abs(sd.logdet[t] - logdet[t])).toBeLessThanOrEqual(8 * n * eps * kappa);
        // det = sign·exp(logdet) overflows f32 where NumPy's float64 does not.
        if (prec === "f64" || Math.abs(ndet[t]) < 3e38) expect(Math.abs(d[t] - ndet[t])).toBeLessThanOrEqual(Math.abs(ndet[t]) * 16 * n * eps * kappa);
      }
    });

    test("P·A = L·U with the pivots LAPACK chooses (largest magnitude, first on ties)", () => {
      const n = 150;
      const { data } = build({ name: "", kind: "random", m: n, n, seed: 8 });
      const a = round(prec, data);
      const { lu, piv, status } = K.luFactor(prec, a, n, 1);
      expect(status).toBe(0);
      const l = new Float64Array(n * n), u = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (j < i) l[i * n + j] = lu[i * n + j];
          else u[i * n + j] = lu[i * n + j];
        }
        l[i * n + i] = 1;
      }
      const pa = Float64Array.from(a);
      for (let i = 0; i < n; i++) {
        const p = piv[i];
        expect(p).toBeGreaterThanOrEqual(i);
        for (let j = 0; j < n; j++) [pa[i * n + j], pa[p * n + j]] = [pa[p * n + j], pa[i * n + j]];
      }
      expect(maxDiff(matmul(l, u, n, n, n), pa) / (normInf(a, n, n) * eps)).toBeLessThan(4 * n);
      expect(maxAbs(l)).toBeLessThanOrEqual(1);
    });

    test("an exactly singular matrix: solve and inv report it, det is 0 and slogdet (0, -inf)", () => {
      const a = [1, 2, 3, 2, 4, 6, 1, 0, 1];
      expect(K.solve(prec, a, [1, 2, 3], 3, 1, 1).status).toBe(1);
      expect(K.inv(prec, a, 3, 1).status).toBe(1);
      expect(Array.from(K.det(prec, a, 3, 1))).toEqual([0]);
      const sd = K.slogdet(prec, a, 3, 1);
      expect([sd.sign[0], sd.logdet[0]]).toEqual([0, -Infinity]);
      // In a batch the status names the first failing matrix (1-based).
      const batch = [...[2, 0, 0, 2], ...[1, 1, 1, 1], ...[0, 0, 0, 0]];
      expect(K.inv(prec, batch, 2, 3).status).toBe(2);
    });

    test("NaN spreads through solve, inv and det without a status (as NumPy's)", () => {
      const a = [1, NaN, 3, 4];
      expect(K.solve(prec, a, [1, 2], 2, 1, 1).status).toBe(0);
      expect(K.inv(prec, a, 2, 1).status).toBe(0);
      expect(K.det(prec, a, 2, 1)[0]).toBeNaN();
    });

    // NumPy's -2.0000000000000004 is sign·exp(log 3 + log u22); the last bits follow the libm's
    // log, which is not correctly rounded in every libm: within 2 ulps, not bit for bit.
    test("det of [[1, 2], [3, 4]] is sign·exp(log|det|), as NumPy's (-2.0000000000000004 in float64, to 2 ulps)", () => {
      const d = K.det(prec, [1, 2, 3, 4], 2, 1)[0];
      if (prec === "f64") expect(Math.abs(d + 2.0000000000000004)).toBeLessThanOrEqual(2 * 4.440892098500626e-16);
      else expect(Math.abs(d + 2)).toBeLessThan(4 * eps);
    });
  });

  describe("Cholesky", () => {
    test.each(square)("%s", (_, c) => {
      const { m: n } = c.spec;
      const { data, count } = build(c.spec);
      const a = round(prec, data);
      const lower = K.cholesky(prec, a, n, count);
      if (c.cholesky === null) {
        expect(lower.status).toBeGreaterThan(0);
        return;
      }
      // Positive definite, but not to f32's precision (Hilbert): either outcome is right.
      if (!(cond(values(c.svdvals)) < 0.1 / eps)) return;
      expect(lower.status).toBe(0);
      const ls = slices(lower.l, count, n * n), as = slices(a, count, n * n);
      for (let t = 0; t < count; t++) {
        // Zeros above the diagonal; L·Lᵀ reproduces the lower triangle.
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(ls[t][i * n + j]).toBe(0);
        const llt = matmul(ls[t], transpose(ls[t], n, n), n, n, n);
        const sym = symmetricFrom(as[t], n, false);
        expect(maxDiff(llt, sym) / (normInf(sym, n, n) * eps)).toBeLessThan(4 * n);
      }
      if (c.cholesky !== "ok" && c.cholesky !== undefined && prec === "f64") {
        expect(maxDiff(lower.l, values(c.cholesky)) / maxAbs(values(c.cholesky))).toBeLessThan(64 * n * eps * Math.sqrt(cond(values(c.svdvals))));
      }
      // upper = 1 reads the upper triangle and returns U = Lᵀ of the mirrored matrix.
      const upper = K.cholesky(prec, a, n, count, true);
      const us = slices(upper.l, count, n * n);
      for (let t = 0; t < count; t++) {
        const sym = symmetricFrom(as[t], n, true);
        const check = K.cholesky(prec, sym, n, 1);
        if (check.status !== 0) {
          expect(upper.status).toBeGreaterThan(0);
          continue;
        }
        expect(maxDiff(us[t], transpose(check.l, n, n))).toBe(0);
      }
    });

    test("a pivot <= 0 fails; NaN spreads without failing (NumPy's OpenBLAS potrf)", () => {
      expect(K.cholesky(prec, [-1, 0, 0, 1], 2, 1).status).toBe(1);
      expect(K.cholesky(prec, [1, 2, 2, 1], 2, 1).status).toBe(1);
      expect(K.cholesky(prec, [4, 0, 0, 4, ...[1, 2, 2, 1]], 2, 2).status).toBe(2);
      const nan = K.cholesky(prec, [NaN, 0, 0, 1], 2, 1);
      expect(nan.status).toBe(0);
      expect(nan.l[0]).toBeNaN();
      // NumPy: cholesky([[4, 100], [2, 5]]) reads the lower triangle: [[2, 0], [1, 2]].
      expect(Array.from(K.cholesky(prec, [4, 100, 2, 5], 2, 1).l)).toEqual([2, 0, 1, 2]);
      expect(K.cholesky(prec, [4, 100, 2, 5], 2, 1, true).status).toBe(1);
    });
  });

  describe("QR", () => {
    test.each(cases)("%s: Q orthonormal, Q·R = A, R as NumPy's", (_, c) => {
      const { m, n } = c.spec;
      const { data, count } = build(c.spec);
      const a = round(prec, data);
      const kk = Math.min(m, n);
      const norm = maxAbs(a) * Math.max(m, n);
      for (const mode of ["reduced", "complete"] as const) {
        const f = K.qr(prec, a, m, n, count, mode);
        const qs = slices(f.q!, count, m * f.qcols), rs = slices(f.r, count, f.rrows * n), as = slices(a, count, m * n);
        for (let t = 0; t < count; t++) {
          expect(orthogonality(qs[t], m, f.qcols) / eps).toBeLessThan(Math.max(16, m));
          for (let i = 0; i < f.rrows; i++) for (let j = 0; j < Math.min(i, n); j++) expect(rs[t][i * n + j]).toBe(0);
          expect(maxDiff(matmul(qs[t], rs[t], m, f.qcols, n), as[t]) / (norm * eps)).toBeLessThan(4 * m);
        }
        if (mode === "reduced" && c.qr_r && prec === "f64") {
          // The same Householder convention as LAPACK's geqrf: R agrees entry by entry.
          const want = values(c.qr_r);
          expect(maxDiff(f.r, want) / (maxAbs(want) * eps)).toBeLessThan(16 * m);
        }
      }
      const r = K.qr(prec, a, m, n, count, "r");
      expect(r.q).toBeNull();
      expect(maxDiff(r.r, K.qr(prec, a, m, n, count, "reduced").r)).toBe(0);
      expect(r.tau.length).toBe(count * kk);
    });
  });

  describe("symmetric eigen", () => {
    test.each(square)("%s: eigenvalues as NumPy's, ascending; A·v = λ·v; V orthogonal", (_, c) => {
      const { m: n } = c.spec;
      const { data, count } = build(c.spec);
      const a = round(prec, data);
      for (const upper of [false, true]) {
        const want = values(upper ? c.eigvalsh_upper! : c.eigvalsh_lower!);
        const vals = K.eigh(prec, a, n, count, upper, false);
        const full = K.eigh(prec, a, n, count, upper, true);
        expect(vals.status).toBe(0);
        expect(full.status).toBe(0);
        const ws = slices(full.w, count, n), vs = slices(full.v!, count, n * n), as = slices(a, count, n * n), wants = slices(want, count, n);
        for (let t = 0; t < count; t++) {
          const big = maxAbs(wants[t]) || 1;
          for (let i = 1; i < n; i++) expect(ws[t][i]).toBeGreaterThanOrEqual(ws[t][i - 1]);
          const bound = Math.max(8, n / 2);
          expect(maxDiff(ws[t], wants[t]) / (big * eps)).toBeLessThan(bound);
          expect(maxDiff(vals.w.subarray(t * n, (t + 1) * n), ws[t]) / (big * eps)).toBeLessThan(bound);
          const sym = symmetricFrom(as[t], n, upper);
          const av = matmul(sym, vs[t], n, n, n);
          let res = 0;
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) res = Math.max(res, Math.abs(av[i * n + j] - ws[t][j] * vs[t][i * n + j]));
          expect(res / (normInf(sym, n, n) * eps)).toBeLessThan(4 * n);
          expect(orthogonality(vs[t], n, n) / eps).toBeLessThan(Math.max(16, n));
        }
      }
    });

    test.each(fixture.largeSymmetric.map((c) => [c.spec.name, c] as const))("%s (blocked reduction): eigenvalues as NumPy's; A·v = λ·v; V orthogonal", (_, c) => {
      const n = c.spec.n;
      const a = round(prec, build(c.spec).data);
      const want = values(c.eigvalsh_lower);
      const r = K.eigh(prec, a, n, 1, false, true);
      expect(r.status).toBe(0);
      const big = maxAbs(want);
      expect(maxDiff(r.w, want) / (big * eps)).toBeLessThan(n / 2);
      expect(maxDiff(K.eigh(prec, a, n, 1, false, false).w, r.w) / (big * eps)).toBeLessThan(n / 2);
      const av = matmul(a, r.v!, n, n, n);
      let res = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) res = Math.max(res, Math.abs(av[i * n + j] - r.w[j] * r.v![i * n + j]));
      expect(res / (normInf(a, n, n) * eps)).toBeLessThan(4 * n);
      expect(orthogonality(r.v!, n, n) / eps).toBeLessThan(n);
    });

    test("NaN in the triangle read fails at once (\"Eigenvalues did not converge\"); in the other it is ignored", () => {
      expect(K.eigh(prec, [1, 0, NaN, 1], 2, 1, false, true).status).toBe(1);
      const r = K.eigh(prec, [1, NaN, 0, 2], 2, 1, false, true);
      expect(r.status).toBe(0);
      expect(Array.from(r.w)).toEqual([1, 2]);
    });
  });

  describe("SVD", () => {
    test.each(cases)("%s: singular values as NumPy's; U·S·Vᵀ = A; U, V orthonormal", (_, c) => {
      const { m, n } = c.spec;
      const { data, count } = build(c.spec);
      const a = round(prec, data);
      const kk = Math.min(m, n);
      const want = values(c.svdvals);
      const only = K.svd(prec, a, m, n, count, "none");
      expect(only.status).toBe(0);
      for (const mode of ["reduced", "full"] as const) {
        const f = K.svd(prec, a, m, n, count, mode);
        expect(f.status).toBe(0);
        const us = slices(f.u!, count, m * f.ucols), vts = slices(f.vt!, count, f.vrows * n), ss = slices(f.s, count, kk), as = slices(a, count, m * n);
        const wants = slices(want, count, kk);
        for (let t = 0; t < count; t++) {
          const big = wants[t][0] || 1;
          for (let i = 1; i < kk; i++) expect(ss[t][i]).toBeLessThanOrEqual(ss[t][i - 1]);
          expect(Math.min(...ss[t])).toBeGreaterThanOrEqual(0);
          const bound = Math.max(8, Math.max(m, n) / 2);
          expect(maxDiff(ss[t], wants[t]) / (big * eps)).toBeLessThan(bound);
          expect(maxDiff(only.s.subarray(t * kk, (t + 1) * kk), ss[t]) / (big * eps)).toBeLessThan(bound);
          expect(orthogonality(us[t], m, f.ucols) / eps).toBeLessThan(Math.max(16, m, n));
          expect(orthogonality(transpose(vts[t], f.vrows, n), n, f.vrows) / eps).toBeLessThan(Math.max(16, m, n));
          const us2 = new Float64Array(m * kk);
          for (let i = 0; i < m; i++) for (let p = 0; p < kk; p++) us2[i * kk + p] = us[t][i * f.ucols + p] * ss[t][p];
          const rec = matmul(us2, vts[t].subarray(0, kk * n), m, kk, n);
          expect(maxDiff(rec, as[t]) / (big * eps)).toBeLessThan(4 * Math.max(m, n));
        }
      }
    });

    test("NaN fails (\"SVD did not converge\"); a zero matrix has zero singular values", () => {
      expect(K.svd(prec, [1, NaN, 0, 1], 2, 2, 1, "reduced").status).toBe(1);
      expect(K.svd(prec, [1, 0, 0, 1, ...[1, NaN, 0, 1]], 2, 2, 2, "none").status).toBe(2);
      const z = K.svd(prec, new Float64Array(12), 3, 4, 1, "full");
      expect(z.status).toBe(0);
      expect(Array.from(z.s)).toEqual([0, 0, 0]);
      expect(orthogonality(z.u!, 3, 3)).toBeLessThan(4 * eps);
    });
  });

  describe("built on the SVD: matrix rank, pinv, lstsq", () => {
    test.each(cases)("%s: matrix rank with NumPy's tolerance equals NumPy's", (_, c) => {
      if (prec === "f32") return;
      const { m, n } = c.spec;
      const { data, count } = build(c.spec);
      const kk = Math.min(m, n);
      const s = K.svd(prec, data, m, n, count, "none").s;
      const ranks = slices(s, count, kk).map((st) => st.filter((x) => x > matrixRankTolerance(st[0], m, n, 2.220446049250313e-16)).length);
      expect(ranks).toEqual(c.matrix_rank);
    });

    test.each(single)("%s: pinv as NumPy's; lstsq's x, rank, s and residuals as NumPy's", (_, c) => {
      const { m, n } = c.spec;
      const a = round(prec, build(c.spec).data);
      const kk = Math.min(m, n);
      const s = values(c.svdvals);
      const kappa = cond(s);
      const ill = !(kappa < (prec === "f64" ? 1e8 : 1e3));
      const p = K.pinv(prec, a, m, n, 1);
      expect(p.status).toBe(0);
      if (c.pinv && !ill) {
        const want = values(c.pinv);
        expect(maxDiff(p.pinv, want) / maxAbs(want)).toBeLessThan(64 * Math.max(m, n) * kappa * eps);
      }
      // Penrose: A·A⁺·A = A.
      const apa = matmul(matmul(a, p.pinv, m, n, m), a, m, m, n);
      if (!ill) expect(maxDiff(apa, a) / (maxAbs(a) * eps)).toBeLessThan(16 * Math.max(m, n) * kappa);

      const nrhs = 3;
      const b = round(prec, Float64Array.from(build({ name: "", kind: "random", m, n: nrhs, seed: 99 }).data));
      const l = K.lstsq(prec, a, b, m, n, nrhs, prec === "f64" ? lstsqDefaultRcond(m, n) : -1);
      expect(l.status).toBe(0);
      const want = c.lstsq!;
      if (prec === "f64") expect(l.rank).toBe(want.rank);
      expect(maxDiff(l.s, values(want.s)) / ((values(want.s)[0] || 1) * eps)).toBeLessThan(prec === "f64" ? Math.max(8, kk / 2) : 4 * Math.max(m, n));
      if (!ill) {
        const wx = values(want.x);
        expect(maxDiff(l.x, wx) / (maxAbs(wx) || 1)).toBeLessThan(64 * Math.max(m, n) * kappa * eps);
      }
      if (want.residuals.values.length > 0 && !ill) {
        const wr = values(want.residuals);
        // Sums of squares of the part of b outside the range of A.
        for (let j = 0; j < nrhs; j++) expect(Math.abs(l.resid[j] - wr[j])).toBeLessThan(64 * Math.max(m, n) * kappa * eps * Math.max(1, wr[j]));
      }
    });
  });
});

describe("batches of count matrices give each matrix's own result", () => {
  test.each(PRECS)("%s: solve, eigh and svd of a batch equal the one-by-one results", (prec) => {
    const spec: MatrixSpec = { name: "", kind: "spd", m: 7, n: 7, seed: 3, batch: [5] };
    const { data, count } = build(spec);
    const a = round(prec, data);
    const b = round(prec, Float64Array.from({ length: count * 7 * 2 }, (_, i) => (i % 5) - 2));
    const all = K.solve(prec, a, b, 7, 2, count);
    const eig = K.eigh(prec, a, 7, count, false, true);
    const sv = K.svd(prec, a, 7, 7, count, "reduced");
    for (let t = 0; t < count; t++) {
      const at = a.subarray(t * 49, (t + 1) * 49);
      expect(Array.from(all.x.subarray(t * 14, (t + 1) * 14))).toEqual(Array.from(K.solve(prec, at, b.subarray(t * 14, (t + 1) * 14), 7, 2, 1).x));
      expect(Array.from(eig.w.subarray(t * 7, (t + 1) * 7))).toEqual(Array.from(K.eigh(prec, at, 7, 1, false, true).w));
      expect(Array.from(sv.s.subarray(t * 7, (t + 1) * 7))).toEqual(Array.from(K.svd(prec, at, 7, 7, 1, "reduced").s));
    }
  });
});
