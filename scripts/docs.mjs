// npm run docs: the API reference (TypeDoc, from the JSDoc of src/index.ts's exports) in docs/api/.
// TypeDoc is not a devDependency: it is installed on first use from scripts/docs-tool/package.json
// and its lockfile into scripts/docs-tool/node_modules (ignored by git).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const tool = fileURLToPath(new URL("docs-tool/", import.meta.url));
const root = fileURLToPath(new URL("..", import.meta.url));
if (!existsSync(new URL("docs-tool/node_modules/.package-lock.json", import.meta.url))) {
  console.log("(installing TypeDoc into scripts/docs-tool/node_modules: npm ci --prefix scripts/docs-tool)");
  execFileSync("npm", ["ci", "--prefix", tool, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
}
execFileSync(process.execPath, [fileURLToPath(new URL("docs-tool/node_modules/typedoc/bin/typedoc", import.meta.url)), ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
