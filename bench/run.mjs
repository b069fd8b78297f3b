// `npm run bench`: times every case of bench/families/*.mjs with ndwasm (one thread, and all
// threads where the build has nd.setNumThreads), idiomatic pure JS, NumPy (warm, one thread and,
// for BLAS calls, all threads) and the peers that have the operation; checks each result against
// ndwasm's before timing it, then times them all in interleaved rounds; writes bench/results.json
// and regenerates docs/benchmarks.md, its chart and the README's table from it (bench/render.mjs).
//
//   node bench/run.mjs [filter …] [--quick] [--no-numpy] [--no-peers] [--all]
//
// A filter keeps the cases whose family file, op or case name contains it ("matmul", "nn",
// "float32", "matmul 512"); the results of the other cases already in results.json are kept.
// --quick shortens every timing; --all also runs the print-only suites (bench/*.bench.mjs), which
// otherwise run only when named.
import * as nd from "ndwasm";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, platform, release } from "node:os";
import { Bench } from "tinybench";
import { startNumpy } from "./numpy.mjs";
import { PEERS, view } from "./peers.mjs";
import { render } from "./render.mjs";
import { collect, difference, dispose, flatten, materialize, toNd, tolerance } from "./suite.mjs";

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const filters = argv.filter((a) => !a.startsWith("--")).map((f) => f.toLowerCase());
const quick = flag("quick");
/** Seconds of timing per implementation and case (after a warm-up of a fifth of that), split over ROUNDS rounds. */
const BUDGET = quick ? 0.15 : 0.6;
const ROUNDS = quick ? 1 : 3;
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
/** An implementation whose call would take longer than this (estimated from its previous case) is skipped. */
const SLOW = quick ? 1 : 4;
const here = new URL(".", import.meta.url);
const resultsPath = new URL("results.json", here);

/** Families in the report's order: these first, then the others by name. */
const FIRST = ["matmul", "add", "exp", "sum", "gradient", "nn"];
const rank = (file) => (FIRST.includes(file.slice(0, -4)) ? FIRST.indexOf(file.slice(0, -4)) : FIRST.length);
const families = readdirSync(new URL("families/", here))
  .filter((f) => f.endsWith(".mjs"))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const modules = [];
for (const file of families) modules.push({ file: file.replace(/\.mjs$/, ""), module: await import(new URL(`families/${file}`, here).href) });
const suite = modules.flatMap(({ file, module }) => collect(nd, [module]).map((c) => ({ ...c, family: file })));
const cases = suite.filter((c) => filters.length === 0 || filters.some((f) => `${c.family} ${c.op} ${c.case}`.toLowerCase().includes(f)));

const N = availableParallelism();
/** Other work on the machine when the run began (the timings of a busy machine are slower and noisier). */
const load = loadavg()[0];
const threadCounts = typeof nd.setNumThreads === "function" && N > 1 ? [1, N] : [1];
const numpy = flag("no-numpy") ? null : startNumpy();
const notes = [];
const mismatches = [];
const results = [];
if (!numpy) notes.push(flag("no-numpy") ? "NumPy not run (--no-numpy)." : "NumPy skipped: python3 with numpy was not found.");
if (threadCounts.length === 1) {
  notes.push(
    typeof nd.setNumThreads === "function"
      ? "ndwasm at one thread only: this machine has one core."
      : "ndwasm at one thread only: this build has no nd.setNumThreads.",
  );
}

const peers = [];
if (!flag("no-peers") && cases.some((c) => c.peers)) {
  for (const peer of PEERS) {
    try {
      await peer.load();
      peers.push(peer);
    } catch (e) {
      notes.push(`${peer.name} skipped: ${e.message}`);
    }
  }
}

const ms = (s) => (s >= 1e-3 ? `${(s * 1e3).toFixed(2)} ms` : s >= 1e-6 ? `${(s * 1e6).toFixed(2)} µs` : `${(s * 1e9).toFixed(0)} ns`);

/** Median seconds per call of fn (sync or async), given the seconds one call took, timed for about `budget` seconds. */
async function timeJs(fn, once, budget) {
  const perCall = Math.max(once, 1e-7);
  const bench = new Bench({
    time: budget * 1e3,
    iterations: Math.max(3, Math.min(64, Math.ceil(budget / perCall))),
    warmupTime: (budget * 1e3) / 5,
    warmupIterations: Math.max(1, Math.min(16, Math.ceil(budget / 5 / perCall))),
  });
  bench.add("call", fn);
  await bench.run();
  const r = bench.tasks[0].result;
  if (r.state !== "completed") throw new Error(String(r.error ?? r.state));
  return { median_s: r.latency.p50 / 1e3, samples: r.latency.samplesCount };
}

/**
 * Each implementation's seconds per unit of work on its largest case of an op so far: a forecast
 * of a larger case's time (small calls cost more per unit, so the largest case forecasts best),
 * to skip the calls that would crawl.
 */
const lastCost = new Map();

function record(c, impl, threads, median_s) {
  results.push({ op: c.op, case: c.case, impl, threads, median_s, throughput: c.work / median_s, unit: c.unit });
  const key = `${impl} ${c.op}`;
  if (!(lastCost.get(key)?.work > c.work)) lastCost.set(key, { work: c.work, cost: median_s / c.work });
  return `${impl}${threads > 1 ? ` ×${threads}` : ""} ${ms(median_s)}`;
}

function tooSlow(c, impl) {
  const cost = lastCost.get(`${impl} ${c.op}`)?.cost;
  if (cost === undefined || cost * c.work <= SLOW) return false;
  notes.push(`${c.op} ${c.case}: ${impl} not timed (about ${(cost * c.work).toFixed(0)} s per call).`);
  return true;
}

/** Checks `got` against ndwasm's result; a mismatch is recorded and not timed. */
function agrees(c, impl, threads, want, got) {
  const d = difference(want, got);
  if (d <= tolerance(c)) return true;
  mismatches.push({ op: c.op, case: c.case, impl, threads, difference: Number.isFinite(d) ? d : String(d), tol: tolerance(c) });
  return false;
}

/** Runs fn once, timed, to check its result and to size the timing. */
async function once(fn) {
  const t0 = performance.now();
  const r = await fn();
  return { r, s: (performance.now() - t0) / 1e3 };
}

console.log(`ndwasm benchmarks: ${cases.length} cases, Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${N}`);
for (const c of cases) {
  const raw = materialize(c.inputs);
  const x = toNd(nd, raw);
  // Every implementation is checked first; those that agree are then timed in ROUNDS interleaved
  // rounds and keep the median of their round medians, so a slow spell of a shared machine falls
  // on all of them alike rather than on whichever ran then.
  const timers = [];
  const cleanups = [];
  let want;
  try {
    // ndwasm, the reference: at one thread, then at every other thread count.
    for (const threads of threadCounts) {
      const use = async () => {
        if (threadCounts.length === 1) return;
        nd.setNumThreads(threads);
        // The pool starts without blocking: give its workers a turn of the event loop to come up.
        if (threads > 1) await new Promise((resolve) => setTimeout(resolve, 20));
      };
      await use();
      const first = await once(() => c.ndwasm(nd, x));
      const got = flatten(first.r);
      dispose(first.r);
      if (threads === 1) want = got;
      else if (!agrees(c, "ndwasm", threads, want, got)) continue;
      const call = () => dispose(c.ndwasm(nd, x));
      timers.push({ impl: "ndwasm", threads, time: async (budget) => (await use(), timeJs(call, first.s, budget)) });
    }
    if (threadCounts.length > 1) nd.setNumThreads(1);
    const oneThread = async () => threadCounts.length > 1 && nd.setNumThreads(1);

    if (c.js && !tooSlow(c, "pure JS")) {
      const first = await once(() => c.js(raw));
      if (agrees(c, "pure JS", 1, want, flatten(first.r))) timers.push({ impl: "pure JS", threads: 1, time: async (budget) => (await oneThread(), timeJs(() => c.js(raw), first.s, budget)) });
    }

    for (const peer of peers) {
      const fn = c.peers?.[peer.name];
      if (!fn) continue;
      const ok = peer.accepts(raw);
      if (ok !== true) continue;
      if (tooSlow(c, peer.name)) continue;
      let arrays;
      try {
        arrays = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, peer.from(v)]));
        const held = arrays;
        cleanups.push(() => peer.freeInputs(held));
        const args = view(peer, arrays);
        // Only a lazy peer's call is async: awaiting costs a microtask, which a 2×2 add would feel.
        const call = peer.lazy ? async () => peer.free(await peer.settle(fn(peer.lib, args))) : () => peer.free(fn(peer.lib, args));
        const first = await once(async () => peer.settle(fn(peer.lib, args)));
        const got = flatten(first.r, (r) => peer.flat(r));
        peer.free(first.r);
        if (agrees(c, peer.name, 1, want, got)) timers.push({ impl: peer.name, threads: 1, time: async (budget) => (await oneThread(), timeJs(call, first.s, budget)) });
      } catch (e) {
        notes.push(`${c.op} ${c.case}: ${peer.name} failed (${e.message.split("\n")[0]}).`);
      }
    }

    if (numpy && c.numpy) {
      try {
        await numpy.load(c, raw);
        if (agrees(c, "NumPy", 1, want, await numpy.run(c.numpy))) {
          for (const threads of c.blas ? [1, N] : [1]) timers.push({ impl: "NumPy", threads, time: (budget) => numpy.time(c.numpy, threads > 1, budget) });
        }
      } catch (e) {
        notes.push(`${c.op} ${c.case}: NumPy failed (${e.message}).`);
      }
    }

    const rounds = timers.map(() => []);
    for (let r = 0; r < ROUNDS; r++) {
      for (const [i, t] of timers.entries()) {
        try {
          rounds[i].push((await t.time(BUDGET / ROUNDS)).median_s);
        } catch (e) {
          notes.push(`${c.op} ${c.case}: ${t.impl} failed (${e.message.split("\n")[0]}).`);
          rounds[i].push(NaN);
        }
      }
    }
    const line = timers.flatMap((t, i) => (rounds[i].some(Number.isNaN) ? [] : [record(c, t.impl, t.threads, median(rounds[i]))]));
    console.log(`${c.op} ${c.case}: ${line.join(" | ")}`);
  } catch (e) {
    notes.push(`${c.op} ${c.case}: ndwasm failed (${e.message}); not timed.`);
  } finally {
    if (threadCounts.length > 1) nd.setNumThreads(1);
    for (const f of cleanups) f();
    dispose(Object.values(x));
  }
}
numpy?.close();
for (const m of mismatches) console.log(`MISMATCH ${m.op} ${m.case}: ${m.impl} differs from ndwasm by ${m.difference} (tolerance ${m.tol})`);

// Merge into results.json: the cases run now replace their earlier entries, the others stay
// (those of cases no longer in the suite go).
const key = (e) => `${e.op}\u0000${e.case}`;
const ran = new Set(cases.map(key));
const order = new Map(suite.map((c, i) => [key(c), i]));
const position = (e) => order.get(key(e)) ?? suite.length;
const keep = (e) => !ran.has(key(e)) && order.has(key(e));
const previous = existsSync(resultsPath) && filters.length > 0 ? JSON.parse(readFileSync(resultsPath, "utf8")) : null;
const machine = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? "unknown",
  cores: N,
  load,
  os: `${platform()} ${release()}`,
  node: process.version,
  ndwasm: { version: JSON.parse(readFileSync(new URL("../package.json", here), "utf8")).version, features: { ...nd.features }, threads: threadCounts },
  numpy: numpy?.info ?? null,
  peers: Object.fromEntries(peers.map((p) => [p.name, p.version])),
  budget_s: BUDGET,
};
const output = {
  machine,
  // Stable sort: in the suite's order, each case's implementations as they ran.
  results: [...(previous?.results.filter(keep) ?? []), ...results].sort((a, b) => position(a) - position(b)),
  mismatches: [...(previous?.mismatches?.filter(keep) ?? []), ...mismatches],
  // Earlier notes about cases not run now stay; this run's general notes replace the earlier ones.
  notes: [...(previous?.notes?.filter((n) => previous.results.some((e) => keep(e) && n.startsWith(`${e.op} ${e.case}:`))) ?? []), ...notes],
};
writeFileSync(resultsPath, JSON.stringify(output, null, 1) + "\n");
const written = render(output, { root: new URL("..", here) });
console.log(`\nwrote bench/results.json (${output.results.length} timings), ${written.join(", ")}`);

// The print-only suites (bench/*.bench.mjs): when named, or with --all.
const legacy = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => flag("all") || filters.some((w) => f.startsWith(w)))
  .sort();
for (const file of legacy) await (await import(new URL(file, here).href)).default();
// A worker pool (where the build has one) would keep the process alive.
process.exit(0);
