// Element-wise ufuncs against NumPy: broadcasting, strided views, dtype promotion, scalars,
// special values and error texts (fixture: test/fixtures/make_foundation.py).
import { describe, expect, test } from "vitest";
import * as nd from "../src/index.js";
import { EncodedArray, OperandSpec, Outcome, expectError, expectMatches, loadFixture, operand } from "./support/fixtures.js";

type Case = Outcome & { op: string; args: OperandSpec[] };
const fx = loadFixture<{ binary: Case[]; unary: Case[]; errors: (Outcome & { label: string; args: { a?: number[]; b?: number[] } })[] }>("foundation");

const BINARY: Record<string, (a: nd.Operand, b: nd.Operand) => nd.NDArray> = {
  add: nd.add,
  subtract: nd.subtract,
  multiply: nd.multiply,
  divide: nd.divide,
  power: nd.power,
  maximum: nd.maximum,
  minimum: nd.minimum,
};
const UNARY: Record<string, (a: nd.Operand) => nd.NDArray> = {
  negative: nd.negative,
  abs: nd.abs,
  sqrt: nd.sqrt,
  exp: nd.exp,
  log: nd.log,
  sin: nd.sin,
  cos: nd.cos,
  tan: nd.tan,
  tanh: nd.tanh,
  square: nd.square,
  sign: nd.sign,
};
// Correctly rounded in IEEE arithmetic, so bit-identical to NumPy. The transcendental ones are
// within 1 ulp of the exact value in ndwasm (test/vmath.test.ts) and NumPy's own SIMD versions
// are not correctly rounded either, so the two may differ by an ulp or two.
const EXACT = new Set(["add", "subtract", "multiply", "divide", "maximum", "minimum", "negative", "abs", "sqrt", "square", "sign"]);

function tolerance(op: string, expected: EncodedArray, inputs: OperandSpec[]) {
  if (expected.dtype === "float16") return { relTol: 2e-3 }; // NumPy computed in float16, ndwasm in float32
  // int32 ** int32 wraps identically; bool ** bool is int8 in NumPy and exact here.
  if (EXACT.has(op) || expected.dtype === "int32" || expected.dtype === "int8" || expected.dtype === "bool") return {};
  const f32 = expected.dtype === "float32" || inputs.some((i) => i.base?.dtype === "float32");
  return { maxUlps: f32 ? 4 : 2 };
}

function check(c: Case, run: () => nd.NDArray) {
  if (c.error) return expectError(run, c.error);
  const before = nd.memory();
  const out = run();
  expectMatches(out, c.result!, tolerance(c.op, c.result!, c.args));
  out.dispose();
  expect(nd.memory().arrays).toBe(before.arrays);
}

describe(`binary ufuncs match NumPy ${fx.numpy}`, () => {
  test.each(fx.binary.map((c, i) => [i, c.op, c.args.map(describeArg).join(" , "), c] as const))("#%i %s(%s)", (_i, op, _d, c) => {
    const [a, b] = c.args.map(operand);
    check(c, () => BINARY[op](a, b));
  });
});

describe(`unary ufuncs match NumPy ${fx.numpy}`, () => {
  test.each(fx.unary.map((c, i) => [i, c.op, c.args.map(describeArg).join(" , "), c] as const))("#%i %s(%s)", (_i, op, _d, c) => {
    const a = operand(c.args[0]);
    check(c, () => UNARY[op](a));
  });
});

describe("ufunc errors carry NumPy's text", () => {
  test.each(fx.errors.filter((c) => c.label === "broadcast"))("broadcast $args.a with $args.b", (c) => {
    const a = nd.zeros(c.args.a!);
    const b = nd.zeros(c.args.b!);
    const before = nd.memory();
    for (const f of [nd.add, nd.subtract, nd.multiply, nd.divide, nd.power, nd.maximum, nd.minimum]) expectError(() => f(a, b), c.error!);
    expectError(() => a.add(b), c.error!);
    expect(nd.memory()).toEqual(before);
  });

  const byLabel = (label: string) => fx.errors.find((c) => c.label === label)!.error!;
  test("bool subtract", () => expectError(() => nd.subtract(nd.array([true]), nd.array([false])), byLabel("bool subtract")));
  test("bool negative", () => expectError(() => nd.negative(nd.array([true])), byLabel("bool negative")));
  test("negative integer power", () => {
    expectError(() => nd.power(nd.array([2, 3]), nd.array([1, -1])), byLabel("negative int power"));
    expectError(() => nd.power(nd.array([2, 3]), -1), byLabel("negative int power"));
  });
  test("integer scalar out of the array's range", () => {
    expectError(() => nd.add(nd.array([1, 2], "int32"), 3000000000), byLabel("int scalar overflow"));
    expectError(() => nd.add(nd.array([1, 2], "uint8"), 300), byLabel("uint8 scalar overflow"));
    expectError(() => nd.subtract(nd.array([1, 2], "uint8"), -1), byLabel("uint8 negative scalar"));
  });
  test("a string operand is a TypeError naming the argument", () => {
    expect(() => nd.add("a" as never, 1)).toThrow(TypeError);
    expect(() => nd.add("a" as never, 1)).toThrow(/x1/);
    expect(() => nd.multiply(nd.array([1]), { x: 1 } as never)).toThrow(/x2/);
  });
  test("a bad second operand frees the converted first one", () => {
    const before = nd.memory();
    expect(() => nd.add([1, 2], [[1], 2] as never)).toThrow(nd.ValueError);
    expect(() => nd.multiply([[1.5, 2]], "x" as never)).toThrow(TypeError);
    expect(nd.memory()).toEqual(before);
  });
  test("operands are left unchanged and nothing leaks when an op throws", () => {
    const a = nd.array([[1, 2], [3, 4]]);
    const d = nd.array([1, 3, 5]);
    const e = nd.array([1, -2]);
    const before = nd.memory();
    expect(() => a.mul(d)).toThrow(nd.ValueError);
    expect(() => nd.power(a, e)).toThrow(nd.ValueError);
    expect(() => nd.power(a.astype("float32"), e.astype("bool")).dispose()).not.toThrow();
    expect(nd.memory().arrays).toBe(before.arrays + 2);
    expect(a.toArray()).toEqual([[1, 2], [3, 4]]);
  });
});

describe("the seed notebook's element-wise cells", () => {
  test("A + B, A + C (broadcast), A * B, A * C", () => {
    const A = nd.array([[1, 2], [3, 4]]);
    expect(A.add(nd.array([[1, 3], [3, 5]])).toString()).toBe("array([[2, 5],\n       [6, 9]])");
    expect(A.add(nd.array([3, 5])).toString()).toBe("array([[4, 7],\n       [6, 9]])");
    expect(A.mul(nd.array([[1, 3], [4, 5]])).toString()).toBe("array([[ 1,  6],\n       [12, 20]])");
    expect(A.mul(nd.array([1, 3])).toString()).toBe("array([[ 1,  6],\n       [ 3, 12]])");
  });
  test("A * D raises NumPy's broadcast error, trailing space included", () => {
    const A = nd.array([[1, 2], [3, 4]]);
    expect(() => A.mul(nd.array([1, 3, 5]))).toThrow(new nd.ValueError("operands could not be broadcast together with shapes (2,2) (3,) "));
  });
});

describe("broadcasting never materialises a copy", () => {
  test("a (1000, 1000) + (1000,) add allocates only its output", () => {
    const a = nd.zeros([1000, 1000]);
    const b = nd.ones([1000]);
    const before = nd.memory().bytesInUse;
    let peak = before;
    const spy = nd.tidy(() => {
      const out = a.add(b);
      peak = nd.memory().bytesInUse;
      return out;
    });
    expect(peak - before).toBe(8 * 1000 * 1000);
    expect(spy.item(999, 999)).toBe(1);
  });
});

function describeArg(a: OperandSpec): string {
  if (a.scalar !== undefined) return String(a.scalar);
  const view = (a.view ?? []).map((v) => v.join(" ")).join(",");
  return `${a.base!.dtype}${JSON.stringify(a.base!.shape)}${view ? ` ${view}` : ""}`;
}
