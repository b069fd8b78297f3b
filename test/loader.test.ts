// The kernel module is a plain AssemblyScript module: an embedder who loads build/ndwasm.wasm with
// AssemblyScript's own loader (instead of ndwasm's embedded copy) gets the same kernels.
import { readFileSync } from "node:fs";
import { instantiateSync } from "@assemblyscript/loader";
import { describe, expect, test } from "vitest";
import { memoryPages } from "../src/backend/wasm/binary.generated.js";

describe("build/ndwasm.wasm through @assemblyscript/loader", () => {
  test("instantiates over an imported memory and adds two float64 vectors", () => {
    const memory = new WebAssembly.Memory({ initial: memoryPages });
    const bytes = readFileSync(new URL("../build/ndwasm.wasm", import.meta.url));
    const { exports } = instantiateSync<{ alloc(bytes: number): number; add_f64(...args: number[]): void }>(bytes, { env: { memory } });
    const [a, b, out] = [exports.alloc(24), exports.alloc(24), exports.alloc(24)];
    new Float64Array(memory.buffer, a, 3).set([1, 2, 3]);
    new Float64Array(memory.buffer, b, 3).set([0.5, 0.25, -3]);
    exports.add_f64(out, a, b, 3, 8, 8, 8, 0);
    expect(Array.from(new Float64Array(memory.buffer, out, 3))).toEqual([1.5, 2.25, 0]);
  });
});
