// Bundled by Vite exactly as an application would use the package: import and go.
import * as nd from "ndwasm";
import fixture from "../fixtures/random_streams.json";
import { bytesOf, makeGenerator, replayCall } from "../support/random-replay.ts";

function errorText(f) {
  try {
    f();
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
  return null;
}

const A = nd.array([[1, 2], [3, 4]]);
nd.random.seed(0);
const uniform = nd.random.rand(3);
const normal = nd.random.randn(5);
const rand = Array.from(uniform.toTypedArray());
const randn = Array.from(normal.toTypedArray());
uniform.dispose();
normal.dispose();
const before = nd.memory(); // every array made so far is still referenced, so GC cannot change this
nd.tidy(() => {
  nd.ones([1000, 1000]).add(1).T;
});
const tidyFreed = JSON.stringify(nd.memory()) === JSON.stringify(before);

/** SHA-256 (hex) of every output of every random_streams.json case, replayed in this browser. */
async function randomStreams() {
  const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
  const out = [];
  for (const c of [...fixture.cases, ...fixture.long]) {
    const gen = makeGenerator(c);
    const hashes = [];
    for (const call of c.calls) hashes.push(hex(await crypto.subtle.digest("SHA-256", bytesOf(replayCall(gen, call).data))));
    out.push(hashes);
  }
  return out;
}

const streams = await randomStreams().catch((e) => `${e.name}: ${e.message}`);

window.__ndwasm = {
  randomStreams: streams,
  add: String(A.add(nd.array([3, 5]))),
  broadcastError: errorText(() => A.mul(nd.array([1, 3, 5]))),
  rand,
  randn,
  sin: Array.from(nd.sin(nd.arange(0, 1, 0.25)).toTypedArray()),
  tidyFreed,
  features: nd.features,
  numThreads: (nd.setNumThreads(4), nd.getNumThreads()),
};
document.getElementById("out").textContent = JSON.stringify(window.__ndwasm, null, 2);
