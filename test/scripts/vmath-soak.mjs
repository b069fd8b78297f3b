// Soak check of the float32 transcendental ufuncs (assembly/vexp.ts, vlog.ts, vtanh.ts, vtrig.ts),
// too long for `npm test`: every float32 (or every `--step`-th bit pattern) through exp, log, tanh,
// sin, cos and tan, against Math.fround(Math.f(x)). V8's Math functions are within an ulp in
// float64, so their rounding to float32 is the correctly rounded value except, very rarely, one
// ulp away; the kernels claim at most 1 ulp from correct rounding, NaN, ±inf and ±0 exactly.
// Run after `npm run build`: node test/scripts/vmath-soak.mjs [--step 16] [exp,log,…]
// (about a quarter of an hour for all six at step 1)
import { memory, wasm } from "../../dist/backend/wasm/module.js";

const heapF32 = () => new Float32Array(memory.buffer);
const heapI32 = () => new Int32Array(memory.buffer);

const args = process.argv.slice(2);
const stepAt = args.indexOf("--step");
const step = stepAt >= 0 ? Number(args[stepAt + 1]) : 1;
const names = args.find((a) => /^[a-z,]+$/.test(a))?.split(",") ?? ["exp", "log", "tanh", "sin", "cos", "tan"];

const CHUNK = 1 << 20;
const input = wasm.alloc(CHUNK * 4);
const output = wasm.alloc(CHUNK * 4);
const ref = new Float32Array(1);
const refBits = new Int32Array(ref.buffer);
// Signed-magnitude bits to a line of integers on which adjacent floats differ by one.
const ordered = (bits) => (bits < 0 ? -(bits & 0x7fffffff) : bits);

let failed = false;
for (const name of names) {
  const kernel = wasm[`${name}_f32`];
  const f = Math[name];
  const histogram = [0, 0, 0, 0];
  const worst = [];
  const t0 = Date.now();
  for (let start = -0x80000000; start <= 0x7fffffff; start += CHUNK * step) {
    const n = Math.min(CHUNK, Math.floor((0x7fffffff - start) / step) + 1);
    const bits = heapI32();
    for (let i = 0; i < n; i++) bits[input / 4 + i] = start + i * step;
    kernel(output, input, n, 4, 4, 0);
    const x = heapF32();
    const y = heapF32();
    const got = heapI32();
    for (let i = 0; i < n; i++) {
      const v = x[input / 4 + i];
      ref[0] = f(v);
      const g = y[output / 4 + i];
      let d;
      if (Number.isNaN(ref[0]) || Number.isNaN(g)) d = Number.isNaN(ref[0]) && Number.isNaN(g) ? 0 : 3;
      else if (!Number.isFinite(ref[0]) || ref[0] === 0 || g === 0) d = Object.is(g, ref[0]) ? 0 : 3;
      else d = Math.min(Math.abs(ordered(got[output / 4 + i]) - ordered(refBits[0])), 3);
      histogram[d]++;
      if (d >= 2 && worst.length < 10) worst.push([v, g, ref[0], d]);
    }
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  console.log(`float32 ${name}, every ${step === 1 ? "" : `${step}th `}float32: ${histogram[0]} as rounded, ${histogram[1]} at 1 ulp, ${histogram[2]} at 2, ${histogram[3]} beyond (${seconds} s)`);
  if (worst.length) console.log("  [x, got, Math.fround(Math.f(x)), ulp]:", worst);
  if (histogram[3] > 0) failed = true;
}
process.exit(failed ? 1 : 0);
