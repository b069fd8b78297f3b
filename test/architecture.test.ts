// The layering ARCHITECTURE.md describes: no import cycle in src/, the array core importing no
// operation, and the typed ABI naming exactly the module's exports.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { wasm } from "../src/backend/wasm/module.js";

const root = fileURLToPath(new URL("../src", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Relative imports of each source file (type-only imports included: they are still edges a reader follows). */
function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sources(root)) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\s+"(\.[^"]+)"/g)]
      .map((m) => resolve(dirname(file), (m[1] ?? m[2])!.replace(/\.js$/, ".ts")));
    edges.set(file, targets);
  }
  return edges;
}

describe("the layering", () => {
  const edges = graph();
  const name = (f: string) => relative(root, f);

  test("no import cycles in src/", () => {
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...path.slice(path.indexOf(f)), f].map(name).join(" → "));
        return;
      }
      state.set(f, "open");
      for (const t of edges.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, "done");
    };
    for (const f of edges.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  test("core/ and backend/ import nothing from ops/, nn/ or random/", () => {
    const bad = [...edges].flatMap(([f, ts]) =>
      /^(core|backend)\//.test(name(f)) ? ts.filter((t) => /^(ops|nn|random)\//.test(name(t))).map((t) => `${name(f)} → ${name(t)}`) : [],
    );
    expect(bad).toEqual([]);
  });

  test("only the barrel imports ops/methods.ts", () => {
    const importers = [...edges].filter(([, ts]) => ts.some((t) => name(t) === "ops/methods.ts")).map(([f]) => name(f));
    expect(importers).toEqual(["index.ts"]);
  });

  test("the typed ABI names exactly the module's exports", () => {
    const declared = [...readFileSync(join(root, "backend/wasm/abi.generated.ts"), "utf8").matchAll(/^\s+(?:readonly )?(\w+)[(:]/gm)].map((m) => m[1]!);
    const actual = Object.keys(wasm);
    expect(declared.sort()).toEqual(actual.sort());
  });
});
