// Runs the contiguous math kernels (assembly/math/kernels.ts) for test/scripts/math_soak.py: one
// long-lived process reads lines `kernel out-file in-file [in-file]` on stdin, applies the kernel
// to the float64 or float32 elements of the input files and answers `ok` when the output is
// written. Runs the kernels of build/ndwasm.wasm, or build/ndwasm.relaxed.wasm with --relaxed (run node with
// --experimental-wasm-relaxed-simd on Node 20), or the file named by NDWASM_WASM.
import { readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";

const root = new URL("../../", import.meta.url);
const file = process.env.NDWASM_WASM ?? new URL(process.argv.includes("--relaxed") ? "build/ndwasm.relaxed.wasm" : "build/ndwasm.wasm", root);
// The modules import their memory, as the library loads them: the core owns the heap and fills its
// tables at start; the chosen build's math_* kernels run over it.
const memory = new WebAssembly.Memory({ initial: 256 });
const imports = { env: { memory, abort: () => { throw new Error("abort"); } } };
const core = (await WebAssembly.instantiate(readFileSync(new URL("build/ndwasm.wasm", root)), imports)).instance.exports;
const chosen = (await WebAssembly.instantiate(readFileSync(file), imports)).instance.exports;
const w = { ...core, ...Object.fromEntries(Object.entries(chosen).filter(([name]) => name.startsWith("math_"))) };

let capacity = 0;
let blocks = [];
function ensure(bytes) {
  if (bytes <= capacity) return;
  for (const p of blocks) w.free(p);
  capacity = bytes;
  blocks = [w.alloc(bytes) >>> 0, w.alloc(bytes) >>> 0, w.alloc(bytes) >>> 0];
}

for await (const line of createInterface({ input: process.stdin })) {
  const [kernel, outFile, ...inFiles] = line.trim().split(" ");
  const inputs = inFiles.map((f) => readFileSync(f));
  const bytes = inputs[0].length;
  const size = kernel.endsWith("_f64") ? 8 : 4;
  ensure(Math.max(bytes, 16));
  const [out, a, b] = blocks;
  new Uint8Array(memory.buffer).set(inputs[0], a);
  if (inputs[1]) new Uint8Array(memory.buffer).set(inputs[1], b);
  if (inputs[1]) w[kernel](out, a, b, bytes / size);
  else w[kernel](out, a, bytes / size);
  writeFileSync(outFile, new Uint8Array(memory.buffer, out, bytes));
  process.stdout.write("ok\n");
}
