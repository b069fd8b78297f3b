// Row addressing and compensated sums for the softmax, loss and activation kernels. A kernel handles one inner run
// (n elements, scalar strides) per row; the rows are the outer axes of a block written by
// src/wasm/iterate.ts (layout in loops.ts: [nd, shape[nd], strides of operand 0 [nd], of operand 1 [nd], …],
// bytes). Row offsets are decoded from the row number, so the block is only read, never written.

/** Number of rows described by `outer` (1 when there is no block). */
@inline export function rowCount(outer: usize): i32 {
  if (outer == 0) return 1;
  const nd = load<i32>(outer);
  let count = 1;
  for (let d = 0; d < nd; d++) count *= load<i32>(outer + 4 + (<usize>d << 2));
  return count;
}

/** Byte offset of row `r` for operand `k` (0-based, in the order the block was planned). */
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
