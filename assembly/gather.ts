// Advanced indexing: gathers and scatters through int64 index arrays, np.add.at, and boolean-mask
// selection. Bits are moved, so one kernel per element size serves every dtype (floats and
// unsigned types use the signed one of their size); np.add.at adds, so it has a kernel per pair
// of stored type and loop type.
//
// gather_<t>(v, a, plan), scatter_<t>(v, a, plan), add_at_<t>_<l>(v, a, plan): `a` is the indexed
// array, `v` the dense side (the result of a gather, the values of a scatter). The plan is a block
// of i32 words written by src/backend/wasm/callblock.ts (`indexPlan`), strides in bytes:
//   [nb, k, ns, n, sv, sa,
//    B shape[nb], v strides over B[nb], a strides over B[nb], index j strides over B[nb] (k times),
//    index pointers[k], indexed axis stride in a[k], indexed axis size[k],
//    S shape[ns], v strides over S[ns], a strides over S[ns],
//    scratch: B counters[nb], current index pointers[k], S counters[ns]]
// B is the broadcast shape of the index arrays, walked in C order; for each of its positions the
// offset into `a` is the sum of a's B strides and every index (negative ones wrapped by the axis
// size) times its axis stride. Then the subspace runs: ns outer axes (S) and an innermost axis of
// n elements with strides sv, sa. TypeScript has checked every index against its axis first.

import { advance, delta, rows } from "./callblock";
import { convert } from "./convert";

const GATHER = 0;
const SCATTER = 1;
const ADD = 2;

/** One innermost line of np.add.at, for one pair of stored and loop types (called through the table). */
type Line = (v: usize, a: usize, n: i32, sv: isize, sa: isize) => void;
/**
 * np.add.at through one index array with no subspace (a histogram, a scatter-add of rows of one
 * element): the whole walk in one call, so no call per element. (v, a, index, total, step of v,
 * step of a, step of the index, axis stride, axis size).
 */
type Run = (v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32) => void;

@inline function word(plan: usize, i: i32): i32 {
  return load<i32>(plan + (<usize>i << 2));
}

/** Copies `bytes` (a multiple of the element size, up to a few hundred) with vector moves. */
@inline function copyBytes(dst: usize, src: usize, bytes: usize): void {
  if (bytes >= 256) {
    memory.copy(dst, src, bytes);
    return;
  }
  let i: usize = 0;
  for (; i + 16 <= bytes; i += 16) v128.store(dst + i, v128.load(src + i));
  if (i + 8 <= bytes) { store<u64>(dst + i, load<u64>(src + i)); i += 8; }
  if (i + 4 <= bytes) { store<u32>(dst + i, load<u32>(src + i)); i += 4; }
  if (i + 2 <= bytes) { store<u16>(dst + i, load<u16>(src + i)); i += 2; }
  if (i < bytes) store<u8>(dst + i, load<u8>(src + i));
}

/** a += v for one element: in the loop type L, stored back as T with NumPy's conversion. */
@inline function addOne<T, L>(ap: usize, vp: usize): void {
  if (isBoolean<L>()) {
    store<u8>(ap, load<u8>(ap) | load<u8>(vp));
  } else {
    store<T>(ap, convert<L, T>(convert<T, L>(load<T>(ap)) + load<L>(vp)));
  }
}

/** np.add.at's run: a[index[r]] += v[r] for every position r of a 1-D walk. */
@inline function addRun<T, L>(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void {
  for (let r = 0; r < total; r++) {
    addOne<T, L>(a + indexOffset(p, stride, size), v);
    p += stepI;
    v += stepV;
    a += stepA;
  }
}

/** np.add.at's innermost line: a[i] += v[i] for n elements (byte strides). */
@inline function addLine<T, L>(v: usize, a: usize, n: i32, sv: isize, sa: isize): void {
  for (let i = 0; i < n; i++) {
    addOne<T, L>(a, v);
    a += sa;
    v += sv;
  }
}

/** The innermost subspace axis: n elements, v and a strides in bytes; `add` is np.add.at's line. */
@inline function line<T, L>(mode: i32, v: usize, a: usize, n: i32, sv: isize, sa: isize, add: Line): void {
  const S = <isize>sizeof<T>();
  if (mode == ADD) {
    add(v, a, n, sv, sa);
    return;
  }
  const dst = mode == GATHER ? v : a;
  const src = mode == GATHER ? a : v;
  const sd = mode == GATHER ? sv : sa;
  const ss = mode == GATHER ? sa : sv;
  if (sd == S && ss == S) {
    copyBytes(dst, src, <usize>n * <usize>S);
  } else if (ss == 0) {
    const x = load<T>(src);
    let d = dst;
    for (let i = 0; i < n; i++) {
      store<T>(d, x);
      d += sd;
    }
  } else {
    let d = dst;
    let s = src;
    for (let i = 0; i < n; i++) {
      store<T>(d, load<T>(s));
      d += sd;
      s += ss;
    }
  }
}

/** The whole subspace at one position of B: ns outer axes walked by an odometer, then `line`. */
@inline function subspace<T, L>(mode: i32, v: usize, a: usize, plan: usize, ns: i32, sShape: usize, counters: usize, add: Line): void {
  const n = word(plan, 3);
  const sv = <isize>word(plan, 4);
  const sa = <isize>word(plan, 5);
  if (ns == 0) {
    line<T, L>(mode, v, a, n, sv, sa, add);
    return;
  }
  const sV = sShape + (<usize>ns << 2);
  const sA = sV + (<usize>ns << 2);
  let total = 1;
  for (let d = 0; d < ns; d++) {
    total *= load<i32>(sShape + (<usize>d << 2));
    store<i32>(counters + (<usize>d << 2), 0);
  }
  for (let r = 0; r < total; r++) {
    line<T, L>(mode, v, a, n, sv, sa, add);
    for (let d = ns - 1; d >= 0; d--) {
      const o = <usize>d << 2;
      const size = load<i32>(sShape + o);
      const c = load<i32>(counters + o) + 1;
      const stepV = <isize>load<i32>(sV + o);
      const stepA = <isize>load<i32>(sA + o);
      if (c < size) {
        store<i32>(counters + o, c);
        v += stepV;
        a += stepA;
        break;
      }
      store<i32>(counters + o, 0);
      v -= stepV * <isize>(size - 1);
      a -= stepA * <isize>(size - 1);
    }
  }
}

/** Offset into `a` of one index value along an axis (negative values wrap; bounds were checked). */
@inline function indexOffset(p: usize, stride: isize, size: i32): isize {
  let i = <i32>load<i64>(p);
  if (i < 0) i += size;
  return <isize>i * stride;
}

@inline function walk<T, L>(mode: i32, v: usize, a: usize, plan: usize, add: Line, run: Run): void {
  const nb = word(plan, 0);
  const k = word(plan, 1);
  const ns = word(plan, 2);
  const n = word(plan, 3);
  const NB = <usize>nb << 2;
  const K = <usize>k << 2;
  const bShape = plan + 24;
  const bV = bShape + NB;
  const bA = bV + NB;
  const bIdx = bA + NB;
  const iPtr = bIdx + NB * <usize>k;
  const iStride = iPtr + K;
  const iSize = iStride + K;
  const sShape = iSize + K;
  const counters = sShape + 3 * (<usize>ns << 2);
  const current = counters + NB;
  const sCounters = current + K;

  let total = 1;
  for (let d = 0; d < nb; d++) total *= load<i32>(bShape + (<usize>d << 2));
  if (total == 0) return;

  // The common shapes, X[idx] and a[:, idx]: one index array over one axis.
  if (nb <= 1 && k == 1) {
    let p = <usize>load<i32>(iPtr);
    const stride = <isize>load<i32>(iStride);
    const size = load<i32>(iSize);
    const stepV = nb == 1 ? <isize>load<i32>(bV) : 0;
    const stepA = nb == 1 ? <isize>load<i32>(bA) : 0;
    const stepI = nb == 1 ? <isize>load<i32>(bIdx) : 0;
    if (ns == 0 && n == 1 && mode == ADD) {
      run(v, a, p, total, stepV, stepA, stepI, stride, size);
      return;
    }
    if (ns == 0 && n == 1) {
      for (let r = 0; r < total; r++) {
        const src = a + indexOffset(p, stride, size);
        if (mode == GATHER) store<T>(v, load<T>(src));
        else store<T>(src, load<T>(v));
        p += stepI;
        v += stepV;
        a += stepA;
      }
      return;
    }
    for (let r = 0; r < total; r++) {
      subspace<T, L>(mode, v, a + indexOffset(p, stride, size), plan, ns, sShape, sCounters, add);
      p += stepI;
      v += stepV;
      a += stepA;
    }
    return;
  }

  for (let d = 0; d < nb; d++) store<i32>(counters + (<usize>d << 2), 0);
  for (let j = 0; j < k; j++) store<i32>(current + (<usize>j << 2), load<i32>(iPtr + (<usize>j << 2)));
  for (let r = 0; r < total; r++) {
    let offset: isize = 0;
    for (let j = 0; j < k; j++) {
      const o = <usize>j << 2;
      offset += indexOffset(<usize>load<i32>(current + o), <isize>load<i32>(iStride + o), load<i32>(iSize + o));
    }
    subspace<T, L>(mode, v, a + offset, plan, ns, sShape, sCounters, add);
    for (let d = nb - 1; d >= 0; d--) {
      const o = <usize>d << 2;
      const size = load<i32>(bShape + o);
      const c = load<i32>(counters + o) + 1;
      const back = c < size ? 1 : 1 - size;
      store<i32>(counters + o, c < size ? c : 0);
      v += <isize>load<i32>(bV + o) * <isize>back;
      a += <isize>load<i32>(bA + o) * <isize>back;
      for (let j = 0; j < k; j++) {
        const cj = current + (<usize>j << 2);
        store<i32>(cj, load<i32>(cj) + load<i32>(bIdx + (<usize>(j * nb + d) << 2)) * back);
      }
      if (c < size) break;
    }
  }
}

// Moves ignore the add line and run (any will do) and inline their own copy.
export function gather_i8(v: usize, a: usize, plan: usize): void { walk<i8, i8>(GATHER, v, a, plan, addLine_i8_i8, addRun_i8_i8); }
export function gather_i16(v: usize, a: usize, plan: usize): void { walk<i16, i16>(GATHER, v, a, plan, addLine_i8_i8, addRun_i8_i8); }
export function gather_i32(v: usize, a: usize, plan: usize): void { walk<i32, i32>(GATHER, v, a, plan, addLine_i8_i8, addRun_i8_i8); }
export function gather_i64(v: usize, a: usize, plan: usize): void { walk<i64, i64>(GATHER, v, a, plan, addLine_i8_i8, addRun_i8_i8); }

export function scatter_i8(v: usize, a: usize, plan: usize): void { walk<i8, i8>(SCATTER, v, a, plan, addLine_i8_i8, addRun_i8_i8); }
export function scatter_i16(v: usize, a: usize, plan: usize): void { walk<i16, i16>(SCATTER, v, a, plan, addLine_i8_i8, addRun_i8_i8); }
export function scatter_i32(v: usize, a: usize, plan: usize): void { walk<i32, i32>(SCATTER, v, a, plan, addLine_i8_i8, addRun_i8_i8); }
export function scatter_i64(v: usize, a: usize, plan: usize): void { walk<i64, i64>(SCATTER, v, a, plan, addLine_i8_i8, addRun_i8_i8); }

/** The walk of np.add.at, shared by every type pair (the line is called through the function table). */
function walkAdd(v: usize, a: usize, plan: usize, add: Line, run: Run): void {
  walk<i8, i8>(ADD, v, a, plan, add, run);
}

// The lines and runs np.add.at calls through the function table, one per pair of stored and loop types.
function addLine_i8_i8(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i8, i8>(v, a, n, sv, sa); }
function addLine_i16_i16(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i16, i16>(v, a, n, sv, sa); }
function addLine_i32_i32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i32, i32>(v, a, n, sv, sa); }
function addLine_i64_i64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i64, i64>(v, a, n, sv, sa); }
function addLine_f32_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<f32, f32>(v, a, n, sv, sa); }
function addLine_f64_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<f64, f64>(v, a, n, sv, sa); }
function addLine_bool_bool(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<bool, bool>(v, a, n, sv, sa); }
function addLine_f32_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<f32, f64>(v, a, n, sv, sa); }
function addLine_i8_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i8, f32>(v, a, n, sv, sa); }
function addLine_i16_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i16, f32>(v, a, n, sv, sa); }
function addLine_i32_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i32, f32>(v, a, n, sv, sa); }
function addLine_i64_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i64, f32>(v, a, n, sv, sa); }
function addLine_u8_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<u8, f32>(v, a, n, sv, sa); }
function addLine_u16_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<u16, f32>(v, a, n, sv, sa); }
function addLine_u32_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<u32, f32>(v, a, n, sv, sa); }
function addLine_u64_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<u64, f32>(v, a, n, sv, sa); }
function addLine_bool_f32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<bool, f32>(v, a, n, sv, sa); }
function addLine_i8_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i8, f64>(v, a, n, sv, sa); }
function addLine_i16_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i16, f64>(v, a, n, sv, sa); }
function addLine_i32_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i32, f64>(v, a, n, sv, sa); }
function addLine_i64_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<i64, f64>(v, a, n, sv, sa); }
function addLine_u8_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<u8, f64>(v, a, n, sv, sa); }
function addLine_u16_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<u16, f64>(v, a, n, sv, sa); }
function addLine_u32_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<u32, f64>(v, a, n, sv, sa); }
function addLine_u64_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<u64, f64>(v, a, n, sv, sa); }
function addLine_bool_f64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<bool, f64>(v, a, n, sv, sa); }
function addLine_bool_i8(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<bool, i8>(v, a, n, sv, sa); }
function addLine_bool_i16(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<bool, i16>(v, a, n, sv, sa); }
function addLine_bool_i32(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<bool, i32>(v, a, n, sv, sa); }
function addLine_bool_i64(v: usize, a: usize, n: i32, sv: isize, sa: isize): void { addLine<bool, i64>(v, a, n, sv, sa); }
function addRun_i8_i8(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i8, i8>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i16_i16(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i16, i16>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i32_i32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i32, i32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i64_i64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i64, i64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_f32_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<f32, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_f64_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<f64, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_bool_bool(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<bool, bool>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_f32_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<f32, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i8_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i8, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i16_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i16, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i32_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i32, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i64_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i64, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_u8_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<u8, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_u16_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<u16, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_u32_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<u32, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_u64_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<u64, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_bool_f32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<bool, f32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i8_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i8, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i16_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i16, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i32_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i32, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_i64_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<i64, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_u8_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<u8, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_u16_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<u16, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_u32_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<u32, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_u64_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<u64, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_bool_f64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<bool, f64>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_bool_i8(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<bool, i8>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_bool_i16(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<bool, i16>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_bool_i32(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<bool, i32>(v, a, p, total, stepV, stepA, stepI, stride, size); }
function addRun_bool_i64(v: usize, a: usize, p: usize, total: i32, stepV: isize, stepA: isize, stepI: isize, stride: isize, size: i32): void { addRun<bool, i64>(v, a, p, total, stepV, stepA, stepI, stride, size); }

// np.add.at: a[index] = T(L(a[index]) + v), one element at a time, so repeated indices accumulate.
// Integer loops of the same width wrap identically whatever their sign, so integers stored as
// integers use the stored type (values converted to it first).
export function add_at_i8_i8(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i8_i8, addRun_i8_i8); }
export function add_at_i16_i16(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i16_i16, addRun_i16_i16); }
export function add_at_i32_i32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i32_i32, addRun_i32_i32); }
export function add_at_i64_i64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i64_i64, addRun_i64_i64); }
export function add_at_f32_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_f32_f32, addRun_f32_f32); }
export function add_at_f64_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_f64_f64, addRun_f64_f64); }
export function add_at_bool_bool(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_bool_bool, addRun_bool_bool); }
export function add_at_f32_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_f32_f64, addRun_f32_f64); }
export function add_at_i8_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i8_f32, addRun_i8_f32); }
export function add_at_i16_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i16_f32, addRun_i16_f32); }
export function add_at_i32_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i32_f32, addRun_i32_f32); }
export function add_at_i64_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i64_f32, addRun_i64_f32); }
export function add_at_u8_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_u8_f32, addRun_u8_f32); }
export function add_at_u16_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_u16_f32, addRun_u16_f32); }
export function add_at_u32_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_u32_f32, addRun_u32_f32); }
export function add_at_u64_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_u64_f32, addRun_u64_f32); }
export function add_at_bool_f32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_bool_f32, addRun_bool_f32); }
export function add_at_i8_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i8_f64, addRun_i8_f64); }
export function add_at_i16_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i16_f64, addRun_i16_f64); }
export function add_at_i32_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i32_f64, addRun_i32_f64); }
export function add_at_i64_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_i64_f64, addRun_i64_f64); }
export function add_at_u8_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_u8_f64, addRun_u8_f64); }
export function add_at_u16_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_u16_f64, addRun_u16_f64); }
export function add_at_u32_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_u32_f64, addRun_u32_f64); }
export function add_at_u64_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_u64_f64, addRun_u64_f64); }
export function add_at_bool_f64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_bool_f64, addRun_bool_f64); }
export function add_at_bool_i8(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_bool_i8, addRun_bool_i8); }
export function add_at_bool_i16(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_bool_i16, addRun_bool_i16); }
export function add_at_bool_i32(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_bool_i32, addRun_bool_i32); }
export function add_at_bool_i64(v: usize, a: usize, plan: usize): void { walkAdd(v, a, plan, addLine_bool_i64, addRun_bool_i64); }

/**
 * Position of the first of `n` contiguous int64 indices outside [-size, size), or -1: NumPy's
 * IndexError names the first bad index in memory order.
 */
export function index_check_i64(idx: usize, n: i32, size: i32): i32 {
  const lo = -<i64>size;
  const hi = <i64>size;
  const vlo = i64x2.splat(lo);
  const vhi = i64x2.splat(hi);
  let i = 0;
  // Eight at a time while all are in bounds; the block with a bad one is rescanned in order.
  for (; i + 8 <= n; i += 8) {
    const p = idx + (<usize>i << 3);
    let bad = v128.or(i64x2.lt_s(v128.load(p), vlo), i64x2.ge_s(v128.load(p), vhi));
    bad = v128.or(bad, v128.or(i64x2.lt_s(v128.load(p, 16), vlo), i64x2.ge_s(v128.load(p, 16), vhi)));
    bad = v128.or(bad, v128.or(i64x2.lt_s(v128.load(p, 32), vlo), i64x2.ge_s(v128.load(p, 32), vhi)));
    bad = v128.or(bad, v128.or(i64x2.lt_s(v128.load(p, 48), vlo), i64x2.ge_s(v128.load(p, 48), vhi)));
    if (v128.any_true(bad)) break;
  }
  for (; i < n; i++) {
    const x = load<i64>(idx + (<usize>i << 3));
    if (x < lo || x >= hi) return i;
  }
  return -1;
}

/** Number of true (non-zero) bytes of a strided bool mask; call block with one operand [mask]. */
export function mask_count_bool(mask: usize, n: i32, sm: isize, outer: usize): i32 {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  let count = 0;
  const zero = i8x16.splat(0);
  for (let it = outer == 0 ? 1 : rows(outer, nd, 1); it > 0; it--) {
    let p = mask;
    let i = 0;
    if (sm == 1) {
      for (; i + 16 <= n; i += 16) {
        count += <i32>popcnt(i8x16.bitmask(i8x16.ne(v128.load(p), zero)));
        p += 16;
      }
    }
    for (; i < n; i++) {
      count += <i32>(load<u8>(p) != 0);
      p += sm;
    }
    if (it == 1) break;
    mask += delta(outer, nd, 1, advance(outer, nd, 1));
  }
  return count;
}

/**
 * a[mask] for a mask of a's shape: the elements where the mask is true, in C order, to the
 * contiguous `out` (which holds `count` elements). Call block with operands [a, mask]. Stores are
 * unconditional (no branch on the mask) and stop once `count` elements are written.
 */
@inline function compress<T>(out: usize, count: i32, a: usize, mask: usize, n: i32, sa: isize, sm: isize, outer: usize): void {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  let written = 0;
  for (let it = outer == 0 ? 1 : rows(outer, nd, 2); it > 0; it--) {
    let p = a;
    let m = mask;
    for (let i = 0; i < n; i++) {
      if (written == count) return;
      store<T>(out, load<T>(p));
      const t = <i32>(load<u8>(m) != 0);
      written += t;
      out += <usize>t * sizeof<T>();
      p += sa;
      m += sm;
    }
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    a += delta(outer, nd, 1, d);
    mask += delta(outer, nd, 2, d);
  }
}

export function compress_i8(out: usize, count: i32, a: usize, mask: usize, n: i32, sa: isize, sm: isize, outer: usize): void { compress<i8>(out, count, a, mask, n, sa, sm, outer); }
export function compress_i16(out: usize, count: i32, a: usize, mask: usize, n: i32, sa: isize, sm: isize, outer: usize): void { compress<i16>(out, count, a, mask, n, sa, sm, outer); }
export function compress_i32(out: usize, count: i32, a: usize, mask: usize, n: i32, sa: isize, sm: isize, outer: usize): void { compress<i32>(out, count, a, mask, n, sa, sm, outer); }
export function compress_i64(out: usize, count: i32, a: usize, mask: usize, n: i32, sa: isize, sm: isize, outer: usize): void { compress<i64>(out, count, a, mask, n, sa, sm, outer); }

/** Lane masks for the next 16 / sizeof<T> mask bytes at `m` (all ones where the byte is non-zero); reads only those bytes. */
@inline function laneMask<T>(m: usize): v128 {
  const zero = i8x16.splat(0);
  if (sizeof<T>() == 1) return i8x16.ne(v128.load(m), zero);
  if (sizeof<T>() == 2) return i16x8.ne(v128.load8x8_u(m), zero);
  if (sizeof<T>() == 4) return i32x4.ne(i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(m))), zero);
  return i64x2.ne(i64x2.replace_lane(i64x2.splat(<i64>load<u8>(m)), 1, <i64>load<u8>(m + 1)), zero);
}

/**
 * a[mask] = v: where the mask is true, the next element of `v` (which advances by sv bytes per
 * true element; sv = 0 repeats one value). Call block with operands [a, mask]. With sv != 0 it
 * stops once `count` values are used (it never reads past them).
 */
@inline function maskPut<T>(a: usize, mask: usize, v: usize, count: i32, n: i32, sa: isize, sm: isize, sv: isize, outer: usize): void {
  const nd = outer == 0 ? 0 : load<i32>(outer);
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  let used = 0;
  const x = load<T>(v);
  const splat = v128.splat<T>(x);
  for (let it = outer == 0 ? 1 : rows(outer, nd, 2); it > 0; it--) {
    let p = a;
    let m = mask;
    let i = 0;
    if (sv == 0) {
      if (sa == S && sm == 1) {
        for (; i + L <= n; i += L) {
          v128.store(p, v128.bitselect(splat, v128.load(p), laneMask<T>(m)));
          p += 16;
          m += L;
        }
      }
      for (; i < n; i++) {
        store<T>(p, select<T>(x, load<T>(p), load<u8>(m) != 0));
        p += sa;
        m += sm;
      }
    } else {
      for (; i < n; i++) {
        if (used == count) return;
        const t = load<u8>(m) != 0;
        store<T>(p, select<T>(load<T>(v), load<T>(p), t));
        used += <i32>t;
        v += t ? sv : 0;
        p += sa;
        m += sm;
      }
    }
    if (it == 1) break;
    const d = advance(outer, nd, 2);
    a += delta(outer, nd, 1, d);
    mask += delta(outer, nd, 2, d);
  }
}

export function mask_put_i8(a: usize, mask: usize, v: usize, count: i32, n: i32, sa: isize, sm: isize, sv: isize, outer: usize): void { maskPut<i8>(a, mask, v, count, n, sa, sm, sv, outer); }
export function mask_put_i16(a: usize, mask: usize, v: usize, count: i32, n: i32, sa: isize, sm: isize, sv: isize, outer: usize): void { maskPut<i16>(a, mask, v, count, n, sa, sm, sv, outer); }
export function mask_put_i32(a: usize, mask: usize, v: usize, count: i32, n: i32, sa: isize, sm: isize, sv: isize, outer: usize): void { maskPut<i32>(a, mask, v, count, n, sa, sm, sv, outer); }
export function mask_put_i64(a: usize, mask: usize, v: usize, count: i32, n: i32, sa: isize, sm: isize, sv: isize, outer: usize): void { maskPut<i64>(a, mask, v, count, n, sa, sm, sv, outer); }
