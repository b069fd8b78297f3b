// Bad input across the whole public API: every exported function and every NDArray method, called
// with each argument in turn replaced by a wrong type, a wrong shape, a disposed array, NaN where
// an integer belongs, a huge size or an options typo. Whatever happens, it must be one of
// ndwasm's error classes with a message of its own (never a WebAssembly.RuntimeError, never an
// engine message such as "Cannot read properties of undefined"), leave its inputs unchanged, leak
// no byte (nd.memory() before and after) and return promptly.
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";

type Args = () => unknown[];

const f64 = () => nd.array([[1.5, -2], [3, 0.25]]);
const i64 = () => nd.array([3, 1, 2]);

/** A working call of every function: the arguments one bad value at a time replaces. */
const FUNCTIONS: Record<string, Args> = {
  array: () => [[1, 2], "float32"],
  asarray: () => [f64(), "float64"],
  zeros: () => [[2, 3], "float32"],
  ones: () => [[2, 3], "int8"],
  empty: () => [[2, 3], "uint16"],
  full: () => [[2, 3], 7, "int32"],
  zerosLike: () => [f64(), "float32"],
  onesLike: () => [f64(), "int64"],
  emptyLike: () => [f64(), "bool"],
  fullLike: () => [f64(), 2, "float32"],
  eye: () => [3, 4, { k: 1, dtype: "float32" }],
  identity: () => [3, "int32"],
  arange: () => [0, 5, 2, "float64"],
  linspace: () => [0, 1, 5, { endpoint: false, axis: 0 }],
  meshgrid: () => [i64(), f64(), { indexing: "ij", sparse: false }],
  add: () => [f64(), 2, {}], subtract: () => [f64(), f64(), {}], multiply: () => [f64(), i64().slice(":2"), {}], divide: () => [f64(), 3, {}],
  power: () => [f64(), 2, {}], maximum: () => [f64(), 0, {}], minimum: () => [f64(), 0, {}],
  negative: () => [f64(), {}], abs: () => [f64(), {}], sqrt: () => [f64(), {}], exp: () => [f64(), {}], log: () => [f64(), {}],
  sin: () => [f64(), {}], cos: () => [f64(), {}], tan: () => [f64(), {}], tanh: () => [f64(), {}], square: () => [f64(), {}], sign: () => [f64(), {}],
  matmul: () => [f64(), f64(), {}],
  sum: () => [f64(), 0, true], mean: () => [f64(), [0, 1], false], max: () => [f64(), -1, true], min: () => [f64(), null, false],
  argmax: () => [f64(), 1, true], argmin: () => [f64(), 0, false],
  gradient: () => [nd.array([1, 4, 9, 16.5]), nd.array([0, 1, 2.5, 3]), { axis: 0, edgeOrder: 2 }],
  greater: () => [f64(), 0, {}], greaterEqual: () => [f64(), f64(), {}], less: () => [f64(), 1, {}], lessEqual: () => [i64(), 2, {}],
  equal: () => [f64(), f64(), {}], notEqual: () => [f64(), 0, {}],
  where: () => [nd.array([true, false]), f64(), 0],
  nonzero: () => [f64()],
  clip: () => [f64(), 0, 1, {}],
  softmax: () => [f64(), 1], logSoftmax: () => [f64(), -1],
  crossEntropy: () => [f64(), nd.array([1, 0]), { weight: nd.array([0.5, 2]), ignoreIndex: -100, reduction: "sum", labelSmoothing: 0.1 }],
  mse: () => [f64(), f64(), { reduction: "none" }], mae: () => [f64(), f64(), { reduction: "sum" }],
  logLoss: () => [[0, 1, 1], nd.array([[0.8, 0.2], [0.3, 0.7], [0.1, 0.9]]), { normalize: false, sampleWeight: [1, 2, 1], labels: [0, 1] }],
  relu: () => [f64()], sigmoid: () => [f64()], leakyRelu: () => [f64(), 0.2], gelu: () => [f64(), { approximate: "tanh" }], softplus: () => [f64(), { beta: 2, threshold: 10 }],
  tidy: () => [() => nd.zeros(2)],
  memory: () => [],
  "random.seed": () => [7], "random.rand": () => [2, 3], "random.randn": () => [3], "random.randint": () => [0, 5, [2, 2]],
};

/** A working call of every NDArray method on `a = f64()`. */
const METHODS: Record<string, Args> = {
  set: () => [[0, ":"], 4], add: () => [1], sub: () => [f64()], mul: () => [2], div: () => [2], pow: () => [2], matmul: () => [f64()],
  sum: () => [0, true], mean: () => [1], max: () => [0], min: () => [], argmax: () => [0], argmin: () => [],
  gt: () => [0], ge: () => [0], lt: () => [0], le: () => [0], eq: () => [0], ne: () => [0], clip: () => [0, 1],
  reshape: () => [4, 1], transpose: () => [1, 0], swapaxes: () => [0, 1], squeeze: () => [], slice: () => [":", "::-1"],
  item: () => [1, 1], astype: () => ["int32"], fill: () => [3], copy: () => [], flatten: () => [], ravel: () => [],
  toArray: () => [], toTypedArray: () => [], toString: () => [], valueOf: () => [],
};
/** Methods and functions that write into their array by design (so their input may change when they succeed). */
const MUTATING = new Set(["set", "fill", "random.shuffle"]);

const disposed = () => {
  const a = nd.zeros([2, 2]);
  a.dispose();
  return a;
};

/** Wrong values: every one replaces every argument of every call above. */
const BAD: [string, () => unknown][] = [
  ["undefined", () => undefined], ["null", () => null], ["a string", () => "abc"], ["an empty string", () => ""],
  ["an object", () => ({})], ["an options typo", () => ({ axs: 0, reductoin: "sum", edge_order: 2 })],
  ["an empty list", () => []], ["a ragged list", () => [[1], [1, 2]]], ["a list of strings", () => ["a", "b"]], ["a list holding null", () => [1, null]],
  ["NaN", () => NaN], ["Infinity", () => Infinity], ["-Infinity", () => -Infinity], ["-1", () => -1], ["-7", () => -7], ["0", () => 0], ["1.5", () => 1.5],
  ["2**31", () => 2 ** 31], ["2**53", () => 2 ** 53], ["1e308", () => 1e308], ["-0", () => -0], ["true", () => true], ["a huge bigint", () => 2n ** 70n],
  ["a symbol", () => Symbol("s")], ["a function", () => () => 0], ["a Date", () => new Date(0)], ["a Map", () => new Map([[1, 2]])],
  ["a DataView", () => new DataView(new ArrayBuffer(8))], ["a Float64Array", () => new Float64Array([1, NaN])],
  ["a disposed array", disposed], ["a 3-D array", () => nd.zeros([7, 5, 3])], ["an empty array", () => nd.zeros([0])],
  ["a 0-d array", () => nd.array(2.5)], ["a bool array", () => nd.array([true, false])], ["an int8 array", () => nd.array([-1, 5], "int8")],
  ["a strided view", () => nd.arange(12.0).reshape(3, 4).T.slice("::-1")],
  ["a huge shape", () => [1e9, 1e9]], ["a negative shape", () => [-2, 3]], ["a NaN in a shape", () => [2, NaN]], ["a shape of 70 dimensions", () => new Array(70).fill(1)],
  ["an unknown dtype", () => "float"], ["a dtype of another library", () => "float16"],
];

const ALLOWED = new Set(["TypeError", "ValueError", "IndexError", "AxisError", "OverflowError", "ZeroDivisionError", "UFuncTypeError", "DisposedError", "RuntimeError", "RangeError", "LinAlgError"]);
/** Messages the JavaScript engine writes: an error with one of them escaped a check. */
const ENGINE = /Cannot read propert|Cannot set propert|is not a function|is not iterable|is not a constructor|Cannot convert|Invalid array length|Invalid typed array length|Maximum call stack|offset is out of bounds|Cannot mix BigInt|to a BigInt|Cannot create property|Reduce of empty|is not defined|Start offset|Array buffer allocation/;

function resolve(name: string): (...args: unknown[]) => unknown {
  const path = name.split(".");
  let f: unknown = nd;
  for (const p of path) f = (f as Record<string, unknown>)[p];
  return f as (...args: unknown[]) => unknown;
}

/** Every NDArray reachable from a value (results and arguments). */
function arraysIn(x: unknown, out: nd.NDArray[] = []): nd.NDArray[] {
  if (x instanceof nd.NDArray) out.push(x);
  else if (Array.isArray(x)) for (const v of x) arraysIn(v, out);
  else if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) for (const v of Object.values(x)) arraysIn(v, out);
  return out;
}

const snapshot = (args: unknown[]): string[] => arraysIn(args).map((a) => (a.isDisposed ? "disposed" : `${a.dtype}${a.shape}:${a.toString()}`));

let tried = 0;
/** What the calls of one test did wrong (reported together, so one run shows every finding). */
let failures: string[] = [];

function check(ok: boolean, message: string): void {
  if (!ok) failures.push(message);
}

/** Calls `call` with `args` and checks everything the header promises. */
function probe(label: string, call: (args: unknown[]) => unknown, args: unknown[], mutates = false): void {
  tried++;
  const before = nd.memory();
  const inputs = snapshot(args);
  const start = performance.now();
  let result: unknown;
  let error: unknown = null;
  try {
    result = call(args);
  } catch (e) {
    error = e;
  }
  const elapsed = performance.now() - start;
  const outputs = error === null ? arraysIn(result).filter((a) => !arraysIn(args).includes(a)) : [];
  for (const a of outputs) a.dispose();
  check(elapsed < 2000, `${label} took ${elapsed.toFixed(0)} ms`);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (error !== null) {
    const e = error as Error;
    if (!(error instanceof Error) || error instanceof WebAssembly.RuntimeError || !ALLOWED.has(e.name) || ENGINE.test(e.message) || e.message.length === 0 || (e.name === "RangeError" && !e.message.startsWith("ndwasm:"))) {
      check(false, `${label} threw ${e?.name}: ${e?.message}`);
    }
  }
  if (error !== null || !mutates) check(same(snapshot(args), inputs), `${label} changed its inputs`);
  const after = nd.memory();
  check(same(after, before), `${label} leaked ${after.bytesInUse - before.bytesInUse} bytes in ${after.arrays - before.arrays} arrays`);
}

/**
 * The working call, then every argument from `first` on replaced by every bad value, then too few
 * and too many arguments (argument 0 of a method call is the array itself).
 */
function sweep(name: string, make: Args, call: (args: unknown[]) => unknown, mutates = false, first = 0): void {
  nd.tidy(() => probe(`${name}(valid)`, call, make(), mutates));
  const n = make().length;
  for (let i = first; i < Math.max(n, first + 1); i++) {
    for (const [what, bad] of BAD) {
      nd.tidy(() => {
        const args = make();
        args[i] = bad();
        probe(`${name}: argument ${i - first} ${what}`, call, args, mutates);
      });
    }
  }
  for (let k = first; k < n; k++) nd.tidy(() => probe(`${name} with ${k - first} arguments`, call, make().slice(0, k), mutates));
  nd.tidy(() => probe(`${name} with an extra argument`, call, [...make(), { junk: 1 }], mutates));
}

/** Every function of the public API (classes excluded), nd.random's included. */
const EXPORTED = [
  ...Object.entries(nd).filter(([, v]) => typeof v === "function" && !/^[A-Z]/.test(v.name)).map(([k]) => k),
  ...Object.keys(nd.random).map((k) => `random.${k}`),
];

/** For a function without a call above: the first of a few common call shapes that works. */
function guess(name: string): Args {
  const f = resolve(name);
  const candidates: Args[] = [() => [f64()], () => [f64(), f64()], () => [f64(), 2], () => [f64(), 0], () => [i64(), i64()], () => [i64()], () => [2], () => [[2, 3]], () => []];
  for (const c of candidates) {
    try {
      const ok = nd.tidy(() => {
        f(...c());
        return true;
      });
      if (ok) return c;
    } catch {
      // try the next shape of call
    }
  }
  return candidates[0]!;
}

describe("bad input across the public API", () => {
  test.each(EXPORTED)("nd.%s", (name) => {
    failures = [];
    const f = resolve(name);
    sweep(name, FUNCTIONS[name] ?? guess(name), (args) => f(...args), MUTATING.has(name));
    expect(failures).toEqual([]);
  });

  test.each(Object.keys(METHODS))("a.%s", (name) => {
    failures = [];
    const call = (args: unknown[]) => (args[0] as unknown as Record<string, (...x: unknown[]) => unknown>)[name]!(...args.slice(1));
    sweep(`a.${name}`, () => [f64(), ...METHODS[name]!()], call, MUTATING.has(name), 1);
    expect(failures).toEqual([]);
  });

  test("every method of a disposed array is a DisposedError, and leaks nothing", () => {
    for (const name of Object.keys(METHODS)) {
      nd.tidy(() => {
        const a = disposed();
        const args = METHODS[name]!();
        const before = nd.memory();
        let error: unknown = null;
        tried++;
        try {
          (a as unknown as Record<string, (...x: unknown[]) => unknown>)[name]!(...args);
        } catch (e) {
          error = e;
        }
        expect(error, `a.${name}() of a disposed array`).toBeInstanceOf(nd.DisposedError);
        expect(nd.memory(), `a.${name}() leaks nothing`).toEqual(before);
      });
    }
  });

  test("report", () => {
    console.log(`bad-input sweep: ${tried} calls`);
    expect(tried).toBeGreaterThan(5000);
  });
});
