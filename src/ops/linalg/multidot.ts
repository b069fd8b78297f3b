// np.linalg.multi_dot: the cheapest order of a chain of matrix products (the dynamic programme of
// NumPy's _multi_dot_matrix_chain_order; _multi_dot_three's closed form for three), and the first
// error NumPy's evaluation in that order would meet. Pure functions over shapes.

import { ValueError } from "../../core/errors.js";
import { exactly2d } from "./shapes.js";
import { shapeString } from "./errors.js";

/** A parenthesisation: a leaf is an operand's index, a node multiplies its two halves. */
export type ChainTree = number | [ChainTree, ChainTree];

export interface MultiDotPlan {
  /** Fewer than three operands: a single np.dot of the two. */
  direct: boolean;
  tree: ChainTree;
  /** The operands' shapes as matrices (a 1-D first operand is a row, a 1-D last a column). */
  shapes: [number, number][];
  /** The result's shape: the chain's (rows, cols), with a 1-D end's axis dropped. */
  shape: number[];
  /** Scalar multiply-adds of the chosen order. */
  cost: number;
}

/**
 * The optimal split table of a chain whose matrices are p[i] x p[i+1] (Cormen's matrix-chain
 * order): s[i][j] = k splits (i..k)(k+1..j); ties keep the first k, as NumPy's strict `<`.
 */
export function chainOrder(p: readonly number[]): { split: number[][]; cost: number[][] } {
  const n = p.length - 1;
  const cost = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const split = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let l = 1; l < n; l++) {
    for (let i = 0; i < n - l; i++) {
      const j = i + l;
      cost[i][j] = Infinity;
      for (let k = i; k < j; k++) {
        const q = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
        if (q < cost[i][j]) {
          cost[i][j] = q;
          split[i][j] = k;
        }
      }
    }
  }
  return { split, cost };
}

function treeOf(split: number[][], i: number, j: number): ChainTree {
  return i === j ? i : [treeOf(split, i, split[i][j]), treeOf(split, split[i][j] + 1, j)];
}

/**
 * np.linalg.multi_dot on operands of these shapes: the order NumPy evaluates, and NumPy's error
 * for too few operands, a non-2-D operand, or the first misaligned product in evaluation order.
 */
export function multiDotPlan(shapes: readonly (readonly number[])[]): MultiDotPlan {
  const n = shapes.length;
  if (n < 2) throw new ValueError("Expecting at least two arrays.");
  const first = shapes[0].length, last = shapes[n - 1].length;
  if (n === 2) {
    // np.dot decides (its N-D rules and errors apply); shapes here are informative only.
    return { direct: true, tree: [0, 1], shapes: [], shape: [], cost: 0 };
  }
  const mats = shapes.map((s, i) => {
    if (i === 0 && s.length === 1) return [1, s[0]];
    if (i === n - 1 && s.length === 1) return [s[0], 1];
    return [...s];
  });
  for (const s of mats) exactly2d(s);
  const m2 = mats as [number, number][];
  let tree: ChainTree;
  if (n === 3) {
    const [a0, a1b0] = m2[0];
    const [b1c0, c1] = m2[2];
    const cost1 = a0 * b1c0 * (a1b0 + c1);
    const cost2 = a1b0 * c1 * (a0 + b1c0);
    tree = cost1 < cost2 ? [[0, 1], 2] : [0, [1, 2]];
  } else {
    const p = [...m2.map((s) => s[0]), m2[n - 1][1]];
    tree = treeOf(chainOrder(p).split, 0, n - 1);
  }
  // Evaluate the shapes in NumPy's order (left subtree, right subtree, then their product).
  let cost = 0;
  const evaluate = (t: ChainTree): [number, number] => {
    if (typeof t === "number") return m2[t];
    const a = evaluate(t[0]);
    const b = evaluate(t[1]);
    if (a[1] !== b[0]) throw new ValueError(`shapes ${shapeString(a)} and ${shapeString(b)} not aligned: ${a[1]} (dim 1) != ${b[0]} (dim 0)`);
    cost += a[0] * a[1] * b[1];
    return [a[0], b[1]];
  };
  const [rows, cols] = evaluate(tree);
  const shape = first === 1 && last === 1 ? [] : first === 1 ? [cols] : last === 1 ? [rows] : [rows, cols];
  return { direct: false, tree, shapes: m2, shape, cost };
}
