// linspace, meshgrid and arange against NumPy (test/fixtures/grid.json, from make_grid.py):
// values must be bit-identical.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { linspace, meshgrid } from "../src/ops/grid.js";
import { type Encoded, type EncodedArray, type ViewStep, applyView, decode, expectError, expectMatches, fromEncoded, loadFixture } from "./support/fixtures.js";

type Item = { scalar: Encoded } | { list: number[] } | { array: EncodedArray };
interface Outcome {
  result?: EncodedArray;
  error?: { type: string; message: string };
}
interface LinspaceCase extends Outcome {
  name: string;
  start: Item;
  stop: Item;
  num: number;
  endpoint: boolean | null;
  axis: number | null;
  dtype: nd.DType | null;
}
interface MeshgridCase {
  name: string;
  inputs: Item[];
  views: ViewStep[][] | null;
  indexing: "xy" | "ij" | null;
  sparse: boolean | null;
  results?: EncodedArray[];
  error?: { type: string; message: string };
}
interface ArangeCase extends Outcome {
  name: string;
  args: (Encoded | boolean)[];
  dtype: nd.DType | null;
}

const fixture = loadFixture<{ linspace: LinspaceCase[]; meshgrid: MeshgridCase[]; arange: ArangeCase[] }>("grid");

const item = (s: Item): nd.Operand => ("scalar" in s ? decode(s.scalar) : "list" in s ? s.list : fromEncoded(s.array));

/** Runs `f` inside a tidy scope and checks that nothing it did not return is left allocated. */
function leakFree(f: () => void): void {
  const before = nd.memory();
  nd.tidy(f);
  expect(nd.memory()).toEqual(before);
}

describe(`linspace matches NumPy ${fixture.numpy}`, () => {
  test.each(fixture.linspace)("$name", (c) => {
    leakFree(() => {
      const options: nd.LinspaceOptions = {};
      if (c.endpoint !== null) options.endpoint = c.endpoint;
      if (c.axis !== null) options.axis = c.axis;
      if (c.dtype !== null) options.dtype = c.dtype;
      const start = item(c.start);
      const stop = item(c.stop);
      const before = nd.memory();
      if (c.error) {
        expectError(() => linspace(start, stop, c.num, options), c.error);
        expect(nd.memory()).toEqual(before);
      } else {
        expectMatches(linspace(start, stop, c.num, options), c.result!);
      }
    });
  });
});

describe(`meshgrid matches NumPy ${fixture.numpy}`, () => {
  test.each(fixture.meshgrid)("$name", (c) => {
    leakFree(() => {
      const xs = c.inputs.map((x, i) => {
        const v = item(x);
        return c.views && v instanceof nd.NDArray ? applyView(v, c.views[i]) : v;
      });
      const options: nd.MeshgridOptions = {};
      if (c.indexing !== null) options.indexing = c.indexing;
      if (c.sparse !== null) options.sparse = c.sparse;
      if (c.error) {
        expectError(() => meshgrid(...xs, options), c.error);
      } else {
        const out = meshgrid(...xs, options);
        expect(out.length).toBe(c.results!.length);
        out.forEach((o, i) => expectMatches(o, c.results![i]));
      }
    });
  });
});

describe(`arange matches NumPy ${fixture.numpy}`, () => {
  test.each(fixture.arange)("$name", (c) => {
    leakFree(() => {
      const [a, b, s] = c.args.map((v) => (typeof v === "boolean" ? v : decode(v)));
      const run = () => (c.args.length === 1 ? nd.arange(a!, undefined, 1, c.dtype ?? undefined) : nd.arange(a!, b, s, c.dtype ?? undefined));
      if (c.error) return expectError(run, c.error);
      expectMatches(run(), c.result!);
    });
  });
});

describe("grid argument checks", () => {
  test("linspace: num must be an integer, options typed", () => {
    expect(() => linspace(0, 1, 2.5)).toThrow(TypeError);
    expect(() => linspace(0, 1, 3, { endpoint: 1 as unknown as boolean })).toThrow(/endpoint must be a boolean/);
    expect(() => linspace("a" as unknown as number, 1)).toThrow(/start must be/);
  });

  test("meshgrid outputs are independent copies", () => {
    leakFree(() => {
      const x = nd.array([1, 2, 3]);
      const [X] = meshgrid(x, [4, 5]);
      X.set([0, 0], 100);
      expect(x.toArray()).toEqual([1, 2, 3]);
    });
  });
});
