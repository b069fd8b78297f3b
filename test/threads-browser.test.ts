// The worker pool in headless Chromium: a page served with COOP/COEP headers is cross-origin
// isolated, so the library (bundled by esbuild, its worker source inline) runs Web Workers over a
// shared memory and gives the same bytes at every thread count; the same page without the headers
// runs on one thread.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, serveStatic } from "../scripts/web-browser.mjs";
import { chromiumAvailable } from "./support/chromium.js";

const ISOLATED = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };

/** What the page reports: features, thread count, whether workers took shares, result hashes per thread count. */
interface Report {
  features: { threads: boolean };
  isolated: boolean;
  threads: number;
  workers: number;
  workerShares: number;
  results: string[][];
}

async function run(url: string): Promise<Report> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url);
    const report = (await page.evaluate(async () => {
      const { nd, poolStats } = (window as unknown as { t: { nd: typeof import("../src/index.js"); poolStats: () => { workers: number; workerShares: number } } }).t;
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
      nd.setNumThreads(4);
      const threads = nd.getNumThreads();
      const big = nd.ones([1 << 19]);
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && nd.features.threads && poolStats().workerShares === 0) {
        nd.add(big, big).dispose();
        await sleep(10);
      }
      nd.random.seed(3);
      const a = nd.random.standardNormal([300, 400]);
      const b = nd.random.standardNormal([400, 200]).astype("float32");
      const row = nd.random.standardNormal([400]);
      const digest = async (x: InstanceType<typeof nd.NDArray>) => {
        const t = x.toTypedArray() as Float64Array;
        const copy = new Uint8Array(t.byteLength);
        copy.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength));
        x.dispose();
        return Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", copy)), (v) => v.toString(16).padStart(2, "0")).join("");
      };
      const results: string[][] = [];
      for (const n of [1, 2, 4]) {
        nd.setNumThreads(n);
        results.push([await digest(nd.matmul(a, b)), await digest(nd.add(a, row)), await digest(nd.sin(a.T))]);
      }
      const s = poolStats();
      return { features: nd.features, isolated, threads, workers: s.workers, workerShares: s.workerShares, results };
    })) as Report;
    expect(errors).toEqual([]);
    return report;
  } finally {
    await browser.close();
  }
}

describe.runIf(chromiumAvailable("threads browser test"))("the worker pool in headless Chromium", () => {
  let dir: string;
  let isolated: Awaited<ReturnType<typeof serveStatic>>;
  let plain: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    const { build } = await import("esbuild");
    dir = mkdtempSync(join(tmpdir(), "ndwasm-threads-"));
    const src = fileURLToPath(new URL("../src/", import.meta.url));
    writeFileSync(join(dir, "entry.ts"), `import * as nd from ${JSON.stringify(join(src, "index.ts"))};
import { poolStats } from ${JSON.stringify(join(src, "backend/wasm/pool.ts"))};
(window as any).t = { nd, poolStats };
`);
    await build({ entryPoints: [join(dir, "entry.ts")], outfile: join(dir, "bundle.js"), bundle: true, minify: true, format: "iife", logLevel: "silent" });
    writeFileSync(join(dir, "index.html"), `<!doctype html><meta charset="utf-8"><script src="bundle.js"></script><p>ndwasm threads</p>`);
    isolated = await serveStatic(dir, { headers: ISOLATED });
    plain = await serveStatic(dir);
  }, 60_000);

  afterAll(async () => {
    await isolated?.close();
    await plain?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("with COOP/COEP: Web Workers share the work, and every thread count gives the same bytes", async () => {
    const r = await run(isolated.url);
    expect(r.isolated).toBe(true);
    expect(r.features.threads).toBe(true);
    expect(r.threads).toBe(4);
    expect(r.workers).toBeGreaterThanOrEqual(1);
    expect(r.workerShares).toBeGreaterThan(0);
    expect(r.results[1]).toEqual(r.results[0]);
    expect(r.results[2]).toEqual(r.results[0]);
  }, 60_000);

  test("without the headers: one thread, no error, the same bytes", async () => {
    const r = await run(plain.url);
    expect(r.isolated).toBe(false);
    expect(r.features.threads).toBe(false);
    expect(r.threads).toBe(1);
    expect(r.workers).toBe(0);
    expect(r.results[1]).toEqual(r.results[0]);
  }, 60_000);
});
