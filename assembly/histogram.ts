// np.bincount and the bin indices of np.histogram.
//
// bincount_i64(out, x, n, sx) / bincount_weighted_i64(out, x, w, n, sx, sw): out[x[i]] += 1 (int64
// counts) or += w[i] (float64 weights), in order; x holds int64 bin numbers TypeScript has checked
// to be below the length of `out`. A negative x (a value np.histogram leaves out) is skipped.
//
// histogram_index_<t>(idx, a, n, sa, edges, params, wide): the bin of each value under NumPy's
// equal-width arithmetic (numpy/lib/_histograms_impl.py): values outside [lo, hi] get -1; the rest
// (x - first) / denom * nbins, truncated, then moved by one where the computed edges disagree.
// params: f64 [first, lo, hi, denom, nbins]. `wide` = 1 divides and multiplies in float64 (NumPy's
// denominator is a float64 or integer scalar), 0 in the element type (a float32 one).
// histogram_count_<t>(counts, …) counts the bins instead (the unweighted histogram in one pass).
//
// histogram_search_<t>(idx, a, n, sa, edges, nedges): the bin of each value among sorted edges
// (bins closed on the left, the last also on the right; -1 outside, and for NaN).

@inline function bincount<T>(out: usize, x: usize, n: i32, sx: isize): void {
  for (let i = 0; i < n; i++) {
    const b = load<i64>(x);
    if (b >= 0) {
      const p = out + (<usize>b << 3);
      store<T>(p, load<T>(p) + <T>1);
    }
    x += sx;
  }
}

export function bincount_i64(out: usize, x: usize, n: i32, sx: isize): void { bincount<i64>(out, x, n, sx); }

export function bincount_weighted_i64(out: usize, x: usize, w: usize, n: i32, sx: isize, sw: isize): void {
  for (let i = 0; i < n; i++) {
    const b = load<i64>(x);
    if (b >= 0) {
      const p = out + (<usize>b << 3);
      store<f64>(p, load<f64>(p) + load<f64>(w));
    }
    x += sx;
    w += sw;
  }
}

/** The bin of one value from its computed position f (NumPy's astype(intp), then the edge checks). */
@inline function binOf<T>(x: T, f: f64, edges: usize, bins: i64): i64 {
  const last = bins - 1;
  let b: i64 = f < 9.2e18 ? <i64>f : last;
  if (b >= bins) b = last;
  if (b < 0) b = 0;
  if (x < load<T>(edges + (<usize>b) * sizeof<T>())) b--;
  if (b != last && x >= load<T>(edges + (<usize>(b + 1)) * sizeof<T>())) b++;
  return b < 0 ? 0 : b;
}

/** Records a bin: counted in `counts` (int64) when given, else stored in idx. */
@inline function emit(idx: usize, counts: usize, i: i32, b: i64): void {
  if (counts != 0) {
    if (b >= 0) {
      const c = counts + (<usize>b << 3);
      store<i64>(c, load<i64>(c) + 1);
    }
  } else {
    store<i64>(idx + (<usize>i << 3), b);
  }
}

@inline function index<T>(idx: usize, counts: usize, a: usize, n: i32, sa: isize, edges: usize, params: usize, wide: i32): void {
  const first = <T>load<f64>(params);
  const lo = <T>load<f64>(params, 8);
  const hi = <T>load<f64>(params, 16);
  const denom = load<f64>(params, 24);
  const bins = <i64>load<f64>(params, 32);
  for (let i = 0; i < n; i++) {
    const x = load<T>(a + <isize>i * sa);
    let b: i64 = -1;
    if (x >= lo && x <= hi) {
      const d = x - first;
      b = binOf<T>(x, wide ? (<f64>d / denom) * <f64>bins : <f64>(<T>(d / <T>denom) * <T>bins), edges, bins);
    }
    emit(idx, counts, i, b);
  }
}

export function histogram_index_f32(idx: usize, a: usize, n: i32, sa: isize, edges: usize, params: usize, wide: i32): void { index<f32>(idx, 0, a, n, sa, edges, params, wide); }
export function histogram_index_f64(idx: usize, a: usize, n: i32, sa: isize, edges: usize, params: usize, wide: i32): void { index<f64>(idx, 0, a, n, sa, edges, params, wide); }
/** The same, counting each bin (int64 counts, zeroed by the caller) instead of storing the bins. */
export function histogram_count_f32(counts: usize, a: usize, n: i32, sa: isize, edges: usize, params: usize, wide: i32): void { index<f32>(0, counts, a, n, sa, edges, params, wide); }
export function histogram_count_f64(counts: usize, a: usize, n: i32, sa: isize, edges: usize, params: usize, wide: i32): void { index<f64>(0, counts, a, n, sa, edges, params, wide); }

@inline function search<T>(idx: usize, a: usize, n: i32, sa: isize, edges: usize, nedges: i32): void {
  const e0 = load<T>(edges);
  const eLast = load<T>(edges + (<usize>(nedges - 1)) * sizeof<T>());
  for (let i = 0; i < n; i++) {
    const x = load<T>(a);
    a += sa;
    let b: i64 = -1;
    if (x >= e0 && x <= eLast) {
      if (x == eLast) {
        b = nedges - 2;
      } else {
        // The number of edges <= x, less one.
        let left = 0;
        let right = nedges;
        while (left < right) {
          const mid = (left + right) >>> 1;
          if (load<T>(edges + (<usize>mid) * sizeof<T>()) <= x) left = mid + 1;
          else right = mid;
        }
        b = <i64>left - 1;
      }
    }
    store<i64>(idx, b);
    idx += 8;
  }
}

export function histogram_search_f32(idx: usize, a: usize, n: i32, sa: isize, edges: usize, nedges: i32): void { search<f32>(idx, a, n, sa, edges, nedges); }
export function histogram_search_f64(idx: usize, a: usize, n: i32, sa: isize, edges: usize, nedges: i32): void { search<f64>(idx, a, n, sa, edges, nedges); }
export function histogram_search_i64(idx: usize, a: usize, n: i32, sa: isize, edges: usize, nedges: i32): void { search<i64>(idx, a, n, sa, edges, nedges); }
export function histogram_search_u64(idx: usize, a: usize, n: i32, sa: isize, edges: usize, nedges: i32): void { search<u64>(idx, a, n, sa, edges, nedges); }
