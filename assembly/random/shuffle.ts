// NumPy's in-place shuffles and sampling without replacement (numpy/random/mtrand.pyx and
// _generator.pyx: _shuffle_raw, _shuffle_int, and Floyd's algorithm in Generator.choice), generic
// over the bit generator.

import { bounded64, randomInterval } from "./bounded";

/** Swaps `bytes` bytes at a and b (distinct, non-overlapping rows), 8 bytes at a time. */
@inline function swapRows(a: usize, b: usize, bytes: usize): void {
  let k: usize = 0;
  if (((a | b) & 7) == 0) {
    for (; k + 8 <= bytes; k += 8) {
      const t = load<u64>(a + k);
      store<u64>(a + k, load<u64>(b + k));
      store<u64>(b + k, t);
    }
  }
  for (; k < bytes; k++) {
    const t = load<u8>(a + k);
    store<u8>(a + k, load<u8>(b + k));
    store<u8>(b + k, t);
  }
}

/**
 * Fisher–Yates as `_shuffle_raw`: for i from n - 1 down to `first`, swap rows i and
 * j = random_interval(i). Rows are `rowBytes` long and `stride` bytes apart.
 */
@inline export function shuffleRows<G>(g: G, data: usize, n: f64, rowBytes: usize, stride: isize, first: f64): void {
  for (let i = <i64>n - 1; i >= <i64>first; i--) {
    const j = <i64>randomInterval(g, <u64>i);
    if (j != i) swapRows(data + <usize>(<isize>i * stride), data + <usize>(<isize>j * stride), rowBytes);
  }
}

/** `_shuffle_int`: the same on int64 data, with j from Lemire's bounded draw in [0, i]. */
@inline export function shuffleInt64<G>(g: G, data: usize, n: f64, first: f64): void {
  for (let i = <i64>n - 1; i >= <i64>first; i--) {
    const j = bounded64(g, 0, <u64>i, 0, false);
    const pi = data + (<usize>i << 3);
    const pj = data + (<usize>j << 3);
    const t = load<i64>(pj);
    store<i64>(pj, load<i64>(pi));
    store<i64>(pi, t);
  }
}

/**
 * Floyd's algorithm of Generator.choice(pop, size, replace=False): `size` distinct values of
 * [0, pop) into out (int64), in the order Floyd's loop finds them. `hash` is an open-addressing
 * set of mask + 1 u64 slots, all 0xFF bytes on entry (mask + 1 a power of two above 1.2 size).
 */
@inline export function floyd<G>(g: G, out: usize, pop: f64, size: f64, hash: usize, mask32: u32): void {
  const mask = <u64>mask32;
  const p = <i64>pop;
  const s = <i64>size;
  const EMPTY: u64 = 0xffffffffffffffff;
  for (let j = p - s; j < p; j++) {
    const val = bounded64(g, 0, <u64>j, 0, false);
    let loc = val & mask;
    while (load<u64>(hash + (<usize>loc << 3)) != EMPTY && load<u64>(hash + (<usize>loc << 3)) != val) loc = (loc + 1) & mask;
    const slot = out + (<usize>(j - p + s) << 3);
    if (load<u64>(hash + (<usize>loc << 3)) == EMPTY) {
      store<u64>(hash + (<usize>loc << 3), val);
      store<i64>(slot, <i64>val);
    } else {
      loc = <u64>j & mask;
      while (load<u64>(hash + (<usize>loc << 3)) != EMPTY) loc = (loc + 1) & mask;
      store<u64>(hash + (<usize>loc << 3), <u64>j);
      store<i64>(slot, j);
    }
  }
}
