// Measures the built page (web/dist, `npm run build:web`): what it transfers from a static server
// that gzips, and when its first output and first plot appear, in headless Chromium with a cold
// cache, on loopback and on a throttled connection. Run with `npm run measure:web`.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serveStatic } from "./web-browser.mjs";

const dist = fileURLToPath(new URL("../web/dist", import.meta.url));
const NETWORKS = [
  { name: "loopback", conditions: null },
  { name: "20 Mbit/s, 40 ms RTT", conditions: { offline: false, latency: 40, downloadThroughput: (20e6 / 8) | 0, uploadThroughput: (5e6 / 8) | 0 } },
];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

const kB = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
const server = await serveStatic(dist, { prefix: "/notebook/", gzip: true });
const browser = await launchChromium();
console.log(`web/dist: ${files(dist).map((f) => `${f.slice(dist.length + 1)} ${kB(statSync(f).size)}`).join(", ")}\n`);
console.log("| network | transferred (gzip) | first output | notebook done | first plot | all 4 plots |");
console.log("|---|---|---|---|---|---|");
try {
  for (const { name, conditions } of NETWORKS) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (conditions) await cdp.send("Network.emulateNetworkConditions", conditions);
    let transferred = 0;
    cdp.on("Network.loadingFinished", (e) => (transferred += e.encodedDataLength));
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelectorAll(".figure[data-drawn]").length === 4, null, { timeout: 120_000 });
    const marks = await page.evaluate(() => {
      const at = (name) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? NaN);
      return { output: at("first-output"), done: at("notebook-done"), plot: at("first-plot"), plots: Math.round(performance.now()) };
    });
    console.log(`| ${name} | ${kB(transferred)} | ${marks.output} ms | ${marks.done} ms | ${marks.plot} ms | ${marks.plots} ms |`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log("\nTimes from navigation start; the notebook's cells run while plotly.js (lazy) downloads.");
