// The notebook page (web/), built once as `npm run build:web` builds it, served from a sub-path by
// a plain static server with every other host unreachable, in headless Chromium: it loads under
// its Content-Security-Policy with no console error, prints NumPy's text for every cell that
// names a NumPy expression (fixture: test/fixtures/make_notebook.py), draws its plots, drives the
// loss from the sliders, re-runs edited cells, and races WASM against plain JS.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, serveStatic } from "../scripts/web-browser.mjs";
import { CSP } from "../web/vite.config.js";
import { chromiumAvailable } from "./support/chromium.js";
import { loadFixture } from "./support/fixtures.js";

const fx = loadFixture<{ transcript: [string, string][]; page: Record<string, string> }>("notebook");

interface CellText {
  numpy?: string;
  code: string;
  text: string;
}

describe.runIf(chromiumAvailable("web page test"))("the notebook page, built and served statically", () => {
  let out: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  const idle = () => page.waitForFunction(() => document.getElementById("notebook")?.dataset.state === "idle", null, { timeout: 30_000 });
  const cells = (): Promise<CellText[]> =>
    page.$$eval(".cell", (nodes) =>
      nodes.map((c) => ({
        numpy: (c as HTMLElement).dataset.numpy,
        code: c.querySelector("textarea")!.value,
        text: Array.from(c.querySelectorAll(".output > pre"), (p) => p.textContent).join("\n"),
      })),
    );
  const cellText = async (code: string): Promise<string> => (await cells()).find((c) => c.code === code)!.text;

  beforeAll(async () => {
    const { build } = await import("vite");
    out = mkdtempSync(join(tmpdir(), "ndwasm-web-"));
    await build({ configFile: fileURLToPath(new URL("../web/vite.config.ts", import.meta.url)), logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
    server = await serveStatic(out, { prefix: "/some/sub/path/" });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
    page.on("pageerror", (e) => void consoleErrors.push(String(e)));
    // Offline: anything not from the page's own server fails, and is recorded.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}?race=quick`);
    await idle();
    await page.waitForFunction(() => document.querySelectorAll(".figure[data-drawn]").length === 4, null, { timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test("loads from a sub-path with no console error, nothing fetched from elsewhere", () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test("runs under its Content-Security-Policy: 'wasm-unsafe-eval', never 'unsafe-eval', no violation", async () => {
    const meta = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute("content"));
    expect(meta).toBe(CSP);
    expect(meta).toContain("'wasm-unsafe-eval'");
    expect(meta).not.toContain("'unsafe-eval'");
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });

  test("every cell that names a NumPy expression prints what NumPy prints for it", async () => {
    const shown = (await cells()).filter((c) => c.numpy !== undefined);
    expect(shown.length).toBeGreaterThan(30);
    const used = new Set<number>();
    for (const cell of shown) {
      // The first transcript entry with this label not matched yet (A.shape and B.shape repeat).
      const index = fx.transcript.findIndex(([label], i) => label === cell.numpy && !used.has(i));
      expect(index, `no NumPy output for ${cell.numpy}`).toBeGreaterThanOrEqual(0);
      used.add(index);
      expect(cell.text, cell.numpy).toBe(fx.transcript[index][1]);
    }
  });

  test("the line and its transformation, and the surface with the descent path as red 3-D markers", async () => {
    const transform = await page.$eval("#plot-transform", (div) => ({
      drawn: (div as HTMLElement).dataset.drawn,
      svg: div.querySelectorAll(".main-svg .scatterlayer .trace").length,
      names: (div as unknown as { data: { name: string }[] }).data.map((t) => t.name),
    }));
    expect(transform).toEqual({ drawn: "true", svg: 2, names: ["Original Points", "Transformed Points"] });
    const surface = await page.$eval("#plot-surface", (div) => {
      const data = (div as unknown as { data: Record<string, unknown>[] }).data;
      const path = data[1] as { x: number[]; y: number[]; z: number[]; mode: string; marker: { color: string } };
      return {
        drawn: (div as HTMLElement).dataset.drawn,
        canvas: div.querySelector("canvas") !== null,
        types: data.map((t) => t.type),
        grid: [(data[0].z as number[][]).length, (data[0].z as number[][])[0].length],
        start: [path.x[0], path.y[0]],
        steps: path.x.length,
        mode: path.mode,
        color: path.marker.color,
      };
    });
    expect(surface).toEqual({ drawn: "true", canvas: true, types: ["surface", "scatter3d"], grid: [60, 60], start: [1.6, 1.7], steps: 40, mode: "markers", color: "red" });
  });

  test("the sliders at (2, 1, 0.1) with true class 0 show PyTorch's cross-entropy, 0.417030", async () => {
    const set = (id: string, value: string) =>
      page.$eval(id, (el, v) => {
        (el as HTMLInputElement).value = v;
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }, value);
    await set("#logit-1", "2");
    await set("#logit-2", "1");
    await set("#logit-3", "0.1");
    await set("#true-class", "0");
    expect(await page.textContent("#loss")).toBe("0.417030");
    expect(await page.$$eval("#probabilities .bar-value", (v) => v.map((e) => e.textContent))).toEqual(["0.6590", "0.2424", "0.0986"]);
    // The logits of classes 0 and 1 differ by 1, so the loss of class 1 is one more.
    await set("#true-class", "1");
    expect(await page.textContent("#loss")).toBe("1.417030");
    await set("#true-class", "0");
  });

  test("editing a cell and running it again runs the cells below it from the new values", async () => {
    const first = "A = nd.array([[1, 2], [3, 4]])\nB = nd.array([[1, 3], [3, 5]])";
    expect(await cellText("A.add(B)")).toBe(fx.transcript.find(([label]) => label === "A+B")![1]);
    const editor = page.locator(".cell").first().locator("textarea");
    expect(await editor.inputValue()).toBe(first);
    await editor.fill(first.replace("A = nd.array([[1, 2], [3, 4]])", "A = nd.array([[1, 2], [3, 5]])"));
    await editor.press("Shift+Enter");
    await idle();
    expect(await cellText("A.add(B)")).toBe(fx.page["edited A+B"]);

    // An error is NumPy's one line, not a stack trace; a syntax error names its place.
    const cell = page.locator(".cell").nth(1).locator("textarea");
    await cell.fill("A.matmul(nd.array([1, 2, 3]))");
    await cell.press("Shift+Enter");
    await idle();
    expect(await cellText("A.matmul(nd.array([1, 2, 3]))")).toBe(fx.page["A@[1, 2, 3]"]);
    await cell.fill("B = nd.array([[1, 2]");
    await page.locator(".cell").nth(1).locator("button.run").click();
    await idle();
    expect(await cellText("B = nd.array([[1, 2]")).toMatch(/^SyntaxError: Unexpected token \(1:\d+\)$/);
    expect(consoleErrors).toEqual([]);
  });

  test("the WASM-vs-JS panel completes, with ndwasm faster than plain JS on matmul", async () => {
    expect(await page.textContent(".race-build")).toContain("nd.features is { simd: true, relaxedSimd: true, threads: false }");
    await page.click("#race-run");
    await page.waitForFunction(() => document.getElementById("race")?.dataset.state !== "running", null, { timeout: 60_000 });
    expect(await page.getAttribute("#race", "data-state")).toBe("done");
    const rows = await page.$$eval("#race tbody tr", (trs) => trs.map((tr) => ({ kind: (tr as HTMLElement).dataset.kind, speedup: Number((tr as HTMLElement).dataset.speedup) })));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["matmul", "add", "gradient", "logSoftmax"]));
    for (const row of rows.filter((r) => r.kind === "matmul")) expect(row.speedup).toBeGreaterThan(1);
    expect(await page.getAttribute("#plot-race", "data-drawn")).toBe("true");
    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
