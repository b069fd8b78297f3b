// Runs every benchmark suite (bench/*.bench.mjs), or those named: node bench/run.mjs matmul
// Add --quick for shorter timings.
import { readdirSync } from "node:fs";
import { cpus } from "node:os";
import { numpyVersion } from "./harness.mjs";

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const suites = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

console.log(`# ndwasm benchmarks\n\nNode ${process.version}, NumPy ${numpyVersion()} (one thread), ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}`);
console.log("Times are medians per call; ratios > 1 mean ndwasm is faster.");
for (const file of suites) {
  const suite = await import(new URL(file, import.meta.url));
  await suite.default();
}
