// A worker thread of test/threads.test.ts: runs the workload of each task it is given, with its
// own ndwasm (its own WebAssembly instance and memory), and posts the digests back.
import { parentPort, workerData } from "node:worker_threads";
import * as nd from "ndwasm";
import { workload } from "./workload.mjs";

const out = {};
for (const k of workerData.tasks) out[k] = workload(nd, k, workerData.rounds);
parentPort.postMessage({ out, memory: nd.memory() });
