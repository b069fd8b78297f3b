// sklearn.metrics.log_loss, following sklearn/metrics/_classification.py step by step:
// check_array on y_pred, check_consistent_length, LabelBinarizer over `labels` or y_true,
// binary 1-D probabilities as two columns, the sum-to-one warning, clipping to
// [eps, 1 − eps] of y_pred's dtype, the class-count check, then the (weighted) average.

import { describe, isFloat } from "../core/dtype.js";
import { ValueError, ZeroDivisionError } from "../core/errors.js";
import { formatRepr } from "../format/repr.js";
import { NDArray } from "../core/ndarray.js";
import { planLoop } from "../backend/wasm/callblock.js";
import { RESULT } from "../backend/wasm/callblock.js";
import { Label, LabelInput, Labels, arrayStr, readLabels, scalarStr, typeOfTarget, uniqueSorted } from "./labels.js";
import { FLOAT, K, readOptions, readSum, resultSlots, warn } from "./common.js";
import { type Operand, asArray } from "../ops/operand.js";
import { heap } from "../backend/wasm/heap.js";

/** sklearn.metrics.log_loss's keywords. */
export interface LogLossOptions {
  /** true (default): the mean loss per sample; false: the sum. */
  normalize?: boolean;
  /** One weight per sample. */
  sampleWeight?: Operand | null;
  /** The classes, when y_true does not contain them all (or y_pred is 1-D). */
  labels?: LabelInput | null;
}

const EPS: Record<"float64" | "float32", number> = { float64: 2 ** -52, float32: 2 ** -23 };

/** check_array(y_pred, ensure_2d=False, dtype=[float64, float32, float16]) and its messages, in order. */
function checkPredictions(p: NDArray): void {
  if (p.ndim >= 3) throw new ValueError(`Found array with dim ${p.ndim}, while dim <= 2 is required.`);
  if (p.size > 0) {
    const loop = planLoop(p.shape, [p.byteStrides]);
    const status = K[`finite_check_${FLOAT[p.dtype as "float64" | "float32"]}`](p.ptr, loop.n, loop.steps[0]!, loop.outer);
    if (status === 1) throw new ValueError("Input contains NaN.");
    if (status === 2) throw new ValueError(`Input contains infinity or a value too large for dtype('${p.dtype}').`);
  }
  if (p.ndim === 0) throw new TypeError(`Singleton array ${formatRepr(p.toTypedArray(), [], p.dtype)} cannot be considered a valid collection.`);
  const shape = p.ndim === 1 ? `(${p.shape[0]},)` : `(${p.shape.join(", ")})`;
  if (p.shape[0] === 0) throw new ValueError(`Found array with 0 sample(s) (shape=${shape}) while a minimum of 1 is required.`);
  if (p.ndim === 2 && p.shape[1] === 0) throw new ValueError(`Found array with 0 feature(s) (shape=${shape}) while a minimum of 1 is required.`);
}

/** LabelBinarizer.fit: the sorted classes, with its errors. */
function fitClasses(y: Labels, inputName: string): Label[] {
  const type = typeOfTarget(y, inputName);
  if (y.values.length === 0) throw new ValueError(`y has 0 samples: ${y.repr}`);
  if (type === "continuous") throw new ValueError(`Unknown label type: (${y.repr},)`);
  return uniqueSorted(y.values);
}

/**
 * sklearn.metrics.log_loss(y_true, y_pred, normalize, sample_weight, labels), as a JS number.
 * `yTrue` holds class labels (numbers, strings or booleans; 1-D); `yPred` the predicted
 * probabilities, (n_samples, n_classes) with columns in the sorted order of the classes, or 1-D /
 * one column for the positive class of a binary problem. Probabilities are clipped to
 * [eps, 1 − eps] with eps the machine epsilon of yPred's dtype (float32 stays float32; other
 * dtypes become float64); rows that do not sum to one give scikit-learn's UserWarning. Errors are
 * scikit-learn's ValueErrors ("y_true contains only one label (1). Please provide the true labels
 * explicitly through the labels argument.", …) and ZeroDivisionError for weights summing to zero.
 * @example
 * nd.logLoss([0, 1, 1], [0.1, 0.8, 0.7])   // 0.2283…, a number
 * nd.logLoss(["cat", "dog"], [[0.9, 0.1], [0.3, 0.7]])
 */
export function logLoss(yTrue: LabelInput, yPred: Operand, options?: LogLossOptions): number {
  const opts = readOptions<LogLossOptions>(options, "logLoss", ["normalize", "sampleWeight", "labels"]);
  const normalize = opts.normalize ?? true;
  if (typeof normalize !== "boolean") throw new TypeError(`logLoss: normalize must be a boolean, got ${describe(normalize)}`);
  const temps: NDArray[] = [];
  const own = (r: { array: NDArray; owned: boolean }): NDArray => {
    if (r.owned) temps.push(r.array);
    return r.array;
  };
  try {
    let p = own(asArray(yPred, "yPred"));
    if (!isFloat(p.dtype)) temps.push((p = p._cast("float64")));
    const dtype = p.dtype as "float64" | "float32";
    checkPredictions(p);
    const y = readLabels(yTrue, "yTrue");
    let w: NDArray | null = null;
    if (opts.sampleWeight !== undefined && opts.sampleWeight !== null) {
      w = own(asArray(opts.sampleWeight, "sampleWeight"));
      if (w.ndim !== 1) throw new TypeError("Axis must be specified when shapes of a and weights differ.");
    }
    const n = p.shape[0]!;
    const lengths = w === null ? [n, y.values.length] : [n, y.values.length, w.shape[0]!];
    if (lengths.some((l) => l !== n)) throw new ValueError(`Found input variables with inconsistent numbers of samples: [${lengths.join(", ")}]`);

    const labels = opts.labels === undefined || opts.labels === null ? null : readLabels(opts.labels, "labels");
    const classes = labels === null ? fitClasses(y, "y") : fitClasses(labels, "y");
    const kind = (labels ?? y).kind;
    if (classes.length === 1) {
      if (labels === null) {
        throw new ValueError(`y_true contains only one label (${scalarStr(classes[0]!, kind)}). Please provide the true labels explicitly through the labels argument.`);
      }
      throw new ValueError(`The labels array needs to contain at least two labels for log_loss, got ${arrayStr(classes, kind)}.`);
    }
    // LabelBinarizer.transform(y_true): one-hot rows; a binary target keeps one column (then
    // log_loss adds its complement), so a label outside the classes counts as the first class.
    const type = typeOfTarget(y, "");
    if (type === "continuous") throw new ValueError("continuous target data is not supported with label binarization");
    const binaryTarget = type === "binary" && classes.length === 2;
    const index = new Map<Label, number>(classes.map((c, i) => [c, i]));
    const cls = NDArray.empty([n], "int32");
    temps.push(cls);
    const words = heap("int32");
    const base = cls.ptr / 4;
    y.values.forEach((v, i) => (words[base + i] = index.get(v) ?? (binaryTarget ? 0 : -1)));

    // y_pred: one column (1-D or (n, 1)) stands for the two columns 1 − p, p.
    const binaryPred = p.ndim === 1 || p.shape[1] === 1;
    const columns = binaryPred ? 2 : p.shape[1]!;
    const sn = p.byteStrides[0]!;
    const sc = p.ndim === 2 ? p.byteStrides[1]! : 0;
    if (w !== null && (w.dtype !== "float64" || !w.isContiguous)) temps.push((w = w._cast("float64")));
    // np.allclose(row sums, 1, rtol=sqrt(eps)), evaluated in y_pred's dtype.
    const round = dtype === "float32" ? Math.fround : (v: number) => v;
    const tol = round(1e-8 + round(Math.sqrt(EPS[dtype])));
    const valid = classes.length === columns;
    K[`log_loss_${FLOAT[dtype]}`](p.ptr, n, columns, sn, sc, binaryPred ? 1 : 0, valid ? cls.ptr : 0, w === null ? 0 : w.ptr, tol, RESULT);
    if (resultSlots(5)[4]! > 0) warn("The y_pred values do not sum to one. Make sure to pass probabilities.");
    if (!valid) {
      if (labels === null) {
        throw new ValueError(
          `y_true and y_pred contain different number of classes ${classes.length}, ${columns}. Please provide the true labels explicitly ` +
            `through the labels argument. Classes found in y_true: ${arrayStr(classes, kind)}`,
        );
      }
      throw new ValueError(`The number of classes in labels is different from that in y_pred. Classes found in labels: ${arrayStr(classes, kind)}`);
    }
    const total = readSum(0);
    if (w === null) return normalize ? total / n : total;
    if (!normalize) return total;
    const weights = readSum(2);
    if (weights === 0) throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
    return total / weights;
  } finally {
    for (const t of temps) t.dispose();
  }
}

export type { LabelInput } from "./labels.js";
