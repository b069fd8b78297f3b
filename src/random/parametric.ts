// Distributions with float parameters, as numpy/random/_common.pyx's `cont` and `disc` take them:
// all-scalar parameters are checked one by one and give `size` values (one scalar without size);
// array parameters are checked whole, broadcast together and against `size`, and each output
// element gets its own parameter values. The kernel reads parameters with stride 0 (a scalar)
// or 8 bytes (an expanded array).

import { checkArray, checkScalar, type Constraint } from "./checks.js";
import { type Draws, makeDraws, type RandomDType, withBlocks } from "./draws.js";
import { checkSize, drawShape, expandF64, type Param, type ParamInput, type Size, toParam } from "./params.js";

export interface ParamSpec {
  value: ParamInput | Param<number>;
  name: string;
  constraint: Constraint;
}

/** A parameter's values for the kernel: one number, or one per output element. */
export type ParamValues = number | Float64Array;

const asParam = (v: ParamInput | Param<number>): Param<number> =>
  typeof v === "object" && v !== null && "scalar" in v ? v : toParam(v as ParamInput);

/** Checks and shapes a draw; `write(ptr, n, values)` fills n outputs given each parameter's values. */
export function parametric<D extends RandomDType>(
  dtype: D,
  size: Size,
  specs: readonly ParamSpec[],
  write: (ptr: number, n: number, values: ParamValues[]) => void,
): Draws<D> {
  const params = specs.map((s) => asParam(s.value));
  if (params.every((p) => p.scalar)) {
    specs.forEach((s, i) => {
      if (s.constraint !== "none") checkScalar(params[i]!.data[0]!, s.name, s.constraint);
    });
    const shape = checkSize(size);
    const values = params.map((p) => p.data[0]!);
    return makeDraws(dtype, shape ?? [], shape === null, (ptr, n) => write(ptr, n, values));
  }
  specs.forEach((s, i) => {
    if (s.constraint !== "none") checkArray(params[i]!.data, s.name, s.constraint);
  });
  const shape = drawShape(checkSize(size), params);
  const values = params.map((p) => (p.scalar ? p.data[0]! : expandF64(p, shape)));
  return makeDraws(dtype, shape, false, (ptr, n) => write(ptr, n, values));
}

/** Calls `kernel(out, n, a, sa, b, sb, ...)` with each parameter's values copied into WASM memory. */
export function withParams(values: readonly ParamValues[], call: (args: number[]) => void): void {
  withBlocks(values, (ptrs) => call(ptrs.flatMap((p, i) => [p, typeof values[i] === "number" ? 0 : 8])));
}
