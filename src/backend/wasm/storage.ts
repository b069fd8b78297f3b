// A block of WASM heap shared by an array and its views. Each NDArray holding the block counts
// one reference; dispose() drops it and the last one frees the block at once. Arrays that are
// simply dropped leave the Storage unreachable, and the FinalizationRegistry frees it then.
//
// Registering with a FinalizationRegistry costs about as much as a small kernel call, and most
// arrays are disposed (dispose, using, tidy) within the turn that made them. So new blocks wait
// in a nursery and are registered at the end of the turn (a microtask) only if still alive.
// Finalizers never run before the turn ends anyway, so nothing is freed later than it would be.

import { heapAllocated } from "./heap.js";
import { memory, wasm } from "./module.js";

// The TLSF allocator cannot hand out a single block of 1 GiB or more.
const MAX_BLOCK = 2 ** 30 - 64;

let bytesInUse = 0;
let liveBlocks = 0;

interface Block {
  ptr: number;
  bytes: number;
}

const nursery: Storage[] = [];
let flushQueued = false;
// Bounds the nursery in long synchronous loops that drop their arrays.
const NURSERY_LIMIT = 4096;

// Arrays left undisposed by one synchronous turn; past this many, a warning names nd.tidy once.
const UNDISPOSED_WARNING = 10_000;
let undisposedThisTurn = 0;
let warned = false;

function registerNursery(endOfTurn: boolean): void {
  for (const s of nursery) if (s.register()) undisposedThisTurn++;
  nursery.length = 0;
  if (!warned && undisposedThisTurn > UNDISPOSED_WARNING) {
    warned = true;
    console.warn(
      `ndwasm: ${undisposedThisTurn} arrays were created and not disposed in one synchronous run. The garbage collector frees ` +
        "WebAssembly memory only between turns, so a loop like this can exhaust it: wrap each iteration in nd.tidy(() => …), " +
        "or dispose() the arrays you no longer need.",
    );
  }
  if (endOfTurn) {
    flushQueued = false;
    undisposedThisTurn = 0;
  }
}
const endTurn = (): void => registerNursery(true);

function release(block: Block): void {
  wasm.free(block.ptr);
  bytesInUse -= block.bytes;
  liveBlocks--;
}

const registry = new FinalizationRegistry<Block>(release);

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let u = -1;
  do {
    n /= 1024;
    u++;
  } while (n >= 1024 && u < units.length - 1);
  return `${n.toFixed(1)} ${units[u]}`;
}

function outOfMemory(bytes: number): RangeError {
  return new RangeError(
    `ndwasm: out of WebAssembly memory allocating ${formatBytes(bytes)} ` +
      `(${formatBytes(bytesInUse)} live in ${liveBlocks} arrays, ${formatBytes(memory.buffer.byteLength)} reserved). ` +
      `Free arrays with dispose(), \`using\` or nd.tidy(), or drop references so the garbage collector can reclaim them.`,
  );
}

/** Allocates `bytes` of WASM heap, zeroed if asked. Throws RangeError, never traps. */
function allocate(bytes: number, zero = false): number {
  // A size that is not a count of bytes is a caller's mistake: refused before it reaches the allocator or the accounting.
  if (!(Number.isInteger(bytes) && bytes >= 0)) throw new RangeError(`ndwasm: cannot allocate ${bytes} bytes`);
  if (bytes > MAX_BLOCK) {
    throw new RangeError(`ndwasm: cannot allocate ${formatBytes(bytes)} for one array (at most ${formatBytes(MAX_BLOCK)})`);
  }
  try {
    // Addresses are unsigned: above 2 GiB the i32 the export returns reads as negative.
    const ptr = (zero ? wasm.alloc_zero(bytes) : wasm.alloc(bytes)) >>> 0;
    heapAllocated(ptr + bytes);
    return ptr;
  } catch (e) {
    heapAllocated();
    // The allocator traps before touching its bookkeeping, so the heap is intact.
    if (e instanceof WebAssembly.RuntimeError || (e instanceof Error && e.message.startsWith("abort"))) throw outOfMemory(bytes);
    throw e;
  }
}

export class Storage {
  readonly ptr: number;
  readonly bytes: number;
  private refs = 1;
  private registered = false;
  private readonly block: Block;

  private constructor(ptr: number, bytes: number) {
    this.ptr = ptr;
    this.bytes = bytes;
    this.block = { ptr, bytes };
    bytesInUse += bytes;
    liveBlocks++;
    nursery.push(this);
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(endTurn);
    }
    if (nursery.length >= NURSERY_LIMIT) registerNursery(false);
  }

  /** @internal Hands a still-live block to the garbage collector's care; says whether it was live. */
  register(): boolean {
    if (this.refs > 0 && !this.registered) {
      this.registered = true;
      registry.register(this, this.block, this.block);
      return true;
    }
    return false;
  }

  static alloc(bytes: number, zero = false): Storage {
    return new Storage(allocate(bytes, zero), bytes);
  }

  /** Adds a holder (a new view). */
  retain(): this {
    this.refs++;
    return this;
  }

  /** Drops a holder; the last one frees the block now. */
  release(): void {
    if (--this.refs === 0) {
      if (this.registered) registry.unregister(this.block);
      release(this.block);
    }
  }
}

/**
 * What the heap holds right now: bytes in live array blocks and how many blocks there are.
 * Like tf.memory(); NumPy has no counterpart.
 * @example
 * const { bytesInUse, arrays } = nd.memory();
 */
export function memoryStats(): { bytesInUse: number; arrays: number } {
  return { bytesInUse, arrays: liveBlocks };
}

/** @internal A block outside any array (scratch space, workspaces): the caller frees it with `freeBlock`. */
export function allocBlock(bytes: number, zero = false): number {
  return allocate(bytes, zero);
}

export function freeBlock(ptr: number): void {
  wasm.free(ptr);
}
