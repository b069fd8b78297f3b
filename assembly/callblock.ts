// The kernel-call block: the one place that reads what src/backend/wasm/callblock.ts writes.
//
// A kernel takes its innermost axis as scalars (n, byte strides) and, when `outer` is non-zero,
// the remaining (outer) axes from a block of i32 words, outermost axis first, strides in bytes:
//   [nd, shape[nd], strides of operand 0 [nd], of operand 1 [nd], …, counters[nd]]
// Operands are numbered in the order the kernel's signature lists its arrays (out first for
// element-wise kernels). Two ways to walk the rows:
// - the odometer (rows / advance / delta): counters live in the block, one step per row;
// - row decoding (rowCount / rowOffset): a row's offsets from its number, the block only read.
// Either is safe to run on several threads as long as each thread gets its own block.
//
// A reduction plan is another block, axes innermost first, strides in bytes:
//   [nd, blockDims, chunk, shape[nd], in strides[nd], out strides[nd], counters[nd]]
// (src/ops/reduce-plan.ts says what blockDims and chunk mean).
//
// Also here: the compensated sums that loss kernels leave in result slots.

@inline function word(outer: usize, nd: i32, row: i32, d: i32): usize {
  return outer + 4 + ((<usize>(row * nd + d)) << 2);
}

/** Number of rows (the product of the outer sizes), after zeroing the counters. */
@inline export function rows(outer: usize, nd: i32, operands: i32): i32 {
  memory.fill(word(outer, nd, operands + 1, 0), 0, <usize>nd << 2);
  return rowCount(outer);
}

/** Steps the odometer; returns the axis that advanced (inner ones wrapped to 0). */
@inline export function advance(outer: usize, nd: i32, operands: i32): i32 {
  let d = nd - 1;
  for (; d > 0; d--) {
    const counter = word(outer, nd, operands + 1, d);
    const i = load<i32>(counter) + 1;
    if (i < load<i32>(word(outer, nd, 0, d))) { store<i32>(counter, i); return d; }
    store<i32>(counter, 0);
  }
  const counter = word(outer, nd, operands + 1, 0);
  store<i32>(counter, load<i32>(counter) + 1);
  return 0;
}

/** Byte offset for operand `k` (1-based) when axis `d` advanced and the axes inside it wrapped. */
@inline export function delta(outer: usize, nd: i32, k: i32, d: i32): isize {
  let step = <isize>load<i32>(word(outer, nd, k, d));
  for (let e = d + 1; e < nd; e++) {
    step -= <isize>load<i32>(word(outer, nd, k, e)) * <isize>(load<i32>(word(outer, nd, 0, e)) - 1);
  }
  return step;
}

/** Number of rows described by `outer` (1 when there is no block). */
@inline export function rowCount(outer: usize): i32 {
  if (outer == 0) return 1;
  const nd = load<i32>(outer);
  let count = 1;
  for (let d = 0; d < nd; d++) count *= load<i32>(outer + 4 + (<usize>d << 2));
  return count;
}

/** Byte offset of row `r` for operand `k` (0-based). */
@inline export function rowOffset(outer: usize, k: i32, r: i32): isize {
  if (outer == 0) return 0;
  const nd = load<i32>(outer);
  let offset: isize = 0;
  for (let d = nd - 1; d >= 0; d--) {
    const size = load<i32>(outer + 4 + (<usize>d << 2));
    const i = r % size;
    r /= size;
    offset += <isize>i * <isize>load<i32>(outer + 4 + (<usize>((k + 1) * nd + d) << 2));
  }
  return offset;
}

/** Neumaier-compensated running sum in two f64 slots (sum, compensation); the total is their sum. */
@inline export function accumulate(slot: usize, v: f64): void {
  const s = load<f64>(slot);
  const t = s + v;
  const c = abs(s) >= abs(v) ? s - t + v : v - t + s;
  store<f64>(slot, t);
  store<f64>(slot, load<f64>(slot, 8) + c, 8);
}

@inline export function planWord(plan: usize, i: i32): usize {
  return plan + (<usize>i << 2);
}
@inline export function planDim(plan: usize, d: i32): i32 {
  return load<i32>(planWord(plan, 3 + d));
}
@inline export function planInStride(plan: usize, nd: i32, d: i32): isize {
  return <isize>load<i32>(planWord(plan, 3 + nd + d));
}
@inline export function planOutStride(plan: usize, nd: i32, d: i32): isize {
  return <isize>load<i32>(planWord(plan, 3 + 2 * nd + d));
}
@inline export function planCounter(plan: usize, nd: i32, d: i32): usize {
  return planWord(plan, 3 + 3 * nd + d);
}
