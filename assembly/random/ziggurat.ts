// NumPy Generator's standard normal and standard exponential: 256-layer ziggurats on 64-bit draws
// (random_standard_normal and random_standard_exponential of
// numpy/random/src/distributions/distributions.c), generic over the bit generator.

import { exp, log1p } from "./libm";
import { FE, FI, KE, KI, WE, WI, ZIGGURAT_EXP_R, ZIGGURAT_NOR_INV_R, ZIGGURAT_NOR_R } from "./ziggurat-tables";

/** One standard normal: 8 bits pick the layer, 1 the sign, 52 the abscissa. */
@inline export function standardNormal<G>(g: G): f64 {
  while (true) {
    let r = g.next64();
    const idx = <i32>(r & 0xff);
    r >>= 8;
    const sign = r & 1;
    const rabs = (r >> 1) & 0x000fffffffffffff;
    let x = <f64>(<i64>rabs) * unchecked(WI[idx]); // rabs < 2^52: a signed conversion is exact
    if (sign) x = -x;
    if (rabs < unchecked(KI[idx])) return x; // about 99.3% of draws
    const t = normalTail(g, idx, rabs, x);
    if (!isNaN(t)) return t;
  }
}

/** The rare part of standardNormal: the base layer's tail, or a wedge test; NaN means redraw. */
function normalTail<G>(g: G, idx: i32, rabs: u64, x: f64): f64 {
  if (idx == 0) {
    while (true) {
      const xx = -ZIGGURAT_NOR_INV_R * log1p(-g.nextDouble());
      const yy = -log1p(-g.nextDouble());
      if (yy + yy > xx * xx) return (rabs >> 8) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
    }
  }
  if ((unchecked(FI[idx - 1]) - unchecked(FI[idx])) * g.nextDouble() + unchecked(FI[idx]) < exp(-0.5 * x * x)) return x;
  return NaN;
}

/** One standard exponential: 8 bits pick the layer, 53 the abscissa. */
@inline export function standardExponential<G>(g: G): f64 {
  while (true) {
    const ri = g.next64() >> 3;
    const idx = <i32>(ri & 0xff);
    const rabs = ri >> 8;
    const x = <f64>(<i64>rabs) * unchecked(WE[idx]); // rabs < 2^53
    if (rabs < unchecked(KE[idx])) return x; // about 98.9% of draws
    const t = exponentialTail(g, idx, x);
    if (!isNaN(t)) return t;
  }
}

function exponentialTail<G>(g: G, idx: i32, x: f64): f64 {
  if (idx == 0) return ZIGGURAT_EXP_R - log1p(-g.nextDouble());
  if ((unchecked(FE[idx - 1]) - unchecked(FE[idx])) * g.nextDouble() + unchecked(FE[idx]) < exp(-x)) return x;
  return NaN;
}
