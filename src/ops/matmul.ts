// np.matmul. TypeScript checks shapes and dtypes, broadcasts the batch (stride 0), folds what it
// can into one product and, for products big enough to repay packing, allocates the kernel's
// workspace; one WASM call (assembly/matmul.ts) runs every product of the batch over the
// operands' own strides: transposed, stepped and broadcast operands are never copied here.

import { ITEMSIZE, NumericDType, promoteTypes } from "../dtype.js";
import { MatmulLoop, MatmulShape, matmulShape, planBatch } from "../matmul-shape.js";
import { NDArray } from "../ndarray.js";
import { heapI32, wasm } from "../wasm/module.js";
import { ARGS, Storage } from "../wasm/storage.js";
import { castArray } from "./copy.js";
import { Operand, asArray } from "./operand.js";

/** out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn (byte strides), outer (batch block or 0), work (0 or workspace). */
type MatmulKernel = (out: number, a: number, b: number, m: number, k: number, n: number, sOm: number, sOn: number, sAm: number, sAk: number, sBk: number, sBn: number, outer: number, work: number) => void;

const kernels = wasm as unknown as Record<"matmul_f64" | "matmul_f32" | "matmul_i32", MatmulKernel>;
const KERNEL: Record<NumericDType, MatmulKernel> = { float64: kernels.matmul_f64, float32: kernels.matmul_f32, int32: kernels.matmul_i32 };

// Blocking of the packed path: micro-tile MR x NR and the workspace header must match assembly/gemm.ts;
// a blocks are MC x KC, b panels KC x NC.
const MR = 4;
const NR: Record<NumericDType, number> = { float64: 4, float32: 8, int32: 8 };
const MC = 128;
const KC = 256;
const NC = 1024;
/** Workspace header: blocking words and one micro-tile. */
const WORK_HEADER = 144;
/** b above this size no longer sits in L1/L2 while the direct loops walk it: pack instead. */
const PACK_B_BYTES = 64 * 1024;

const roundUp = (x: number, step: number): number => Math.ceil(x / step) * step;

/** The packed path's blocking for one m x k x n product, or null when the direct loops are faster. */
export function gemmBlocking(m: number, k: number, n: number, dtype: NumericDType): { mc: number; kc: number; nc: number; bytes: number } | null {
  const size = ITEMSIZE[dtype];
  if (m < 8 || n < 24 || k * n * size <= PACK_B_BYTES) return null;
  const mc = Math.min(MC, roundUp(m, MR));
  const kc = Math.min(KC, k);
  const nc = Math.min(NC, roundUp(n, NR[dtype]));
  return { mc, kc, nc, bytes: WORK_HEADER + (mc * kc + kc * nc) * size };
}

/** Byte strides of the batch axes of `x` (its last two axes are the core), broadcast to `nb` batch axes. */
function batchStrides(x: NDArray, nb: number, size: number): number[] {
  const nd = Math.max(0, x.ndim - 2);
  const lead = nb - nd;
  const out = new Array<number>(nb).fill(0);
  for (let d = 0; d < nd; d++) if (x.shape[d] !== 1) out[lead + d] = x.strides[d] * size;
  return out;
}

/** np.matmul for two live arrays of the loop dtype whose shapes `s` describes. */
function product(a: NDArray, b: NDArray, s: MatmulShape, dtype: NumericDType): NDArray {
  const out = NDArray.empty(s.shape, dtype);
  if (out.size === 0) return out;
  let work: Storage | null = null;
  try {
    const size = ITEMSIZE[dtype];
    const aNd = a.ndim, bNd = b.ndim;
    // Byte strides of the core axes: a 1-D a is one row, a 1-D b one column; out is C-contiguous.
    const sAk = a.strides[aNd - 1] * size;
    const sBk = (bNd > 1 ? b.strides[bNd - 2] : b.strides[0]) * size;
    const sBn = bNd > 1 ? b.strides[bNd - 1] * size : 0;
    let m = s.m;
    let sAm = aNd > 1 ? a.strides[aNd - 2] * size : 0;
    let sOm = s.n * size;
    let loop: MatmulLoop | null = null;
    const nb = s.batch.length;
    if (nb > 0) {
      const so = new Array<number>(nb);
      let step = s.m * s.n * size;
      for (let d = nb - 1; d >= 0; d--) {
        so[d] = step;
        step *= s.batch[d];
      }
      loop = planBatch(s.batch, so, batchStrides(a, nb, size), batchStrides(b, nb, size), m, sOm, sAm);
      ({ m, sOm, sAm } = loop);
    }
    const blocking = gemmBlocking(m, s.k, s.n, dtype);
    if (blocking !== null) work = Storage.alloc(blocking.bytes);
    // Every allocation is done: the heap view stays valid from here to the call.
    const words = heapI32();
    if (work !== null) {
      const w = work.ptr >> 2;
      words[w] = blocking!.mc;
      words[w + 1] = blocking!.kc;
      words[w + 2] = blocking!.nc;
    }
    let outer = 0;
    if (loop !== null && loop.batch.length > 0) {
      // [nd, shape, strides of out, a, b, counters]: at most 53 axes of size >= 2 after
      // coalescing (sizes are below 2^53), well inside the ARGS block.
      outer = ARGS;
      let w = ARGS >> 2;
      words[w++] = loop.batch.length;
      for (const x of loop.batch) words[w++] = x;
      for (const list of loop.batchStrides) for (const x of list) words[w++] = x;
    }
    KERNEL[dtype](out.ptr, a.ptr, b.ptr, m, s.k, s.n, sOm, size, sAm, sAk, sBk, sBn, outer, work === null ? 0 : work.ptr);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  } finally {
    work?.release();
  }
}

/** np.matmul (the `@` operator): 1-D operands promoted, batch dimensions broadcast, any strides. */
export function matmul(x1: Operand, x2: Operand): NDArray {
  // The common case, two live arrays of one numeric dtype, goes straight to the kernel.
  if (x1 instanceof NDArray && x2 instanceof NDArray && x1.dtype === x2.dtype && x1.dtype !== "bool" && !x1.isDisposed && !x2.isDisposed) {
    return product(x1, x2, matmulShape(x1.shape, x2.shape), x1.dtype);
  }
  const xa = asArray(x1, "x1");
  let xb: { array: NDArray; owned: boolean };
  try {
    xb = asArray(x2, "x2");
  } catch (e) {
    if (xa.owned) xa.array.dispose();
    throw e;
  }
  const temps: NDArray[] = [];
  if (xa.owned) temps.push(xa.array);
  if (xb.owned) temps.push(xb.array);
  try {
    const a = xa.array, b = xb.array;
    // Shapes first, so a shape error never pays for a cast.
    const s = matmulShape(a.shape, b.shape);
    const result = promoteTypes(a.dtype, b.dtype);
    // bool @ bool is computed in int32 (counts of true terms) and cast back: any count > 0 is True.
    const dtype: NumericDType = result === "bool" ? "int32" : result;
    const ca = a.dtype === dtype ? a : castArray(a, dtype);
    if (ca !== a) temps.push(ca);
    const cb = b.dtype === dtype ? b : castArray(b, dtype);
    if (cb !== b) temps.push(cb);
    const out = product(ca, cb, s, dtype);
    if (result !== "bool") return out;
    temps.push(out);
    return castArray(out, "bool");
  } finally {
    for (const t of temps) t.dispose();
  }
}
