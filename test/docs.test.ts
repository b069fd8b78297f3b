// Every public symbol is documented (scripts/check-docs.mjs: a JSDoc comment naming its NumPy /
// PyTorch / scikit-learn counterpart and an @example), and every @example runs. An example line
// `<expression>  // <NumPy's output>` is checked: an `array(…)` comment against the result's repr
// (whitespace aside, so a 2-D result may be written on one line), a number, boolean, string or
// list against the value. Other comments are prose and go unchecked.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { publicDocs } from "../scripts/check-docs.mjs";

const { problems, examples } = publicDocs();

/** The comment as an expected value, or undefined when it is prose or an abbreviation. */
export function expected(comment: string): { repr: string } | { value: unknown } | undefined {
  const c = comment.trim();
  if (/^array\(/.test(c)) {
    // Only the whole comment, parentheses balanced to its last character.
    let depth = 0;
    for (let i = 0; i < c.length; i++) {
      if (c[i] === "(") depth++;
      else if (c[i] === ")" && --depth === 0) return i === c.length - 1 ? { repr: c } : undefined;
    }
    return undefined;
  }
  if (c === "nan") return { value: NaN };
  if (c === "inf" || c === "-inf") return { value: c === "inf" ? Infinity : -Infinity };
  try {
    const v: unknown = JSON.parse(c);
    return typeof v === "object" && !Array.isArray(v) ? undefined : { value: v };
  } catch {
    return undefined;
  }
}

const squash = (s: string) => s.replace(/\s+/g, "");
const STATEMENT = /^(const|let|var|for|if|while|using|return|throw|\}|\/\/)\b|^[\w.[\]]+\s*(=(?!=)|\+=|-=|\*=)|^\w+\.(dispose|set|fill)\(/;

/** The example as a function body whose checkable lines call __check(value, expected, line). */
export function instrument(code: string): { body: string; checked: number } {
  let checked = 0;
  const lines = code.replace(/^```\w*\n?|```$/gm, "").split("\n").map((line) => {
    const m = /^(.*?);?\s*\/\/(.*)$/.exec(line);
    if (!m || m[1].trim() === "" || STATEMENT.test(m[1].trim())) return line;
    const want = expected(m[2]);
    if (want === undefined) return line;
    checked++;
    return `__check((${m[1].trim()}), ${JSON.stringify(want)}, ${JSON.stringify(line.trim())});`;
  });
  return { body: lines.join("\n"), checked };
}

function check(got: unknown, want: { repr: string } | { value: unknown }, line: string): void {
  if ("repr" in want) {
    expect(got, line).toBeInstanceOf(nd.NDArray);
    expect(squash(String(got)), line).toBe(squash(want.repr));
    return;
  }
  const value = got instanceof nd.NDArray ? got.toArray() : got;
  if (typeof want.value === "number" && typeof value === "number") {
    // NumPy prints the shortest digits that round-trip: compare the doubles exactly.
    expect(Object.is(value, want.value) || value === want.value, `${line}: got ${value}`).toBe(true);
  } else {
    expect(value, line).toEqual(want.value);
  }
}

describe("the API documentation", () => {
  test("every public symbol has JSDoc, its counterpart's name and an example", () => {
    expect(problems).toEqual([]);
  });

  test("there are examples, and many of them state NumPy's output", () => {
    expect(examples.length).toBeGreaterThan(100);
    const checked = examples.reduce((n, e) => n + instrument(e.code).checked, 0);
    expect(checked).toBeGreaterThan(150);
  });

  test("a wrong output fails", () => {
    const { body } = instrument("nd.add([1, 2], 1)  // array([2, 4])");
    expect(() => nd.tidy(() => new Function("nd", "__check", body)(nd, check))).toThrow();
    expect(instrument("nd.add([1, 2], 1)  // array([2, 3]), int64").checked).toBe(0);
  });

  test.each(examples.map((e) => [e.name, e.code] as const))("the example of %s runs and shows NumPy's output", (_, code) => {
    const run = new Function("nd", "__check", instrument(code).body);
    nd.tidy(() => {
      run(nd, check);
    });
  });
});
