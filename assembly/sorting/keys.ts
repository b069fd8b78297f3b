// NumPy's sort order for the real dtypes, as a comparison and as an unsigned radix key.
// bool is stored as u8 (0/1) and sorts as u8.

/** NumPy's `Tag::less` (npysort_common.h): a < b, with every NaN above every number. */
@inline export function less<T>(a: T, b: T): bool {
  if (isFloat<T>()) return a < b || (b != b && a == a);
  return a < b;
}

/**
 * An unsigned key whose order is NumPy's sort order, in the low sizeof<T>() bytes. Floats map
 * −0.0 and +0.0 to one key and every NaN to the largest key, so values that compare equal get
 * equal keys and a stable radix sort keeps them in input order (the key is not inverted: the sort
 * moves the values themselves and recomputes keys on every pass).
 */
@inline export function sortKey<T>(x: T): u64 {
  if (isFloat<T>()) {
    // x + 0 turns −0.0 into +0.0 (and leaves every other number alone); NaNs take the top key.
    if (sizeof<T>() == 8) return select<u64>(plainKey<f64>(<f64>x + 0.0), u64.MAX_VALUE, <f64>x == <f64>x);
    return <u64>select<u32>(<u32>plainKey<f32>(<f32>x + <f32>0.0), u32.MAX_VALUE, <f32>x == <f32>x);
  }
  if (isSigned<T>()) {
    if (sizeof<T>() == 8) return <u64>(<i64>x) ^ 0x8000000000000000;
    const bits = <u64>(sizeof<T>() * 8);
    return (<u64>(<i64>x) & ((<u64>1 << bits) - 1)) ^ (<u64>1 << (bits - 1));
  }
  return <u64>x;
}

/**
 * The IEEE total-order key of a float (sign flips the rest; a bijection): NumPy's order on data
 * with no NaN and no −0.0, and three operations cheaper than sortKey. Other dtypes: sortKey.
 */
@inline export function plainKey<T>(x: T): u64 {
  if (isFloat<T>()) {
    if (sizeof<T>() == 8) {
      const b = reinterpret<u64>(<f64>x);
      return b ^ (<u64>(<i64>b >> 63) | 0x8000000000000000);
    }
    const b = reinterpret<u32>(<f32>x);
    return <u64>(b ^ (<u32>(<i32>b >> 31) | 0x80000000));
  }
  return sortKey<T>(x);
}

/** A NaN or −0.0: values on which plainKey's order is not NumPy's. */
@inline export function needsExactKey<T>(x: T): bool {
  if (isFloat<T>()) {
    if (sizeof<T>() == 8) return x != x || reinterpret<u64>(<f64>x) == 0x8000000000000000;
    return x != x || reinterpret<u32>(<f32>x) == 0x80000000;
  }
  return false;
}

/** sortKey when `exact`, else plainKey. */
@inline export function key<T>(x: T, exact: bool): u64 {
  return exact ? sortKey<T>(x) : plainKey<T>(x);
}

/** The value whose key is `k` (integers only: their keys are a bijection). */
@inline export function fromKey<T>(k: u64): T {
  if (isSigned<T>()) return <T>(k ^ (<u64>1 << <u64>(sizeof<T>() * 8 - 1)));
  return <T>k;
}

/** Byte address of element i of a contiguous T array. */
@inline export function at<T>(p: usize, i: i32): usize {
  return p + (<usize>i << alignof<T>());
}

/** Rounds a byte count up to a multiple of 16 (workspace sections start 16-byte aligned). */
@inline export function align16(bytes: usize): usize {
  return (bytes + 15) & ~(<usize>15);
}
