// np.einsum's subscripts, checked as NumPy's C einsum (PyArray_EinsteinSum, the default
// optimize=False path) checks them, in its order and with its texts; then a contraction plan:
// repeated labels become diagonal views (strides added), labels are summed where they stop being
// needed, and operands are contracted pairwise in a greedy order (smallest result first). A pair
// that sums a label is a batched matrix product (batch · m x k by k x n) for the matmul kernel —
// `bhqd,bhkd->bhqk` is one product batched over (b, h) — and a pair that sums nothing a broadcast
// multiply. Pure functions over subscripts and shapes.

import { ValueError } from "../../core/errors.js";
import { remappedBroadcastError } from "./errors.js";

/**
 * A label: a letter, or `…i` for the i-th broadcast (ellipsis) axis counted from the left of the
 * output's broadcast axes; an operand's ellipsis axes are right-aligned against them.
 */
export type Label = string;

const isLetter = (c: string): boolean => /^[A-Za-z]$/.test(c);
const broadcastLabel = (i: number): Label => `…${i}`;
const isBroadcast = (l: Label): boolean => l.startsWith("…");

/** One operand after its repeated labels are merged into diagonals. */
export interface EinsumOperand {
  /** For each axis of the view, the operand's axes it walks at once (more than one: a diagonal). */
  axes: number[][];
  /** The view's shape (before broadcasting). */
  shape: number[];
  labels: Label[];
}

export interface SumStep {
  kind: "sum";
  input: number;
  /** Axes of the input summed away. */
  axes: number[];
  output: number;
  labels: Label[];
}

export interface ContractStep {
  kind: "contract";
  left: number;
  right: number;
  /** In both and kept: the batch of the product (or broadcast axes of a multiply). */
  batch: Label[];
  /** Only in the left / only in the right: the rows / the columns of the product. */
  freeLeft: Label[];
  freeRight: Label[];
  /** In both and no longer needed: summed by the product (empty: a broadcast multiply). */
  summed: Label[];
  /** A batched matrix product through the matmul kernel (summed is not empty), else a multiply. */
  matmul: boolean;
  /** Left transposed to batch + freeLeft + summed; right to batch + summed + freeRight. */
  permLeft: number[];
  permRight: number[];
  batchShape: number[];
  m: number;
  k: number;
  n: number;
  output: number;
  /** The result's labels: batch + freeLeft + freeRight. */
  labels: Label[];
}

export interface TransposeStep {
  kind: "transpose";
  input: number;
  perm: number[];
  output: number;
  labels: Label[];
}

export type EinsumStep = SumStep | ContractStep | TransposeStep;

export interface EinsumPlan {
  operands: EinsumOperand[];
  outputLabels: Label[];
  /** Every label's size (size-1 axes broadcast to it, as stride 0). */
  sizes: Map<Label, number>;
  shape: number[];
  /**
   * NumPy returns a view of the single operand (nothing summed): operand 0's diagonal view,
   * transposed by the last step.
   */
  view: boolean;
  /** Tensors 0 .. nop-1 are the operands' views; each step appends one; the last is the result. */
  steps: EinsumStep[];
}

interface Parsed {
  /** Per operand, per axis: a letter, "" for a broadcast axis. */
  raw: string[][];
  counts: Map<string, number>;
  ndimBroadcast: number;
  /** Output: letters and "" for broadcast axes (in order). */
  output: string[];
}

/** parse_operand_subscripts: one operand's labels, with "" for its broadcast axes. */
function parseOperand(sub: string, ndim: number, iop: number, counts: Map<string, number>): string[] {
  const labels: string[] = [];
  let ellipsis = -1;
  for (let i = 0; i < sub.length; i++) {
    const c = sub[i];
    if (isLetter(c)) {
      if (labels.length >= ndim) throw new ValueError(`einstein sum subscripts string contains too many subscripts for operand ${iop}`);
      labels.push(c);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    } else if (c === ".") {
      if (ellipsis !== -1 || i + 2 >= sub.length || sub[++i] !== "." || sub[++i] !== ".") {
        throw new ValueError(`einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand ${iop}`);
      }
      ellipsis = labels.length;
    } else if (c !== " ") {
      throw new ValueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
    }
  }
  if (ellipsis === -1) {
    if (labels.length !== ndim) throw new ValueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
    return labels;
  }
  return [...labels.slice(0, ellipsis), ...new Array<string>(ndim - labels.length).fill(""), ...labels.slice(ellipsis)];
}

/** parse_output_subscripts. */
function parseOutput(sub: string, ndimBroadcast: number, counts: Map<string, number>): string[] {
  const out: string[] = [];
  let ellipsis = false;
  for (let i = 0; i < sub.length; i++) {
    const c = sub[i];
    if (isLetter(c)) {
      if (sub.indexOf(c, i + 1) !== -1) throw new ValueError(`einstein sum subscripts string includes output subscript '${c}' multiple times`);
      if (!counts.get(c)) throw new ValueError(`einstein sum subscripts string included output subscript '${c}' which never appeared in an input`);
      out.push(c);
    } else if (c === ".") {
      if (ellipsis || i + 2 >= sub.length || sub[++i] !== "." || sub[++i] !== ".") {
        throw new ValueError("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output");
      }
      ellipsis = true;
      for (let b = 0; b < ndimBroadcast; b++) out.push("");
    } else if (c !== " ") {
      throw new ValueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
    }
  }
  if (!ellipsis && ndimBroadcast > 0) throw new ValueError("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
  return out;
}

const byCode = (a: string, b: string): number => a.charCodeAt(0) - b.charCodeAt(0);

function parse(subscripts: string, shapes: readonly (readonly number[])[]): Parsed {
  const nop = shapes.length;
  if (nop < 1) throw new ValueError("must specify the einstein sum subscripts string and at least one operand");
  const counts = new Map<string, number>();
  const raw: string[][] = [];
  let rest = subscripts;
  for (let iop = 0; iop < nop; iop++) {
    let length = rest.search(/[,-]/);
    if (length < 0) length = rest.length;
    if (iop === nop - 1 && rest[length] === ",") throw new ValueError("more operands provided to einstein sum function than specified in the subscripts string");
    if (iop < nop - 1 && rest[length] !== ",") throw new ValueError("fewer operands provided to einstein sum function than specified in the subscripts string");
    raw.push(parseOperand(rest.slice(0, length), shapes[iop].length, iop, counts));
    rest = rest.slice(iop < nop - 1 ? length + 1 : length);
  }
  const ndimBroadcast = Math.max(...raw.map((l) => l.filter((x) => x === "").length));
  let output: string[];
  if (rest.length === 0) {
    const once = [...counts.keys()].filter((c) => counts.get(c) === 1).sort(byCode);
    output = [...new Array<string>(ndimBroadcast).fill(""), ...once];
  } else {
    if (!rest.startsWith("->")) throw new ValueError("einstein sum subscript string does not contain proper '->' output specified");
    output = parseOutput(rest.slice(2), ndimBroadcast, counts);
  }
  return { raw, counts, ndimBroadcast, output };
}

/** Names the broadcast axes of one operand's raw labels (right-aligned to the output's). */
function nameBroadcast(raw: readonly string[], ndimBroadcast: number): Label[] {
  const k = raw.filter((x) => x === "").length;
  let b = ndimBroadcast - k;
  return raw.map((x) => (x === "" ? broadcastLabel(b++) : x));
}

/** get_single_op_view's checks: a view when every label of the operand is in the output. */
function singleOpView(labels: readonly Label[], shape: readonly number[], output: readonly Label[]): boolean {
  const dims = new Map<Label, number>();
  for (let d = 0; d < labels.length; d++) {
    const l = labels[d];
    if (!output.includes(l)) return false;
    const prev = dims.get(l);
    if (!isBroadcast(l) && prev !== undefined && prev !== shape[d]) {
      throw new ValueError(`dimensions in single operand for collapsing index '${l}' don't match (${prev} != ${shape[d]})`);
    }
    dims.set(l, shape[d]);
  }
  return true;
}

/** get_combined_dims_view: merges repeated labels into one diagonal axis. */
function combine(labels: readonly Label[], shape: readonly number[], iop: number): EinsumOperand {
  const out: EinsumOperand = { axes: [], shape: [], labels: [] };
  for (let d = 0; d < labels.length; d++) {
    const i = out.labels.indexOf(labels[d]);
    if (i < 0 || isBroadcast(labels[d])) {
      out.axes.push([d]);
      out.shape.push(shape[d]);
      out.labels.push(labels[d]);
    } else {
      if (out.shape[i] !== shape[d]) throw new ValueError(`dimensions in operand ${iop} for collapsing index '${labels[d]}' don't match (${out.shape[i]} != ${shape[d]})`);
      out.axes[i].push(d);
    }
  }
  return out;
}

/**
 * Checks subscripts against operand shapes as NumPy's einsum does and plans the computation.
 * Throws NumPy's ValueError texts.
 */
export function einsumPlan(subscripts: string, shapes: readonly (readonly number[])[]): EinsumPlan {
  const p = parse(subscripts, shapes);
  const nop = shapes.length;
  const labeled = p.raw.map((r) => nameBroadcast(r, p.ndimBroadcast));
  let b = 0;
  const outputLabels = p.output.map((x) => (x === "" ? broadcastLabel(b++) : x));
  const view = nop === 1 && singleOpView(labeled[0], shapes[0], outputLabels);
  const operands = labeled.map((labels, iop) => combine(labels, shapes[iop], iop));

  // The iterator's axes: the output's, then the other labels in character order.
  const iter = [...outputLabels, ...[...p.counts.keys()].filter((c) => !outputLabels.includes(c)).sort(byCode)];
  const sizes = new Map<Label, number>();
  let ok = true;
  for (const label of iter) {
    let size = 1;
    for (const op of operands) {
      const d = op.labels.indexOf(label);
      if (d < 0) continue;
      const x = op.shape[d];
      if (x === size || x === 1) continue;
      if (size !== 1) ok = false;
      size = x;
    }
    sizes.set(label, size);
  }
  if (!ok) {
    throw new ValueError(
      remappedBroadcastError(operands.map((op) => ({ shape: op.shape, remapped: iter.map((l) => { const d = op.labels.indexOf(l); return d < 0 ? null : op.shape[d]; }) }))),
    );
  }
  const shape = outputLabels.map((l) => sizes.get(l)!);
  const plan: EinsumPlan = { operands, outputLabels, sizes, shape, view, steps: [] };
  schedule(plan);
  return plan;
}

const sizeOf = (plan: EinsumPlan, labels: readonly Label[]): number => labels.reduce((s, l) => s * plan.sizes.get(l)!, 1);

/** The labels of a contraction of la with lb, in the order the product lays them out (batch, left, right). */
function orderOf(la: readonly Label[], lb: readonly Label[]): Label[] {
  const both = la.filter((l) => lb.includes(l));
  return [...both, ...la.filter((l) => !lb.includes(l)), ...lb.filter((l) => !la.includes(l))];
}

/** Pairs of labels out of the output's order (labels not in the output count as last). */
function disorder(plan: EinsumPlan, labels: readonly Label[]): number {
  const pos = labels.map((l) => {
    const i = plan.outputLabels.indexOf(l);
    return i < 0 ? plan.outputLabels.length : i;
  });
  let n = 0;
  for (let i = 0; i < pos.length; i++) for (let j = i + 1; j < pos.length; j++) if (pos[i] > pos[j]) n++;
  return n;
}

/** Appends the steps: sums, greedy pairwise contractions, the final transpose. */
function schedule(plan: EinsumPlan): void {
  const live = new Map<number, Label[]>();
  plan.operands.forEach((op, i) => live.set(i, [...op.labels]));
  let next = plan.operands.length;
  const needed = (label: Label, except: readonly number[]): boolean =>
    plan.outputLabels.includes(label) || [...live.entries()].some(([id, ls]) => !except.includes(id) && ls.includes(label));

  // Sum away what no other tensor and not the output uses.
  const reduce = (id: number): number => {
    const labels = live.get(id)!;
    const axes = labels.map((l, d) => (needed(l, [id]) ? -1 : d)).filter((d) => d >= 0);
    if (axes.length === 0) return id;
    const kept = labels.filter((_, d) => !axes.includes(d));
    const out = next++;
    plan.steps.push({ kind: "sum", input: id, axes, output: out, labels: kept });
    live.delete(id);
    live.set(out, kept);
    return out;
  };
  for (const id of [...live.keys()]) reduce(id);

  while (live.size > 1) {
    // The pair whose result is smallest, among pairs sharing a label if any do; ties keep the first.
    const ids = [...live.keys()];
    let best: [number, number] | null = null;
    let bestSize = Infinity, bestShares = false;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = live.get(ids[i])!, c = live.get(ids[j])!;
        const shares = a.some((l) => c.includes(l));
        const kept = [...new Set([...a, ...c])].filter((l) => needed(l, [ids[i], ids[j]]));
        const size = sizeOf(plan, kept);
        if ((shares && !bestShares) || (shares === bestShares && size < bestSize)) {
          best = [ids[i], ids[j]];
          bestSize = size;
          bestShares = shares;
        }
      }
    }
    // Orient the pair so that its result's axes fall in the output's order where they can:
    // then no transpose follows.
    let [left, right] = best!;
    if (disorder(plan, orderOf(live.get(right)!, live.get(left)!)) < disorder(plan, orderOf(live.get(left)!, live.get(right)!))) [left, right] = [right, left];
    const la = live.get(left)!, lb = live.get(right)!;
    const both = la.filter((l) => lb.includes(l));
    const batch = both.filter((l) => needed(l, [left, right]));
    const summed = both.filter((l) => !batch.includes(l));
    const freeLeft = la.filter((l) => !lb.includes(l));
    const freeRight = lb.filter((l) => !la.includes(l));
    const labels = [...batch, ...freeLeft, ...freeRight];
    const out = next++;
    plan.steps.push({
      kind: "contract",
      left,
      right,
      batch,
      freeLeft,
      freeRight,
      summed,
      matmul: summed.length > 0,
      permLeft: [...batch, ...freeLeft, ...summed].map((l) => la.indexOf(l)),
      permRight: [...batch, ...summed, ...freeRight].map((l) => lb.indexOf(l)),
      batchShape: batch.map((l) => plan.sizes.get(l)!),
      m: sizeOf(plan, freeLeft),
      k: sizeOf(plan, summed),
      n: sizeOf(plan, freeRight),
      output: out,
      labels,
    });
    live.delete(left);
    live.delete(right);
    live.set(out, labels);
    reduce(out);
  }

  const [last, labels] = [...live.entries()][0];
  const perm = plan.outputLabels.map((l) => labels.indexOf(l));
  if (perm.some((d, i) => d !== i) || perm.length !== labels.length) {
    plan.steps.push({ kind: "transpose", input: last, perm, output: next++, labels: [...plan.outputLabels] });
  }
}

/** The id of the tensor holding the result. */
export function einsumResult(plan: EinsumPlan): number {
  return plan.steps.length === 0 ? 0 : plan.steps[plan.steps.length - 1].output;
}
