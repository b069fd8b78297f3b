// Builds dist/ from src/ (after scripts/build-wasm.mjs has embedded the kernels):
//   dist/**/*.js, *.d.ts    ES modules and their declarations (tsc), for `import`; only the
//                           declarations that index.d.ts reaches are kept
//   dist/cjs/index.js       one CommonJS file bundled from the same sources (esbuild), for `require`
//   dist/cjs/**/*.d.ts      the same declarations again, read as CommonJS (dist/cjs/package.json)
// No source maps: the output is tsc's and esbuild's plain rendering of src/, readable as it is.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const cjs = join(dist, "cjs");

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);

await build({
  entryPoints: [join(root, "src/index.ts")],
  outfile: join(cjs, "index.js"),
  bundle: true,
  format: "cjs",
  platform: "neutral",
  target: "es2022",
  legalComments: "none",
  // package.json's "sideEffects" names dist/ files for consumers' bundlers; from src/ every module is kept.
  ignoreAnnotations: true,
  logLevel: "warning",
});
writeFileSync(join(cjs, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);

/** The declarations index.d.ts reaches: the others (internal modules) are not shipped. */
function reachable(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(/(?:from\s+|import\(|import\s+)\s*"(\.[^"]+)\.js"/g)) {
    reachable(join(dirname(file), `${m[1]}.d.ts`), seen);
  }
  return seen;
}
const shipped = reachable(join(dist, "index.d.ts"));

/** Every .d.ts under dir (except dist/cjs itself). */
function declarations(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === cjs ? [] : declarations(path);
    return e.name.endsWith(".d.ts") ? [path] : [];
  });
}
for (const file of declarations(dist)) {
  if (!shipped.has(file)) {
    rmSync(file);
    continue;
  }
  const target = join(cjs, relative(dist, file));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(file, target);
}
