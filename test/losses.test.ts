import { afterEach, describe, expect, test, vi } from "vitest";
import * as nd from "../src/index.js";
import { Arr, build, decode, decodeAll, expectClose, fixture, thrown, values } from "./support/nn.js";

interface Case {
  name: string;
  kind: "mse" | "mae";
  a: Arr;
  b: Arr;
  dtype: "float64" | "float32";
  none: Arr;
  sum: number | string;
  mean: number | string;
}

const fn = { mse: nd.mse, mae: nd.mae };

afterEach(() => vi.restoreAllMocks());

// The element-wise losses are single IEEE operations in the dtype: they must match bit for bit.
// Sums are compensated in f64 and rounded once to the dtype: within one ulp of the exact sum.
describe(`mse / mae match F.mse_loss / F.l1_loss (NumPy ${fixture.numpy})`, () => {
  test.each(fixture.regression as Case[])("$name", (c) => {
    vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const a = build(c.a);
    const b = build(c.b);
    const none = fn[c.kind](a, b, { reduction: "none" });
    expect(none.dtype).toBe(c.dtype);
    expect(none.shape).toEqual(c.none.shape);
    expect(values(none)).toEqual(decodeAll(c.none.data));
    const eps = c.dtype === "float32" ? 2 ** -23 : 2 ** -52;
    for (const reduction of ["sum", "mean"] as const) {
      const r = fn[c.kind](a, b, { reduction });
      expect(r.shape).toEqual([]);
      expect(r.dtype).toBe(c.dtype);
      expectClose([r.item() as number], [decode(c[reduction])], eps, 0, reduction);
      r.dispose();
    }
    expect(fn[c.kind](a, b).item()).toBe(fn[c.kind](a, b, { reduction: "mean" }).item());
    for (const x of [a, b, none]) x.dispose();
  });
});

describe("mse / mae broadcasting, warnings and errors", () => {
  test("different shapes warn as PyTorch does, then broadcast", () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const r = nd.mse(nd.array([1, 2, 3]), nd.array([[1], [2]]), { reduction: "none" });
    expect(r.shape).toEqual([2, 3]);
    expect(warn).toHaveBeenCalledWith(
      "Using a target size (torch.Size([2, 1])) that is different to the input size (torch.Size([3])). " +
        "This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.",
      "UserWarning",
    );
  });

  test("shapes that do not broadcast are PyTorch's RuntimeError (after its warning)", () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    let e = thrown(() => nd.mse(nd.zeros([3]), nd.zeros([2])));
    expect(e).toBeInstanceOf(nd.RuntimeError);
    expect(e.name).toBe("RuntimeError");
    expect(e.message).toBe("The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0");
    expect(warn).toHaveBeenCalled();
    e = thrown(() => nd.mae(nd.zeros([4, 2, 3]), nd.zeros([5, 1, 3])));
    expect(e.message).toBe("The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 0");
    e = thrown(() => nd.mae(nd.zeros([2, 3]), nd.zeros([4, 2, 2])));
    expect(e.message).toBe("The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 2");
  });

  test("an unknown reduction is torch's ValueError; wrong types are TypeErrors", () => {
    const e = thrown(() => nd.mse([1, 2], [1, 3], { reduction: "elementwise" as "mean" }));
    expect(e).toBeInstanceOf(nd.ValueError);
    expect(e.message).toBe("elementwise is not a valid value for reduction");
    expect(() => nd.mse([1, 2], [1, 3], { reduction: 1 as unknown as "mean" })).toThrow(TypeError);
    expect(() => nd.mae([1, 2], [1, 3], { weight: [1, 1] } as nd.LossOptions)).toThrow(TypeError);
    expect(() => nd.mae([1, 2], "x" as unknown as nd.Operand)).toThrow(TypeError);
  });

  test("strided operands are read in place", () => {
    nd.random.seed(11);
    const a = nd.random.randn(6, 4);
    const b = nd.random.randn(4, 6);
    const got = nd.mse(a.T, b, { reduction: "none" });
    const ref = nd.square(nd.subtract(a.T, b));
    expect(values(got)).toEqual(values(ref));
    expectClose([nd.mae(a.slice("::2"), b.T.slice("::2")).item() as number], [nd.mean(nd.abs(nd.subtract(a.slice("::2"), b.T.slice("::2")))).item() as number], 4e-16);
  });

  test("nothing is left behind", () => {
    vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const a = nd.array([[1.5, 2], [3, 4]], "float32");
    const before = nd.memory();
    nd.mse(a, [1, 2]).dispose();
    nd.mae(a, a, { reduction: "none" }).dispose();
    expect(() => nd.mse(a, [1, 2, 3])).toThrow();
    expect(nd.memory()).toEqual(before);
  });
});
