// The decoder that unpacks the embedded kernels (assembly/lzma/decode.ts) against xz's encoder:
// data of every kind, every prefix length, and corrupt input (an error, never a trap or a hang).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { unpackLzma } from "../src/backend/wasm/unpack.js";

const pack = (bytes: Uint8Array, options = "-6"): Uint8Array => execFileSync("xz", ["--format=lzma", options, "--stdout"], { input: bytes });
const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

/** Runs and repeats (matches of every length and distance), text, or noise. */
const data = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }),
  fc.array(fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 200 })), { maxLength: 20 })
    .map((parts) => Uint8Array.from(parts.flatMap(([p, k]) => Array.from({ length: k }, () => Array.from(p)).flat()))),
  fc.string({ maxLength: 3000 }).map((s) => new TextEncoder().encode(s.repeat(3))),
);

describe("the LZMA decoder", () => {
  test("decodes what xz encodes, and any prefix of it", () => {
    fc.assert(
      fc.property(data, fc.constantFrom("-0", "-6", "-9e", "--lzma1=preset=6,lc=0,lp=2,pb=0"), fc.double({ min: 0, max: 1, noNaN: true }), (bytes, options, cut) => {
        const packed = pack(bytes, options);
        expect(same(unpackLzma(packed, bytes.length), bytes)).toBe(true);
        const n = Math.floor(cut * bytes.length);
        expect(same(unpackLzma(packed, n), bytes.subarray(0, n))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test("decodes the kernels as the build packs them", () => {
    const core = readFileSync(new URL("../build/ndwasm.wasm", import.meta.url));
    const part = readFileSync(new URL("../build/ndwasm.relaxed-part.wasm", import.meta.url));
    const both = Buffer.concat([core, part]);
    const packed = pack(both, "-9e");
    expect(same(unpackLzma(packed, both.length), both)).toBe(true);
    expect(same(unpackLzma(packed, core.length), core)).toBe(true);
  });

  test("corrupt or truncated input is an error, not a trap", () => {
    const bytes = new TextEncoder().encode("ndwasm ".repeat(2000) + "numpy ".repeat(1000));
    const packed = pack(bytes);
    expect(() => unpackLzma(packed.subarray(0, packed.length / 2), bytes.length)).toThrow(/corrupt/);
    fc.assert(
      fc.property(fc.integer({ min: 13, max: packed.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const bad = Uint8Array.from(packed);
        bad[at]! ^= flip;
        try {
          const out = unpackLzma(bad, bytes.length);
          expect(out.length).toBe(bytes.length);
        } catch (e) {
          expect(String(e)).toMatch(/corrupt/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
