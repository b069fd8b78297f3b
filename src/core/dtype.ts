// The dtype registry: everything ndwasm knows about an element type, in one table. Promotion,
// casting, printing, heap views and kernel tables are all derived from it.

/** NumPy's real numeric types. The default integer is int64, as NumPy's on 64-bit Linux and macOS. */
export type DType = "bool" | "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64" | "float32" | "float64";
/** The floating dtypes (NumPy's `np.floating` kinds ndwasm has). */
export type FloatDType = "float32" | "float64";
/** The integer dtypes, signed and unsigned (NumPy's `np.integer`). */
export type IntDType = "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64";
/** Kernel name suffix of a dtype (`add_f64`, `cast_bool_i64`). */
export type Suffix = "bool" | "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "f32" | "f64";
/** NumPy's dtype.kind: b(ool), i(nt), u(nsigned), f(loat). */
export type Kind = "b" | "i" | "u" | "f";

/** The TypedArrays that hold each dtype's elements (`toTypedArray()`, and accepted as input). */
export type TypedArray =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Uint16Array
  | Uint32Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

/** The TypedArray that holds each dtype's elements. */
export interface TypedArrayMap {
  bool: Uint8Array;
  int8: Int8Array;
  int16: Int16Array;
  int32: Int32Array;
  int64: BigInt64Array;
  uint8: Uint8Array;
  uint16: Uint16Array;
  uint32: Uint32Array;
  uint64: BigUint64Array;
  float32: Float32Array;
  float64: Float64Array;
}

/** The TypedArray of a dtype (the union of them when the dtype is not known statically). */
export type TypedArrayOf<D extends DType> = TypedArrayMap[D];

type TypedArrayConstructor =
  | Uint8ArrayConstructor
  | Int8ArrayConstructor
  | Int16ArrayConstructor
  | Int32ArrayConstructor
  | BigInt64ArrayConstructor
  | Uint16ArrayConstructor
  | Uint32ArrayConstructor
  | BigUint64ArrayConstructor
  | Float32ArrayConstructor
  | Float64ArrayConstructor;

export interface DTypeInfo {
  readonly name: DType;
  readonly kind: Kind;
  /** Bytes per element. */
  readonly itemsize: 1 | 2 | 4 | 8;
  /** The TypedArray that holds the elements (Uint8Array of 0/1 for bool). */
  readonly array: TypedArrayConstructor;
  readonly suffix: Suffix;
  /** Smallest and largest value (as numbers: the 64-bit limits are rounded). */
  readonly min: number;
  readonly max: number;
  /** The exact limits, for the 64-bit integer checks. */
  readonly minBig: bigint;
  readonly maxBig: bigint;
  /** Whether the elements cross into JS as bigint (64-bit integers). */
  readonly big: boolean;
}

function info(name: DType, kind: Kind, itemsize: 1 | 2 | 4 | 8, array: TypedArrayConstructor, suffix: Suffix): DTypeInfo {
  const bits = BigInt(itemsize * 8);
  let minBig = 0n;
  let maxBig = 1n;
  if (kind === "i") {
    minBig = -(1n << (bits - 1n));
    maxBig = (1n << (bits - 1n)) - 1n;
  } else if (kind === "u") {
    maxBig = (1n << bits) - 1n;
  }
  const finite = kind === "b" || kind === "i" || kind === "u";
  return {
    name,
    kind,
    itemsize,
    array,
    suffix,
    min: finite ? Number(minBig) : -Infinity,
    max: finite ? Number(maxBig) : Infinity,
    minBig,
    maxBig,
    big: itemsize === 8 && finite,
  };
}

/** The registry, in NumPy's order of type numbers. */
export const DTYPE: { readonly [D in DType]: DTypeInfo } = {
  bool: info("bool", "b", 1, Uint8Array, "bool"),
  int8: info("int8", "i", 1, Int8Array, "i8"),
  uint8: info("uint8", "u", 1, Uint8Array, "u8"),
  int16: info("int16", "i", 2, Int16Array, "i16"),
  uint16: info("uint16", "u", 2, Uint16Array, "u16"),
  int32: info("int32", "i", 4, Int32Array, "i32"),
  uint32: info("uint32", "u", 4, Uint32Array, "u32"),
  int64: info("int64", "i", 8, BigInt64Array, "i64"),
  uint64: info("uint64", "u", 8, BigUint64Array, "u64"),
  float32: info("float32", "f", 4, Float32Array, "f32"),
  float64: info("float64", "f", 8, Float64Array, "f64"),
};

export const DTYPES: readonly DType[] = Object.keys(DTYPE) as DType[];
export const INT_DTYPES = DTYPES.filter((d) => DTYPE[d].kind === "i" || DTYPE[d].kind === "u") as IntDType[];

/** The default integer and float, as NumPy's. */
export const DEFAULT_INT = "int64" satisfies DType;
export const DEFAULT_FLOAT = "float64" satisfies DType;

export const isDType = (x: unknown): x is DType => typeof x === "string" && Object.prototype.hasOwnProperty.call(DTYPE, x);
export const isFloat = (d: DType): d is FloatDType => DTYPE[d].kind === "f";
export const isInteger = (d: DType): d is IntDType => DTYPE[d].kind === "i" || DTYPE[d].kind === "u";
export const isSigned = (d: DType): boolean => DTYPE[d].kind === "i";
export const itemsize = (d: DType): number => DTYPE[d].itemsize;

/** A short description of a value for TypeErrors: `string "abc"`, `null`, `an array`, `number 3`. */
export function describe(x: unknown): string {
  if (typeof x === "string") return `string ${JSON.stringify(x)}`;
  if (x === null) return "null";
  if (x === undefined) return "undefined";
  if (Array.isArray(x)) return "an array";
  if (typeof x === "object") return (x as object).constructor?.name ?? "an object";
  if (typeof x === "bigint") return `bigint ${x}n`;
  return `${typeof x} ${String(x)}`;
}

/** Checks a user-supplied dtype argument. */
export function checkDType(x: unknown, argument = "dtype"): DType {
  if (isDType(x)) return x;
  throw new TypeError(`${argument} must be one of ${DTYPES.map((d) => `"${d}"`).join(", ")}, got ${describe(x)}`);
}

/** The signed integer of a byte size (8 → int64). */
function signedOf(size: number): DType {
  return size === 1 ? "int8" : size === 2 ? "int16" : size === 4 ? "int32" : "int64";
}

/** np.promote_types for two dtypes (NumPy 2). */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  const x = DTYPE[a];
  const y = DTYPE[b];
  if (x.kind === "b") return b;
  if (y.kind === "b") return a;
  if (x.kind === "f" || y.kind === "f") {
    if (x.kind === "f" && y.kind === "f") return x.itemsize >= y.itemsize ? a : b;
    const [f, i] = x.kind === "f" ? [x, y] : [y, x];
    // An integer promotes with float32 to float32 only if float32 holds all its values.
    return f.itemsize === 4 && i.itemsize <= 2 ? "float32" : "float64";
  }
  if (x.kind === y.kind) return x.itemsize >= y.itemsize ? a : b;
  const [s, u] = x.kind === "i" ? [x, y] : [y, x];
  if (s.itemsize > u.itemsize) return s.name;
  return u.itemsize < 8 ? signedOf(u.itemsize * 2) : "float64";
}

/** np.can_cast(from, to, casting="safe"). */
export function canCastSafely(from: DType, to: DType): boolean {
  return promoteTypes(from, to) === to;
}

/** np.can_cast(from, to, casting="same_kind"): safe, or within a kind going down (float64 → float32, int64 → int8). */
export function canCastSameKind(from: DType, to: DType): boolean {
  if (canCastSafely(from, to)) return true;
  const order: Record<Kind, number> = { b: 0, u: 1, i: 1, f: 2 };
  const f = DTYPE[from].kind;
  const t = DTYPE[to].kind;
  // unsigned → signed of any size is same_kind; signed → unsigned is not.
  if (f === "i" && t === "u") return false;
  return order[f] <= order[t];
}

/** A JS value that acts as a Python scalar in an operation (NEP 50 "weak" scalars). */
export type Scalar = number | boolean | bigint;

/** The Python kind of a JS scalar: bool, int (integral numbers and bigints) or float. */
export function scalarKind(x: Scalar): "bool" | "int" | "float" {
  if (typeof x === "boolean") return "bool";
  if (typeof x === "bigint") return "int";
  return Number.isInteger(x) ? "int" : "float";
}

/**
 * np.result_type(array_dtype, python_scalar) under NEP 50: a scalar takes the array's dtype
 * when its kind fits (its value is checked later), else the default type of its kind.
 */
export function promoteWithScalar(a: DType, scalar: Scalar): DType {
  const kind = scalarKind(scalar);
  if (kind === "bool") return a;
  const k = DTYPE[a].kind;
  if (kind === "int") return k === "b" ? DEFAULT_INT : a;
  return k === "f" ? a : DEFAULT_FLOAT;
}

/**
 * The dtype NumPy gives a lone Python scalar: bool, int64 (uint64 past int64's range) or float64.
 * NumPy makes an object array of an int beyond both; ndwasm has none and uses float64, as for a
 * list (core/nested.ts).
 */
export function scalarDType(x: Scalar): DType {
  const kind = scalarKind(x);
  if (kind === "bool") return "bool";
  if (kind === "float") return DEFAULT_FLOAT;
  const v = BigInt(x as number | bigint);
  if (v >= DTYPE.int64.minBig && v <= DTYPE.int64.maxBig) return DEFAULT_INT;
  return v > 0n && v <= DTYPE.uint64.maxBig ? "uint64" : DEFAULT_FLOAT;
}

/**
 * The float type NumPy's float ufuncs (np.sqrt, np.sin, true division) compute an input type in:
 * the smallest float that holds it. NumPy uses float16 for bool, int8 and uint8; ndwasm has no
 * float16 and uses float32.
 */
export function floatResult(d: DType): FloatDType {
  const t = DTYPE[d];
  if (t.kind === "f") return d as FloatDType;
  return t.itemsize <= 2 ? "float32" : "float64";
}

/** The dtype NumPy's sum and prod accumulate integers and booleans in: int64, or uint64 for unsigned. */
export function sumDType(d: DType): DType {
  const k = DTYPE[d].kind;
  if (k === "f") return d;
  return k === "u" ? "uint64" : "int64";
}

/** NumPy's name for a dtype in messages and reprs (`dtype('int64')`). */
export function dtypeRepr(d: DType): string {
  return `dtype('${d}')`;
}
