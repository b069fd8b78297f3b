// astype between every pair of dtypes against NumPy (test/fixtures/make_casts.py): casts whose
// bits agree share a kernel (castSuffixes), so every pair is checked, strided and contiguous.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { castSuffixes } from "../src/backend/wasm/kernels.js";
import { DTYPES } from "../src/core/dtype.js";
import { type EncodedArray, expectMatches, fromEncoded, loadFixture } from "./support/fixtures.js";

interface Case { from: nd.DType; to: nd.DType; source: EncodedArray; expected: EncodedArray }
const fx = loadFixture<{ cases: Case[] }>("casts");

describe(`astype against NumPy ${fx.numpy}`, () => {
  test.each(fx.cases.map((c) => [`${c.from} → ${c.to}`, c] as const))("%s", (_, c) => {
    const base = fromEncoded(c.source);
    const strided = base.slice("::2");
    expect(strided.dtype).toBe(c.from);
    expectMatches(strided.astype(c.to), c.expected);
    expectMatches(strided.copy().astype(c.to), c.expected);
  });

  test("a cast kernel exists for every pair, and the pairs share 60 kernels", () => {
    const names = new Set<string>();
    for (const a of DTYPES) for (const b of DTYPES) names.add(castSuffixes(a, b).join("_"));
    expect(names.size).toBe(60);
  });
});
