// The worker pool: threads that run shares of one kernel call over the shared memory.
//
// A threaded call is a list of shares, each one call of the same kernel with its own arguments
// (rows of a product, a block of independent outputs); every share is computed exactly as it would
// be inside the whole call, so the result does not depend on who runs it. The caller writes the
// shares into the control block, publishes the job and runs shares itself; workers that wake in
// time claim the others from an atomic counter. The caller then waits only for shares already
// claimed (Atomics.wait where the host allows it, else a bounded spin), so a slow, busy or still
// starting worker never holds it up: until the pool is up every share runs on the calling thread.
// Workers never allocate: the caller allocates everything (outputs, workspaces, call blocks).
//
// Control block (i32 words, f64 at 8-byte offsets), at `ctrl`:
//   0 GEN      the job's sequence number; workers sleep on it
//   1 CLAIM    (sequence << 16) | next share: a claim is a compare-exchange that also checks the job
//   2 DONE     shares finished
//   3 TICKETS  the next worker's ticket (from 1; the caller is 0): a ticket picks a workspace
//   4 ERROR    1 + a share that threw in a worker, or 0
//   5 COUNT    shares in the job
//   6 LIMIT    participants allowed (the thread count)
//   7 WORKARG  the argument replaced by the participant's workspace, or -1
//   8, 9       shares run by workers, and shares that threw there (counted since the pool started)
//   f64 at 40, 48: WORKBASE, WORKSTRIDE (participant t's workspace is WORKBASE + t * WORKSTRIDE)
//   [64, 64 + 128 * MAX_SHARES)       shares: i32 kernel index, i32 argument count, f64 arguments,
//                                     and at byte 120 the i32 status the kernel returned
//   then MAX_SHARES blocks of BLOCK_BYTES: the call block of share c (callblock.ts's layouts)

import { heapF64, heapI32 } from "./heap.js";
import { threadedBuild, wasm } from "./module.js";
import { allocBlock } from "./storage.js";

/** @internal Most shares in one job. */
export const MAX_SHARES = 64;
/** @internal Bytes of each share's call block. */
export const BLOCK_BYTES = 1024;
const SLOT = 128;
/** Milliseconds a thread watches a word before it sleeps on it: long enough to span the gap between calls in a loop. */
const SPIN_MS = 0.2;
const SHARES = 64;
/** Arguments of one share; the slot's last 8 bytes hold the i32 its kernel returned. */
const MAX_ARGS = 14;

/**
 * Claims and runs shares of job `seq` until none is left; the first error a share threw, if any
 * (a worker also records it in ERROR). Self-contained: workers run its source text.
 */
function participate(i32: Int32Array, f64: Float64Array, fns: readonly ((...a: number[]) => void)[], ctrl: number, seq: number, worker: boolean): unknown {
  const w = ctrl / 4;
  if (Atomics.load(i32, w + 1) >>> 16 !== seq) return undefined;
  // The caller is participant 0 and needs no ticket: a worker still leaving the previous job may
  // take one of this job's tickets, which can shut out a worker but never the caller.
  const ticket = worker ? Atomics.add(i32, w + 3, 1) : 0;
  if (ticket >= Atomics.load(i32, w + 6)) return undefined;
  const count = Atomics.load(i32, w + 5);
  const workArg = Atomics.load(i32, w + 7);
  const work = f64[ctrl / 8 + 5]! + ticket * f64[ctrl / 8 + 6]!;
  let failure: unknown;
  for (;;) {
    const cur = Atomics.load(i32, w + 1);
    if (cur >>> 16 !== seq || (cur & 0xffff) >= count) return failure;
    if (Atomics.compareExchange(i32, w + 1, cur, cur + 1) !== cur) continue;
    const share = cur & 0xffff;
    const slot = ctrl + 64 + share * 128;
    const args: number[] = [];
    for (let i = 0, n = i32[slot / 4 + 1]!; i < n; i++) args.push(f64[slot / 8 + 1 + i]!);
    if (workArg >= 0) args[workArg] = work;
    try {
      // A void kernel returns undefined: status 0.
      i32[slot / 4 + 30] = (fns[i32[slot / 4]!]!(...args) as unknown as number) | 0;
    } catch (e) {
      if (failure === undefined) failure = e;
      Atomics.compareExchange(i32, w + 4, 0, share + 1);
      if (worker) Atomics.add(i32, w + 9, 1);
    }
    if (worker) Atomics.add(i32, w + 8, 1);
    if (Atomics.add(i32, w + 2, 1) + 1 === count) Atomics.notify(i32, w + 2);
  }
}

/** A worker: instantiates the modules over the shared memory, then runs shares of every job it wakes for. */
function workerMain(participate: (i32: Int32Array, f64: Float64Array, fns: unknown[], ctrl: number, seq: number, worker: boolean) => unknown, spinMs: number): void {
  const start = (d: { memory: WebAssembly.Memory; modules: Uint8Array<ArrayBuffer>[]; names: string[]; ctrl: number }): void => {
    const imports = { env: { memory: d.memory, abort: () => { throw new WebAssembly.RuntimeError("abort: the WebAssembly allocator ran out of memory"); } } };
    const ex: Record<string, unknown> = {};
    for (const m of d.modules) Object.assign(ex, new WebAssembly.Instance(new WebAssembly.Module(m), imports).exports);
    const fns = d.names.map((n) => ex[n]);
    // The control block sits low in memory: these views cover it whatever the heap grows to.
    const i32 = new Int32Array(d.memory.buffer);
    const f64 = new Float64Array(d.memory.buffer);
    const gen = d.ctrl / 4;
    let seen = 0;
    for (;;) {
      // A worker that has just finished watches for the next job a little while before it sleeps:
      // calls in a loop then find it awake, not a futex wake-up (tens of microseconds) away.
      const until = performance.now() + spinMs;
      for (let i = 1; Atomics.load(i32, gen) === seen; i++) {
        if ((i & 255) === 0 && performance.now() > until) {
          Atomics.wait(i32, gen, seen);
          break;
        }
      }
      seen = Atomics.load(i32, gen);
      participate(i32, f64, fns, d.ctrl, seen, true);
    }
  };
  const req = (globalThis as { require?: (id: string) => { parentPort: { once(e: string, f: (d: never) => void): void } } }).require;
  if (typeof req === "function") req("worker_threads").parentPort.once("message", start);
  else (globalThis as unknown as { onmessage: (e: { data: never }) => void }).onmessage = (e) => start(e.data);
}

interface Pool {
  ctrl: number;
  /** Jobs run so far. */
  jobs: number;
  workers: number;
  seq: number;
  /** Whether this thread may block in Atomics.wait (not a browser's main thread). */
  canWait: boolean;
  fnIndex: Map<unknown, number>;
  fns: ((...a: number[]) => void)[];
}

type Host = { process?: { versions?: { node?: string }; getBuiltinModule?: (id: string) => unknown }; navigator?: { hardwareConcurrency?: number } };
const host = globalThis as Host;
const isNode = typeof host.process?.versions?.node === "string";

/** The machine's cores as the host reports them. */
function cores(): number {
  if (isNode) {
    const os = host.process!.getBuiltinModule!("node:os") as { availableParallelism?: () => number; cpus: () => unknown[] };
    return os.availableParallelism?.() ?? os.cpus().length;
  }
  return host.navigator?.hardwareConcurrency ?? 1;
}

let numThreads = threadedBuild === null ? 1 : Math.max(1, Math.min(cores(), 64));
let pool: Pool | null = null;
// The control block is taken at load, from the fresh heap, rather than from whatever free block
// the first threaded call would find (which could leave a fragment among the user's arrays).
const control = threadedBuild === null ? 0 : allocBlock(SHARES + MAX_SHARES * (SLOT + BLOCK_BYTES), true);

/** @internal How many threads a call may use now (1 on a host without shared memory). */
export function threadCount(): number {
  return numThreads;
}

/** @internal Sets the thread count (already checked: an integer of at least 1); 1 where threads are unavailable. */
export function setThreadCount(n: number): void {
  numThreads = threadedBuild === null ? 1 : Math.min(n, 64);
}

function startWorker(p: Pool): void {
  const b = threadedBuild!;
  const source = `(${workerMain.toString()})(${participate.toString()}, ${SPIN_MS})`;
  const init = { memory: b.memory, modules: b.modules, names: b.names, ctrl: p.ctrl };
  if (isNode) {
    const wt = host.process!.getBuiltinModule!("node:worker_threads") as { Worker: new (src: string, o: object) => { unref(): void; postMessage(m: unknown): void; on(e: string, f: () => void): void } };
    const worker = new wt.Worker(source, { eval: true });
    worker.unref();
    worker.on("error", () => undefined);
    worker.postMessage(init);
  } else {
    const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    const worker = new Worker(url);
    worker.postMessage(init);
  }
  p.workers++;
}

/** The pool, created on the first threaded call; its workers start in the background. */
function getPool(): Pool | null {
  if (pool === null) {
    const ctrl = control;
    let canWait = true;
    try {
      Atomics.wait(heapI32(), ctrl / 4, 1, 0);
    } catch {
      canWait = false;
    }
    const fns = threadedBuild!.names.map((name) => (wasm as unknown as Record<string, (...a: number[]) => void>)[name]!);
    pool = { ctrl, jobs: 0, workers: 0, seq: 0, canWait, fnIndex: exportIndex(), fns };
  }
  while (pool.workers < numThreads - 1) {
    try {
      startWorker(pool);
    } catch {
      // A host that refuses workers (a content security policy, say): the caller runs every share.
      numThreads = pool.workers + 1;
    }
  }
  return pool;
}

/** @internal Whether `kernel` is an export the workers can run. */
export function isKernel(kernel: unknown): boolean {
  return threadedBuild !== null && (pool?.fnIndex ?? exportIndex()).has(kernel);
}

let exportsByFn: Map<unknown, number> | null = null;
function exportIndex(): Map<unknown, number> {
  if (exportsByFn === null) {
    exportsByFn = new Map();
    threadedBuild!.names.forEach((name, i) => {
      const f = (wasm as unknown as Record<string, unknown>)[name];
      if (!exportsByFn!.has(f)) exportsByFn!.set(f, i);
    });
  }
  return exportsByFn;
}

/** @internal The call block of share `c` of the next job (write it before `runShares`). */
export function shareBlock(c: number): number {
  return getPool()!.ctrl + SHARES + MAX_SHARES * SLOT + c * BLOCK_BYTES;
}

/** @internal Where a job's per-participant workspaces go: argument `arg` of every share becomes `base + ticket * stride`. */
export interface Workspaces {
  arg: number;
  base: number;
  stride: number;
}

/**
 * @internal Runs `kernel` once per share (each an argument list) across the pool and returns when
 * all are done; an error thrown by any share is thrown here (a worker's share is run again on the
 * calling thread, which throws the same error). At most MAX_SHARES shares of MAX_ARGS arguments.
 * Returns the first non-zero status a share's kernel returned, in share order (0 when none did).
 */
export function runShares(kernel: unknown, shares: readonly (readonly number[])[], work?: Workspaces): number {
  const p = getPool()!;
  const i32 = heapI32();
  const f64 = heapF64();
  const w = p.ctrl / 4;
  const fn = p.fnIndex.get(kernel);
  if (fn === undefined) throw new Error("ndwasm: runShares needs a kernel export");
  const count = shares.length;
  if (count > MAX_SHARES || shares.some((a) => a.length > MAX_ARGS)) throw new Error("ndwasm: runShares takes at most 64 shares of 14 arguments");
  for (let c = 0; c < count; c++) {
    const slot = p.ctrl + SHARES + c * SLOT;
    const args = shares[c]!;
    i32[slot / 4] = fn;
    i32[slot / 4 + 1] = Math.min(args.length, MAX_ARGS);
    for (let i = 0; i < args.length; i++) f64[slot / 8 + 1 + i] = args[i]!;
    i32[slot / 4 + 30] = 0;
  }
  p.jobs++;
  p.seq = (p.seq % 0x7fff) + 1;
  const seq = p.seq;
  i32[w + 2] = 0;
  i32[w + 3] = 1;
  i32[w + 4] = 0;
  i32[w + 5] = count;
  i32[w + 6] = numThreads;
  i32[w + 7] = work?.arg ?? -1;
  f64[p.ctrl / 8 + 5] = work?.base ?? 0;
  f64[p.ctrl / 8 + 6] = work?.stride ?? 0;
  Atomics.store(i32, w + 1, seq << 16);
  Atomics.store(i32, w, seq);
  Atomics.notify(i32, w, numThreads - 1);
  const failure = participate(i32, f64, p.fns, p.ctrl, seq, false);
  // Only shares already claimed remain: wait for them, watching a little while before sleeping.
  const spinUntil = performance.now() + SPIN_MS;
  const deadline = Date.now() + 60_000;
  for (let done, i = 1; (done = Atomics.load(i32, w + 2)) < count; i++) {
    if ((i & 255) !== 0 || performance.now() < spinUntil) continue;
    if (p.canWait) Atomics.wait(i32, w + 2, done, 100);
    if (Date.now() > deadline) throw new Error("ndwasm: a worker thread stopped responding");
  }
  if (failure !== undefined) throw failure;
  const failed = Atomics.load(i32, w + 4);
  if (failed !== 0) {
    const args = [...shares[failed - 1]!];
    if (work !== undefined) args[work.arg] = work.base;
    (kernel as (...a: number[]) => void)(...args);
  }
  for (let c = 0; c < count; c++) {
    const status = i32[(p.ctrl + SHARES + c * SLOT) / 4 + 30]!;
    if (status !== 0) return status;
  }
  return 0;
}

/** @internal The pool's state: jobs run, workers started, shares they ran and shares that threw there. */
export function poolStats(): { jobs: number; workers: number; workerShares: number; workerErrors: number } {
  if (pool === null) return { jobs: 0, workers: 0, workerShares: 0, workerErrors: 0 };
  const i32 = heapI32();
  return { jobs: pool.jobs, workers: pool.workers, workerShares: Atomics.load(i32, pool.ctrl / 4 + 8), workerErrors: Atomics.load(i32, pool.ctrl / 4 + 9) };
}
