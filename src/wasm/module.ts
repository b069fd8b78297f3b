// Loads the kernels once, at import: the binaries are embedded as base64, so nothing is fetched
// and no init() call is needed. The relaxed-SIMD build is used where the engine validates it.

import { instantiate } from "@assemblyscript/loader";
import { relaxedSimd, simd } from "./binary.generated.js";
import type { Kernels } from "./kernels.js";

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

const { instance } = await instantiate<Record<string, unknown>>(chosen);

/** The raw kernel exports (no wrappers: every call goes straight into WASM). */
export const wasm = instance.exports as unknown as Kernels;
/** Whether the relaxed-SIMD (FMA) build was loaded. */
export const relaxedSimdEnabled = chosen === relaxed;
/** What the loaded kernels use: always SIMD128; `relaxedSimd` where the engine validated it (fused multiply-add). */
export const features: Readonly<{ simd: true; relaxedSimd: boolean }> = Object.freeze({ simd: true, relaxedSimd: relaxedSimdEnabled });

// Typed views of linear memory. Growth detaches the old buffer, so every access goes through
// these getters, which re-create the views only when the buffer has changed.
let buffer = wasm.memory.buffer;
let f64 = new Float64Array(buffer);
let f32 = new Float32Array(buffer);
let i32 = new Int32Array(buffer);
let u8 = new Uint8Array(buffer);

function refresh(): void {
  buffer = wasm.memory.buffer;
  f64 = new Float64Array(buffer);
  f32 = new Float32Array(buffer);
  i32 = new Int32Array(buffer);
  u8 = new Uint8Array(buffer);
}

export function heapF64(): Float64Array {
  if (wasm.memory.buffer !== buffer) refresh();
  return f64;
}
export function heapF32(): Float32Array {
  if (wasm.memory.buffer !== buffer) refresh();
  return f32;
}
export function heapI32(): Int32Array {
  if (wasm.memory.buffer !== buffer) refresh();
  return i32;
}
export function heapU8(): Uint8Array {
  if (wasm.memory.buffer !== buffer) refresh();
  return u8;
}
