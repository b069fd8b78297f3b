// Every public symbol is documented (scripts/check-docs.mjs: a JSDoc comment naming its NumPy /
// PyTorch / scikit-learn counterpart and an @example), and every @example runs.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { publicDocs } from "../scripts/check-docs.mjs";

const { problems, examples } = publicDocs();

describe("the API documentation", () => {
  test("every public symbol has JSDoc, its counterpart's name and an example", () => {
    expect(problems).toEqual([]);
  });

  test("there are examples", () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  test.each(examples.map((e) => [e.name, e.code] as const))("the example of %s runs", (_, code) => {
    const run = new Function("nd", code.replace(/^```\w*\n?|```$/gm, ""));
    nd.tidy(() => {
      run(nd);
    });
  });
});
