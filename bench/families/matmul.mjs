// Matrix products: square n×n for n = 64 … 2048 in both float types, and the seed notebook's
// batched and broadcast shapes.
import { jsBatchedMatmul, jsMatmul } from "../pure-js.mjs";
import { rand, values } from "../suite.mjs";

const TYPED = { float64: Float64Array, float32: Float32Array, int32: Int32Array };
const GFLOP = (flops) => ({ work: flops / 1e9, unit: "GFLOP/s" });
const peers = {
  "tfjs-wasm": (tf, x) => tf.matMul(x.a, x.b),
  "numpy-ts": (np, x) => np.matmul(x.a, x.b),
  "jax-js": (jax, x) => jax.numpy.matmul(x.a, x.b),
};
const product = (nd, x) => nd.matmul(x.a, x.b);

/** (…, m, k) @ (k, n): the leading axes of a fold into rows, as the pure-JS loop sees them. */
function folded(name, aShape, bShape, dtype, inputs, tags = []) {
  const k = bShape[0], n = bShape[1];
  const m = aShape.reduce((s, d) => s * d, 1) / k;
  return {
    op: "matmul",
    case: `${name} ${dtype}`,
    inputs: inputs ?? { a: rand(aShape, dtype, { seed: 11 }), b: rand(bShape, dtype, { seed: 12 }) },
    ...GFLOP(2 * m * k * n),
    ndwasm: product,
    js: (x) => jsMatmul(x.a.data, x.b.data, m, k, n, TYPED[dtype]),
    numpy: "a @ b",
    peers,
    tags,
  };
}

export default function matmul() {
  const cases = [];
  for (const dtype of ["float64", "float32"]) {
    for (const n of [64, 128, 256, 512, 1024, 2048]) {
      cases.push({
        op: "matmul",
        case: `${n}×${n} ${dtype}`,
        inputs: { a: rand([n, n], dtype, { seed: 11 }), b: rand([n, n], dtype, { seed: 12 }) },
        ...GFLOP(2 * n ** 3),
        ndwasm: product,
        // The i-k-j loop takes seconds past 512.
        js: n <= 512 ? (x) => jsMatmul(x.a.data, x.b.data, n, n, n, TYPED[dtype]) : undefined,
        numpy: "a @ b",
        blas: true,
        peers,
        tol: dtype === "float32" ? 1e-5 : 1e-12,
        tags: n <= 128 ? ["quick"] : n === 512 ? ["slow-js"] : [],
      });
    }
  }
  const A = [1, 2, 3, 4, 3, 4, 1, 3, 1, 2, 3, 4, 3, 4, 1, 3];
  const B = [3, 4, 1, 1, 3, 1, 1, 2, 1, 3, 4, 1];
  cases.push(
    folded("(2,2,4) @ (4,3)", [2, 2, 4], [4, 3], "int32", { a: values([2, 2, 4], A, "int32"), b: values([4, 3], B, "int32") }),
    folded("(2,2,4) @ (4,3)", [2, 2, 4], [4, 3], "float64", { a: values([2, 2, 4], A), b: values([4, 3], B) }),
    folded("(3,4,5,5,6,3) @ (3,2)", [3, 4, 5, 5, 6, 3], [3, 2], "float64"),
    folded("(3,4,5,5,6,3) @ (3,2)", [3, 4, 5, 5, 6, 3], [3, 2], "float32"),
    folded("(100,64,64) @ (64,64)", [100, 64, 64], [64, 64], "float64"),
  );
  for (const dtype of ["float64", "float32"]) {
    cases.push({
      op: "matmul",
      case: `(1000,16,16) @ (1000,16,16) ${dtype}`,
      inputs: { a: rand([1000, 16, 16], dtype, { seed: 11 }), b: rand([1000, 16, 16], dtype, { seed: 12 }) },
      ...GFLOP(2 * 1000 * 16 ** 3),
      ndwasm: product,
      js: (x) => jsBatchedMatmul(x.a.data, x.b.data, 1000, 16, 16, 16, TYPED[dtype]),
      numpy: "a @ b",
      peers,
    });
  }
  return cases;
}
