// The kernel tables: which export runs an operation for a dtype, derived from the dtype registry.
// Export names are `<family>_<suffix>`; a family's set of suffixes follows from what its loop
// depends on (the exact type, the type without its sign, the element size, floats only).
// Families are named by TypeScript types derived from the generated ABI, so a renamed kernel
// family is a type error; a table naming an export that does not exist fails when it is built.

import { DTYPE, DTYPES, type DType, type Suffix } from "../../core/dtype.js";
import type { Exports } from "./abi.generated.js";
import { wasm } from "./module.js";

/** (out, a, b, n, so, sa, sb, outer): byte strides, `outer` a call block or 0. */
export type BinaryKernel = (out: number, a: number, b: number, n: number, so: number, sa: number, sb: number, outer: number) => void;
/** (out, a, n, so, sa, outer). */
export type UnaryKernel = (out: number, a: number, n: number, so: number, sa: number, outer: number) => void;
/** (out, a, b, c, n, so, sa, sb, sc, outer). */
export type TernaryKernel = (out: number, a: number, b: number, c: number, n: number, so: number, sa: number, sb: number, sc: number, outer: number) => void;

/** Families P whose exports are named `${P}_${suffix}`. */
export type Family = { [K in keyof Exports]: K extends `${infer P}_${Suffix}` ? P : never }[keyof Exports];

/** How a family names its dtypes. */
export type SuffixRule = (d: DType) => Suffix | null;

/** Every dtype by its own suffix. */
export const exact: SuffixRule = (d) => DTYPE[d].suffix;
/** Every numeric dtype by its own suffix; bool has no kernel of its own. */
export const noBool: SuffixRule = (d) => (d === "bool" ? null : DTYPE[d].suffix);
/** Operations whose bits do not depend on signedness: an unsigned type uses its signed twin. */
export const signless: SuffixRule = (d) => (DTYPE[d].kind === "u" ? (`i${DTYPE[d].itemsize * 8}` as Suffix) : d === "bool" ? null : DTYPE[d].suffix);
/** Numeric kernels, with bool read as uint8 (0 and 1). */
export const numeric: SuffixRule = (d) => (d === "bool" ? "u8" : DTYPE[d].suffix);
/** Kernels that only move bits: one per element size. */
export const bits: SuffixRule = (d) => `i${DTYPE[d].itemsize * 8}` as Suffix;
/** Float kernels only. */
export const floats: SuffixRule = (d) => (DTYPE[d].kind === "f" ? DTYPE[d].suffix : null);

/** The export `${family}_${suffix}`; throws if the module has no such kernel. */
export function kernel<K>(family: Family | string, suffix: string): K {
  const name = `${family}_${suffix}`;
  const k = (wasm as unknown as Record<string, unknown>)[name];
  if (typeof k !== "function") throw new Error(`ndwasm: the kernel module has no export ${name}`);
  return k as K;
}

/** A family's kernel for every dtype the rule names (built once, when the operation is defined). */
export function table<K>(family: Family, rule: SuffixRule, only: readonly DType[] = DTYPES): Partial<Record<DType, K>> {
  const out: Partial<Record<DType, K>> = {};
  for (const d of only) {
    const s = rule(d);
    if (s !== null) out[d] = kernel<K>(family, s);
  }
  return out;
}

/**
 * The suffixes of the cast kernel that converts `from` to `to`. Casts whose bits agree share one
 * kernel (assembly/cast.ts exports only these): an integer narrowed or kept at its width keeps its
 * low bits whatever either sign, one widened extends by its source's sign whatever the target's,
 * a float truncates to int8/int16 through int32 whatever the target's sign, `!= 0` reads only
 * bits, and bool (0 or 1) converts as uint8.
 */
export function castSuffixes(from: DType, to: DType): [Suffix, Suffix] {
  const f = DTYPE[from];
  const t = DTYPE[to];
  const signed = (size: number): Suffix => `i${size * 8}` as Suffix;
  if (from === "bool" && to === "bool") return ["i8", "i8"];
  if (to === "bool") return [f.kind === "f" ? f.suffix : signed(f.itemsize), "bool"];
  const source: Suffix = from === "bool" ? "u8" : f.suffix;
  if (t.kind === "f") return [source, t.suffix];
  if (f.kind === "f") return [f.suffix, t.itemsize <= 2 ? signed(t.itemsize) : t.suffix];
  return [t.itemsize <= f.itemsize ? signed(f.itemsize) : source, signed(t.itemsize)];
}

/** cast_<from>_<to>: converts (and copies) elements with NumPy's rules. */
export function castKernel(from: DType, to: DType): UnaryKernel {
  const [a, b] = castSuffixes(from, to);
  return kernel<UnaryKernel>(`cast_${a}`, b);
}
