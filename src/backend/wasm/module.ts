// Loads the kernels once, synchronously, at import: the modules are embedded (LZMA, base64; see
// unpack.ts), so nothing is fetched, no init() is needed and the module has no top-level await.
//
// A build is a list of modules instantiated in order over one memory that JavaScript creates and
// every module imports (env.memory): the core (every kernel, plain SIMD128) first, then the parts
// the engine can run, whose exports replace the core's. Only the chosen modules are decoded and
// compiled. Today the one optional part is the relaxed-SIMD kernels (fused multiply-add). Where
// the host has shared memory and workers, the same list imports a shared memory instead (edited at
// load, wasm-binary.ts) and the worker pool (pool.ts) instantiates it too (ARCHITECTURE.md, "Loading").

import type { Exports } from "./abi.generated.js";
import { coreSize, kernels, memoryPages, relaxedSimdSize } from "./binary.generated.js";
import { base64, unpackLzma } from "./unpack.js";
import { sharedMemoryImport, withoutData } from "./wasm-binary.js";

/** A module of one function (param v128) (result v128) with this body: it validates only where the engine has what the body uses. */
function probe(body: number[]): Uint8Array<ArrayBuffer> {
  return Uint8Array.of(
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 6, 1, 0x60, 1, 0x7b, 1, 0x7b, // type: v128 → v128
    3, 2, 1, 0, // one function of that type
    10, body.length + 4, 1, body.length + 2, 0, ...body, 0x0b, // its code: no locals, body, end
  );
}
/** local.get 0 */
const GET = [0x20, 0];
const SIMD = probe(GET);
/** f32x4.relaxed_madd(x, x, x). */
const RELAXED_SIMD = probe([...GET, ...GET, ...GET, 0xfd, 0x85, 0x02]);

if (!WebAssembly.validate(SIMD)) {
  throw new Error("ndwasm needs WebAssembly SIMD128 (Node 16.4+, Chrome 91+, Firefox 89+, Safari 16.4+)");
}

/** @internal Whether the relaxed-SIMD part is loaded. */
export const relaxedSimdEnabled = WebAssembly.validate(RELAXED_SIMD);
// The stream holds the core, then the part: decode only as far as the build needs.
const bytes = unpackLzma(base64(kernels), coreSize + (relaxedSimdEnabled ? relaxedSimdSize : 0));
const build = relaxedSimdEnabled ? [bytes.subarray(0, coreSize), bytes.subarray(coreSize)] : [bytes];

/** What the loaded kernels use: always SIMD128; `relaxedSimd` where the engine validated it (fused multiply-add); `threads` where the memory is shared with a worker pool. */
export interface Features {
  readonly simd: true;
  readonly relaxedSimd: boolean;
  readonly threads: boolean;
}

/** The exports of `list` instantiated in order over `memory`, the later replacing the earlier. */
function instantiate(list: readonly Uint8Array[], memory: WebAssembly.Memory): Record<string, unknown> {
  const imports = {
    env: {
      memory,
      // Reached only when the allocator runs out of memory.
      abort(): never {
        throw new WebAssembly.RuntimeError("abort: the WebAssembly allocator ran out of memory");
      },
    },
  };
  const out: Record<string, unknown> = {};
  for (const m of list) Object.assign(out, new WebAssembly.Instance(new WebAssembly.Module(m as Uint8Array<ArrayBuffer>), imports).exports);
  return out;
}

/**
 * The threaded build, where the host can run it: the same modules importing a shared memory, which
 * workers (pool.ts) instantiate too. Null where shared memory, atomics or workers are missing
 * (browser pages that are not cross-origin isolated): one thread then, never an error.
 */
function sharedBuild(): { memory: WebAssembly.Memory; exports: Record<string, unknown>; modules: Uint8Array[] } | null {
  if (typeof SharedArrayBuffer !== "function" || typeof Atomics !== "object" || !hasWorkers()) return null;
  for (const maximum of [65536, 32768, 16384]) {
    try {
      const memory = new WebAssembly.Memory({ initial: memoryPages, maximum, shared: true } as WebAssembly.MemoryDescriptor);
      if (!(memory.buffer instanceof SharedArrayBuffer)) return null;
      const list = build.map((m) => sharedMemoryImport(m, maximum));
      const exports = instantiate(list, memory);
      return { memory, exports, modules: list.map(withoutData) };
    } catch {
      // a smaller reservation, or no threads
    }
  }
  return null;
}

/** Whether this host can start workers that share memory: Node's worker_threads, or Web Workers in a cross-origin-isolated page. */
function hasWorkers(): boolean {
  const g = globalThis as { process?: { versions?: { node?: string }; getBuiltinModule?: (id: string) => unknown }; crossOriginIsolated?: boolean; Worker?: unknown };
  if (typeof g.process?.versions?.node === "string") return typeof g.process.getBuiltinModule === "function" && g.process.getBuiltinModule("node:worker_threads") != null;
  return g.crossOriginIsolated === true && typeof g.Worker === "function";
}

const shared = sharedBuild();
const linearMemory = shared?.memory ?? new WebAssembly.Memory({ initial: memoryPages });
const exports = shared?.exports ?? instantiate(build, linearMemory);

/** @internal The raw kernel exports (no wrappers: every call goes straight into WASM). */
export const wasm = exports as unknown as Exports;
/** @internal The linear memory every module shares: take `buffer` afresh after any allocation (growth replaces it). */
export const memory: { readonly buffer: ArrayBuffer } = linearMemory;
/** @internal The threaded build's memory, its modules as workers instantiate them (no data) and the export names in order; null on one thread. */
export const threadedBuild: { memory: WebAssembly.Memory; modules: readonly Uint8Array[]; names: readonly string[] } | null =
  shared === null ? null : { memory: shared.memory, modules: shared.modules, names: Object.keys(exports) };
/** What the loaded kernels use: always SIMD128; `relaxedSimd` where the engine validated it (fused multiply-add); `threads` where kernels can share the work with a worker pool (`setNumThreads`). */
export const features: Features = Object.freeze({ simd: true, relaxedSimd: relaxedSimdEnabled, threads: shared !== null });
