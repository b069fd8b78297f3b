// Loads the kernels once, synchronously, at import: the modules are embedded (LZMA, base64; see
// unpack.ts), so nothing is fetched, no init() is needed and the module has no top-level await.
//
// A build is a list of modules instantiated in order over one memory that JavaScript creates and
// every module imports (env.memory): the core (every kernel, plain SIMD128) first, then the parts
// the engine can run, whose exports replace the core's. Only the chosen modules are decoded and
// compiled. Today the one optional part is the relaxed-SIMD kernels (fused multiply-add); a
// threaded build is another list over a shared memory (see ARCHITECTURE.md, "Loading").

import type { Exports } from "./abi.generated.js";
import { coreSize, kernels, memoryPages, relaxedSimdSize } from "./binary.generated.js";
import { base64, unpackLzma } from "./unpack.js";

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

const linearMemory = new WebAssembly.Memory({ initial: memoryPages });

/** What every module imports: the memory, and AssemblyScript's abort (reached only when the allocator runs out of memory). */
const imports = {
  env: {
    memory: linearMemory,
    abort(): never {
      throw new WebAssembly.RuntimeError("abort: the WebAssembly allocator ran out of memory");
    },
  },
};

const exports: Record<string, unknown> = {};
for (const m of build) Object.assign(exports, new WebAssembly.Instance(new WebAssembly.Module(m), imports).exports);

/** @internal The raw kernel exports (no wrappers: every call goes straight into WASM). */
export const wasm = exports as unknown as Exports;
/** @internal The linear memory every module shares: take `buffer` afresh after any allocation (growth replaces it). */
export const memory: { readonly buffer: ArrayBuffer } = linearMemory;
/** What the loaded kernels use: always SIMD128; `relaxedSimd` where the engine validated it (fused multiply-add). */
export const features: Readonly<{ simd: true; relaxedSimd: boolean }> = Object.freeze({ simd: true, relaxedSimd: relaxedSimdEnabled });
