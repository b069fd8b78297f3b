// `npm start` runs the notebook walkthrough as a Python session transcript: every value NumPy
// prints for the notebook (fixture: test/fixtures/make_notebook.py) must appear, in notebook order,
// under the ">>> expression" it is the value of, and the walkthrough frees everything.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { loadFixture } from "./support/fixtures.js";

const fx = loadFixture<{ transcript: [string, string][] }>("notebook");
let output = "";

beforeAll(() => {
  output = execFileSync(process.execPath, [fileURLToPath(new URL("../examples/notebook.mjs", import.meta.url))], { encoding: "utf8" });
});

describe(`the notebook walkthrough prints what NumPy ${fx.numpy} prints`, () => {
  test.each(fx.transcript.map(([label, text], i) => [i, label, text] as const))("%i: >>> %s", (i, label, text) => {
    // Found after the previous entry, so repeated labels (A.shape, B.shape) each match their own cell.
    const previous = fx.transcript.slice(0, i).reduce((at, [l, t]) => output.indexOf(`>>> ${l}\n${t}\n`, at) + 1, 0);
    expect(output.indexOf(`>>> ${label}\n${text}\n`, previous)).toBeGreaterThanOrEqual(previous);
  });

  test("no value is printed before a >>> line says what it is", () => {
    // In a transcript, output belongs to the ">>>" line above it: so each cell opens with one.
    const cells = output.split("\n### ").slice(1);
    expect(cells.length).toBeGreaterThan(10);
    for (const c of cells) expect(c.split("\n")[1], c.split("\n")[0]).toMatch(/^>>> /);
  });

  test("and leaves no array behind", () => {
    expect(output).toContain('memory in use after the walkthrough: {"bytesInUse":0,"arrays":0}');
  });
});
