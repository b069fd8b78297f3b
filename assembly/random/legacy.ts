// The distributions of NumPy's legacy RandomState, step for step as NumPy 2.4.6 computes them
// (numpy/random/src/legacy/legacy-distributions.c and the parts of distributions.c it calls),
// on MT19937. C casts from double to int64 follow x86-64 (cvttsd2si: NaN and out-of-range values
// become INT64_MIN), and every libm call is glibc's (./libm.ts).

import { exp, log, pow } from "./libm";
import { MT19937 } from "./mt19937";

/** C's (int64_t)x on x86-64: truncation, INT64_MIN when x is NaN or out of range. */
@inline export function toInt64(x: f64): i64 {
  return x >= -9223372036854775808.0 && x < 9223372036854775808.0 ? <i64>x : i64.MIN_VALUE;
}

/** `legacy_gauss`: the polar method, keeping the second value for the next call. */
@inline export function legacyGauss(g: MT19937): f64 {
  if (g.hasGauss) {
    const t = g.gauss;
    g.hasGauss = 0;
    g.gauss = 0;
    return t;
  }
  let x1: f64, x2: f64, r2: f64;
  do {
    x1 = 2.0 * g.nextDouble() - 1.0;
    x2 = 2.0 * g.nextDouble() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const f = sqrt((-2.0 * log(r2)) / r2);
  g.gauss = f * x1;
  g.hasGauss = 1;
  return f * x2;
}

/** `legacy_standard_exponential`: -log(1 - U). */
@inline export function legacyStandardExponential(g: MT19937): f64 {
  return -log(1.0 - g.nextDouble());
}

/** `legacy_standard_gamma`. */
export function legacyStandardGamma(g: MT19937, shape: f64): f64 {
  if (shape == 1.0) return legacyStandardExponential(g);
  if (shape == 0.0) return 0.0;
  if (shape < 1.0) {
    while (true) {
      const U = g.nextDouble();
      const V = legacyStandardExponential(g);
      if (U <= 1.0 - shape) {
        const X = pow(U, 1.0 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = pow(1.0 - shape + shape * Y, 1.0 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1.0 / 3.0;
  const c = 1.0 / sqrt(9 * b);
  while (true) {
    let X: f64, V: f64;
    do {
      X = legacyGauss(g);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = g.nextDouble();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1.0 - V + log(V))) return b * V;
  }
}

/** `legacy_beta`: Johnk's algorithm when a, b <= 1, else a ratio of gammas. */
export function legacyBeta(g: MT19937, a: f64, b: f64): f64 {
  if (a <= 1.0 && b <= 1.0) {
    while (true) {
      const U = g.nextDouble();
      const V = g.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      if (X + Y <= 1.0) {
        if (X + Y > 0) return X / (X + Y);
        let logX = log(U) / a;
        let logY = log(V) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const Ga = legacyStandardGamma(g, a);
  const Gb = legacyStandardGamma(g, b);
  return Ga / (Ga + Gb);
}

const LOGGAM_A: StaticArray<f64> = [
  8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
  8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
  1.796443723688307e-01, -1.39243221690590e+00,
];

/** `random_loggam`: log(Gamma(x)) by Stirling's series, shifted up to x >= 7. */
function loggam(x: f64): f64 {
  if (x == 1.0 || x == 2.0) return 0.0;
  const n: i64 = x < 7.0 ? toInt64(7 - x) : 0;
  let x0 = x + <f64>n;
  const x2 = (1.0 / x0) * (1.0 / x0);
  const lg2pi = 1.8378770664093453e+00;
  let gl0 = unchecked(LOGGAM_A[9]);
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += unchecked(LOGGAM_A[k]);
  }
  let gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * log(x0) - x0;
  if (x < 7.0) {
    for (let k: i64 = 1; k <= n; k++) {
      gl -= log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}

/** `random_poisson`: multiplication of uniforms below 10, Hoermann's PTRS from 10 on. */
export function randomPoisson<G>(g: G, lam: f64): i64 {
  if (lam >= 10) {
    const slam = sqrt(lam);
    const loglam = log(lam);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      const U = g.nextDouble() - 0.5;
      const V = g.nextDouble();
      const us = 0.5 - abs(U);
      const k = toInt64(floor(((2 * a) / us + b) * U + lam + 0.43));
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (log(V) + log(invalpha) - log(a / (us * us) + b) <= -lam + <f64>k * loglam - loggam(<f64>k + 1)) return k;
    }
  }
  if (lam == 0) return 0;
  const enlam = exp(-lam);
  let X: i64 = 0;
  let prod = 1.0;
  while (true) {
    prod *= g.nextDouble();
    if (prod > enlam) X += 1;
    else return X;
  }
}

/** `legacy_random_binomial_inversion` (exp(n log q), unlike Generator's log1p). */
function binomialInversion<G>(g: G, n: i64, p: f64): i64 {
  const q = 1.0 - p;
  const qn = exp(<f64>n * log(q));
  const np = <f64>n * p;
  const limit = np + 10.0 * sqrt(np * q + 1);
  const bound = toInt64(<f64>n < limit ? <f64>n : limit);
  let X: i64 = 0;
  let px = qn;
  let U = g.nextDouble();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = g.nextDouble();
    } else {
      U -= px;
      px = (<f64>(n - X + 1) * p * px) / (<f64>X * q);
    }
  }
  return X;
}

/** `random_binomial_btpe`: Kachitvichyanukul and Schmeiser's BTPE, for n min(p, q) > 30. */
function binomialBtpe<G>(g: G, n: i64, p: f64): i64 {
  const r = p < 1.0 - p ? p : 1.0 - p;
  const q = 1.0 - r;
  const fm = <f64>n * r + r;
  const m = toInt64(floor(fm));
  const fmm = <f64>m;
  const p1 = floor(2.195 * sqrt(<f64>n * r * q) - 4.6 * q) + 0.5;
  const xm = fmm + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + fmm);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1.0 + a / 2.0);
  const p2 = p1 * (1.0 + 2.0 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  const nrq = <f64>n * r * q;
  let y: i64;
  while (true) {
    // Step 10
    const u = g.nextDouble() * p4;
    let v = g.nextDouble();
    if (u <= p1) {
      y = toInt64(floor(xm - p1 * v + u));
      break; // Step 60
    }
    if (u <= p2) {
      // Step 20: parallelogram
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - abs(fmm - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = toInt64(floor(x));
    } else if (u <= p3) {
      // Step 30: left exponential tail
      y = toInt64(floor(xl + log(v) / laml));
      if (y < 0 || v == 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      // Step 40: right exponential tail
      y = toInt64(floor(xr - log(v) / lamr));
      if (y > n || v == 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    // Step 50
    const k = y - m < 0 ? m - y : y - m;
    const kd = <f64>k;
    if (!(k > 20 && kd < nrq / 2.0 - 1)) {
      // explicit evaluation of f(y) / f(m)
      const s = r / q;
      const as = s * <f64>(n + 1);
      let F = 1.0;
      if (m < y) {
        for (let i = m + 1; i <= y; i++) F *= as / <f64>i - s;
      } else if (m > y) {
        for (let i = y + 1; i <= m; i++) F /= as / <f64>i - s;
      }
      if (v > F) continue;
      break;
    }
    // Step 52: squeezing, then Stirling's formula
    const rho = (kd / nrq) * ((kd * (kd / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = <f64>(-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = <f64>y + 1;
    const f1 = fmm + 1;
    const z = <f64>n + 1 - fmm;
    const w = <f64>n - <f64>y + 1;
    const x2 = x1 * x1;
    const f2 = f1 * f1;
    const z2 = z * z;
    const w2 = w * w;
    const bound =
      xm * log(f1 / x1) +
      (<f64>(n - m) + 0.5) * log(z / w) +
      <f64>(y - m) * log((w * r) / (x1 * q)) +
      (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / f2) / f2) / f2) / f2) / f1 / 166320.0 +
      (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / z2) / z2) / z2) / z2) / z / 166320.0 +
      (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / x2) / x2) / x2) / x2) / x1 / 166320.0 +
      (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / w2) / w2) / w2) / w2) / w / 166320.0;
    if (A > bound) continue;
    break;
  }
  // Step 60
  if (p > 0.5) y = n - y;
  return y;
}

/** `legacy_random_binomial`. */
export function legacyBinomial<G>(g: G, p: f64, n: i64): i64 {
  if (p <= 0.5) return p * <f64>n <= 30.0 ? binomialInversion(g, n, p) : binomialBtpe(g, n, p);
  const q = 1.0 - p;
  return q * <f64>n <= 30.0 ? n - binomialInversion(g, n, q) : n - binomialBtpe(g, n, q);
}
