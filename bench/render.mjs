// Turns bench/results.json into docs/benchmarks.md, the chart docs/benchmarks.svg and the README's
// speed table (between its bench:table markers). `npm run bench` calls it after a run;
// `node bench/render.mjs` regenerates the three from the committed results.json alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The order implementations appear in, left to right. */
const IMPLS = ["ndwasm", "NumPy", "pure JS", "tfjs-wasm", "numpy-ts", "jax-js"];
const FIELDS = { op: "string", case: "string", impl: "string", threads: "number", median_s: "number", throughput: "number", unit: "string" };

/** Throws unless `output` has results.json's shape: { machine, results: [{ op, case, impl, threads, median_s, throughput, unit }] }. */
export function validate(output) {
  if (!output || typeof output.machine !== "object" || !Array.isArray(output.results)) throw new Error("results.json: needs { machine, results: [] }");
  output.results.forEach((r, i) => {
    for (const [k, type] of Object.entries(FIELDS)) {
      if (typeof r[k] !== type) throw new Error(`results.json: results[${i}].${k} should be a ${type}`);
    }
    if (!(r.median_s > 0) || !Number.isInteger(r.threads) || r.threads < 1) throw new Error(`results.json: results[${i}] has a bad time or thread count`);
  });
  return output;
}

export const fmtTime = (s) => (s >= 1 ? `${s.toFixed(2)} s` : s >= 1e-3 ? `${(s * 1e3).toPrecision(3)} ms` : s >= 1e-6 ? `${(s * 1e6).toPrecision(3)} µs` : `${(s * 1e9).toFixed(0)} ns`);
export const fmtRatio = (r) => `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
const fmtRate = (x, unit) => `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(2)} ${unit}`;
const label = (impl, threads) => (threads > 1 ? `${impl} ×${threads}` : impl);
const escape = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The results grouped: op → case → "impl threads" → entry, in the order they were run. */
function group(results) {
  const ops = new Map();
  for (const r of results) {
    if (!ops.has(r.op)) ops.set(r.op, new Map());
    const cases = ops.get(r.op);
    if (!cases.has(r.case)) cases.set(r.case, new Map());
    cases.get(r.case).set(label(r.impl, r.threads), r);
  }
  return ops;
}

function columns(cases) {
  const seen = new Map();
  for (const entries of cases.values()) for (const r of entries.values()) seen.set(label(r.impl, r.threads), r);
  const rank = (r) => (IMPLS.includes(r.impl) ? IMPLS.indexOf(r.impl) : IMPLS.length) * 1000 + r.threads;
  return [...seen.entries()].sort((a, b) => rank(a[1]) - rank(b[1])).map(([k]) => k);
}

function describeMachine(m) {
  const numpy = m.numpy ? `NumPy ${m.numpy.version}${m.numpy.blas ? ` (${m.numpy.blas})` : ""}` : "no NumPy";
  const peers = Object.entries(m.peers ?? {}).map(([k, v]) => `${k} ${v}`).join(", ");
  const features = Object.entries(m.ndwasm?.features ?? {}).filter(([, v]) => v).map(([k]) => k).join(", ");
  const load = typeof m.load === "number" ? ` (load average ${m.load.toFixed(1)} when the run began)` : "";
  return `${m.cpu} × ${m.cores}${load}, ${m.os}, Node ${m.node}; ndwasm ${m.ndwasm?.version ?? "?"} (${features || "no SIMD"}); ${numpy}${peers ? `; ${peers}` : ""}; ${m.date?.slice(0, 10) ?? ""}`;
}

/**
 * The speed floors ndwasm holds itself to, each a ratio of two results of the same run: [what,
 * floor, numerator, denominator], a result given as [op, case, impl, threads] (threads "N": the
 * most the run used). The ratio is a speed ratio: denominator time over numerator time.
 */
const FLOORS = [
  ["matmul 1024² float64, N threads vs NumPy one thread", 0.7, ["matmul", "1024×1024 float64", "ndwasm", "N"], ["matmul", "1024×1024 float64", "NumPy", 1]],
  ["matmul 1024² float32, N threads vs NumPy one thread", 0.7, ["matmul", "1024×1024 float32", "ndwasm", "N"], ["matmul", "1024×1024 float32", "NumPy", 1]],
  ["matmul 1024² float64, N threads vs one", 1.6, ["matmul", "1024×1024 float64", "ndwasm", "N"], ["matmul", "1024×1024 float64", "ndwasm", 1]],
  ["(1000,1000) + (1000,) float64, N threads vs one", 1.6, ["add", "(1000,1000) + (1000,) float64", "ndwasm", "N"], ["add", "(1000,1000) + (1000,) float64", "ndwasm", 1]],
  ["exp of 1e6 float64 vs NumPy, one thread", 0.6, ["exp", "(1000,1000) float64", "ndwasm", 1], ["exp", "(1000,1000) float64", "NumPy", 1]],
  ["log of 1e6 float64 vs NumPy, one thread", 0.5, ["log", "(1000,1000) float64", "ndwasm", 1], ["log", "(1000,1000) float64", "NumPy", 1]],
  ["sin of 1e6 float32 vs NumPy, one thread", 0.5, ["sin", "(1000,1000) float32", "ndwasm", 1], ["sin", "(1000,1000) float32", "NumPy", 1]],
  ["tanh of 1e6 float32 vs NumPy, one thread", 0.5, ["tanh", "(1000,1000) float32", "ndwasm", 1], ["tanh", "(1000,1000) float32", "NumPy", 1]],
  ["seed's (3,4,5,5,6,3) @ (3,2) float32 vs NumPy", 1.3, ["matmul", "(3,4,5,5,6,3) @ (3,2) float32", "ndwasm", 1], ["matmul", "(3,4,5,5,6,3) @ (3,2) float32", "NumPy", 1]],
  ["add of 1e5 float64 vs NumPy, one thread", 0.9, ["add", "1e5 + 1e5 float64", "ndwasm", 1], ["add", "1e5 + 1e5 float64", "NumPy", 1]],
];

/**
 * The floors as rows [what, floor, measured ratio or null, passes, the ratio with ndwasm on every
 * thread or null], from one run's results.
 */
export function floorRows(output) {
  const most = Math.max(1, ...output.results.filter((r) => r.impl === "ndwasm").map((r) => r.threads));
  const find = ([op, name, impl, threads]) => output.results.find((r) => r.op === op && r.case === name && r.impl === impl && r.threads === (threads === "N" ? most : threads));
  return FLOORS.map(([what, floor, a, b]) => {
    const x = find(a), y = find(b);
    const ratio = x && y && !(a[3] === "N" && most === 1) ? y.median_s / x.median_s : null;
    const xN = a[2] === "ndwasm" && a[3] === 1 && b[2] !== "ndwasm" && most > 1 ? find([a[0], a[1], a[2], "N"]) : undefined;
    return [what.replace(/\bN threads/g, `${most} threads`), floor, ratio, ratio !== null && ratio >= floor, xN && y ? y.median_s / xN.median_s : null];
  });
}

/** The floors' table in Markdown. */
function renderFloors(output) {
  const rows = floorRows(output);
  const sum = output.results.find((r) => r.op === "sum" && r.case === "10 float64" && r.impl === "ndwasm" && r.threads === 1);
  return [
    "## Floors",
    "",
    "Speed ratios of this run (above 1×, ndwasm is faster) against the floors ndwasm holds itself to.",
    "",
    "| ratio | floor | measured | | ndwasm on every thread, for comparison |",
    "| --- | ---: | ---: | --- | ---: |",
    ...rows.map(([what, floor, ratio, ok, all]) => `| ${what} | ${fmtRatio(floor)} | ${ratio === null ? "not run" : fmtRatio(ratio)} | ${ratio === null ? "" : ok ? "✓" : "✗"} | ${all === null ? "" : fmtRatio(all)} |`),
    `| sum of 10 float64, time per call | ≤ 500 ns | ${sum ? fmtTime(sum.median_s) : "not run"} | ${sum ? (sum.median_s <= 5e-7 ? "✓" : "✗") : ""} | |`,
    "",
    "Where one thread's 1-ulp WASM SIMD ceiling lies for log, sin and tanh, measured piece by piece: [ceiling.md](ceiling.md).",
  ];
}

/** docs/benchmarks.md: a table per operation, the chart, mismatches and notes. */
export function renderMarkdown(output) {
  validate(output);
  const lines = [
    "# Benchmarks",
    "",
    "<!-- Generated by bench/render.mjs from bench/results.json: rerun `npm run bench` rather than editing. -->",
    "",
    `Measured with \`npm run bench\` on ${describeMachine(output.machine)}.`,
    "",
    "Each cell is the median time per call; the ratio after it is that time divided by ndwasm's",
    "one-thread time (above 1×, ndwasm is faster). `×N` marks N threads. NumPy is timed warm, in one",
    "long-lived python3 process after a warm-up, as a notebook runs it; its element-wise operations",
    "use one thread whatever BLAS is allowed, so only its BLAS calls are also timed at all threads.",
    "Every implementation's result is checked against ndwasm's before it is timed.",
    "",
    "Rerun all of it with `npm run bench` (a few minutes on 2 cores), or some of it with a filter:",
    "`npm run bench -- matmul`, `npm run bench -- \"logSoftmax float32\"`; `--quick` shortens the",
    "timings, `--no-numpy` and `--no-peers` leave those out. The peers are installed on first use",
    "into `bench/peers/node_modules`.",
    "",
    "![ndwasm and the others, as speed relative to NumPy on one thread](benchmarks.svg)",
    "",
    ...renderFloors(output),
  ];
  for (const [op, cases] of group(output.results)) {
    const cols = columns(cases);
    lines.push("", `## ${op}`, "", `| case | ${cols.join(" | ")} |`, `| --- |${cols.map(() => " ---: |").join("")}`);
    for (const [name, entries] of cases) {
      const base = entries.get("ndwasm");
      const cells = cols.map((k) => {
        const r = entries.get(k);
        if (!r) return "—";
        if (k === "ndwasm") return `${fmtTime(r.median_s)} · ${fmtRate(r.throughput, r.unit)}`;
        return base ? `${fmtTime(r.median_s)} · ${fmtRatio(r.median_s / base.median_s)}` : fmtTime(r.median_s);
      });
      lines.push(`| ${name} | ${cells.join(" | ")} |`);
    }
  }
  if (output.mismatches?.length) {
    lines.push("", "## Results that differ from ndwasm's (not timed)", "");
    for (const m of output.mismatches) lines.push(`- ${m.op} ${m.case}: ${label(m.impl, m.threads)}, relative difference ${m.difference} (tolerance ${m.tol})`);
  }
  if (output.notes?.length) {
    lines.push("", "## Notes", "");
    for (const n of output.notes) lines.push(`- ${n}`);
  }
  return lines.join("\n") + "\n";
}

const COLORS = { ndwasm: "#1f5fbf", "ndwasm ×": "#6c9be0", "pure JS": "#8a8f98", "tfjs-wasm": "#e8710a", "numpy-ts": "#2e9e44", "jax-js": "#b03a9e", "NumPy ×": "#444" };
const colorOf = (k) => COLORS[k] ?? COLORS[k.replace(/\d+$/, "")] ?? "#999";

/**
 * docs/benchmarks.svg: a row per case that NumPy ran, each implementation's speed relative to
 * NumPy's one thread on a log axis (ndwasm as a bar, the others as marks).
 */
export function renderSvg(output) {
  validate(output);
  const rows = [];
  for (const [op, cases] of group(output.results)) {
    for (const [name, entries] of cases) {
      const numpy = entries.get("NumPy");
      if (!numpy) continue;
      const marks = [...entries].filter(([k]) => k !== "NumPy").map(([k, r]) => [k, numpy.median_s / r.median_s]);
      rows.push({ name: `${op} ${name}`, marks });
    }
  }
  const keys = [...new Set(rows.flatMap((r) => r.marks.map(([k]) => k)))];
  const values = rows.flatMap((r) => r.marks.map(([, v]) => v));
  const lo = Math.floor(Math.log10(Math.min(0.5, ...values)));
  const hi = Math.ceil(Math.log10(Math.max(2, ...values)));
  const [left, width, top, rowH] = [330, 520, 58, 18];
  const height = top + rows.length * rowH + 40;
  const x = (v) => left + ((Math.log10(v) - lo) / (hi - lo)) * width;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 30}" height="${height}" viewBox="0 0 ${left + width + 30} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="18" font-size="14" font-weight="600">Speed relative to NumPy on one thread (log scale; right of 1× is faster)</text>`,
  ];
  keys.forEach((k, i) => {
    const lx = 10 + i * 120;
    parts.push(
      k === "ndwasm" ? `<rect x="${lx}" y="30" width="14" height="9" fill="${colorOf(k)}"/>` : `<circle cx="${lx + 7}" cy="34.5" r="4" fill="${colorOf(k)}"/>`,
      `<text x="${lx + 18}" y="38.5">${escape(k)}</text>`,
    );
  });
  rows.forEach((_, i) => i % 2 && parts.push(`<rect x="10" y="${top + i * rowH}" width="${left + width - 10}" height="${rowH}" fill="#f4f5f7"/>`));
  for (let p = lo; p <= hi; p++) {
    for (const m of p < hi ? [1, 2, 5] : [1]) {
      const v = m * 10 ** p;
      const gx = x(v).toFixed(1);
      parts.push(`<line x1="${gx}" x2="${gx}" y1="${top - 4}" y2="${height - 34}" stroke="${v === 1 ? "#333" : "#e3e3e3"}"/>`);
      if (m === 1) parts.push(`<text x="${gx}" y="${height - 20}" text-anchor="middle">${v >= 1 ? v : v.toPrecision(1)}×</text>`);
    }
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${left - 8}" y="${y + 12}" text-anchor="end">${escape(r.name)}</text>`);
    for (const [k, v] of r.marks) {
      const title = `<title>${escape(`${r.name}: ${k} ${fmtRatio(v)} NumPy`)}</title>`;
      if (k === "ndwasm") {
        const [a, b] = [x(1), x(v)].sort((p, q) => p - q);
        parts.push(`<rect x="${a.toFixed(1)}" y="${y + 3}" width="${Math.max(1, b - a).toFixed(1)}" height="${rowH - 6}" fill="${colorOf(k)}">${title}</rect>`);
      } else {
        parts.push(`<circle cx="${x(v).toFixed(1)}" cy="${y + rowH / 2}" r="4" fill="${colorOf(k)}" fill-opacity="0.85">${title}</circle>`);
      }
    }
  });
  parts.push(`<text x="${left + width / 2}" y="${height - 5}" text-anchor="middle">NumPy one-thread time ÷ implementation time</text>`, "</svg>");
  return parts.join("\n") + "\n";
}

/** The README's speed table: the cases worth a line, those that were run, in this order. */
const README_ROWS = [
  ["add", "(1000,1000) + (1000,) float64", "`(1000,1000) + (1000,)` float64"],
  ["add", "1e5 + 1e5 float64", "add of 1e5 float64"],
  ["add", "(2,2) + (2,2) float64", "`(2,2) + (2,2)` per call"],
  ["matmul", "512×512 float64", "matmul 512² float64"],
  ["matmul", "1024×1024 float64", "matmul 1024² float64"],
  ["matmul", "512×512 float32", "matmul 512² float32"],
  ["matmul", "1024×1024 float32", "matmul 1024² float32"],
  ["matmul", "(2,2,4) @ (4,3) int32", "`(2,2,4) @ (4,3)` int"],
  ["matmul", "(3,4,5,5,6,3) @ (3,2) float64", "`(3,4,5,5,6,3) @ (3,2)` float64"],
  ["matmul", "(3,4,5,5,6,3) @ (3,2) float32", "`(3,4,5,5,6,3) @ (3,2)` float32"],
  ["gradient", "1000×1000 float64, coordinates", "`np.gradient` 1000², coordinate arrays"],
  ["sum", "10 float64", "sum of 10 float64"],
  ["sum", "1e6 float64", "sum of 1e6 float64"],
  ["logSoftmax", "(1000,1000) float64", "log-softmax (1000,1000) float64"],
  ["logSoftmax", "(1000,1000) float32", "log-softmax (1000,1000) float32"],
  ["crossEntropy", "(1000,1000) float64, mean", "cross-entropy (1000,1000) float64"],
  ["crossEntropy", "(1000,1000) float32, mean", "cross-entropy (1000,1000) float32"],
  ["exp", "(1000,1000) float64", "`exp` (1000,1000) float64"],
  ["exp", "(1000,1000) float32", "`exp` (1000,1000) float32"],
  ["sort", "1e6 float64", "`sort` 1e6 float64"],
  ["argsort", "1e6 float64", "`argsort` 1e6 float64"],
  ["unique", "1e6 int64 in [0, 1e5)", "`unique` 1e6 int64 in [0, 1e5)"],
  ["median", "(1000,1000) float64, axis 0", "`median` (1000,1000) float64, axis 0"],
  ["median", "(1000,1000) float64, axis 1", "`median` (1000,1000) float64, axis 1"],
  ["take", "1e6 of 1e6 float64", "`take` of 1e6 from 1e6 float64"],
  ["indexing", "one-hot eye(10).get(y), 100000 labels", "one-hot `eye(10).get(y)`, 1e5 labels"],
  ["indexing", "shuffle X.get(perm), (10000,784) float32", "shuffled gather `X.get(perm)`, (10000, 784) float32"],
  ["indexing", "b = a.copy(); b.set([b.lt(0)], 0), 1000000 float64", "`b.set([b.lt(0)], 0)`, 1e6 float64 (after `b = a.copy()`)"],
  ["indexing", "addAt(counts, bins, weights), 1000000 into 1000 bins", "`addAt(counts, bins, weights)`, 1e6 into 1000 bins"],
  ["indexing", "concatenate 10 × (1000,1000) float64", "`concatenate` of 10 (1000, 1000) float64"],
  ["std", "1e6 float64", "std of 1e6 float64"],
  ["solve", "1024×1024 float64", "`solve` 1024² float64"],
];

/**
 * The README's table (Markdown), from the results: ndwasm's time (and on all threads, where it
 * ran so), and the others' times over it. NumPy on all threads is set against ndwasm's best.
 */
export function renderReadmeTable(output) {
  validate(output);
  const ops = group(output.results);
  const threaded = output.results.some((r) => r.impl === "ndwasm" && r.threads > 1);
  const head = ["", "ndwasm", ...(threaded ? ["ndwasm, all threads"] : []), "vs NumPy", "vs NumPy, all threads", "vs pure JS", "vs peers"];
  const lines = [`| ${head.join(" | ")} |`.replace("|  |", "| |"), `|${head.map(() => " --- |").join("")}`];
  for (const [op, name, title] of README_ROWS) {
    const entries = ops.get(op)?.get(name);
    const base = entries?.get("ndwasm");
    if (!base) continue;
    const many = (impl) => [...entries.values()].find((r) => r.impl === impl && r.threads > 1);
    const all = many("ndwasm");
    const over = (r, b = base) => (r ? fmtRatio(r.median_s / b.median_s) : "");
    const time = base.unit === "GFLOP/s" ? `${fmtTime(base.median_s)}, ${fmtRate(base.throughput, base.unit)}` : fmtTime(base.median_s);
    const peers = ["tfjs-wasm", "numpy-ts", "jax-js"].filter((k) => entries.has(k)).map((k) => `${over(entries.get(k))} ${k}`).join(", ");
    const cells = [time, ...(threaded ? [all ? fmtTime(all.median_s) : ""] : []), over(entries.get("NumPy")), over(many("NumPy"), all ?? base), over(entries.get("pure JS")), peers];
    lines.push(`| ${title} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

const START = "<!-- bench:table:start (generated by bench/render.mjs from bench/results.json) -->";
const END = "<!-- bench:table:end -->";

/** The README with its table replaced (the text between the markers). */
export function spliceReadme(readme, table) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error("README.md: the bench:table markers are missing");
  return `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
}

/** Writes docs/benchmarks.md, docs/benchmarks.svg and the README's table under `root`. */
export function render(output, { root }) {
  const at = (p) => new URL(p, root);
  writeFileSync(at("docs/benchmarks.md"), renderMarkdown(output));
  writeFileSync(at("docs/benchmarks.svg"), renderSvg(output));
  const written = ["docs/benchmarks.md", "docs/benchmarks.svg"];
  if (existsSync(at("README.md"))) {
    writeFileSync(at("README.md"), spliceReadme(readFileSync(at("README.md"), "utf8"), renderReadmeTable(output)));
    written.push("README.md's table");
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL("..", import.meta.url);
  const output = JSON.parse(readFileSync(new URL("bench/results.json", root), "utf8"));
  console.log(`wrote ${render(output, { root }).join(", ")}`);
}
