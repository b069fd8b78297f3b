// Fills WebAssembly memory to its 4 GiB limit: the next allocation is a RangeError, not a trap,
// and the heap keeps working once arrays are freed.
import * as nd from "ndwasm";

const held = [];
let error = null;
try {
  for (let i = 0; i < 16; i++) held.push(nd.zeros([100 * 1024 * 1024]));
} catch (e) {
  error = { name: e.name, isRangeError: e instanceof RangeError, message: e.message };
}
const atLimit = nd.memory();
const a = nd.ones([1000]);
let addAfterError = null;
try {
  const b = a.add(a); // may still fit in what is left
  addAfterError = b.item(0);
  b.dispose();
} catch (e) {
  addAfterError = e.name;
}
for (const h of held) h.dispose();
a.dispose();
const freed = nd.memory();
const again = nd.zeros([100 * 1024 * 1024]);
const sum = again.add(1).item(12345);
console.log(JSON.stringify({ error, held: held.length, atLimit, addAfterError, freed, sum }));
