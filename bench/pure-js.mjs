// The pure-JS reference loops that ndwasm is timed against, by `npm run bench` and by the web
// page's WASM-vs-JS panel alike: idiomatic loops over typed arrays, each allocating its output as
// ndwasm does. Pure functions of numbers and TypedArrays (row-major, C order).

/** C = A @ B for an m×k and a k×n matrix: the i-k-j loop, output of type T. */
export function jsMatmul(a, b, m, k, n, T) {
  const out = new T(m * n);
  for (let i = 0; i < m; i++) {
    const oi = i * n;
    for (let p = 0; p < k; p++) {
      const x = a[i * k + p];
      const bp = p * n;
      for (let j = 0; j < n; j++) out[oi + j] += x * b[bp + j];
    }
  }
  return out;
}

/** A rows×cols matrix plus a length-cols row, broadcast down the rows (float64 out). */
export function jsBroadcastAdd(a, b, rows, cols) {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const r = i * cols;
    for (let j = 0; j < cols; j++) out[r + j] = a[r + j] + b[j];
  }
  return out;
}

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
export function jsGradient(f, rows, cols, y, x) {
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

/** Log-softmax of each row of a rows×cols matrix (max-subtracted), output of type Out. */
export function jsLogSoftmax(x, rows, cols, Out) {
  const out = new Out(rows * cols);
  for (let i = 0; i < rows; i++) {
    const r = i * cols;
    let m = -Infinity;
    for (let j = 0; j < cols; j++) if (x[r + j] > m) m = x[r + j];
    let s = 0;
    for (let j = 0; j < cols; j++) s += Math.exp(x[r + j] - m);
    const lse = Math.log(s);
    for (let j = 0; j < cols; j++) out[r + j] = x[r + j] - m - lse;
  }
  return out;
}

/** Mean cross-entropy of rows×cols logits against one class index per row. */
export function jsCrossEntropy(x, t, rows, cols) {
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const r = i * cols;
    let m = -Infinity;
    for (let j = 0; j < cols; j++) if (x[r + j] > m) m = x[r + j];
    let s = 0;
    for (let j = 0; j < cols; j++) s += Math.exp(x[r + j] - m);
    total += Math.log(s) - (x[r + Number(t[i])] - m);
  }
  return total / rows;
}

/** A running sum (faster to write, less accurate than NumPy's pairwise summation). */
export function jsSum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/** The maximum, NaN-propagating as NumPy's. */
export function jsMax(a) {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v > m || v !== v) m = v;
  }
  return m;
}

/** The index of the first maximum (or of the first NaN), as NumPy's argmax. */
export function jsArgmax(a) {
  let best = a[0];
  let index = 0;
  for (let i = 1; i < a.length; i++) {
    if (!(a[i] <= best)) {
      best = a[i];
      index = i;
      if (best !== best) break;
    }
  }
  return index;
}

/** Column sums of a rows×cols matrix. */
export function jsSumAxis0(a, rows, cols) {
  const out = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const r = i * cols;
    for (let j = 0; j < cols; j++) out[j] += a[r + j];
  }
  return out;
}

/** Row sums of a rows×cols matrix. */
export function jsSumAxis1(a, rows, cols) {
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const r = i * cols;
    for (let j = 0; j < cols; j++) s += a[r + j];
    out[i] = s;
  }
  return out;
}
