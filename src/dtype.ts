/** The element types ndwasm stores. `int32` plays the role of NumPy's default integer. */
export type DType = "float64" | "float32" | "int32" | "bool";
export type FloatDType = "float64" | "float32";
export type NumericDType = "float64" | "float32" | "int32";

export type TypedArray = Float64Array | Float32Array | Int32Array | Uint8Array;
type TypedArrayConstructor = Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor;

export const DTYPES: readonly DType[] = ["float64", "float32", "int32", "bool"];

/** Bytes per element, and log2 of it (for byte-address shifts). */
export const ITEMSIZE: Record<DType, number> = { float64: 8, float32: 4, int32: 4, bool: 1 };
export const ITEMSHIFT: Record<DType, number> = { float64: 3, float32: 2, int32: 2, bool: 0 };

export const TYPED_ARRAY: Record<DType, TypedArrayConstructor> = {
  float64: Float64Array,
  float32: Float32Array,
  int32: Int32Array,
  bool: Uint8Array,
};

/** Kernel name suffix for each dtype's storage type. */
export const SUFFIX = { float64: "f64", float32: "f32", int32: "i32", bool: "u8" } as const satisfies Record<DType, string>;

export function isDType(x: unknown): x is DType {
  return x === "float64" || x === "float32" || x === "int32" || x === "bool";
}

/** Checks a user-supplied dtype argument. */
export function checkDType(x: unknown, argument = "dtype"): DType {
  if (isDType(x)) return x;
  throw new TypeError(`${argument} must be one of "float64", "float32", "int32", "bool", got ${describe(x)}`);
}

export function describe(x: unknown): string {
  if (typeof x === "string") return JSON.stringify(x);
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  if (typeof x === "object") return (x as object).constructor?.name ?? "an object";
  return `${typeof x} ${String(x)}`;
}

export const isFloat = (d: DType): d is FloatDType => d === "float64" || d === "float32";

// Rank in NumPy's safe-casting lattice for these four types; float32 and int32 meet at float64.
const RANK: Record<DType, number> = { bool: 0, int32: 1, float32: 2, float64: 3 };

/** np.result_type for two array dtypes. */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  if ((a === "int32" && b === "float32") || (a === "float32" && b === "int32")) return "float64";
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * np.result_type for an array and a Python-like scalar under NEP 50: a scalar is "weak" and
 * only its kind matters. A JS number that is an integer acts as a Python int, any other number
 * as a Python float; a boolean as a Python bool.
 */
export function promoteWithScalar(a: DType, scalar: number | boolean): DType {
  if (typeof scalar === "boolean") return a;
  if (Number.isInteger(scalar)) return a === "bool" ? "int32" : a;
  return a === "float32" ? "float32" : "float64";
}

/** The dtype NumPy gives an array built from a scalar or nested data (ndwasm: int → int32). */
export function scalarDType(x: number | boolean): DType {
  if (typeof x === "boolean") return "bool";
  return Number.isInteger(x) ? "int32" : "float64";
}

/** dtype of float results (np.sin, true division): int32 → float64, bool → float32 (NumPy: float16). */
export function floatResult(d: DType): FloatDType {
  return d === "float32" || d === "bool" ? "float32" : "float64";
}

/**
 * Converts a JS scalar to the value stored for `dtype`, as NumPy converts a Python scalar on
 * assignment: floats truncate into int32, NaN / infinity / out-of-range raise, anything non-zero
 * (NaN included) is True.
 */
export function toElement(value: number | boolean, dtype: DType, errors: ScalarErrors): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "number") throw new TypeError(`expected a number or a boolean, got ${describe(value)}`);
  if (dtype === "bool") return value !== 0 ? 1 : 0;
  if (dtype !== "int32") return value;
  if (Number.isNaN(value)) throw errors.value("cannot convert float NaN to integer");
  if (!Number.isFinite(value)) throw errors.overflow("cannot convert float infinity to integer");
  const t = Math.trunc(value);
  if (t < -2147483648 || t > 2147483647) throw errors.overflow(`Python integer ${BigInt(t)} out of bounds for int32`);
  return t;
}

/** Error constructors passed in so this module stays free of imports. */
export interface ScalarErrors {
  value(message: string): Error;
  overflow(message: string): Error;
}
