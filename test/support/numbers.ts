// The elements of any array as JS numbers in C order (64-bit integers rounded to doubles).
import type { NDArray } from "../../src/index.js";

export function numbers(a: NDArray): number[] {
  return Array.from(a.toTypedArray() as ArrayLike<number | bigint>, Number);
}
