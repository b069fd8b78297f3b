// Every options object is checked: an unknown key (a typo) is a TypeError naming the accepted
// keys, and a non-object is refused, never silently ignored.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";

const x = () => nd.array([[0.5, 1.5], [2.5, 3.5]]);
const CASES: [string, (options: never) => unknown, string][] = [
  ["add", (o) => nd.add(x(), 1, o), "out"],
  ["clip", (o) => nd.clip(x(), 0, 1, o), "out"],
  ["matmul", (o) => nd.matmul(x(), x(), o), "out"],
  ["eye", (o) => nd.eye(3, o), "k, dtype"],
  ["linspace", (o) => nd.linspace(0, 1, 5, o), "endpoint, axis, dtype"],
  ["meshgrid", (o) => nd.meshgrid([1, 2], [3, 4], o), "indexing, sparse"],
  ["gradient", (o) => nd.gradient(x(), o), "axis, edgeOrder"],
  ["mse", (o) => nd.mse(x(), x(), o), "reduction"],
  ["mae", (o) => nd.mae(x(), x(), o), "reduction"],
  ["crossEntropy", (o) => nd.crossEntropy(x(), [0, 1], o), ""],
  ["logLoss", (o) => nd.logLoss([0, 1], [0.2, 0.7], o), ""],
  ["gelu", (o) => nd.gelu(x(), o), "approximate"],
  ["softplus", (o) => nd.softplus(x(), o), "beta, threshold"],
];

describe("options objects", () => {
  test.each(CASES)("%s refuses an unknown key and names the accepted ones", (name, call, keys) => {
    expect(() => call({ typo: 1 } as never)).toThrow(TypeError);
    expect(() => call({ typo: 1 } as never)).toThrow(new RegExp(`${name}: unknown option "typo" \\(expected ${keys.replace(/[(),]/g, "\\$&")}`));
  });

  test.each(CASES.filter(([name]) => !["eye", "gradient", "meshgrid"].includes(name)))("%s refuses options that are not a plain object", (name, call) => {
    expect(() => call([1] as never)).toThrow(new RegExp(`${name}: options must be a plain object`));
  });
});
