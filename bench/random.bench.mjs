// Random numbers, 1e6 at a time: NumPy's legacy randn and Generator (PCG64) standard_normal, random
// and integers(0, 10) — ndwasm (drawn in WASM into a fresh heap block, as an NDArray's data would
// be) vs NumPy in the same run vs plain Math.random loops (polar Box–Muller for the normals).
import { RandomState } from "../dist/random/random-state.js";
import { defaultRng } from "../dist/random/generator.js";
import { allocBlock, freeBlock } from "../dist/random/wasm.js";
import { report, timeJs, timeNumpy } from "./harness.mjs";

const N = 1_000_000;

/** Allocate, draw, free: what making a new array of draws costs. */
function drawInto(draws, bytes) {
  return () => {
    const ptr = allocBlock(N * bytes);
    draws.fill({ ptr, length: N });
    freeBlock(ptr);
  };
}

function jsRandom() {
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = Math.random();
  return out;
}

function jsNormal() {
  const out = new Float64Array(N);
  for (let i = 0; i < N; i += 2) {
    let x1, x2, r2;
    do {
      x1 = 2 * Math.random() - 1;
      x2 = 2 * Math.random() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    out[i] = f * x2;
    if (i + 1 < N) out[i + 1] = f * x1;
  }
  return out;
}

function jsIntegers() {
  const out = new Int32Array(N);
  for (let i = 0; i < N; i++) out[i] = Math.floor(Math.random() * 10);
  return out;
}

export default async function () {
  const rs = new RandomState(0);
  const rng = defaultRng(0);
  const js = await timeJs({
    randn: drawInto(rs.standardNormal(N), 8),
    normal: drawInto(rng.standardNormal(N), 8),
    random: drawInto(rng.random(N), 8),
    integers: drawInto(rng.integers(0, 10, N), 8),
    "js normal": jsNormal,
    "js random": jsRandom,
    "js integers": jsIntegers,
  });
  const np = timeNumpy("rs = np.random.RandomState(0); rng = np.random.default_rng(0)", {
    randn: `rs.standard_normal(${N})`,
    normal: `rng.standard_normal(${N})`,
    random: `rng.random(${N})`,
    integers: `rng.integers(0, 10, ${N})`,
  });
  report(`random numbers, ${N.toExponential(0)} per call (bit for bit NumPy's; Math.random for comparison)`, [
    { name: "legacy randn (MT19937, polar, glibc log)", times: { ndwasm: js.randn, numpy: np.randn, "Math.random": js["js normal"] } },
    { name: "Generator standard_normal (PCG64, ziggurat)", times: { ndwasm: js.normal, numpy: np.normal, "Math.random": js["js normal"] } },
    { name: "Generator random", times: { ndwasm: js.random, numpy: np.random, "Math.random": js["js random"] } },
    { name: "Generator integers(0, 10) (int64)", times: { ndwasm: js.integers, numpy: np.integers, "Math.random": js["js integers"] } },
  ]);
}
