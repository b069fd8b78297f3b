// The libraries the benchmarks race against (tfjs-core and tfjs-backend-wasm) are not in the
// project's devDependencies: they are installed here on first use, from bench/peers/package.json
// and its lockfile, into bench/peers/node_modules (ignored by git).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL("peers/", import.meta.url));
const require = createRequire(new URL("peers/package.json", import.meta.url));

/** Installs the peers once (npm ci from bench/peers/package-lock.json). */
function install() {
  if (existsSync(new URL("peers/node_modules/.package-lock.json", import.meta.url))) return;
  console.log("(installing the benchmark peers into bench/peers/node_modules: npm ci --prefix bench/peers)");
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["ci", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
}

/** Imports a benchmark peer by name, installing the peers first if needed. */
export async function importPeer(name) {
  install();
  return import(pathToFileURL(require.resolve(name)).href);
}
