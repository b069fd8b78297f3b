// Time to first result: from `import("ndwasm")` to a 2×2 matmul's values, in fresh Node processes
// (plain SIMD, and relaxed SIMD with --experimental-wasm-relaxed-simd) and in fresh pages of
// headless Chromium (served from dist/, no bundler). Prints the median of several cold starts.
//   npm run build && node scripts/measure-load.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serveStatic } from "./web-browser.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PROGRAM = (specifier) => `
const t0 = performance.now();
const nd = await import(${JSON.stringify(specifier)});
const a = nd.array([[1, 2], [3, 4]], "float64");
const values = nd.matmul(a, a).toArray();
const ms = performance.now() - t0;
`;

function node(flags) {
  const code = `${PROGRAM(new URL("../dist/index.js", import.meta.url).href)} console.log(ms);`;
  return median(Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, [...flags, "--input-type=module", "-e", code], { encoding: "utf8" }))));
}

async function chromium() {
  const dir = mkdtempSync(join(tmpdir(), "ndwasm-load-"));
  cpSync(join(root, "dist"), join(dir, "dist"), { recursive: true });
  writeFileSync(join(dir, "index.html"), `<!doctype html><script type="module">${PROGRAM("./dist/index.js")} window.__ms = ms;</script>`);
  const server = await serveStatic(dir, { gzip: true });
  const browser = await launchChromium();
  try {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      times.push(await page.waitForFunction(() => window.__ms, null, { timeout: 20_000 }).then((h) => h.jsonValue()));
      await context.close();
    }
    return median(times);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Node ${process.version}, SIMD128: ${node([]).toFixed(1)} ms`);
console.log(`Node ${process.version}, relaxed SIMD: ${node(["--experimental-wasm-relaxed-simd"]).toFixed(1)} ms`);
console.log(`Chromium (module page, dist/ served gzip from localhost, new context each): ${(await chromium()).toFixed(1)} ms`);
