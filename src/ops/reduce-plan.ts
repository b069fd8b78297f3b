// How NumPy iterates a reduction, reproduced so float sums round exactly as NumPy's do.
//
// np.add.reduce runs an nditer over (out, in) with the output allocated by the iterator:
//   1. axes are sorted by the input's |stride| (an insertion sort over the axes reversed from C
//      order, ties keep C order; size-1 axes never vote), and no stride is ever negated;
//   2. the output is laid out in that order (reduced axes get stride 0) and the axes coalesce;
//   3. npyiter_find_buffering_setup picks the "outer" dimension and whether the input must be
//      copied into 8192-element buffers (numpy/_core/src/multiarray/nditer_constr.c).
// The inner loop sums what it is handed with pairwise summation, so what decides the rounding
// is which runs of elements one inner-loop call receives: the whole innermost axis, one "core"
// of several axes (reduce mode), or buffer-sized chunks of a block. The plan records exactly that.

/** NumPy's default ufunc buffer size, in elements (np.getbufsize()). */
export const BUFSIZE = 8192;

export interface ReducePlan {
  /** Coalesced iteration axes, innermost first. */
  shape: number[];
  /** Input byte strides per iteration axis. */
  inStrides: number[];
  /** Output byte strides per iteration axis (0 on reduced axes). */
  outStrides: number[];
  /** Innermost axes that form one block of elements handed out in chunks (1 = the innermost axis alone). */
  blockDims: number;
  /** Elements per inner-loop call within a block (the last call of a block may be shorter). */
  chunk: number;
  /** Byte strides of the output per input axis (0 for reduced axes), for a dense output in iteration order. */
  outAxisStrides: number[];
  /** The same with `keepdims`: a reduced axis (length 1) gets the stride of its place in that order, as NumPy's. */
  keptAxisStrides: number[];
  /** Elements in the output. */
  outSize: number;
  /** The input axes each coalesced axis holds, innermost first. */
  groups: number[][];
}

/**
 * NumPy's axis order for one voting operand (npyiter_find_best_axis_ordering): returns the axes
 * innermost first. Axes of size 1 have stride 0 and never vote.
 */
export function iterationOrder(shape: readonly number[], strides: readonly number[]): number[] {
  return iteratorOrder(shape, [strides]);
}

/**
 * The same for several operands, as a ufunc's iterator orders the axes of its output: an axis
 * moves inward only if every operand with non-zero strides on both axes agrees (on a conflict,
 * C order wins).
 */
export function iteratorOrder(shape: readonly number[], operands: readonly (readonly number[])[]): number[] {
  const nd = shape.length;
  const ops = operands.map((strides) => strides.map((x, d) => (shape[d] === 1 ? 0 : x)));
  // perm[i] = axis at position i, innermost first (C order reversed).
  const perm = Array.from({ length: nd }, (_, i) => nd - 1 - i);
  for (let i0 = 1; i0 < nd; i0++) {
    let ipos = i0;
    const j0 = perm[i0];
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      let ambiguous = true;
      let swap = false;
      for (const s of ops) {
        const s0 = s[j0];
        const s1 = s[perm[i1]];
        if (s0 === 0 || s1 === 0) continue;
        if (Math.abs(s1) <= Math.abs(s0)) swap = false;
        else if (ambiguous) swap = true;
        ambiguous = false;
      }
      if (ambiguous) continue; // keep looking
      if (swap) ipos = i1;
      else break;
    }
    if (ipos !== i0) {
      for (let i1 = i0; i1 > ipos; i1--) perm[i1] = perm[i1 - 1];
      perm[ipos] = j0;
    }
  }
  return perm;
}

/**
 * NumPy's PyArray_CreateMultiSortedStridePerm (np.concatenate's result layout): the axes from
 * largest to smallest |stride| where the arrays agree, an array voting only where both axes have
 * length above 1, ties and conflicts keeping C order. Returns the axes innermost first.
 */
export function multiSortedOrder(ndim: number, arrays: readonly { shape: readonly number[]; strides: readonly number[] }[]): number[] {
  const perm = Array.from({ length: ndim }, (_, i) => i);
  for (let i0 = 1; i0 < ndim; i0++) {
    let ipos = i0;
    const j0 = perm[i0]!;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = perm[i1]!;
      let ambiguous = true;
      let swap = false;
      for (const a of arrays) {
        if (a.shape[j0] === 1 || a.shape[j1] === 1) continue;
        if (Math.abs(a.strides[j0]!) <= Math.abs(a.strides[j1]!)) swap = false;
        else if (ambiguous) swap = true;
        ambiguous = false;
      }
      if (ambiguous) continue;
      if (swap) ipos = i1;
      else break;
    }
    if (ipos !== i0) {
      for (let i1 = i0; i1 > ipos; i1--) perm[i1] = perm[i1 - 1]!;
      perm[ipos] = j0;
    }
  }
  return perm.reverse();
}

/**
 * Plans a reduction of an array of `shape` (input byte `strides`) over the axes flagged in
 * `reduced`, with an output of `outItemsize` bytes per element. `cast` says the input is
 * converted on the way (NumPy then always buffers it, as for mean of integers).
 */
export function planReduce(
  shape: readonly number[],
  strides: readonly number[],
  reduced: readonly boolean[],
  outItemsize: number,
  cast = false,
): ReducePlan {
  const nd = shape.length;
  const order = iterationOrder(shape, strides);
  // The output, allocated by the iterator in iteration order.
  const outAxisStrides = new Array<number>(nd).fill(0);
  const keptAxisStrides = new Array<number>(nd).fill(0);
  let running = outItemsize;
  let outSize = 1;
  for (const d of order) {
    keptAxisStrides[d] = running;
    if (reduced[d]) continue;
    outAxisStrides[d] = running;
    running *= shape[d];
    outSize *= shape[d];
  }
  // Axis data innermost first; size-1 axes carry stride 0 for every operand.
  let dims = order.map((d) => ({
    n: shape[d],
    si: shape[d] === 1 ? 0 : strides[d],
    so: shape[d] === 1 ? 0 : outAxisStrides[d],
    axes: [d],
  }));
  if (dims.length === 0) dims = [{ n: 1, si: 0, so: 0, axes: [] }];
  // npyiter_coalesce_axes: the merged axis keeps the inner stride unless that one is 0.
  const merged = [dims[0]];
  for (let k = 1; k < dims.length; k++) {
    const a = merged[merged.length - 1];
    const b = dims[k];
    if (fits(a.n, a.si, b.n, b.si) && fits(a.n, a.so, b.n, b.so)) {
      merged[merged.length - 1] = { n: a.n * b.n, si: a.si === 0 ? b.si : a.si, so: a.so === 0 ? b.so : a.so, axes: [...a.axes, ...b.axes] };
    } else {
      merged.push({ ...b });
    }
  }
  const setup = bufferingSetup(merged, cast);
  return {
    shape: merged.map((d) => d.n),
    inStrides: merged.map((d) => d.si),
    outStrides: merged.map((d) => d.so),
    blockDims: setup.blockDims,
    chunk: setup.chunk,
    outAxisStrides,
    keptAxisStrides,
    outSize,
    groups: merged.map((d) => d.axes),
  };
}

/** Whether an inner axis (n0, stride s0) and the next one out (n1, s1) walk memory as one axis. */
function fits(n0: number, s0: number, n1: number, s1: number): boolean {
  return (n0 === 1 && s0 === 0) || (n1 === 1 && s1 === 0) || s0 * n0 === s1;
}

/**
 * Another operand's byte strides along the plan's coalesced axes, or null if that operand does
 * not walk some merged axis as one stride (it must then be copied into the planned layout).
 */
export function planStrides(plan: ReducePlan, shape: readonly number[], strides: readonly number[]): number[] | null {
  const out: number[] = [];
  for (const axes of plan.groups) {
    let n = 1;
    let s = 0;
    for (const d of axes) {
      const sd = shape[d] === 1 ? 0 : strides[d];
      if (!fits(n, s, shape[d], sd)) return null;
      s = s === 0 ? sd : s;
      n *= shape[d];
    }
    out.push(s);
  }
  return out;
}

interface Dim {
  n: number;
  si: number;
  so: number;
}

/**
 * npyiter_find_buffering_setup for the two operands of a reduction: op 0 is the output (a
 * reduction operand, never cast), op 1 the input. Returns which run of elements one inner-loop
 * call receives.
 */
function bufferingSetup(dims: readonly Dim[], cast: boolean): { blockDims: number; chunk: number } {
  const ndim = dims.length;
  let cost = 1 + (cast ? 1 : 0);
  // op_single_stride_dims for [out, in]
  const single = [1, 1];
  let outerReduceDim = 0;
  let size = dims[0].n;
  let bestDim = 0;
  let bestCost = cost;
  let bestSize = size;
  let bestCoresize = 1;
  for (let idim = 1; idim < ndim; idim++) {
    if (outerReduceDim) break;
    if (size >= BUFSIZE && cost > 1) break; // GROWINNER is set: only buffering stops growth
    const prev = dims[idim - 1];
    const cur = dims[idim];
    // out (op 0): a reduction operand, not cast
    if (single[0] === idim && prev.so * prev.n === cur.so) {
      single[0]++;
    } else {
      if (single[0] === idim) cost++;
      if (cur.so === 0 || prev.so === 0) outerReduceDim = idim;
    }
    // in (op 1): not a reduction operand; cast operands are already counted
    if (single[1] === idim) {
      if (prev.si * prev.n === cur.si) single[1]++;
      else if (!cast) cost++;
    }
    const coresize = size;
    size *= cur.n;
    if (size === 0) break;
    const bufsize = size > BUFSIZE && cost > 1 ? BUFSIZE : size;
    if (cost * bestSize <= bestCost * bufsize) {
      bestCost = cost;
      bestCoresize = coresize;
      bestSize = size;
      bestDim = idim;
    }
  }
  const usingReduce = outerReduceDim !== 0 && bestDim === outerReduceDim;
  if (usingReduce) {
    // Each inner-loop call gets one core: the axes inside the outer reduce dimension.
    return { blockDims: bestDim, chunk: bestCoresize };
  }
  // The input is buffered when cast, or when it is not a single stride up to the outer dimension.
  const inBuffered = cast || single[1] <= bestDim;
  if (!inBuffered) return { blockDims: bestDim + 1, chunk: bestSize };
  const limited = BUFSIZE < bestSize ? bestCoresize * Math.floor(BUFSIZE / bestCoresize) : bestSize;
  return { blockDims: bestDim + 1, chunk: limited };
}
