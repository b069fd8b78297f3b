// Advanced indexing on arrays whose addresses are above 2 GiB (where a signed pointer would go
// negative): fills the heap past 2 GiB with zeros (untouched pages), then gathers, scatters,
// masks and accumulates on arrays placed there, checked against plain JS loops.
import * as nd from "ndwasm";

const filler = [nd.zeros([2 ** 27 - 64]), nd.zeros([2 ** 27 - 64])];
const N = 300_000; // 2.4 MB per float64 array: larger than any hole below the filler
const a = nd.arange(N).astype("float64");
const reversed = nd.arange(N - 1, -1, -1);
const checks = {};
checks.high = a._storage.ptr >= 2 ** 31 && reversed._storage.ptr >= 2 ** 31;

const g = a.get(reversed);
checks.gatherHigh = g._storage.ptr >= 2 ** 31;
const gv = g.toTypedArray();
checks.gather = gv.every((v, i) => v === N - 1 - i);

const b = nd.zeros(N);
b.set([reversed], a);
checks.scatter = b.toTypedArray().every((v, i) => v === N - 1 - i);

const m = a.get(a.ge(N - 10));
checks.compress = JSON.stringify(Array.from(m.toTypedArray())) === JSON.stringify(Array.from({ length: 10 }, (_, i) => N - 10 + i));
const c = a.copy();
c.set([c.lt(5)], -1);
c.set([c.gt(N - 3)], nd.array([7, 8]));
const cv = c.toTypedArray();
checks.maskPut = cv[0] === -1 && cv[4] === -1 && cv[5] === 5 && cv[N - 2] === 7 && cv[N - 1] === 8;

const counts = nd.zeros(N);
nd.addAt(counts, nd.concatenate([reversed, reversed]), 1); // every position twice
checks.addAt = counts.toTypedArray().every((v) => v === 2);

const rows = a.reshape(1000, 300);
const picked = rows.get([999, 0, 500], "::-1");
const pv = picked.toTypedArray();
checks.rows = pv[0] === 999 * 300 + 299 && pv[300] === 299 && pv[600] === 500 * 300 + 299;
checks.take = nd.take(rows, [-1], 1).toTypedArray().every((v, i) => v === i * 300 + 299);
checks.concat = nd.concatenate([rows, rows], 1).shape.join() === "1000,600";

let error = null;
try {
  a.get([N]);
} catch (e) {
  error = e.message;
}
checks.error = error === `index ${N} is out of bounds for axis 0 with size ${N}`;
console.log(JSON.stringify({ checks, filler: filler.length }));
