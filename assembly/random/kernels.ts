// The random kernels over both bit generators: `state` is the address of an MT19937 block (legacy
// RandomState, ./mt19937.ts) or a PCG64 block (Generator, ./pcg64.ts). Distribution parameters are
// read from `a` (and `b`) every `sa` (`sb`) bytes: a stride of 0 repeats one value. Counts and
// sizes that may exceed 2^31 cross as f64 holding an integer below 2^53.

import { fillBounded64, fillBoundedNarrow } from "./bounded";
import {
  legacyBeta,
  legacyBinomial,
  legacyGauss,
  legacyStandardExponential,
  legacyStandardGamma,
  randomPoisson,
} from "./legacy";
import { MT19937 } from "./mt19937";
import { PCG64 } from "./pcg64";
import { floyd, shuffleInt64, shuffleRows } from "./shuffle";
import { standardExponential, standardNormal } from "./ziggurat";

@inline function mt(state: usize): MT19937 {
  return changetype<MT19937>(state);
}
@inline function pcg(state: usize): PCG64 {
  return changetype<PCG64>(state);
}
@inline function at(p: usize, i: i32, stride: isize): usize {
  return p + <usize>(<isize>i * stride);
}

// ---- seeding and raw draws ----------------------------------------------------------------

export function mt19937_seed(state: usize, seed: u32): void {
  const g = mt(state);
  g.seed(seed);
  g.hasGauss = 0;
  g.gauss = 0;
}

export function mt19937_seed_by_array(state: usize, key: usize, len: i32): void {
  const g = mt(state);
  g.seedByArray(key, len);
  g.hasGauss = 0;
  g.gauss = 0;
}

/** `words`: 4 u64 from SeedSequence.generate_state(4, uint64). */
export function pcg64_seed(state: usize, words: usize): void {
  pcg(state).seed(words);
}

export function mt19937_next_u32(state: usize, out: usize, n: i32): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<u32>(out + (<usize>i << 2), g.next32());
}

export function pcg64_next_u64(state: usize, out: usize, n: i32): void {
  const g = pcg(state);
  for (let i = 0; i < n; i++) store<u64>(out + (<usize>i << 3), g.next64());
}

export function pcg64_next_u32(state: usize, out: usize, n: i32): void {
  const g = pcg(state);
  for (let i = 0; i < n; i++) store<u32>(out + (<usize>i << 2), g.next32());
}

// ---- uniform doubles ----------------------------------------------------------------------

export function mt19937_random_f64(state: usize, out: usize, n: i32): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), g.nextDouble());
}

export function pcg64_random_f64(state: usize, out: usize, n: i32): void {
  const g = pcg(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), g.nextDouble());
}

/** low + range * U (`random_uniform`), low at `a`, range (high - low) at `b`. */
export function mt19937_uniform_f64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), load<f64>(at(a, i, sa)) + load<f64>(at(b, i, sb)) * g.nextDouble());
}

export function pcg64_uniform_f64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize): void {
  const g = pcg(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), load<f64>(at(a, i, sa)) + load<f64>(at(b, i, sb)) * g.nextDouble());
}

// ---- normals --------------------------------------------------------------------------------

/** Legacy Gaussians (polar method with RandomState's cached value). */
export function mt19937_standard_normal_f64(state: usize, out: usize, n: i32): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), legacyGauss(g));
}

/** loc + scale * gauss, loc at `a`, scale at `b`. */
export function mt19937_normal_f64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), load<f64>(at(a, i, sa)) + load<f64>(at(b, i, sb)) * legacyGauss(g));
}

/** Generator's ziggurat normals. */
export function pcg64_standard_normal_f64(state: usize, out: usize, n: i32): void {
  const g = pcg(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), standardNormal(g));
}

export function pcg64_normal_f64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize): void {
  const g = pcg(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), load<f64>(at(a, i, sa)) + load<f64>(at(b, i, sb)) * standardNormal(g));
}

// ---- exponentials, gamma, beta --------------------------------------------------------------

/** scale * -log(1 - U), scale at `a`. */
export function mt19937_exponential_f64(state: usize, out: usize, n: i32, a: usize, sa: isize): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), load<f64>(at(a, i, sa)) * legacyStandardExponential(g));
}

/** scale * (ziggurat exponential), scale at `a`. */
export function pcg64_exponential_f64(state: usize, out: usize, n: i32, a: usize, sa: isize): void {
  const g = pcg(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), load<f64>(at(a, i, sa)) * standardExponential(g));
}

/** scale * standard_gamma(shape), shape at `a`, scale at `b`. */
export function mt19937_gamma_f64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) {
    const shape = load<f64>(at(a, i, sa));
    store<f64>(out + (<usize>i << 3), load<f64>(at(b, i, sb)) * legacyStandardGamma(g, shape));
  }
}

export function mt19937_beta_f64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), legacyBeta(g, load<f64>(at(a, i, sa)), load<f64>(at(b, i, sb))));
}

// ---- discrete distributions -----------------------------------------------------------------

/** binomial(n, p) into int64: n (int64) at `a`, p at `b`. */
export function mt19937_binomial_i64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<i64>(out + (<usize>i << 3), legacyBinomial(g, load<f64>(at(b, i, sb)), load<i64>(at(a, i, sa))));
}

/** poisson(lam) into int64, lam at `a`. */
export function mt19937_poisson_i64(state: usize, out: usize, n: i32, a: usize, sa: isize): void {
  const g = mt(state);
  for (let i = 0; i < n; i++) store<i64>(out + (<usize>i << 3), randomPoisson(g, load<f64>(at(a, i, sa))));
}

// ---- bounded integers -----------------------------------------------------------------------
// Element i is drawn from [off_i, off_i + rng_i]: off at `a`, rng at `b` (u64 for the 64-bit
// kernels, u32 for the narrower ones). `masked` (RandomState) selects masked rejection over
// Lemire's method (Generator).

export function mt19937_bounded_u64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBounded64(mt(state), out, n, a, sa, b, sb, masked);
}
export function mt19937_bounded_u32(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBoundedNarrow(mt(state), out, n, a, sa, b, sb, masked, 4, false);
}
export function mt19937_bounded_u16(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBoundedNarrow(mt(state), out, n, a, sa, b, sb, masked, 2, false);
}
export function mt19937_bounded_u8(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBoundedNarrow(mt(state), out, n, a, sa, b, sb, masked, 1, false);
}
export function mt19937_bounded_bool(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBoundedNarrow(mt(state), out, n, a, sa, b, sb, masked, 1, true);
}
export function pcg64_bounded_u64(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBounded64(pcg(state), out, n, a, sa, b, sb, masked);
}
export function pcg64_bounded_u32(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBoundedNarrow(pcg(state), out, n, a, sa, b, sb, masked, 4, false);
}
export function pcg64_bounded_u16(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBoundedNarrow(pcg(state), out, n, a, sa, b, sb, masked, 2, false);
}
export function pcg64_bounded_u8(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBoundedNarrow(pcg(state), out, n, a, sa, b, sb, masked, 1, false);
}
export function pcg64_bounded_bool(state: usize, out: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, masked: bool): void {
  fillBoundedNarrow(pcg(state), out, n, a, sa, b, sb, masked, 1, true);
}

// ---- shuffles and sampling without replacement ----------------------------------------------

/** In-place Fisher–Yates over n rows of `rowBytes` bytes, `stride` bytes apart (random_interval). */
export function mt19937_shuffle(state: usize, data: usize, n: f64, rowBytes: usize, stride: isize): void {
  shuffleRows(mt(state), data, n, rowBytes, stride, 1);
}
export function pcg64_shuffle(state: usize, data: usize, n: f64, rowBytes: usize, stride: isize): void {
  shuffleRows(pcg(state), data, n, rowBytes, stride, 1);
}

/** Generator's `_shuffle_int(n, first, data)` over int64 data (Lemire draws). */
export function pcg64_shuffle_int_i64(state: usize, data: usize, n: f64, first: f64): void {
  shuffleInt64(pcg(state), data, n, first);
}

/** Generator.choice's Floyd loop: see ./shuffle.ts for `hash` and `mask`. */
export function pcg64_floyd_i64(state: usize, out: usize, pop: f64, size: f64, hash: usize, mask: u32): void {
  floyd(pcg(state), out, pop, size, hash, mask);
}
