import * as nd from "./dist/index.js";
const vals = { undef: undefined, huge: [1e9, 1e9], big: 2 ** 31, b53: 2 ** 53, e308: 1e308, inf: Infinity, neg: -7, dims70: new Array(70).fill(1) };
const a = () => nd.zeros([7, 5, 3]);
for (const [k, v] of Object.entries(vals)) for (const pos of [1, 2, 3]) {
  const args = [a(), nd.zeros([7, 5, 3], "int64"), 1, 0]; args[pos] = v;
  process.stderr.write(`${k}@${pos} `);
  try { nd.putAlongAxis(...args); } catch (e) { }
}
