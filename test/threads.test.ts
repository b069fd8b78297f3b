// Isolation: several worker_threads using ndwasm at once (each with its own WebAssembly memory
// and random state) give exactly the results of the same tasks run one after another.
import { Worker } from "node:worker_threads";
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
// @ts-expect-error a plain ES module shared with the worker script
import { workload } from "./scripts/workload.mjs";

const ROUNDS = 6;
const TASKS = [0, 1, 2, 3, 4, 5, 6, 7];

function inWorker(tasks: number[]): Promise<{ out: Record<number, string[]>; memory: { bytesInUse: number; arrays: number } }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL("./scripts/thread-worker.mjs", import.meta.url), { workerData: { tasks, rounds: ROUNDS } });
    w.once("message", resolve);
    w.once("error", reject);
    w.once("exit", (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

describe("worker_threads", () => {
  test("four workers at once give the sequential results, and leave their memory flat", async () => {
    // Sequentially, in this thread (the sources) and in one worker (the built package).
    const before = nd.memory();
    const sequential = Object.fromEntries(TASKS.map((k) => [k, (workload as (x: typeof nd, k: number, r: number) => string[])(nd, k, ROUNDS)]));
    expect(nd.memory()).toEqual(before);
    const one = await inWorker(TASKS);
    expect(one.out).toEqual(sequential);
    // Four workers at once, two tasks each.
    const parallel = await Promise.all([0, 1, 2, 3].map((w) => inWorker(TASKS.filter((k) => k % 4 === w))));
    const merged = Object.assign({}, ...parallel.map((p) => p.out));
    expect(merged).toEqual(sequential);
    for (const p of parallel) expect(p.memory.arrays).toBe(one.memory.arrays);
  }, 120_000);
});
