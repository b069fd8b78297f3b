// Where the worker pool starts to pay: element-wise adds and square products timed at one thread
// and at every core for sizes around the thresholds (src/backend/wasm/split.ts PARALLEL_ELEMENTS,
// src/ops/matmul-threads.ts PARALLEL_MACS, src/ops/linalg/lu-threads.ts THREADED_LU_ORDER), with
// the thresholds lowered so every size is split.
// node bench/threads-thresholds.mjs (after npm run build)
import { cpus } from "node:os";
import * as nd from "ndwasm";
import { setParallelElements, PARALLEL_ELEMENTS } from "../dist/backend/wasm/split.js";
import { setParallelMacs, PARALLEL_MACS } from "../dist/ops/matmul-threads.js";
import { setThreadedLuOrder, THREADED_LU_ORDER } from "../dist/ops/linalg/lu-threads.js";
import { timeJs } from "./harness.mjs";

const N = cpus().length;
if (!nd.features.threads) throw new Error("no threads on this host");
console.log(`thresholds now: ${PARALLEL_ELEMENTS} elements, ${PARALLEL_MACS} multiply-adds, LU order ${THREADED_LU_ORDER}; ${N} threads vs 1`);
setParallelElements(0);
setParallelMacs(0);
setThreadedLuOrder(65);
const big = nd.ones([1 << 20]);
for (let i = 0; i < 20; i++) nd.add(big, big).dispose();
await new Promise((r) => setTimeout(r, 300));
const at = (t, f) => () => {
  nd.setNumThreads(t);
  f();
};
const line = async (name, f) => {
  const r = await timeJs({ one: at(1, f), many: at(N, f) }, { time: 300 });
  console.log(`${name.padEnd(24)} 1 thread ${(r.one * 1e3).toFixed(1).padStart(8)} µs   ${N} threads ${(r.many * 1e3).toFixed(1).padStart(8)} µs   speed-up ${(r.one / r.many).toFixed(2)}×`);
};
for (const e of [12, 13, 14, 15, 16, 17, 18, 19, 20]) {
  const x = nd.random.rand(1 << e), y = nd.random.rand(1 << e);
  await line(`add 2^${e} float64`, () => nd.add(x, y).dispose());
  x.dispose();
  y.dispose();
}
for (const n of [32, 48, 64, 96, 128, 192, 256]) {
  const a = nd.random.rand(n, n), b = nd.random.rand(n, n);
  await line(`matmul ${n}² float64 (${(n ** 3 / 1024).toFixed(0)}k MACs)`, () => nd.matmul(a, b).dispose());
  a.dispose();
  b.dispose();
}
for (const n of [96, 128, 192, 256, 384, 512]) {
  const a = nd.add(nd.random.rand(n, n), nd.eye(n).mul(n)), b = nd.random.rand(n);
  await line(`solve ${n}² float64`, () => nd.linalg.solve(a, b).dispose());
  a.dispose();
  b.dispose();
}
process.exit(0);
