import { afterEach, describe, expect, test, vi } from "vitest";
import * as nd from "../src/index.js";
import { Arr, build, decode, expectClose, fixture, thrown } from "./support/nn.js";

interface Case {
  name: string;
  y_true: (number | string | boolean)[];
  y_pred: Arr;
  options: { normalize?: boolean; sampleWeight?: number[]; labels?: (number | string)[] };
  value?: number;
  error?: string;
  message?: string;
  warns: boolean;
}

const ERRORS: Record<string, Function> = { ValueError: nd.ValueError, ZeroDivisionError: nd.ZeroDivisionError };
const SUM_WARNING = "The y_pred values do not sum to one. Make sure to pass probabilities.";

afterEach(() => vi.restoreAllMocks());

// Reference: scikit-learn's log_loss ported to NumPy (make_nn_logloss.py). Logs differ from
// NumPy's by an ulp at most, and sums by their rounding order: a relative 1e-14 covers both.
describe(`logLoss matches sklearn.metrics.log_loss (NumPy ${fixture.numpy})`, () => {
  test.each(fixture.log_loss as Case[])("$name", (c) => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const pred = build(c.y_pred);
    const before = nd.memory();
    if (c.error !== undefined) {
      const e = thrown(() => nd.logLoss(c.y_true, pred, c.options));
      expect(e).toBeInstanceOf(ERRORS[c.error]!);
      expect(e.message).toBe(c.message);
    } else {
      expectClose([nd.logLoss(c.y_true, pred, c.options)], [decode(c.value!)], 1e-14);
    }
    expect(nd.memory()).toEqual(before);
    if (c.warns) expect(warn).toHaveBeenCalledWith(SUM_WARNING, "UserWarning");
    else expect(warn).not.toHaveBeenCalledWith(SUM_WARNING, "UserWarning");
    pred.dispose();
  });
});

describe("logLoss inputs", () => {
  const yPred = [[0.1, 0.9], [0.9, 0.1], [0.8, 0.2], [0.35, 0.65]];
  const expected = nd.logLoss(["spam", "ham", "ham", "spam"], yPred);

  test("labels as NDArrays and TypedArrays", () => {
    expect(nd.logLoss(nd.array([1, 0, 0, 1]), yPred)).toBe(nd.logLoss([1, 0, 0, 1], yPred));
    expect(nd.logLoss(Int32Array.from([1, 0, 0, 1]), nd.array(yPred))).toBe(nd.logLoss([1, 0, 0, 1], yPred));
    expect(nd.logLoss(["spam", "ham", "ham", "spam"], nd.array(yPred).T.T)).toBe(expected);
    expect(nd.logLoss([1, 0, 0, 1], yPred, { labels: nd.array([0, 1]) })).toBe(nd.logLoss([1, 0, 0, 1], yPred));
  });

  test("a strided y_pred is read in place", () => {
    const wide = nd.array([[0.1, 7, 0.9], [0.9, 7, 0.1], [0.8, 7, 0.2], [0.35, 7, 0.65]]);
    expect(nd.logLoss(["spam", "ham", "ham", "spam"], wide.slice(":", "::2"))).toBe(expected);
  });

  test("float labels print as NumPy prints them", () => {
    const e = thrown(() => nd.logLoss(nd.array([1.0, 1.0], "float64"), [0.5, 0.5]));
    expect(e.message).toBe("y_true contains only one label (1.0). Please provide the true labels explicitly through the labels argument.");
    const f = thrown(() => nd.logLoss([0, 1, 2], [0.5, 0.5, 0.5], { labels: nd.array([0, 1, 2], "float64") }));
    expect(f.message).toBe("The number of classes in labels is different from that in y_pred. Classes found in labels: [0. 1. 2.]");
    const u = thrown(() => nd.logLoss([0, 1, 2], [0.5, 0.5, 0.5], { labels: nd.array([0, 1, 2.5]) }));
    expect(u.message).toBe("Unknown label type: (array([0. , 1. , 2.5]),)");
    const g = thrown(() => nd.logLoss([true, true], [0.5, 0.5]));
    expect(g.message).toBe("y_true contains only one label (True). Please provide the true labels explicitly through the labels argument.");
  });

  test("mixed strings and numbers, indicator matrices and wrong types", () => {
    expect(thrown(() => nd.logLoss(["a", 1], [0.5, 0.5])).message).toBe("Mix of label input types (string and number)");
    expect(() => nd.logLoss([[0, 1], [1, 0]] as unknown as number[], [[0.5, 0.5], [0.5, 0.5]])).toThrow(nd.ValueError);
    expect(() => nd.logLoss([0, 1], [0.5, 0.5], { normalize: "yes" as unknown as boolean })).toThrow(TypeError);
    expect(() => nd.logLoss([0, 1], [0.5, 0.5], { eps: 1e-7 } as nd.LogLossOptions)).toThrow(TypeError);
    expect(() => nd.logLoss("01" as unknown as number[], [0.5, 0.5])).toThrow(TypeError);
    expect(() => nd.logLoss([0, null] as unknown as number[], [0.5, 0.5])).toThrow(TypeError);
  });

  test("check_array's other messages", () => {
    expect(thrown(() => nd.logLoss([], nd.zeros([0]))).message).toBe("Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.");
    expect(thrown(() => nd.logLoss([0], nd.array(0.5))).message).toBe("Singleton array array(0.5) cannot be considered a valid collection.");
    expect(thrown(() => nd.logLoss([0, 1], nd.array([0.5, -Infinity], "float32"))).message).toBe(
      "Input contains infinity or a value too large for dtype('float32').",
    );
  });
});
