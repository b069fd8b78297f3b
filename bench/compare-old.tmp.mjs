// side-by-side: today's dist vs the pre-refactor dist (d0cafaa)
import { timeJs } from "./harness.mjs";
const now = await import("/work/main/dist/index.js");
const old = await import("/tmp/old/dist/index.js");
const mk = (nd) => {
  const a = nd.array([[1.5, 2], [3, 4]]), b = nd.array([[5, 6.5], [7, 8]]);
  const big = nd.random.randn(1000, 1000), row = nd.random.randn(1000);
  const x = nd.random.randn(2, 2, 4), y = nd.random.randn(4, 3);
  return { a, b, big, row, x, y };
};
const N = mk(now), O = mk(old);
const r = await timeJs({
  "new 2x2 add": () => now.add(N.a, N.b).dispose(),
  "old 2x2 add": () => old.add(O.a, O.b).dispose(),
  "new bcast add": () => now.add(N.big, N.row).dispose(),
  "old bcast add": () => old.add(O.big, O.row).dispose(),
  "new (2,2,4)@(4,3)": () => now.matmul(N.x, N.y).dispose(),
  "old (2,2,4)@(4,3)": () => old.matmul(O.x, O.y).dispose(),
  "new sum 10": () => now.sum(N.a).dispose(),
  "old sum 10": () => old.sum(O.a).dispose(),
}, { time: 1500 });
for (const [k, v] of Object.entries(r)) console.log(k.padEnd(22), (v * 1e6).toFixed(0), "ns");
