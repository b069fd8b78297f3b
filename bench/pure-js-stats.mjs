// Pure-JS references for the statistics benchmarks: idiomatic two-pass loops over typed arrays
// (row-major), each allocating its output as ndwasm does. Running sums, not pairwise ones.

/** Standard deviation of all elements: the mean, then the mean squared deviation. */
export function jsStd(a) {
  const n = a.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  const m = s / n;
  let q = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i] - m;
    q += d * d;
  }
  return Math.sqrt(q / n);
}

/** Standard deviation of each column of a rows×cols matrix, a row at a time. */
export function jsStdAxis0(a, rows, cols) {
  const mean = new Float64Array(cols);
  for (let i = 0; i < rows; i++) for (let j = 0, r = i * cols; j < cols; j++) mean[j] += a[r + j];
  for (let j = 0; j < cols; j++) mean[j] /= rows;
  const out = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0, r = i * cols; j < cols; j++) {
      const d = a[r + j] - mean[j];
      out[j] += d * d;
    }
  }
  for (let j = 0; j < cols; j++) out[j] = Math.sqrt(out[j] / rows);
  return out;
}

/** Standard deviation of each row. */
export function jsStdAxis1(a, rows, cols) {
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = i * cols;
    let s = 0;
    for (let j = 0; j < cols; j++) s += a[r + j];
    const m = s / cols;
    let q = 0;
    for (let j = 0; j < cols; j++) {
      const d = a[r + j] - m;
      q += d * d;
    }
    out[i] = Math.sqrt(q / cols);
  }
  return out;
}

/** Running sums. */
export function jsCumsum(a) {
  const out = new Float64Array(a.length);
  let s = 0;
  for (let i = 0; i < a.length; i++) out[i] = s += a[i];
  return out;
}

/** Counts in `bins` equal bins over [lo, hi] (the last bin closed). */
export function jsHistogram(a, bins, lo, hi) {
  const out = new Float64Array(bins);
  const scale = bins / (hi - lo);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x >= lo && x <= hi) out[Math.min(bins - 1, Math.floor((x - lo) * scale))]++;
  }
  return out;
}
