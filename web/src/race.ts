// WASM vs plain JavaScript, timed live in the reader's browser: ndwasm against the very loops that
// `npm run bench` times it against (bench/pure-js.mjs), on the same data, with a check that both
// computed the same numbers. Times are medians of interleaved samples, each long enough (≥ 5 ms)
// for the browser's coarse clock.
import * as nd from "ndwasm";
import { jsBroadcastAdd, jsGradient, jsLogSoftmax, jsMatmul } from "../../bench/pure-js.mjs";
import loops from "../../bench/pure-js.mjs?raw";
import { highlight } from "./highlight.js";
import { draw } from "./plots.js";

type Kind = "matmul" | "add" | "gradient" | "logSoftmax";
interface Prepared {
  ndwasm(): void;
  js(): void;
  /** The largest difference between the two results, relative to the largest value. */
  difference(): number;
  dispose(): void;
}
interface Case {
  name: string;
  kind: Kind;
  prepare(): Prepared;
}

const DTYPES = { float64: Float64Array, float32: Float32Array } as const;
type FloatDType = keyof typeof DTYPES;

function relativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(a[i]));
  }
  return scale === 0 ? diff : diff / scale;
}

const floats = (a: nd.NDArray): Float64Array | Float32Array => a.toTypedArray() as Float64Array | Float32Array;

function matmul(n: number, dtype: FloatDType): Case {
  return {
    name: `matmul ${n}×${n} ${dtype}`,
    kind: "matmul",
    prepare() {
      nd.random.seed(0);
      const [a, b] = nd.tidy(() => [nd.random.rand(n, n).astype(dtype), nd.random.rand(n, n).astype(dtype)]);
      const [ja, jb] = [floats(a), floats(b)];
      return {
        ndwasm: () => a.matmul(b).dispose(),
        js: () => jsMatmul(ja, jb, n, n, n, DTYPES[dtype]),
        difference: () => nd.tidy(() => relativeDifference(floats(a.matmul(b)), jsMatmul(ja, jb, n, n, n, DTYPES[dtype]))),
        dispose: () => (a.dispose(), b.dispose()),
      };
    },
  };
}

/** The operations raced: matmul at each of `sizes`, then the notebook's other hot loops. */
const cases = (sizes: number[]): Case[] => [
  ...sizes.flatMap((n) => [matmul(n, "float64"), matmul(n, "float32")]),
  {
    name: "(1000,1000) + (1000,) float64",
    kind: "add",
    prepare() {
      nd.random.seed(0);
      const [a, b] = [nd.random.rand(1000, 1000), nd.random.rand(1000)];
      const [ja, jb] = [floats(a), floats(b)];
      return {
        ndwasm: () => a.add(b).dispose(),
        js: () => jsBroadcastAdd(ja, jb, 1000, 1000),
        difference: () => nd.tidy(() => relativeDifference(floats(a.add(b)), jsBroadcastAdd(ja, jb, 1000, 1000))),
        dispose: () => (a.dispose(), b.dispose()),
      };
    },
  },
  {
    name: "gradient 1000×1000 float64",
    kind: "gradient",
    prepare() {
      const [x, f] = nd.tidy(() => {
        const x = nd.linspace(0, 5, 1000);
        const [X, Y] = nd.meshgrid(x, x);
        return [x, nd.sin(X).mul(nd.sin(Y))];
      });
      const [jx, jf] = [floats(x), floats(f)];
      return {
        ndwasm: () => nd.tidy(() => void nd.gradient(f, x, x)),
        js: () => jsGradient(jf, 1000, 1000, jx, jx),
        difference: () =>
          nd.tidy(() => {
            const [g0, g1] = nd.gradient(f, x, x) as nd.NDArray[];
            const [j0, j1] = jsGradient(jf, 1000, 1000, jx, jx);
            return Math.max(relativeDifference(floats(g0), j0), relativeDifference(floats(g1), j1));
          }),
        dispose: () => (x.dispose(), f.dispose()),
      };
    },
  },
  ...(["float64", "float32"] as const).map(
    (dtype): Case => ({
      name: `logSoftmax (1000,1000) ${dtype}`,
      kind: "logSoftmax",
      prepare() {
        nd.random.seed(0);
        const x = nd.tidy(() => nd.random.randn(1000, 1000).astype(dtype));
        const jx = floats(x);
        return {
          ndwasm: () => nd.logSoftmax(x).dispose(),
          js: () => jsLogSoftmax(jx, 1000, 1000, DTYPES[dtype]),
          difference: () => nd.tidy(() => relativeDifference(floats(nd.logSoftmax(x)), jsLogSoftmax(jx, 1000, 1000, DTYPES[dtype]))),
          dispose: () => x.dispose(),
        };
      },
    }),
  ),
];

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

/** Median ms per call of each contender, sampled alternately for about `budgetMs` each. */
async function measure(contenders: (() => void)[], budgetMs: number): Promise<number[]> {
  const reps = contenders.map((fn) => calibrate(fn));
  const samples: number[][] = contenders.map(() => []);
  const spent = contenders.map(() => 0);
  while (spent.some((s) => s < budgetMs) || samples[0].length < 5) {
    contenders.forEach((fn, k) => {
      const t0 = performance.now();
      for (let i = 0; i < reps[k]; i++) fn();
      const dt = performance.now() - t0;
      samples[k].push(dt / reps[k]);
      spent[k] += dt;
    });
    await pause();
  }
  return samples.map(median);
}

const formatMs = (ms: number): string => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

export interface RaceResult {
  name: string;
  kind: Kind;
  ndwasm: number;
  js: number;
  difference: number;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function chart(div: HTMLElement, results: RaceResult[]): Promise<void> {
  const labels = results.map((r) => `${r.name}  ·  ${(r.js / r.ndwasm).toFixed(1)}×`);
  const bar = (name: string, key: "ndwasm" | "js", color: string) => ({
    type: "bar",
    orientation: "h",
    name,
    y: labels,
    x: results.map((r) => r[key]),
    text: results.map((r) => formatMs(r[key])),
    textposition: "outside",
    cliponaxis: false,
    marker: { color },
  });
  return draw(div, [bar("plain JS", "js", "#b8bec7"), bar("ndwasm (WebAssembly)", "ndwasm", "#1f5fbf")], {
    title: { text: "Time per call (log scale, shorter is faster) and ndwasm's speed-up" },
    barmode: "group",
    height: 120 + 44 * results.length,
    margin: { l: 260, r: 72, t: 48, b: 40 },
    xaxis: { type: "log", dtick: 1, title: { text: "ms per call" } },
    yaxis: { autorange: "reversed", automargin: true },
    legend: { orientation: "h", y: 1.02, x: 1, xanchor: "right", yanchor: "bottom", traceorder: "reversed" },
  });
}

/** The panel: what runs, a button, the table and the chart. */
export function mountRace(root: HTMLElement): void {
  // ?race=quick (the page's test): the small sizes and short timings.
  const quick = new URLSearchParams(location.search).get("race") === "quick";
  const budget = quick ? 60 : 300;
  const CASES = cases(quick ? [64, 128] : [64, 128, 256]);
  const build = nd.features.relaxedSimd ? "relaxed SIMD, with fused multiply-add" : "SIMD128 (this browser has no relaxed SIMD)";
  root.dataset.state = "idle";
  root.innerHTML = `
    <h2 id="race-title">WebAssembly vs plain JavaScript, in your browser</h2>
    <p>The same operations twice, in this tab: with ndwasm, and with the plain JavaScript loops over
    typed arrays that <code>npm run bench</code> times it against (<code>bench/pure-js.mjs</code>,
    below). Both compute the same numbers; the last column says how closely they agree.</p>
    <p class="race-build">Kernels loaded in this browser: <strong></strong><br /><code>nd.features</code> is <code class="features"></code></p>
    <p class="race-actions"><button type="button" id="race-run">Run the race</button> <span class="race-progress" aria-live="polite"></span></p>
    <div class="table-scroll"><table class="race-table">
      <thead><tr><th scope="col">operation</th><th scope="col">ndwasm</th><th scope="col">plain JS</th><th scope="col">speed-up</th><th scope="col">agreement</th></tr></thead>
      <tbody></tbody>
    </table></div>
    <div class="figure" id="plot-race"></div>
    <details class="race-loops"><summary>The plain-JS loops (<code>bench/pure-js.mjs</code>)</summary><pre class="colored"></pre></details>`;
  root.querySelector(".race-build strong")!.textContent = build;
  root.querySelector(".features")!.textContent = `{ ${Object.entries(nd.features).map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
  root.querySelector(".race-loops pre")!.innerHTML = highlight(loops.trim());
  const tbody = root.querySelector("tbody")!;
  const rows = CASES.map((c) => {
    const row = el("tr");
    row.dataset.case = c.name;
    row.dataset.kind = c.kind;
    row.append(el("th", undefined, c.name), el("td", "time", "—"), el("td", "time", "—"), el("td", "speedup", "—"), el("td", "agree", "—"));
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
        progress.textContent = `${i + 1} of ${CASES.length}: ${c.name}…`;
        rows[i].classList.add("active");
        await pause();
        const prepared = c.prepare();
        try {
          const difference = prepared.difference();
          const [tn, tj] = await measure([prepared.ndwasm, prepared.js], budget);
          const result = { name: c.name, kind: c.kind, ndwasm: tn, js: tj, difference };
          results.push(result);
          const cells = rows[i].children;
          cells[1].textContent = formatMs(tn);
          cells[2].textContent = formatMs(tj);
          cells[3].textContent = `${(tj / tn).toFixed(1)}×`;
          cells[4].textContent = difference === 0 ? "identical" : `${difference.toExponential(0)} relative`;
          rows[i].dataset.speedup = String(tj / tn);
        } finally {
          prepared.dispose();
          rows[i].classList.remove("active");
        }
      }
      progress.textContent = `Done: ${CASES.length} operations, about ${(budget * 2) / 1000} s of timing each.`;
      await chart(figure, results);
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
