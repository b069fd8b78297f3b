// The notebook page: `npm run web` serves it, `npm run build:web` writes the static site to web/dist/
// (relative asset paths, so it works from any static server, under any sub-path).
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

/**
 * The built page's Content-Security-Policy. Scripts come from the site itself; WebAssembly
 * compiles under 'wasm-unsafe-eval' (never 'unsafe-eval'); cells are modules loaded from blob:
 * URLs the page makes from the reader's code. Styles allow 'unsafe-inline' for plotly.js, which
 * writes <style> rules and style attributes as it draws.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Adds the policy to the built page only: the dev server injects inline code of its own. */
const csp = (): Plugin => ({
  name: "ndwasm-csp",
  apply: "build",
  transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" }],
});

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [csp()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  // The page imports bench/pure-js.mjs, outside web/.
  server: { fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
});
