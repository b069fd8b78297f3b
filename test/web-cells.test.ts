// The web page's notebook machinery, in Node: how a cell's JavaScript is compiled (which names it
// shares with the cells below, which value it shows), Python's repr of what it shows (fixture:
// test/fixtures/make_python_repr.py), the Markdown notebook and the syntax colouring.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compileCell } from "../web/src/compile.js";
import { highlight } from "../web/src/highlight.js";
import { parseNotebook } from "../web/src/markdown.js";
import { floatRepr, pythonRepr, strRepr } from "../web/src/python-repr.js";
import { loadFixture } from "./support/fixtures.js";

type Scope = Record<string, unknown>;
type Result = { value: unknown; shows: boolean; vars: Scope };

/** Runs cells in order as the page does (its modules loaded from data: URLs here). */
async function runCells(...codes: string[]): Promise<{ results: Result[]; scope: Scope }> {
  const builtins: Scope = { print: () => {} };
  let scope: Scope = {};
  const results: Result[] = [];
  for (const code of codes) {
    const { source } = compileCell(code, [...Object.keys(builtins), ...Object.keys(scope)]);
    const run = (await import(`data:text/javascript,${encodeURIComponent(source)}`)).default as (s: Scope) => Promise<Result>;
    const result = await run({ ...builtins, ...scope });
    scope = { ...scope, ...result.vars };
    results.push(result);
  }
  return { results, scope };
}

describe("a cell's names and value, as in Jupyter", () => {
  test("a name assigned at the top of a cell is visible below it", async () => {
    const { results } = await runCells("A = 1", "A + 1");
    expect(results.map((r) => [r.value, r.shows])).toEqual([[undefined, false], [2, true]]);
  });

  test("declarations at the top are shared; those inside blocks and functions are not", async () => {
    const { scope } = await runCells(`
const [X, Y] = [1, 2]
let { a, b: [c] } = { a: 3, b: [4] }
function f(p) { const q = p; return q }
class K {}
for (let i = 0; i < 2; i++) { const j = i; var k = j }
`);
    expect(Object.keys(scope).sort()).toEqual(["K", "X", "Y", "a", "c", "f", "k"]);
  });

  test("a function assigning a notebook variable updates it; a local of the same name does not leak", async () => {
    const { results, scope } = await runCells("count = 0", "function inc() { count += 1 }\ninc(); inc()\ncount", "function g() { let t; t = 5; return t }\ng()");
    expect(results[1].value).toBe(2);
    expect(scope.count).toBe(2);
    expect(scope).not.toHaveProperty("t");
  });

  test("the last expression shows, unless it is an assignment or ends with a semicolon", async () => {
    const { results } = await runCells("x = 3", "x * 2", "x * 2;", "y = x", "[x, x] // a comment after it", "if (x) { x }");
    expect(results.map((r) => r.shows)).toEqual([false, true, false, false, true, false]);
    expect(results[4].value).toEqual([3, 3]);
  });

  test("a cell may redeclare a name a cell above declared, and shadow a built-in", async () => {
    const { scope } = await runCells("const A = 1", "const A = 2\nprint = 'mine'");
    expect(scope).toMatchObject({ A: 2, print: "mine" });
  });

  test("errors are JavaScript's own: an unknown name, a syntax error with its place, import", async () => {
    await expect(runCells("nope + 1")).rejects.toThrow(new ReferenceError("nope is not defined"));
    expect(() => compileCell("B = nd.array([[1, 2]", [])).toThrow(new SyntaxError("Unexpected token (1:20)"));
    expect(() => compileCell('x = 1\nimport * as np from "numpy"', [])).toThrow(/^import is not available in a cell: nd is already imported \(2:0\)$/);
    expect(() => compileCell("export const z = 1", [])).toThrow(SyntaxError);
  });

  test("await works at the top of a cell", async () => {
    const { results } = await runCells("v = await Promise.resolve(7)\nv");
    expect(results[0].value).toBe(7);
  });
});

const py = loadFixture<{ python: string; floats: [string, number | string][]; strings: [string, string][]; tuple: string; single: string; dict: string }>("python_repr");

describe(`values as Python ${py.python} prints them`, () => {
  test.each(py.floats)("float %s", (text, value) => {
    const x = typeof value === "string" ? Number(value.replace("inf", "Infinity")) : value;
    expect(floatRepr(x)).toBe(text);
  });
  test.each(py.strings)("str %j", (s, text) => expect(strRepr(s)).toBe(text));
  test("tuples (shapes), dicts, True, None", () => {
    expect(pythonRepr([2, 2, 4])).toBe(py.tuple);
    expect(pythonRepr([3])).toBe(py.single);
    expect(pythonRepr({ simd: true, relaxedSimd: false, name: null })).toBe(py.dict);
  });
});

describe("the notebook document and its code colouring", () => {
  test("prose and cells, in order, with their attributes", () => {
    const blocks = parseNotebook('# Title\n\nSome *text*\nand `code`.\n\n```js numpy="A+B" plot=\'plot-x\'\nA.add(B)\n```\n');
    expect(blocks).toEqual([
      { type: "markdown", html: "<h1>Title</h1>" },
      { type: "markdown", html: "<p>Some <em>text</em> and <code>code</code>.</p>" },
      { type: "cell", code: "A.add(B)", attrs: { numpy: "A+B", plot: "plot-x" } },
    ]);
  });

  test("the coloured copy of any code has exactly its text, so it lines up with the editor", () => {
    const unescape = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."nd.array([1, 2]) const x = 'a\"b` // /* */ 0x1f 1e-3 \n\t<&>") }), (code) => {
        expect(unescape(highlight(code))).toBe(code + (code.endsWith("\n") ? " " : ""));
      }),
    );
  });
});
