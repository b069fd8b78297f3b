// Unpacks the embedded kernels: base64 → LZMA → wasm bytes, decoded by a 3 kB WebAssembly module
// (assembly/lzma/decode.ts) that is itself embedded plainly. Synchronous, as the whole load is.

import { decoder } from "./binary.generated.js";

/** Bytes of a base64 string. */
export function base64(text: string): Uint8Array<ArrayBuffer> {
  const chars = atob(text);
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes;
}

interface Decoder {
  memory: WebAssembly.Memory;
  lzma_decode(input: number, inputLength: number, probs: number, out: number, size: number): number;
}

/**
 * The first `size` bytes that the .lzma data `packed` decodes to: a view of the decoder's memory,
 * valid until the decoder is dropped (compile from it, or copy it).
 */
export function unpackLzma(packed: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const d = new WebAssembly.Instance(new WebAssembly.Module(base64(decoder))).exports as unknown as Decoder;
  // [input][probabilities: 2 × (1847 + 0x300 << (lc + lp)) bytes][output], in the decoder's memory.
  const props = packed[0]!;
  const lc = props % 9;
  const lp = Math.floor(props / 9) % 5;
  const input = 16;
  const probs = (input + packed.length + 1) & ~1;
  const out = probs + 2 * (1847 + (0x300 << (lc + lp)));
  const pages = Math.ceil((out + size - d.memory.buffer.byteLength) / 65536);
  if (pages > 0) d.memory.grow(pages);
  new Uint8Array(d.memory.buffer).set(packed, input);
  const written = d.lzma_decode(input, packed.length, probs, out, size);
  if (written !== size) throw new Error(`ndwasm: the embedded kernels are corrupt (decoded ${written} of ${size} bytes)`);
  return new Uint8Array(d.memory.buffer, out, size);
}
