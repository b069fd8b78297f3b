// Element conversions exactly as NumPy's x86-64 loops perform them (used by the casts and by the
// ufuncs NumPy defines through a conversion, such as integer reciprocal).

/** x86's cvttsd2si (32-bit): truncation, and INT_MIN for NaN or out of range. */
@inline function cvt32(x: f64): i32 {
  return x > -2147483649.0 && x < 2147483648.0 ? <i32>x : i32.MIN_VALUE;
}

/** x86's cvttsd2si (64-bit). */
@inline function cvt64(x: f64): i64 {
  return x >= -9223372036854775808.0 && x < 9223372036854775808.0 ? <i64>x : i64.MIN_VALUE;
}

/**
 * NumPy's conversions, as its x86-64 cast loops compute them: anything to bool is `!= 0` (NaN is
 * True); a float to an integer truncates through a 32-bit conversion for int8 to int32 (out of
 * range or NaN gives INT_MIN's low bits), through a 64-bit one for uint32 (its low 32 bits) and
 * int64, and through "subtract 2^63 and flip the top bit" above the signed range for uint64;
 * integers wrap or extend as in C; floats round to nearest. (Out-of-range float to unsigned
 * conversions are undefined in C; NumPy's vectorised loop bodies give other bits for some of them
 * than its scalar loops, whose results these are.)
 */
@inline export function convert<S, D>(x: S): D {
  if (isBoolean<D>()) return <D>(x != <S>0);
  if (isFloat<S>() && !isFloat<D>()) {
    const f = <f64>x;
    if (sizeof<D>() == 8) {
      if (isSigned<D>()) return <D>cvt64(f);
      return <D>(f >= 9223372036854775808.0 ? cvt64(f - 9223372036854775808.0) ^ i64.MIN_VALUE : cvt64(f));
    }
    if (sizeof<D>() == 4 && !isSigned<D>()) return <D>cvt64(f);
    return <D>cvt32(f);
  }
  return <D>x;
}
