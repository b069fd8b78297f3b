// np.matmul. TypeScript checks shapes and dtypes, broadcasts the batch (stride 0), folds what it
// can into one product and, for products big enough to repay packing, allocates the kernel's
// workspace; one WASM call (assembly/matmul.ts) runs every product of the batch over the
// operands' own strides: transposed, stepped and broadcast operands are never copied here.

import { DTYPE, canCastSameKind, promoteTypes, type DType } from "../core/dtype.js";
import { UFuncTypeError, ValueError, outputCastError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { sameShape } from "../core/shape.js";
import { outerBlock } from "../backend/wasm/callblock.js";
import { castStrided } from "../backend/wasm/copy.js";
import { heapI32 } from "../backend/wasm/heap.js";
import { wasm } from "../backend/wasm/module.js";
import { Storage } from "../backend/wasm/storage.js";
import { type MatmulLoop, type MatmulShape, matmulShape, planBatch } from "./matmul-shape.js";
import { PARALLEL_MACS, parallelProduct } from "./matmul-threads.js";
import { threadCount } from "../backend/wasm/pool.js";
import { Temps, type Operand } from "./operand.js";
import { type OutOptions, readOptions } from "./ufunc.js";

/** out, a, b, m, k, n, sOm, sOn, sAm, sAk, sBk, sBn (byte strides), outer (batch block or 0), work (0 or workspace). */
type MatmulKernel = (out: number, a: number, b: number, m: number, k: number, n: number, sOm: number, sOn: number, sAm: number, sAk: number, sBk: number, sBn: number, outer: number, work: number) => void;

/** The dtypes with a product kernel: the others compute in one of them (integers wrap identically). */
type KernelDType = "float64" | "float32" | "int64" | "int32";
const KERNEL: Record<KernelDType, MatmulKernel> = { float64: wasm.matmul_f64, float32: wasm.matmul_f32, int64: wasm.matmul_i64, int32: wasm.matmul_i32 };

/** The kernel dtype for a result dtype: integers of up to 32 bits multiply in int32, 64-bit ones in int64, bool in int64 counts. */
function kernelDType(d: DType): KernelDType {
  const t = DTYPE[d];
  if (t.kind === "f") return d as KernelDType;
  return t.itemsize === 8 || t.kind === "b" ? "int64" : "int32";
}

// Blocking of the packed path: the micro-tile (MR x NR) and workspace header come from the kernels
// (assembly/gemm.ts); a blocks are MC x KC, b panels KC x NC.
const MR = wasm.gemm_mr();
const WORK_HEADER = wasm.gemm_work_header();
const MC = 128;
const KC = 256;
const NC = 1024;
/** b above this size no longer sits in L1/L2 while the direct loops walk it: pack instead. */
const PACK_B_BYTES = 64 * 1024;

const roundUp = (x: number, step: number): number => Math.ceil(x / step) * step;

/** The packed path's blocking for one m x k x n product, or null when the direct loops are faster. */
export function gemmBlocking(m: number, k: number, n: number, dtype: KernelDType): { mc: number; kc: number; nc: number; bytes: number } | null {
  const size = DTYPE[dtype].itemsize;
  if (m < 8 || n < 24 || k * n * size <= PACK_B_BYTES) return null;
  const mc = Math.min(MC, roundUp(m, MR));
  const kc = Math.min(KC, k);
  const nc = Math.min(NC, roundUp(n, wasm.gemm_nr(size)));
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
function product(a: NDArray, b: NDArray, s: MatmulShape, dtype: KernelDType): NDArray {
  const out = NDArray.empty(s.shape, dtype);
  if (out.size === 0) return out;
  let work: Storage | null = null;
  try {
    const size = DTYPE[dtype].itemsize;
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
    // Large products share their work with the pool (matmul-threads.ts).
    if (out.size * s.k >= PARALLEL_MACS && threadCount() > 1) {
      const args = [out.ptr, a.ptr, b.ptr, m, s.k, s.n, sOm, size, sAm, sAk, sBk, sBn, 0, 0];
      if (parallelProduct(KERNEL[dtype], args, loop?.batch ?? [], loop?.batchStrides ?? [], blocking, dtype === "float32")) return out;
    }
    if (blocking !== null) work = Storage.alloc(blocking.bytes);
    // Every allocation is done: the heap view stays valid from here to the call.
    if (work !== null) {
      const words = heapI32();
      const w = work.ptr / 4;
      words[w] = blocking!.mc;
      words[w + 1] = blocking!.kc;
      words[w + 2] = blocking!.nc;
    }
    const outer = loop !== null && loop.batch.length > 0 ? outerBlock(loop.batch, loop.batchStrides) : 0;
    KERNEL[dtype](out.ptr, a.ptr, b.ptr, m, s.k, s.n, sOm, size, sAm, sAk, sBk, sBn, outer, work === null ? 0 : work.ptr);
    return out;
  } catch (e) {
    out.dispose();
    throw e;
  } finally {
    work?.release();
  }
}

/**
 * np.matmul (the `@` operator): 1-D operands promoted, batch dimensions broadcast, any strides.
 * Integer products wrap as NumPy's do; bool @ bool is true where any term is.
 *
 * @example nd.matmul(nd.ones([2, 2, 4]), nd.ones([4, 3])).shape // [2, 2, 3]
 */
export function matmul(x1: Operand, x2: Operand, options?: OutOptions): NDArray {
  // The common case, two live arrays of one kernel dtype, goes straight to the kernel.
  if (options === undefined && x1 instanceof NDArray && x2 instanceof NDArray && x1.dtype === x2.dtype && x1._storage !== null && x2._storage !== null) {
    const d = x1.dtype;
    if (d === "float64" || d === "float32" || d === "int64" || d === "int32") return product(x1, x2, matmulShape(x1.shape, x2.shape), d);
  }
  const opts = readOptions<OutOptions>(options, "matmul", ["out"]);
  const temps = new Temps();
  try {
    const a = temps.array(x1, "x1");
    const b = temps.array(x2, "x2");
    // Shapes first, so a shape error never pays for a cast.
    const s = matmulShape(a.shape, b.shape);
    const result = promoteTypes(a.dtype, b.dtype);
    const dtype = kernelDType(result);
    const ca = a.dtype === dtype ? a : temps.add(a._cast(dtype));
    const cb = b.dtype === dtype ? b : temps.add(b._cast(dtype));
    const out = opts.out ?? null;
    if (out !== null) checkMatmulOut(out, s.shape, result);
    const p = product(ca, cb, s, dtype);
    if (out === null && result === dtype) return p;
    temps.add(p);
    const r = out === null ? p._cast(result) : out;
    if (out !== null) copyResult(p, out);
    return r;
  } finally {
    temps.dispose();
  }
}

function checkMatmulOut(out: unknown, shape: readonly number[], dtype: DType): void {
  if (!(out instanceof NDArray)) throw new TypeError(`matmul: out must be an NDArray, got ${typeof out}`);
  out.checkWriteable("output array");
  if (!sameShape(out.shape, shape)) {
    throw new ValueError(`matmul: Output operand 0 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${out.shape[out.ndim - 2] ?? out.shape[0]} is different from ${shape[shape.length - 2] ?? shape[0]})`);
  }
  if (!canCastSameKind(dtype, out.dtype)) throw new UFuncTypeError(outputCastError("matmul", dtype, out.dtype));
}

function copyResult(p: NDArray, out: NDArray): void {
  castStrided(out.ptr, out.dtype, out.byteStrides, p.ptr, p.dtype, p.byteStrides, p.shape);
}
