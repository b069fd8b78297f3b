// The heap views are re-taken only after an allocation that ends near the viewed bytes: whatever
// the sequence of allocations (small ones in free space, large ones that grow memory, blocks
// that start in the free tail and grow it), every array reads back what was written.
import { expect, test } from "vitest";
import fc from "fast-check";
import * as nd from "../src/index.js";
import { heapF64 } from "../src/backend/wasm/heap.js";
import { memory } from "../src/backend/wasm/module.js";

test("after any sequence of allocations the views cover the memory and read what was written", () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1000, max: 3_000_000 })), { minLength: 1, maxLength: 12 }), (sizes) => {
      const arrays = sizes.map((n, i) => {
        const a = nd.full([n], i + 0.5);
        // Written through the view right after the allocation, read back after the others.
        heapF64()[a.ptr / 8 + n - 1] = -i;
        return a;
      });
      expect(heapF64().buffer).toBe(memory.buffer);
      arrays.forEach((a, i) => {
        expect(a.item(0)).toBe(sizes[i] === 1 ? -i : i + 0.5);
        expect(a.item(sizes[i]! - 1)).toBe(-i);
        a.dispose();
      });
    }),
    { numRuns: 40 },
  );
});
