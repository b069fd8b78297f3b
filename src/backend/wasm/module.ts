// Loads the kernels once, synchronously, at import: the binaries are embedded as base64, so
// nothing is fetched, no init() is needed and the module has no top-level await. The
// relaxed-SIMD build is used where the engine validates it.

import type { Exports } from "./abi.generated.js";
import { relaxedSimd, simd } from "./binary.generated.js";

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const relaxed = decode(relaxedSimd);
const chosen = WebAssembly.validate(relaxed) ? relaxed : decode(simd);
if (!WebAssembly.validate(chosen)) {
  throw new Error("ndwasm needs WebAssembly SIMD128 (Node 16.4+, Chrome 91+, Firefox 89+, Safari 16.4+)");
}

/** The module's only import: AssemblyScript's abort, reached only when the allocator runs out of memory. */
const imports = {
  env: {
    abort(): never {
      throw new WebAssembly.RuntimeError("abort: the WebAssembly allocator ran out of memory");
    },
  },
};

const instance = new WebAssembly.Instance(new WebAssembly.Module(chosen), imports);

/** The raw kernel exports (no wrappers: every call goes straight into WASM). */
export const wasm = instance.exports as unknown as Exports;
/** Whether the relaxed-SIMD (FMA) build was loaded. */
export const relaxedSimdEnabled = chosen === relaxed;
/** What the loaded kernels use: always SIMD128; `relaxedSimd` where the engine validated it (fused multiply-add). */
export const features: Readonly<{ simd: true; relaxedSimd: boolean }> = Object.freeze({ simd: true, relaxedSimd: relaxedSimdEnabled });
