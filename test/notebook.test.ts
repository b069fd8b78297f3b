// `npm start` runs the notebook walkthrough: every output it prints that NumPy also prints must be
// NumPy's text (fixture: test/fixtures/make_notebook.py), and the walkthrough frees everything.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { loadFixture } from "./support/fixtures.js";

const fx = loadFixture<{ outputs: Record<string, string> }>("notebook");
let output = "";

beforeAll(() => {
  output = execFileSync(process.execPath, [fileURLToPath(new URL("../examples/notebook.mjs", import.meta.url))], { encoding: "utf8" });
});

describe(`the notebook walkthrough prints what NumPy ${fx.numpy} prints`, () => {
  test.each(Object.entries(fx.outputs))("%s", (_name, text) => {
    expect(output).toContain(text);
  });

  test("and leaves no array behind", () => {
    expect(output).toContain('memory in use after the walkthrough: {"bytesInUse":0,"arrays":0}');
  });
});
