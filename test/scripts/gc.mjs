// Run with --expose-gc: arrays that are simply dropped are freed by the FinalizationRegistry.
import * as nd from "ndwasm";

const settle = async () => {
  for (let i = 0; i < 10; i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 10));
  }
};

const start = nd.memory();
for (let i = 0; i < 5000; i++) nd.ones([10, 10]).add(i).T; // dropped results and views, past the nursery limit
const peak = nd.memory();
await settle();
const after = nd.memory();

// A live view keeps its storage: the base is dropped, the view still reads.
let view = nd.arange(1000).reshape(10, 100).T;
await settle();
const viewValue = view.item(99, 9);
view = null;
await settle();

console.log(JSON.stringify({ start, peak, after, viewValue, end: nd.memory() }));
