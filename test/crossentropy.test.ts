import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { Arr, build, decodeAll, expectClose, fixture, thrown, values, view } from "./support/nn.js";
import { numbers } from "./support/numbers.js";

interface Case {
  name: string;
  input: Arr;
  view: string;
  target: Arr;
  weight: Arr | null;
  ignore_index: number;
  reduction: "mean" | "sum" | "none";
  label_smoothing: number;
  expected: Arr;
}

// Reference: the formulas of LossNLL.cpp in NumPy, float64 (make_nn.py), rounded to the dtype.
// float32 losses are computed in float32 as PyTorch does: the log-sum-exp of a row is good to a
// few float32 ulp of its magnitude, so the tolerance is absolute as well as relative.
const TOL = { float64: [4e-15, 4e-15], float32: [4e-6, 4e-6] } as const;

describe(`crossEntropy matches torch.nn.functional.cross_entropy's formulas (NumPy ${fixture.numpy})`, () => {
  test.each(fixture.cross_entropy as Case[])("$name", (c) => {
    const base = build(c.input);
    const x = view(base, c.view);
    const t = build(c.target);
    const w = c.weight ? build(c.weight) : undefined;
    const before = values(x);
    const loss = nd.crossEntropy(x, t, { weight: w, ignoreIndex: c.ignore_index, reduction: c.reduction, labelSmoothing: c.label_smoothing });
    expect(loss.shape).toEqual(c.expected.shape);
    expect(loss.dtype).toBe(c.input.dtype);
    const [rtol, atol] = TOL[c.input.dtype as "float64" | "float32"];
    expectClose(numbers(loss), decodeAll(c.expected.data), rtol, atol);
    expect(values(x)).toEqual(before);
    for (const a of [loss, x, base, t, w]) a?.dispose();
  });
});

const logits = (): nd.NDArray => nd.array([[2, 1, 0.1], [0.5, 2.5, 0.3], [1, 1, 1]]);

describe("crossEntropy errors are PyTorch's", () => {
  const cases: [string, () => unknown, Function, string][] = [
    ["class index too large", () => nd.crossEntropy(logits(), [0, 3, 1]), nd.IndexError, "Target 3 is out of bounds."],
    ["negative class index", () => nd.crossEntropy(logits(), [0, -1, 1]), nd.IndexError, "Target -1 is out of bounds."],
    ["the first bad index in order, K-dim", () => nd.crossEntropy(nd.zeros([2, 3, 2, 2]), [[[0, 1], [2, 7]], [[9, 0], [0, 0]]]), nd.IndexError, "Target 7 is out of bounds."],
    ["0-d target on a 1-D input", () => nd.crossEntropy([1, 2, 3], nd.array(3)), nd.IndexError, "Target 3 is out of bounds."],
    ["batch sizes", () => nd.crossEntropy(logits(), [0, 1]), nd.ValueError, "Expected input batch_size (3) to match target batch_size (2)."],
    ["2-D index target", () => nd.crossEntropy(logits(), [[0, 1], [1, 2], [0, 0]]), nd.RuntimeError, "0D or 1D target tensor expected, multi-target not supported"],
    ["1-D input, 1-D target", () => nd.crossEntropy([1, 2, 3, 4, 5], [1, 2, 3]), nd.RuntimeError, "size mismatch (got input: [5], target: [3])"],
    [
      "weight size",
      () => nd.crossEntropy(logits(), [0, 1, 2], { weight: [1, 2] }),
      nd.RuntimeError,
      "weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [2]",
    ],
    [
      "weight rank",
      () => nd.crossEntropy(logits(), [0, 1, 2], { weight: [[1, 2, 3]] }),
      nd.RuntimeError,
      "weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [1, 3]",
    ],
    ["4-D input, 2-D target", () => nd.crossEntropy(nd.zeros([2, 3, 4, 5]), nd.zeros([2, 4], "int64")), nd.RuntimeError, "only batches of spatial targets supported (3D tensors) but got targets of dimension: 2"],
    ["4-D sizes", () => nd.crossEntropy(nd.zeros([2, 3, 4, 5]), nd.zeros([2, 4, 6], "int64")), nd.RuntimeError, "size mismatch (got input: [2, 3, 4, 5] , target: [2, 4, 6]"],
    ["4-D weight", () => nd.crossEntropy(nd.zeros([2, 3, 4, 5]), nd.zeros([2, 4, 5], "int64"), { weight: [1, 1] }), nd.RuntimeError, "weight tensor should be defined either for all or no classes"],
    ["3-D sizes", () => nd.crossEntropy(nd.zeros([2, 3, 4]), nd.zeros([2, 5], "int64")), nd.RuntimeError, "Expected target size [2, 4], got [2, 5]"],
    ["5-D sizes", () => nd.crossEntropy(nd.zeros([2, 3, 4, 1, 2]), nd.zeros([2, 4, 2], "int64")), nd.RuntimeError, "Expected target size [2, 4, 1, 2], got [2, 4, 2]"],
    ["3-D input, 1-D target", () => nd.crossEntropy(nd.zeros([2, 3, 4]), [0, 1]), nd.RuntimeError, "Expected target size [2, 4], got [2]"],
    ["float target of another shape", () => nd.crossEntropy(logits(), [0.5, 1, 0]), nd.RuntimeError, "expected scalar type Long but found Double"],
    ["float32 target of another shape", () => nd.crossEntropy(logits(), nd.array([0, 1, 0], "float32")), nd.RuntimeError, "expected scalar type Long but found Float"],
    ["int target of the input's shape", () => nd.crossEntropy(logits(), nd.zeros([3, 3], "int64")), nd.RuntimeError, "Expected floating point type for target with class probabilities, got Long"],
    ["ignoreIndex with probabilities", () => nd.crossEntropy(logits(), nd.softmax(logits()), { ignoreIndex: 0 }), nd.RuntimeError, "ignore_index is not supported for floating point target"],
    [
      "weight with probabilities",
      () => nd.crossEntropy(logits(), nd.softmax(logits()), { weight: [1, 2] }),
      nd.RuntimeError,
      "cross_entropy: weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [2]",
    ],
    ["label smoothing above 1", () => nd.crossEntropy(logits(), [0, 1, 2], { labelSmoothing: 1.5 }), nd.RuntimeError, "label_smoothing must be between 0.0 and 1.0. Got: 1.5"],
    ["label smoothing above 1, probabilities", () => nd.crossEntropy(logits(), nd.softmax(logits()), { labelSmoothing: 2 }), nd.RuntimeError, "label_smoothing must be between 0.0 and 1.0. Got: 2"],
    ["reduction", () => nd.crossEntropy(logits(), [0, 1, 2], { reduction: "avg" as "mean" }), nd.ValueError, "avg is not a valid value for reduction"],
    ["0-d input", () => nd.crossEntropy(nd.array(1.5), [0]), nd.IndexError, "Dimension out of range (expected to be in range of [-1, 0], but got 1)"],
    ["0-d input and target (the probability path checks the dtype first)", () => nd.crossEntropy(nd.array(1.5), nd.array(0)), nd.RuntimeError, "Expected floating point type for target with class probabilities, got Long"],
    ["0-d input, 0-d probability", () => nd.crossEntropy(nd.array(1.5), nd.array(0.5)), nd.IndexError, "Dimension out of range (expected to be in range of [-1, 0], but got 1)"],
  ];
  test.each(cases)("%s", (_, fn, type, message) => {
    const e = thrown(fn);
    expect(e).toBeInstanceOf(type);
    expect(e.message).toBe(message);
  });

  test("wrong argument types are TypeErrors naming the argument", () => {
    expect(() => nd.crossEntropy(logits(), [0, 1, 2], { ignoreIndex: 1.5 })).toThrow(/ignoreIndex/);
    expect(() => nd.crossEntropy(logits(), [0, 1, 2], { labelSmoothing: "0.1" as unknown as number })).toThrow(/labelSmoothing/);
    expect(() => nd.crossEntropy(logits(), [0, 1, 2], { smoothing: 0.1 } as nd.CrossEntropyOptions)).toThrow(TypeError);
    expect(() => nd.crossEntropy(logits(), "0" as unknown as nd.Operand)).toThrow(TypeError);
    expect(() => nd.crossEntropy(logits(), [0, 1, 2], 3 as unknown as nd.CrossEntropyOptions)).toThrow(TypeError);
  });
});

describe("crossEntropy behaviour", () => {
  test("mean is the weighted mean over the targets not ignored", () => {
    const none = values(nd.crossEntropy(logits(), [0, -100, 2], { weight: [1, 2, 3], reduction: "none" }));
    expect(none[1]).toBe(0);
    const mean = nd.crossEntropy(logits(), [0, -100, 2], { weight: [1, 2, 3] }).item() as number;
    expectClose([mean], [(none[0]! + none[2]!) / (1 + 3)], 1e-15);
  });

  test("every target ignored: the mean is NaN, the sum 0", () => {
    expect(nd.crossEntropy(logits(), [-100, -100, -100]).item()).toBeNaN();
    expect(nd.crossEntropy(logits(), [-100, -100, -100], { reduction: "sum" }).item()).toBe(0);
  });

  test("negative label smoothing is ignored, as in PyTorch", () => {
    const a = nd.crossEntropy(logits(), [0, 1, 2], { labelSmoothing: -0.5 });
    expect(a.item()).toBe(nd.crossEntropy(logits(), [0, 1, 2]).item());
  });

  test("results are 0-d arrays of the input's dtype; int64 logits compute in float64", () => {
    const f32 = nd.crossEntropy(nd.array([[1, 2, 3]], "float32"), [2]);
    expect(f32.shape).toEqual([]);
    expect(f32.dtype).toBe("float32");
    const ints = nd.crossEntropy(nd.array([[1, 2, 3]]), [2]);
    expect(ints.dtype).toBe("float64");
    expectClose([ints.item() as number], [Math.log(Math.exp(-2) + Math.exp(-1) + 1)], 1e-15);
  });

  test("a float64 weight is cast to float32 logits' dtype", () => {
    const a = nd.crossEntropy(nd.array([[1, 2, 3]], "float32"), [0], { weight: nd.array([2, 1, 1]) });
    expect(a.dtype).toBe("float32");
  });

  test("K-dimensional input: the vectorised column path gives the bits of the per-position path", () => {
    nd.random.seed(21);
    for (const dtype of ["float64", "float32"] as const) {
      const wide = nd.random.randn(3, 5, 4, 14).astype(dtype);
      const strided = wide.slice("...", "::2"); // positions not contiguous: one position at a time
      const contiguous = strided.copy(); // positions contiguous: lanes of neighbouring positions
      const t = nd.random.randint(0, 5, [3, 4, 7]);
      t.set([0, 1, 2], -100);
      for (const options of [{}, { weight: [0.5, 1, 2, 1, 3], labelSmoothing: 0.15 }]) {
        const a = nd.crossEntropy(strided, t, { ...options, reduction: "none" });
        const b = nd.crossEntropy(contiguous, t, { ...options, reduction: "none" });
        expect(numbers(a)).toEqual(numbers(b));
        expect(nd.crossEntropy(strided, t, options).item()).toBe(nd.crossEntropy(contiguous, t, options).item());
      }
    }
  });

  test("nothing is left behind, also when a check fails", () => {
    const x = logits();
    const before = nd.memory();
    nd.crossEntropy(x, [0, 1, 2], { weight: [1, 2, 3], labelSmoothing: 0.2 }).dispose();
    const p = nd.softmax(x);
    nd.crossEntropy(x, p, { reduction: "none" }).dispose();
    p.dispose();
    expect(() => nd.crossEntropy(x, [0, 1, 5])).toThrow();
    expect(() => nd.crossEntropy(x, [0, 1])).toThrow();
    expect(nd.memory()).toEqual(before);
  });
});
