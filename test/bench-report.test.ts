// The benchmark report: results.json's schema, the Markdown, chart and README table generated from
// it (on a small sample, and the committed files against the committed results), and the suite's
// case definitions (the small cases computed by ndwasm and by the pure-JS loop agree).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { renderMarkdown, renderReadmeTable, renderSvg, spliceReadme, validate, type Output } from "../bench/render.mjs";
import { collect, difference, dispose, flatten, materialize, tolerance, toNd, type Family } from "../bench/suite.mjs";

const sample = (): Output => ({
  machine: { cpu: "Test CPU", cores: 2, os: "linux", node: "v20", date: "2026-01-01T00:00:00Z", ndwasm: { version: "0.1.0", features: { simd: true } }, numpy: { version: "2.4.6", blas: "openblas" }, peers: {} },
  results: [
    { op: "matmul", case: "512×512 float64", impl: "ndwasm", threads: 1, median_s: 0.01, throughput: 26.8, unit: "GFLOP/s" },
    { op: "matmul", case: "512×512 float64", impl: "ndwasm", threads: 2, median_s: 0.0055, throughput: 48.8, unit: "GFLOP/s" },
    { op: "matmul", case: "512×512 float64", impl: "NumPy", threads: 1, median_s: 0.005, throughput: 53.6, unit: "GFLOP/s" },
    { op: "matmul", case: "512×512 float64", impl: "NumPy", threads: 2, median_s: 0.003, throughput: 89, unit: "GFLOP/s" },
    { op: "matmul", case: "512×512 float64", impl: "pure JS", threads: 1, median_s: 0.3, throughput: 0.9, unit: "GFLOP/s" },
    { op: "sum", case: "1e6 float64", impl: "ndwasm", threads: 1, median_s: 1.5e-4, throughput: 6667, unit: "Melem/s" },
    { op: "sum", case: "1e6 float64", impl: "NumPy", threads: 1, median_s: 3e-4, throughput: 3333, unit: "Melem/s" },
    { op: "sum", case: "1e6 float64", impl: "jax-js", threads: 1, median_s: 6e-4, throughput: 1667, unit: "Melem/s" },
  ],
  mismatches: [{ op: "sum", case: "1e6 float64", impl: "numpy-ts", threads: 1, difference: 1e-3, tol: 1e-12 }],
  notes: ["sum 1e6 float64: tfjs-wasm failed (no float64)."],
});

describe("results.json", () => {
  test("the schema: { machine, results: [{ op, case, impl, threads, median_s, throughput, unit }] }", () => {
    expect(() => validate(sample())).not.toThrow();
    expect(() => validate({ results: [] })).toThrow(/machine/);
    for (const [field, value] of [["op", 3], ["threads", "1"], ["median_s", undefined], ["unit", null]] as const) {
      const bad = sample();
      (bad.results[1] as unknown as Record<string, unknown>)[field] = value;
      expect(() => validate(bad)).toThrow(new RegExp(`results\\[1\\]\\.${field}`));
    }
    const zero = sample();
    zero.results[0].median_s = 0;
    expect(() => validate(zero)).toThrow(/bad time/);
  });

  test("the committed results validate, and the committed report, chart and README table are generated from them", () => {
    const output = validate(JSON.parse(readFileSync("bench/results.json", "utf8")));
    expect(output.results.length).toBeGreaterThan(0);
    expect(readFileSync("docs/benchmarks.md", "utf8")).toBe(renderMarkdown(output));
    expect(readFileSync("docs/benchmarks.svg", "utf8")).toBe(renderSvg(output));
    const readme = readFileSync("README.md", "utf8");
    expect(spliceReadme(readme, renderReadmeTable(output))).toBe(readme);
    expect(readme).toContain("docs/benchmarks.md");
  });
});

describe("generation", () => {
  test("the Markdown: a table per op, times, throughput and ratios to ndwasm's one thread", () => {
    const md = renderMarkdown(sample());
    expect(md).toContain("## matmul");
    expect(md).toContain("| case | ndwasm | ndwasm ×2 | NumPy | NumPy ×2 | pure JS |");
    expect(md).toContain("| 512×512 float64 | 10.0 ms · 26.8 GFLOP/s | 5.50 ms · 0.55× | 5.00 ms · 0.50× | 3.00 ms · 0.30× | 300 ms · 30.0× |");
    expect(md).toContain("| 1e6 float64 | 150 µs · 6667 Melem/s | 300 µs · 2.00× | 600 µs · 4.00× |");
    expect(md).toMatch(/numpy-ts, relative difference 0\.001/);
    expect(md).toContain("- sum 1e6 float64: tfjs-wasm failed (no float64).");
    expect(md).toContain("Test CPU × 2");
  });

  test("the SVG: a row per case with NumPy, ndwasm as a bar and the others as marks, on a log axis", () => {
    const svg = renderSvg(sample());
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*><title>([^<]*)<\/title>/g)];
    expect(bars.map((b) => b[3])).toEqual(["matmul 512×512 float64: ndwasm 0.50× NumPy", "sum 1e6 float64: ndwasm 2.00× NumPy"]);
    const one = Number(svg.match(/<line x1="([\d.]+)"[^>]*stroke="#333"/)![1]);
    // 0.5× ends at the 1× line from the left; 2× starts there, and the two are as long (log scale).
    expect(Number(bars[0][1]) + Number(bars[0][2])).toBeCloseTo(one, 0);
    expect(Number(bars[1][1])).toBeCloseTo(one, 0);
    expect(Number(bars[0][2])).toBeCloseTo(Number(bars[1][2]), 0);
    // The marks (ndwasm ×2, NumPy ×2, pure JS; jax-js) and the legend's four of them.
    expect(svg.match(/<circle cx/g)!.length).toBe(8);
  });

  test("the README table is spliced between its markers, again and again to the same text", () => {
    const table = renderReadmeTable(sample());
    expect(table.split("\n")[0]).toBe("| | ndwasm | ndwasm, all threads | vs NumPy | vs NumPy, all threads | vs pure JS | vs peers |");
    expect(table).toContain("| matmul 512² float64 | 10.0 ms, 26.8 GFLOP/s | 5.50 ms | 0.50× | 0.55× | 30.0× |  |");
    expect(table).toContain("| sum of 1e6 float64 | 150 µs |  | 2.00× |  |  | 4.00× jax-js |");
    const readme = "# x\n<!-- bench:table:start (generated by bench/render.mjs from bench/results.json) -->\nold\n<!-- bench:table:end -->\nafter\n";
    const once = spliceReadme(readme, table);
    expect(once).not.toContain("old");
    expect(once).toContain(`${table}\n<!-- bench:table:end -->\nafter`);
    expect(spliceReadme(once, table)).toBe(once);
    expect(() => spliceReadme("# no markers", table)).toThrow(/markers/);
  });
});

describe("the suite", async () => {
  const { readdirSync } = await import("node:fs");
  const families: Family[] = [];
  for (const f of readdirSync("bench/families")) families.push(await import(`../bench/families/${f}`));
  const cases = collect(nd, families);

  test("every case names its op, case, inputs, work and unit, once", () => {
    const keys = cases.map((c) => `${c.op} ${c.case}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of cases) {
      expect(typeof c.ndwasm).toBe("function");
      expect(c.work).toBeGreaterThan(0);
      expect(c.unit).toMatch(/\/s$/);
      expect(Object.keys(c.inputs).length).toBeGreaterThan(0);
    }
    for (const op of ["matmul", "add", "exp", "sum", "gradient", "logSoftmax", "crossEntropy"]) expect(cases.some((c) => c.op === op)).toBe(true);
  });

  test("the quick cases: ndwasm and the pure-JS loop agree within the case's tolerance", () => {
    const quick = cases.filter((c) => c.tags.includes("quick") || c.work < 1e-3);
    expect(quick.length).toBeGreaterThan(4);
    for (const c of quick) {
      const raw = materialize(c.inputs);
      const x = toNd(nd, raw);
      const r = c.ndwasm(nd, x);
      const want = flatten(r);
      dispose(r);
      dispose(Object.values(x));
      if (c.js) expect(difference(want, flatten(c.js(raw))), `${c.op} ${c.case}`).toBeLessThanOrEqual(tolerance(c));
    }
  });
});
