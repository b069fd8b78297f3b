// Memory soak (npm run soak): 1. a million mixed operations, each iteration inside nd.tidy, with
// nd.memory() flat throughout; 2. a server-style loop that drops its nd.add(v, 1) results and
// yields to the event loop now and then, so the heap climbs past 2 GiB while the garbage
// collector lags: every result is checked, above 2 GiB as below.
// Options: --ops N (default 1e6), --iterations N (default 16000), --mib N (size of v, default 1).
import * as nd from "ndwasm";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};

function mixedOperations(total) {
  const start = performance.now();
  nd.random.seed(1);
  const w = nd.random.randn(8, 8);
  const x = nd.linspace(0, 1, 8);
  const baseline = nd.memory();
  let ops = 0;
  let iterations = 0;
  while (ops < total) {
    nd.tidy(() => {
      const a = nd.random.randn(8, 8); // 1
      const b = nd.matmul(a, w).add(1); // 3
      const c = nd.where(nd.greater(b, 0), b, nd.multiply(b, 0.01)); // 6
      const s = nd.softmax(c, 1); // 7
      const l = nd.crossEntropy(c, nd.random.randint(0, 8, [8])); // 9
      const g = nd.gradient(a.T.slice("::-1"), x, 0.5); // 10
      const m = nd.max(nd.sum(s, 0).astype("float32")); // 13
      const k = nd.argmax(a.reshape(-1)); // 15
      const t = nd.clip(a, -1, 1).sub(nd.mean(a, 1, true)); // 18
      if (!(Number.isFinite(+l) && Number.isFinite(+m) && +k >= 0 && +k < 64 && g.length === 2 && t.shape[1] === 8)) throw new Error("mixed operations: a wrong result");
      ops += 18;
    });
    iterations++;
    if (iterations % 5000 === 0) {
      const now = nd.memory();
      if (now.bytesInUse !== baseline.bytesInUse || now.arrays !== baseline.arrays) {
        throw new Error(`mixed operations: memory not flat after ${ops} operations: ${JSON.stringify(now)} vs ${JSON.stringify(baseline)}`);
      }
    }
  }
  const end = nd.memory();
  if (end.bytesInUse !== baseline.bytesInUse || end.arrays !== baseline.arrays) throw new Error("mixed operations: memory not flat at the end");
  w.dispose();
  x.dispose();
  return { operations: ops, iterations, seconds: +((performance.now() - start) / 1000).toFixed(1), bytesInUse: end.bytesInUse };
}

async function droppedResults(iterations, mib) {
  const start = performance.now();
  const n = (mib * 2 ** 20) / 8;
  const v = nd.arange(n * 1.0);
  const expectedSum = (n * (n + 1)) / 2; // sum of v + 1, exact in float64
  let highest = 0;
  let checkedAbove = 0;
  let peak = 0;
  for (let i = 0; i < iterations; i++) {
    const r = nd.add(v, 1); // dropped: only the garbage collector frees it
    const at = (i * 7919) % n;
    const sum = nd.sum(r);
    if (r.item(at) !== at + 1 || +sum !== expectedSum) throw new Error(`dropped results: wrong result at iteration ${i} (address ${r.ptr})`);
    highest = Math.max(highest, r.ptr);
    if (r.ptr >= 2 ** 31) checkedAbove++;
    peak = Math.max(peak, nd.memory().bytesInUse);
    // A server handler yields between requests now and then.
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  v.dispose();
  return { iterations, resultMiB: mib, highestAddressGiB: +(highest / 2 ** 30).toFixed(2), resultsCheckedAbove2GiB: checkedAbove, peakLiveGiB: +(peak / 2 ** 30).toFixed(2), seconds: +((performance.now() - start) / 1000).toFixed(1) };
}

const mixed = mixedOperations(arg("ops", 1e6));
console.log("memory soak, mixed operations inside nd.tidy:", JSON.stringify(mixed));
const dropped = await droppedResults(arg("iterations", 16000), arg("mib", 1));
console.log("memory soak, dropped results with the event loop:", JSON.stringify(dropped));
if (dropped.resultsCheckedAbove2GiB === 0) {
  console.log("note: the garbage collector kept the heap below 2 GiB this run, so no result landed above it (raise --iterations or --mib)");
}
