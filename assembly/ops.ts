// Operation codes of the element-wise ufuncs, and their scalar and v128 forms for every element
// type. Each exported kernel passes a literal code, so after inlining Binaryen folds every
// `op == X` test away: one straight loop per export.

import { vexp } from "./math/exp";
import { vlog } from "./math/log";
import { vtanh } from "./math/tanh";
import { vcos, vsin, vtan } from "./math/trig";

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

/** C99's pow (Annex F), as NumPy's float power: pow(1, y) = 1 and pow(x, ±0) = 1 even for NaN, pow(−1, ±inf) = 1. */
@inline function fpow<T>(x: T, y: T): T {
  if (y == <T>0 || x == <T>1) return <T>1;
  if (x == <T>-1 && (y == <T>Infinity || y == <T>-Infinity)) return <T>1;
  if (sizeof<T>() == 4) return <T>Mathf.pow(<f32>x, <f32>y);
  return <T>Math.pow(<f64>x, <f64>y);
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

@inline export function scalarBinary<T>(op: i32, x: T, y: T): T {
  if (op == ADD) return x + y;
  if (op == SUB) return x - y;
  if (op == MUL) return x * y;
  if (op == MAXIMUM) return pickMax<T>(x, y);
  if (op == MINIMUM) return pickMin<T>(x, y);
  if (isFloat<T>()) {
    if (op == DIV) return x / y;
    if (op == POW) return fpow<T>(x, y);
  } else {
    if (op == POW) return ipow<T>(x, y);
    if (op == OR) return x | y;
    if (op == AND) return x & y;
  }
  unreachable();
  return x;
}

/** Whether `op` has a v128 form for T: no i8x16 multiply, no i64x2 min/max, no integer division or power. */
@inline export function hasVector<T>(op: i32): bool {
  if (op == POW) return false;
  if (op == OR || op == AND) return !isFloat<T>();
  if (isFloat<T>()) return true;
  if (op == DIV) return false;
  if (op == MUL) return sizeof<T>() > 1;
  if (op == MAXIMUM || op == MINIMUM) return sizeof<T>() < 8;
  return true;
}

@inline export function vectorBinary<T>(op: i32, x: v128, y: v128): v128 {
  if (op == OR) return v128.or(x, y);
  if (op == AND) return v128.and(x, y);
  if (op == ADD) return v128.add<T>(x, y);
  if (op == SUB) return v128.sub<T>(x, y);
  if (isFloat<T>()) {
    if (op == MUL) return v128.mul<T>(x, y);
    if (op == DIV) return v128.div<T>(x, y);
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
  return isFloat<T>() && (op == EXP || op == LOG || op == TANH || op == SIN || op == COS || op == TAN);
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
  if (isFloat<T>()) {
    if (hasVectorMath<T>(op)) return v128.extract_lane<T>(vectorUnary<T>(op, v128.splat<T>(x)), 0);
    if (op == SQRT) return sizeof<T>() == 4 ? <T>Mathf.sqrt(<f32>x) : <T>Math.sqrt(<f64>x);
  }
  unreachable();
  return x;
}

@inline export function hasVectorUnary<T>(op: i32): bool {
  if (op == NEG) return true;
  if (op == ABS) return isFloat<T>() || isSigned<T>();
  if (op == SQUARE) return isFloat<T>() || sizeof<T>() > 1;
  return isFloat<T>() && (op == SQRT || hasVectorMath<T>(op));
}

@inline export function vectorUnary<T>(op: i32, x: v128): v128 {
  if (op == NEG) return v128.neg<T>(x);
  if (op == ABS) {
    if (isFloat<T>() || isSigned<T>()) return v128.abs<T>(x);
    return x;
  }
  if (op == SQUARE) {
    if (sizeof<T>() > 1) return v128.mul<T>(x, x);
  }
  if (isFloat<T>()) {
    if (op == SQRT) return v128.sqrt<T>(x);
    if (op == EXP) return vexp<T>(x);
    if (op == LOG) return vlog<T>(x);
    if (op == TANH) return vtanh<T>(x);
    if (op == SIN) return vsin<T>(x);
    if (op == COS) return vcos<T>(x);
    if (op == TAN) return vtan<T>(x);
  }
  unreachable();
  return x;
}
