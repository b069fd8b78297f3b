// The package in a real browser: bundled by Vite from `import * as nd from "ndwasm"` (no init,
// no file to copy, no server configuration) and run in headless Chromium.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, serveStatic } from "../scripts/web-browser.mjs";
import * as nd from "../src/index.js";
import { chromiumAvailable } from "./support/chromium.js";
import { loadFixture } from "./support/fixtures.js";
import { numbers } from "./support/numbers.js";
import { type Case, decodeValue, type ExpectedOut } from "./support/random-replay.js";

const TYPED: Record<string, { from(v: ArrayLike<number | bigint>): ArrayBufferView }> = {
  float64: Float64Array, int64: BigInt64Array, uint64: BigUint64Array, int32: Int32Array, uint32: Uint32Array,
  int16: Int16Array, uint16: Uint16Array, int8: Int8Array, uint8: Uint8Array, bool: Uint8Array,
};

/** The SHA-256 of NumPy's output bytes: given by the fixture for long outputs, else from its values. */
function numpyHash(out: ExpectedOut): string {
  if (out.sha256) return out.sha256;
  const wide = out.dtype.endsWith("64") && out.dtype !== "float64";
  const a = TYPED[out.dtype]!.from(out.values!.map((v) => (wide ? BigInt(decodeValue(v)) : Number(decodeValue(v)))));
  return createHash("sha256").update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest("hex");
}

describe.runIf(chromiumAvailable("browser test"))("in headless Chromium, bundled by Vite", () => {
  let out: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let result: Record<string, unknown>;

  beforeAll(async () => {
    const { build } = await import("vite");
    out = mkdtempSync(join(tmpdir(), "ndwasm-browser-"));
    await build({ root: fileURLToPath(new URL("./browser", import.meta.url)), logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
    // A plain static server: no special headers, no wasm MIME type needed.
    server = await serveStatic(out);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { __ndwasm?: unknown }).__ndwasm !== undefined || document.title === "error", null, { timeout: 20_000 }).catch(() => {});
      expect(errors).toEqual([]);
      result = (await page.evaluate(() => (window as unknown as { __ndwasm: Record<string, unknown> }).__ndwasm)) as Record<string, unknown>;
    } finally {
      await browser.close();
    }
  });

  afterAll(async () => {
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test("arrays, broadcasting and NumPy's repr and error text", () => {
    expect(result.add).toBe("array([[4, 7],\n       [6, 9]])");
    expect(result.broadcastError).toBe("ValueError: operands could not be broadcast together with shapes (2,2) (3,) ");
  });

  test("the same random stream as Node (and NumPy)", () => {
    nd.random.seed(0);
    expect(result.rand).toEqual(numbers(nd.random.rand(3)));
    expect(result.rand).toEqual([0.5488135039273248, 0.7151893663724195, 0.6027633760716439]);
    expect(result.randn).toEqual(numbers(nd.random.randn(5)));
  });

  test("NumPy's random streams (random_streams.json) come out byte for byte in the browser", () => {
    const fx = loadFixture<{ cases: Case[]; long: Case[] }>("random_streams");
    const numpy = [...fx.cases, ...fx.long].map((c) => c.calls.map((call) => numpyHash(call.out)));
    expect(result.randomStreams).toEqual(numpy);
  });

  test("a current Chromium validates relaxed SIMD, so the fused multiply-add build is loaded; without COOP/COEP the page runs on one thread", () => {
    expect(result.features).toEqual({ simd: true, relaxedSimd: true, threads: false });
    expect(result.numThreads).toBe(1);
  });

  test("the same kernels: identical results to Node", () => {
    expect(result.sin).toEqual(numbers(nd.sin(nd.arange(0, 1, 0.25))));
    expect(result.tidyFreed).toBe(true);
  });
});
