// float32 lanes through float64: the two halves of an f32x4 widened to f64x2 and back. Rounding a
// float64 result that is within an ulp of float64 to float32 is within half an ulp of float32
// (plus 2^-29): the float32 kernels' slow paths and the functions whose float32 form needs more
// precision than float32 lanes give.

/** Lanes 0 and 1 of an f32x4, as an f64x2. */
@inline export function lowF64(x: v128): v128 {
  return f64x2.promote_low_f32x4(x);
}

/** Lanes 2 and 3 of an f32x4, as an f64x2. */
@inline export function highF64(x: v128): v128 {
  return f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 2, 3));
}

/** Two f64x2 (lanes 0, 1 and 2, 3) rounded to one f32x4. */
@inline export function narrowF32(lo: v128, hi: v128): v128 {
  return i32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}
