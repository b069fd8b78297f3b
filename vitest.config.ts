import { configDefaults, defineConfig } from "vitest/config";

// The kernels ship in two builds: plain SIMD128, and relaxed SIMD (fused multiply-add), which the
// library picks where the engine validates it. Node 20 validates relaxed SIMD only with a flag,
// so the suites whose kernels differ between the builds run a second time with it.
const RELAXED = ["test/relaxed-simd.check.ts", "test/architecture.test.ts", "test/random-streams.test.ts", "test/random-properties.test.ts", "test/matmul.test.ts", "test/vexp.test.ts", "test/softmax.test.ts", "test/crossentropy.test.ts", "test/activations.test.ts", "test/vmath.test.ts",
  // The worker pool runs the fused multiply-add kernels too.
  "test/pool.test.ts",
  "test/linalg-kernels.test.ts", "test/linalg-api.test.ts",
  "test/math.test.ts", "test/transcendental.test.ts",
  // The contiguous float64 exp and log loops against their lane functions.
  "test/vmath-run64.test.ts",
  "test/vmath-f32.test.ts"];

// Arrays above 2 GiB: a forked process of its own, whose 4 GiB heap ends with it.
const HIGH_MEMORY = ["test/high-memory.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "simd", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...HIGH_MEMORY] } },
      { extends: true, test: { name: "relaxed-simd", include: RELAXED, pool: "forks", execArgv: ["--experimental-wasm-relaxed-simd"] } },
      { extends: true, test: { name: "high-memory", include: HIGH_MEMORY, pool: "forks", isolate: true } },
    ],
  },
});
