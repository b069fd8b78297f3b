// Operation codes of the element-wise ufuncs, and their scalar and v128 forms for every element
// type. Each exported kernel passes a literal code, so after inlining Binaryen folds every
// `op == X` test away: one straight loop per export.

import { convert } from "./convert";
import { vexp } from "./math/exp";
import { vlog } from "./math/log";
import { vtanh } from "./math/tanh";
import { vcos, vsin, vtan } from "./math/trig";
import { vexp2 } from "./math/exp2";
import { vexpm1 } from "./math/expm1";
import { vlog1p } from "./math/log1p";
import { vlog10, vlog2 } from "./math/logbase";
import { vcosh, vsinh } from "./math/hyperbolic";
import { varctan, varctan2 } from "./math/atan";
import { varccos, varcsin } from "./math/asin";
import { varccosh, varcsinh, varctanh } from "./math/archyperbolic";
import { vcbrt } from "./math/cbrt";
import { vhypot } from "./math/hypot";
import { vlogaddexp, vlogaddexp2 } from "./math/logaddexp";
import { vpower } from "./math/power";

// Binary operations.
export const ADD = 0;
export const SUB = 1;
export const MUL = 2;
export const DIV = 3;
export const POW = 4;
export const MAXIMUM = 5;
export const MINIMUM = 6;
export const OR = 7;
export const AND = 8;
export const XOR = 9;
export const REMAINDER = 10;
export const FMOD = 11;
export const FLOOR_DIVIDE = 12;
export const COPYSIGN = 13;
export const HEAVISIDE = 14;
export const LEFT_SHIFT = 15;
export const RIGHT_SHIFT = 16;
export const ARCTAN2 = 17;
export const HYPOT = 18;
export const LOGADDEXP = 19;
export const LOGADDEXP2 = 20;

// Unary operations.
export const NEG = 0;
export const ABS = 1;
export const SQRT = 2;
export const SQUARE = 3;
export const EXP = 4;
export const LOG = 5;
export const SIN = 6;
export const COS = 7;
export const TAN = 8;
export const TANH = 9;
export const SIGN = 10;
export const FLOOR = 11;
export const CEIL = 12;
export const TRUNC = 13;
export const RINT = 14;
export const RECIPROCAL = 15;
export const INVERT = 16;
export const DEG2RAD = 17;
export const RAD2DEG = 18;
export const EXP2 = 19;
export const EXPM1 = 20;
export const LOG2 = 21;
export const LOG10 = 22;
export const LOG1P = 23;
export const SINH = 24;
export const COSH = 25;
export const ARCSIN = 26;
export const ARCCOS = 27;
export const ARCTAN = 28;
export const ARCSINH = 29;
export const ARCCOSH = 30;
export const ARCTANH = 31;
export const CBRT = 32;

// Predicates (element in, bool out).
export const ISNAN = 0;
export const ISINF = 1;
export const ISFINITE = 2;
export const SIGNBIT = 3;

/** Integer power by squaring, wrapping like C integer arithmetic (NumPy's int power; TypeScript rejects negative exponents). */
@inline function ipow<T>(base: T, exp: T): T {
  let result: T = <T>1;
  let b = base;
  let e = exp;
  while (e > <T>0) {
    if (e & <T>1) result *= b;
    b *= b;
    e >>= <T>1;
  }
  return result;
}

/**
 * NumPy's maximum / minimum: a NaN in either operand is the result (the first one's if both);
 * of two equal values (+0 and −0) the second operand wins, as x86's maxpd gives NumPy.
 */
@inline export function pickMax<T>(x: T, y: T): T {
  if (isFloat<T>()) return x > y || x != x ? x : y;
  return x > y ? x : y;
}

@inline export function pickMin<T>(x: T, y: T): T {
  if (isFloat<T>()) return x < y || x != x ? x : y;
  return x < y ? x : y;
}

/**
 * NumPy's npy_divmod for floats: the floor quotient and the remainder with the divisor's sign,
 * computed from fmod so that both are exact where they can be.
 */
@inline function floatDivmod<T>(a: T, b: T, wantQuotient: bool): T {
  let mod: T = a % b; // fmod
  if (b == <T>0) return wantQuotient ? a / b : mod;
  let div: T = (a - mod) / b;
  if (mod != <T>0) {
    if ((b < <T>0) != (mod < <T>0)) {
      mod += b;
      div -= <T>1;
    }
  } else {
    mod = copysign<T>(<T>0, b);
  }
  if (!wantQuotient) return mod;
  if (div != <T>0) {
    let q: T = floor<T>(div);
    if (div - q > <T>0.5) q += <T>1;
    return q;
  }
  return copysign<T>(<T>0, a / b);
}

/** Integer floor division and Python's remainder, as NumPy's: a zero divisor gives 0, MIN // -1 wraps. */
@inline function intDivmod<T>(a: T, b: T, wantQuotient: bool): T {
  if (b == <T>0) return <T>0;
  if (isSigned<T>()) {
    if (b == <T>-1) return wantQuotient ? <T>0 - a : <T>0;
    let q: T = a / b;
    let r: T = a % b;
    if (r != <T>0 && ((r < <T>0) != (b < <T>0))) {
      q -= <T>1;
      r += b;
    }
    return wantQuotient ? q : r;
  }
  return wantQuotient ? a / b : a % b;
}

/** C's shifts as NumPy defines them past the width: left gives 0, right gives 0 or −1 (the sign). */
@inline function shift<T>(left: bool, a: T, b: T): T {
  const width = <u64>(sizeof<T>() * 8);
  if (<u64>b < width) return left ? <T>(a << b) : <T>(a >> b);
  if (left || !isSigned<T>()) return <T>0;
  return a < <T>0 ? <T>-1 : <T>0;
}

@inline export function scalarBinary<T>(op: i32, x: T, y: T): T {
  if (op == ADD) return x + y;
  if (op == SUB) return x - y;
  if (op == MUL) return x * y;
  if (op == MAXIMUM) return pickMax<T>(x, y);
  if (op == MINIMUM) return pickMin<T>(x, y);
  if (isFloat<T>()) {
    if (op == DIV) return x / y;
    if (hasBinaryMath<T>(op)) return v128.extract_lane<T>(vectorBinary<T>(op, v128.splat<T>(x), v128.splat<T>(y)), 0);
    if (op == REMAINDER) return floatDivmod<T>(x, y, false);
    if (op == FLOOR_DIVIDE) return floatDivmod<T>(x, y, true);
    if (op == FMOD) return x % y;
    if (op == COPYSIGN) return copysign<T>(x, y);
    if (op == HEAVISIDE) return x < <T>0 ? <T>0 : x > <T>0 ? <T>1 : x == <T>0 ? y : x;
  } else {
    if (op == POW) return ipow<T>(x, y);
    if (op == OR) return x | y;
    if (op == AND) return x & y;
    if (op == XOR) return x ^ y;
    if (op == REMAINDER) return intDivmod<T>(x, y, false);
    if (op == FLOOR_DIVIDE) return intDivmod<T>(x, y, true);
    if (op == FMOD) {
      if (y == <T>0) return <T>0;
      if (isSigned<T>() && y == <T>-1) return <T>0;
      return x % y;
    }
    if (op == LEFT_SHIFT) return shift<T>(true, x, y);
    if (op == RIGHT_SHIFT) return shift<T>(false, x, y);
  }
  unreachable();
  return x;
}

/** Whether `op` has a v128 form for T: no i8x16 multiply, no i64x2 min/max, no integer division or power. */
/**
 * Whether `op` is a binary function with a lane-parallel form (math/): its scalar form evaluates
 * the same lanes, and strided operands are gathered into vectors, so every path gives the same bits.
 */
@inline export function hasBinaryMath<T>(op: i32): bool {
  return isFloat<T>() && (op == POW || op == ARCTAN2 || op == HYPOT || op == LOGADDEXP || op == LOGADDEXP2);
}

@inline export function hasVector<T>(op: i32): bool {
  if (hasBinaryMath<T>(op)) return true;
  if (op == POW || op == REMAINDER || op == FMOD || op == FLOOR_DIVIDE || op == HEAVISIDE || op == LEFT_SHIFT || op == RIGHT_SHIFT) return false;
  if (op == COPYSIGN) return isFloat<T>();
  if (op == OR || op == AND || op == XOR) return !isFloat<T>();
  if (isFloat<T>()) return true;
  if (op == DIV) return false;
  if (op == MUL) return sizeof<T>() > 1;
  if (op == MAXIMUM || op == MINIMUM) return sizeof<T>() < 8;
  return true;
}

@inline export function vectorBinary<T>(op: i32, x: v128, y: v128): v128 {
  if (op == OR) return v128.or(x, y);
  if (op == AND) return v128.and(x, y);
  if (op == XOR) return v128.xor(x, y);
  if (op == ADD) return v128.add<T>(x, y);
  if (op == SUB) return v128.sub<T>(x, y);
  if (isFloat<T>()) {
    if (op == MUL) return v128.mul<T>(x, y);
    if (op == DIV) return v128.div<T>(x, y);
    if (op == COPYSIGN) return v128.bitselect(y, x, v128.splat<T>(-<T>0));
    if (op == POW) return vpower<T>(x, y);
    if (op == ARCTAN2) return varctan2<T>(x, y);
    if (op == HYPOT) return vhypot<T>(x, y);
    if (op == LOGADDEXP) return vlogaddexp<T>(x, y);
    if (op == LOGADDEXP2) return vlogaddexp2<T>(x, y);
    if (op == MAXIMUM) return v128.bitselect(x, y, v128.or(v128.gt<T>(x, y), v128.ne<T>(x, x)));
    if (op == MINIMUM) return v128.bitselect(x, y, v128.or(v128.lt<T>(x, y), v128.ne<T>(x, x)));
  } else {
    if (sizeof<T>() > 1) {
      if (op == MUL) return v128.mul<T>(x, y);
    }
    if (sizeof<T>() < 8) {
      if (op == MAXIMUM) return v128.max<T>(x, y);
      if (op == MINIMUM) return v128.min<T>(x, y);
    }
  }
  unreachable();
  return x;
}

/**
 * Whether `op` is a transcendental function with a lane-parallel form (math/). Its scalar form
 * evaluates the same lanes, and the loops gather strided operands into vectors for it, so every
 * path gives the contiguous loop's bits.
 */
@inline export function hasVectorMath<T>(op: i32): bool {
  return isFloat<T>() && ((op >= EXP && op <= TANH) || (op >= EXP2 && op <= CBRT));
}

@inline export function scalarUnary<T>(op: i32, x: T): T {
  if (op == NEG) return -x;
  if (op == SQUARE) return x * x;
  if (op == ABS) {
    if (isFloat<T>() || isSigned<T>()) return abs<T>(x);
    return x;
  }
  if (op == SIGN) {
    if (isFloat<T>()) return x > <T>0 ? <T>1 : x < <T>0 ? <T>-1 : x == <T>0 ? <T>0 : x;
    if (isSigned<T>()) return x > <T>0 ? <T>1 : x < <T>0 ? <T>-1 : <T>0;
    return x > <T>0 ? <T>1 : <T>0;
  }
  if (op == RECIPROCAL) {
    // NumPy computes 1.0 / x in double and converts (integers: 0 for |x| > 1, INT_MIN's bits for 0).
    if (isFloat<T>()) return <T>1 / x;
    return convert<f64, T>(1.0 / <f64>x);
  }
  if (op == INVERT) {
    if (isBoolean<T>()) return <T>(x == <T>0);
    if (!isFloat<T>()) return ~x;
  }
  if (isFloat<T>()) {
    if (op == FLOOR) return floor<T>(x);
    if (op == CEIL) return ceil<T>(x);
    if (op == TRUNC) return trunc<T>(x);
    if (op == RINT) return nearest<T>(x);
    if (op == DEG2RAD) return x * (<T>Math.PI / <T>180);
    if (op == RAD2DEG) return x * (<T>180 / <T>Math.PI);
    if (hasVectorMath<T>(op)) return v128.extract_lane<T>(vectorUnary<T>(op, v128.splat<T>(x)), 0);
    if (op == SQRT) return sizeof<T>() == 4 ? <T>Mathf.sqrt(<f32>x) : <T>Math.sqrt(<f64>x);
  }
  unreachable();
  return x;
}

@inline export function hasVectorUnary<T>(op: i32): bool {
  if (op == NEG) return true;
  if (op == RECIPROCAL || op == DEG2RAD || op == RAD2DEG) return isFloat<T>();
  if (op == FLOOR || op == CEIL || op == TRUNC || op == RINT) return isFloat<T>();
  if (op == INVERT) return !isFloat<T>() && !isBoolean<T>();
  if (op == ABS) return isFloat<T>() || isSigned<T>();
  if (op == SQUARE) return isFloat<T>() || sizeof<T>() > 1;
  return isFloat<T>() && (op == SQRT || hasVectorMath<T>(op));
}

@inline export function vectorUnary<T>(op: i32, x: v128): v128 {
  if (op == NEG) {
    if (!isBoolean<T>()) return v128.neg<T>(x);
  }
  if (op == ABS) {
    if (isFloat<T>() || isSigned<T>()) return v128.abs<T>(x);
    return x;
  }
  if (op == SQUARE) {
    if (sizeof<T>() > 1) return v128.mul<T>(x, x);
  }
  if (op == INVERT) {
    if (!isFloat<T>()) return v128.not(x);
  }
  if (isFloat<T>()) {
    if (op == FLOOR) return v128.floor<T>(x);
    if (op == CEIL) return v128.ceil<T>(x);
    if (op == TRUNC) return v128.trunc<T>(x);
    if (op == RINT) return v128.nearest<T>(x);
    if (op == RECIPROCAL) return v128.div<T>(v128.splat<T>(<T>1), x);
    if (op == DEG2RAD) return v128.mul<T>(x, v128.splat<T>(<T>Math.PI / <T>180));
    if (op == RAD2DEG) return v128.mul<T>(x, v128.splat<T>(<T>180 / <T>Math.PI));
    if (op == SQRT) return v128.sqrt<T>(x);
    if (op == EXP) return vexp<T>(x);
    if (op == LOG) return vlog<T>(x);
    if (op == TANH) return vtanh<T>(x);
    if (op == SIN) return vsin<T>(x);
    if (op == COS) return vcos<T>(x);
    if (op == TAN) return vtan<T>(x);
    if (op == EXP2) return vexp2<T>(x);
    if (op == EXPM1) return vexpm1<T>(x);
    if (op == LOG2) return vlog2<T>(x);
    if (op == LOG10) return vlog10<T>(x);
    if (op == LOG1P) return vlog1p<T>(x);
    if (op == SINH) return vsinh<T>(x);
    if (op == COSH) return vcosh<T>(x);
    if (op == ARCSIN) return varcsin<T>(x);
    if (op == ARCCOS) return varccos<T>(x);
    if (op == ARCTAN) return varctan<T>(x);
    if (op == ARCSINH) return varcsinh<T>(x);
    if (op == ARCCOSH) return varccosh<T>(x);
    if (op == ARCTANH) return varctanh<T>(x);
    if (op == CBRT) return vcbrt<T>(x);
  }
  unreachable();
  return x;
}

/** A predicate of one float element: isnan, isinf, isfinite, signbit. */
@inline export function predicate<T>(op: i32, x: T): bool {
  if (op == ISNAN) return x != x;
  if (op == ISINF) return abs<T>(x) == <T>Infinity;
  if (op == ISFINITE) return x - x == <T>0;
  if (sizeof<T>() == 8) return (reinterpret<i64>(<f64>x) >>> 63) != 0;
  return (reinterpret<i32>(<f32>x) >>> 31) != 0;
}
