// The notebook page: `npm run web` serves it, `npm run build:web` writes the static site to web/dist/
// (relative asset paths, so it works from any static server, under any sub-path).
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

/**
 * The built page's Content-Security-Policy. Scripts come from the site itself; WebAssembly
 * compiles under 'wasm-unsafe-eval' (never 'unsafe-eval'); the cells are modules the page makes
 * from the reader's code and loads from blob: URLs. plotly.js needs no eval, but it writes <style>
 * elements and style attributes as it draws (checked: they are refused without 'unsafe-inline').
 * Images: the favicon and plotly's "download as PNG" are data: and blob: URLs.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** The headers that make a page cross-origin isolated (`crossOriginIsolated`: shared memory, threads). */
const ISOLATED = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };

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
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // plotly.js is one 4.5 MB chunk, loaded after the first outputs: expected, not a warning.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // The page imports bench/pure-js.mjs, outside web/. Served cross-origin isolated (everything
  // it loads is its own), so the race runs ndwasm's worker pool on every core.
  server: { headers: ISOLATED, fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
  preview: { headers: ISOLATED },
});
