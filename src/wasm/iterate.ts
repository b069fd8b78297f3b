// Turns a broadcast iteration (one shape, byte strides per operand) into a kernel call's
// arguments: the innermost axis as scalars and, if more axes remain, an outer-axes block
// written to scratch memory (layout in assembly/loops.ts).

import { coalesce } from "../shape.js";
import { heapI32 } from "./module.js";
import { ARGS } from "./storage.js";

export interface Loop {
  /** Length of the innermost axis. */
  n: number;
  /** Byte stride of each operand along the innermost axis. */
  steps: number[];
  /** 0, or the address of the outer-axes block. */
  outer: number;
}

/** Plans a loop over `shape` for operands with the given byte strides (out first). */
export function planLoop(shape: readonly number[], byteStrides: readonly (readonly number[])[]): Loop {
  const c = coalesce(shape, byteStrides);
  const nd = c.shape.length;
  if (nd === 0) return { n: 1, steps: byteStrides.map(() => 0), outer: 0 };
  const inner = nd - 1;
  const loop = { n: c.shape[inner], steps: c.strides.map((s) => s[inner]), outer: 0 };
  if (nd === 1) return loop;
  const words = heapI32();
  let w = ARGS >> 2;
  words[w++] = inner;
  for (let d = 0; d < inner; d++) words[w++] = c.shape[d];
  for (const s of c.strides) for (let d = 0; d < inner; d++) words[w++] = s[d];
  loop.outer = ARGS;
  return loop;
}
