// WASM vs plain JavaScript, timed live in the reader's browser: the cases of the benchmark suite
// that `npm run bench` runs (bench/families/*.mjs, through bench/suite.mjs), ndwasm against the
// very loops it is timed against there (bench/pure-js.mjs), on the same data, with a check that
// both computed the same numbers. Where the page is cross-origin isolated and the build has
// nd.setNumThreads, ndwasm also runs on every core. Times are medians of interleaved samples,
// each long enough (≥ 5 ms) for the browser's coarse clock.
import * as nd from "ndwasm";
import loops from "../../bench/pure-js.mjs?raw";
import { collect, difference, dispose, flatten, materialize, toNd, type Case, type Family } from "../../bench/suite.mjs";
import { highlight } from "./highlight.js";
import { draw } from "./plots.js";

const families = Object.values(import.meta.glob("../../bench/families/*.mjs", { eager: true })) as Family[];

/**
 * The suite's cases that have a pure-JS loop, less those whose loop takes seconds (tagged slow-js);
 * in the short run (?race=quick), those tagged quick.
 */
const suite = (quick: boolean): Case[] =>
  collect(nd, families).filter((c) => c.js && (quick ? c.tags.includes("quick") : !c.tags.includes("slow-js")));

/** The thread count to race at besides one, where the page may start workers and the build can. */
function threads(): number {
  const pool = nd as unknown as { setNumThreads?: (n: number) => void };
  const n = navigator.hardwareConcurrency ?? 1;
  return typeof pool.setNumThreads === "function" && globalThis.crossOriginIsolated && n > 1 ? n : 1;
}
const setThreads = (n: number): void => (nd as unknown as { setNumThreads?: (n: number) => void }).setNumThreads?.(n);

interface Prepared {
  ndwasm(): void;
  js(): void;
  /** The largest difference between the two results, relative to the largest value. */
  difference(): number;
  dispose(): void;
}

function prepare(c: Case): Prepared {
  const raw = materialize(c.inputs);
  const x = toNd(nd, raw);
  return {
    ndwasm: () => dispose(c.ndwasm(nd, x)),
    js: () => void c.js!(raw),
    difference() {
      const r = c.ndwasm(nd, x);
      const want = flatten(r);
      dispose(r);
      return difference(want, flatten(c.js!(raw)));
    },
    dispose: () => dispose(Object.values(x)),
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve));

/** Calls per sample so that one sample takes at least `minMs` (after a warm-up for the JIT). */
function calibrate(fn: () => void, minMs = 5): number {
  const warm = performance.now();
  for (let i = 0; i < 2 || performance.now() - warm < 20; i++) fn();
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    if (performance.now() - t0 >= minMs || reps >= 1 << 16) return reps;
    reps *= 2;
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A timed contender: `enter` runs before each of its samples (to set the thread count). */
interface Contender {
  run(): void;
  enter?(): void;
}

/** Median ms per call of each contender, sampled alternately for about `budgetMs` each. */
async function measure(contenders: Contender[], budgetMs: number): Promise<number[]> {
  const reps = contenders.map((c) => (c.enter?.(), calibrate(c.run)));
  const samples: number[][] = contenders.map(() => []);
  const spent = contenders.map(() => 0);
  while (spent.some((s) => s < budgetMs) || samples[0].length < 5) {
    contenders.forEach((c, k) => {
      c.enter?.();
      const t0 = performance.now();
      for (let i = 0; i < reps[k]; i++) c.run();
      const dt = performance.now() - t0;
      samples[k].push(dt / reps[k]);
      spent[k] += dt;
    });
    await pause();
  }
  return samples.map(median);
}

const formatMs = (ms: number): string => (ms >= 1 ? `${ms.toFixed(2)} ms` : ms >= 1e-3 ? `${(ms * 1000).toFixed(1)} µs` : `${(ms * 1e6).toFixed(0)} ns`);

export interface RaceResult {
  name: string;
  kind: string;
  ndwasm: number;
  /** ndwasm on every core (only where the page races threads). */
  threaded?: number;
  js: number;
  difference: number;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function chart(div: HTMLElement, results: RaceResult[], n: number): Promise<void> {
  const labels = results.map((r) => `${r.name}  ·  ${(r.js / r.ndwasm).toFixed(1)}×`);
  const bar = (name: string, key: "ndwasm" | "js" | "threaded", color: string) => ({
    type: "bar",
    orientation: "h",
    name,
    y: labels,
    x: results.map((r) => r[key] ?? null),
    text: results.map((r) => (r[key] === undefined ? "" : formatMs(r[key]!))),
    textposition: "outside",
    cliponaxis: false,
    marker: { color },
  });
  const bars = [bar("plain JS", "js", "#b8bec7"), bar("ndwasm (WebAssembly)", "ndwasm", "#1f5fbf")];
  if (n > 1) bars.push(bar(`ndwasm, ${n} threads`, "threaded", "#6c9be0"));
  return draw(div, bars, {
    title: { text: "Time per call (log scale, shorter is faster) and ndwasm's speed-up" },
    barmode: "group",
    height: 120 + (n > 1 ? 60 : 44) * results.length,
    margin: { l: 300, r: 72, t: 48, b: 40 },
    xaxis: { type: "log", dtick: 1, title: { text: "ms per call" } },
    yaxis: { autorange: "reversed", automargin: true },
    legend: { orientation: "h", y: 1.02, x: 1, xanchor: "right", yanchor: "bottom", traceorder: "reversed" },
  });
}

/** The panel: what runs, a button, the table and the chart. */
export function mountRace(root: HTMLElement): void {
  // ?race=quick (the page's test): the cases tagged quick and short timings.
  const quick = new URLSearchParams(location.search).get("race") === "quick";
  const budget = quick ? 60 : 300;
  const CASES = suite(quick);
  const n = threads();
  const build = nd.features.relaxedSimd ? "relaxed SIMD, with fused multiply-add" : "SIMD128 (this browser has no relaxed SIMD)";
  root.dataset.state = "idle";
  root.innerHTML = `
    <h2 id="race-title">WebAssembly vs plain JavaScript, in your browser</h2>
    <p>The same operations twice, in this tab: with ndwasm, and with the plain JavaScript loops over
    typed arrays that <code>npm run bench</code> times it against (the cases of
    <code>bench/families/</code>, the loops of <code>bench/pure-js.mjs</code>, below). Both compute
    the same numbers; the last column says how closely they agree.</p>
    <p class="race-build">Kernels loaded in this browser: <strong></strong><br /><code>nd.features</code> is <code class="features"></code></p>
    <p class="race-actions"><button type="button" id="race-run">Run the race</button> <span class="race-progress" aria-live="polite"></span></p>
    <div class="table-scroll"><table class="race-table">
      <thead><tr><th scope="col">operation</th><th scope="col">ndwasm</th>${n > 1 ? `<th scope="col">ndwasm, ${n} threads</th>` : ""}<th scope="col">plain JS</th><th scope="col">speed-up</th><th scope="col">agreement</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <div class="figure" id="plot-race"></div>
    <details class="race-loops"><summary>The plain-JS loops (<code>bench/pure-js.mjs</code>)</summary><pre class="colored"></pre></details>`;
  root.querySelector(".race-build strong")!.textContent = build + (n > 1 ? `, on ${n} threads` : "");
  root.querySelector(".features")!.textContent = `{ ${Object.entries(nd.features).map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
  root.querySelector(".race-loops pre")!.innerHTML = highlight(loops.trim());
  const tbody = root.querySelector("tbody")!;
  const rows = CASES.map((c) => {
    const row = el("tr");
    row.dataset.case = `${c.op} ${c.case}`;
    row.dataset.kind = c.op;
    row.append(el("th", undefined, `${c.op} ${c.case}`), el("td", "time", "—"));
    if (n > 1) row.append(el("td", "time", "—"));
    row.append(el("td", "time", "—"), el("td", "speedup", "—"), el("td", "agree", "—"));
    row.firstElementChild!.setAttribute("scope", "row");
    tbody.append(row);
    return row;
  });
  const button = root.querySelector<HTMLButtonElement>("#race-run")!;
  const progress = root.querySelector<HTMLElement>(".race-progress")!;
  const figure = root.querySelector<HTMLElement>("#plot-race")!;

  button.addEventListener("click", async () => {
    button.disabled = true;
    root.dataset.state = "running";
    const results: RaceResult[] = [];
    try {
      for (const [i, c] of CASES.entries()) {
        progress.textContent = `${i + 1} of ${CASES.length}: ${c.op} ${c.case}…`;
        rows[i].classList.add("active");
        await pause();
        const prepared = prepare(c);
        try {
          setThreads(1);
          const agreement = prepared.difference();
          const contenders: Contender[] = [{ run: prepared.ndwasm, enter: () => setThreads(1) }, { run: prepared.js }];
          if (n > 1) contenders.push({ run: prepared.ndwasm, enter: () => setThreads(n) });
          const [tn, tj, tt] = await measure(contenders, budget);
          setThreads(1);
          const result: RaceResult = { name: `${c.op} ${c.case}`, kind: c.op, ndwasm: tn, js: tj, threaded: tt, difference: agreement };
          results.push(result);
          const cells = Array.from(rows[i].children).slice(1);
          const best = Math.min(tn, tt ?? Infinity);
          [formatMs(tn), ...(n > 1 ? [formatMs(tt)] : []), formatMs(tj), `${(tj / best).toFixed(1)}×`].forEach((t, k) => (cells[k].textContent = t));
          cells[cells.length - 1].textContent = agreement === 0 ? "identical" : `${agreement.toExponential(0)} relative`;
          rows[i].dataset.speedup = String(tj / best);
        } finally {
          prepared.dispose();
          rows[i].classList.remove("active");
        }
      }
      progress.textContent = `Done: ${CASES.length} operations, about ${(budget * (n > 1 ? 3 : 2)) / 1000} s of timing each.`;
      await chart(figure, results, n);
      root.dataset.state = "done";
    } catch (e) {
      progress.textContent = `Stopped: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
      root.dataset.state = "error";
    } finally {
      button.disabled = false;
      button.textContent = "Run again";
    }
  });
}
