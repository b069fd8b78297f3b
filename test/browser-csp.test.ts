// The test page (test/browser/, bundled by Vite) under a Content-Security-Policy that allows
// WebAssembly ('wasm-unsafe-eval') and forbids eval ('unsafe-eval' absent): ndwasm loads and
// computes, with no violation reported. Without 'wasm-unsafe-eval' the same page fails to compile
// the module, which shows the policy is in force.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, serveStatic } from "../scripts/web-browser.mjs";
import { chromiumAvailable } from "./support/chromium.js";

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
const NO_WASM = "default-src 'self'; script-src 'self'; connect-src 'self'";

describe.runIf(chromiumAvailable("browser CSP test"))("the test page under a Content-Security-Policy", () => {
  let out: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    const { build } = await import("vite");
    out = mkdtempSync(join(tmpdir(), "ndwasm-csp-"));
    await build({ root: fileURLToPath(new URL("./browser", import.meta.url)), logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
    server = await serveStatic(out);
  });

  afterAll(async () => {
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** Loads the page with `csp` on every response; returns what it computed, its errors and the violations it saw. */
  async function load(csp: string, wait = 20_000): Promise<{ result: Record<string, unknown> | null; errors: string[]; violations: string[] }> {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.route("**/*", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": csp } });
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { __ndwasm?: unknown }).__ndwasm !== undefined, null, { timeout: wait }).catch(() => {});
      const result = (await page.evaluate(() => (window as unknown as { __ndwasm?: Record<string, unknown> }).__ndwasm ?? null)) as Record<string, unknown> | null;
      const violations = (await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)) as string[];
      return { result, errors, violations };
    } finally {
      await browser.close();
    }
  }

  test("with 'wasm-unsafe-eval' and without 'unsafe-eval': ndwasm loads and computes, nothing is blocked", async () => {
    const { result, errors, violations } = await load(STRICT);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(result?.add).toBe("array([[4, 7],\n       [6, 9]])");
    expect(result?.rand).toEqual([0.5488135039273248, 0.7151893663724195, 0.6027633760716439]);
  });

  test("without 'wasm-unsafe-eval' the module cannot compile (the policy is in force)", async () => {
    const { result, errors } = await load(NO_WASM, 3000);
    expect(result).toBeNull();
    expect(errors.join("\n")).toMatch(/WebAssembly|Content Security Policy|wasm-unsafe-eval/i);
  });
});
