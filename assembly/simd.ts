// SIMD helpers every kernel family shares.

/** a·b + c: a fused multiply-add in the relaxed-SIMD build (floats only), else mul then add. */
@inline export function madd<T>(a: v128, b: v128, c: v128): v128 {
  if (isFloat<T>()) {
    if (ASC_FEATURE_RELAXED_SIMD) return v128.relaxed_madd<T>(a, b, c);
  }
  return v128.add<T>(v128.mul<T>(a, b), c);
}

/** One element loaded and broadcast to every lane. */
@inline export function splat<T>(p: usize): v128 {
  if (sizeof<T>() == 8) return v128.load64_splat(p);
  return v128.load32_splat(p);
}
