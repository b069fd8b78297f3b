// Soak check of the kernels' float32 exp (assembly/vexp.ts), too long for `npm test`: every
// float32 in [-104, 89] (where expf is neither 0 nor inf), against Math.fround(Math.exp(x)).
// Math.exp is within an ulp of float64, so its rounding to float32 is the correctly rounded value
// except, very rarely, one ulp away; the kernel's claim is at most 1 ulp from correct rounding.
// Run after `npm run build`: node test/scripts/vexp-soak.mjs   (about a minute)
import { memory, wasm } from "../../dist/backend/wasm/module.js";

const heapF32 = () => new Float32Array(memory.buffer);
const heapI32 = () => new Int32Array(memory.buffer);

const CHUNK = 1 << 20;
const input = wasm.alloc(CHUNK * 4);
const output = wasm.alloc(CHUNK * 4);
const histogram = [0, 0, 0, 0];
const worst = [];
const ref = new Float32Array(1);
const refBits = new Int32Array(ref.buffer);

// Signed float32 bit patterns from `lo` to `hi` (inclusive), in chunks.
function sweep(lo, hi) {
  for (let start = lo; start <= hi; start += CHUNK) {
    const n = Math.min(CHUNK, hi - start + 1);
    const bits = heapI32();
    for (let i = 0; i < n; i++) bits[input / 4 + i] = start + i;
    wasm.vexp_f32(output, input, n, 4, 4, 0);
    const x = heapF32();
    const got = heapI32();
    for (let i = 0; i < n; i++) {
      ref[0] = Math.exp(x[input / 4 + i]);
      const d = Math.abs(got[output / 4 + i] - refBits[0]);
      histogram[Math.min(d, 3)]++;
      if (d >= 2 && worst.length < 20) worst.push([x[input / 4 + i], d]);
    }
  }
}

const t0 = Date.now();
sweep(0x00000000, 0x42b20000); // +0 … 89
sweep(-0x80000000, -0x3d300000); // −0 … −104: 0x80000000 … 0xc2d00000 read as signed int32
console.log(`float32 exp over [-104, 89]: ${histogram[0]} exact, ${histogram[1]} at 1 ulp, ${histogram[2]} at 2, ${histogram[3]} beyond (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
if (worst.length) console.log("largest distances:", worst);
process.exit(histogram[3] > 0 ? 1 : 0);
