// Runs only in the "relaxed-simd" project (vitest.config.ts), beside the suites it re-runs there:
// the engine validates relaxed SIMD, so that build must be the one loaded.
import { expect, test } from "vitest";
import * as nd from "../src/index.js";
import { relaxedSimdEnabled } from "../src/backend/wasm/module.js";

test("the relaxed-SIMD build is the one loaded", () => {
  expect(relaxedSimdEnabled).toBe(true);
  expect(nd.features).toEqual({ simd: true, relaxedSimd: true, threads: true });
});
