// Writes docs/notebook.png, the picture at the top of the README: the built page (web/dist,
// `npm run build:web`) in headless Chromium, its masthead above the gradient-descent cells and
// their 3-D surface. Both parts are screenshots of the live page; Chromium also joins them.
// Run with `npm run screenshot`.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchChromium, serveStatic } from "./web-browser.mjs";

const WIDTH = 1100;
const dist = fileURLToPath(new URL("../web/dist", import.meta.url));
const target = fileURLToPath(new URL("../docs/notebook.png", import.meta.url));

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 }, deviceScaleFactor: 1 });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById("notebook").dataset.state === "idle" && document.querySelectorAll(".figure[data-drawn]").length === 4, null, {
    timeout: 120_000,
  });
  if (errors.length) throw new Error(`the page logged errors:\n${errors.join("\n")}`);

  // From the top of an element to the bottom of another, full width.
  const region = async (fromSelector, toSelector, pad = 24) => {
    const box = await page.evaluate(
      ([a, b]) => {
        const top = document.querySelector(a).getBoundingClientRect().top + scrollY;
        const bottom = document.querySelector(b).getBoundingClientRect().bottom + scrollY;
        return { top, bottom };
      },
      [fromSelector, toSelector],
    );
    const clip = { x: 0, y: Math.max(0, box.top - pad), width: WIDTH, height: box.bottom - box.top + 2 * pad };
    return (await page.screenshot({ clip, fullPage: true })).toString("base64");
  };
  const masthead = await region(".masthead", ".masthead", 8);
  // The gradient-descent cells, their NumPy output, and the surface they walked on.
  const cells = await page.$$eval(".cell", (els) => els.map((c) => c.querySelector("textarea").value));
  const descent = cells.findIndex((c) => c.startsWith("// Forty steps downhill"));
  const surface = cells.findIndex((c) => c.includes('type: "surface"'));
  const body = await region(`.cell[data-index="${descent - 1}"]`, `.cell[data-index="${surface}"] .figure`, 12);

  const sheet = await browser.newPage({ viewport: { width: WIDTH, height: 600 }, deviceScaleFactor: 1 });
  await sheet.setContent(`<!doctype html><body style="margin:0;background:#fff">
    <img src="data:image/png;base64,${masthead}" style="display:block">
    <div style="height:1px;margin:6px 48px 10px;background:#d8dee4"></div>
    <img src="data:image/png;base64,${body}" style="display:block"></body>`);
  await sheet.waitForFunction(() => [...document.images].every((i) => i.complete));
  mkdirSync(fileURLToPath(new URL("../docs", import.meta.url)), { recursive: true });
  await sheet.screenshot({ path: target, fullPage: true });
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
  await server.close();
}
