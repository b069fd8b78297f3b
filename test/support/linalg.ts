// The TypeScript twin of test/fixtures/make_linalg.py's matrix generator, and plain dense helpers
// (row-major Float64Array) for checking the linear-algebra kernels: products, norms, residuals.

export interface MatrixSpec {
  name: string;
  kind: "random" | "hilbert" | "rankdef" | "diag" | "spd" | "sym";
  m: number;
  n: number;
  seed?: number;
  rank?: number;
  batch?: number[];
}

/** The fixture's LCG: entries (r % 2001 - 1000) / 1024, r = state >> 8. */
export function lcg(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = BigInt(seed);
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245n + 12345n) % 2147483648n;
    const r = Number(s >> 8n);
    out[i] = ((r % 2001) - 1000) / 1024;
  }
  return out;
}

/** a (m x k) @ b (k x n), row-major, summed in order. */
export function matmul(a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const x = a[i * k + p];
      if (x === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j] += x * b[p * n + j];
    }
  }
  return out;
}

export function transpose(a: ArrayLike<number>, m: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j * m + i] = a[i * n + j];
  return out;
}

function buildOne(spec: MatrixSpec, seed: number): Float64Array {
  const { m, n } = spec;
  switch (spec.kind) {
    case "random":
      return lcg(m * n, seed);
    case "hilbert": {
      const a = new Float64Array(m * n);
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) a[i * n + j] = 1 / (i + j + 1);
      return a;
    }
    case "rankdef": {
      const r = spec.rank ?? 1;
      return matmul(lcg(m * r, seed), lcg(r * n, seed + 1), m, r, n);
    }
    case "diag": {
      const a = new Float64Array(m * n);
      for (let i = 0; i < Math.min(m, n); i++) a[i * n + i] = ((i + 1) * (i % 2 === 0 ? 1 : -1)) / 4;
      return a;
    }
    case "spd": {
      const b = lcg(n * n, seed);
      const a = matmul(b, transpose(b, n, n), n, n, n);
      for (let i = 0; i < n; i++) a[i * n + i] += n;
      return a;
    }
    case "sym": {
      const b = lcg(n * n, seed);
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = (b[i * n + j] + b[j * n + i]) / 2;
      return a;
    }
  }
}

/** The stacked matrices of a spec, C order: count x m x n. */
export function build(spec: MatrixSpec): { data: Float64Array; count: number } {
  const count = (spec.batch ?? []).reduce((p, x) => p * x, 1);
  const size = spec.m * spec.n;
  const data = new Float64Array(count * size);
  for (let t = 0; t < count; t++) data.set(buildOne(spec, (spec.seed ?? 1) + t), t * size);
  return { data, count };
}

/** ‖a‖∞ (max row sum) of an m x n matrix. */
export function normInf(a: ArrayLike<number>, m: number, n: number): number {
  let best = 0;
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += Math.abs(a[i * n + j]);
    best = Math.max(best, s);
  }
  return best;
}

/** max |a - b|. */
export function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

export const maxAbs = (a: ArrayLike<number>): number => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]));
  return d;
};

/** max |QᵀQ - I| over the columns of q (rows x cols). */
export function orthogonality(q: ArrayLike<number>, rows: number, cols: number): number {
  let worst = 0;
  for (let i = 0; i < cols; i++) {
    for (let j = i; j < cols; j++) {
      let s = 0;
      for (let r = 0; r < rows; r++) s += q[r * cols + i] * q[r * cols + j];
      worst = Math.max(worst, Math.abs(s - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

/** The symmetric matrix whose lower (or upper) triangle is that of a. */
export function symmetricFrom(a: ArrayLike<number>, n: number, upper: boolean): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const [r, c] = (upper ? i <= j : i >= j) ? [i, j] : [j, i];
      out[i * n + j] = a[r * n + c];
    }
  }
  return out;
}
