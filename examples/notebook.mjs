// The "Math of Deep Learning" notebook, cell by cell, in ndwasm: run with `npm start`.
// Each cell prints the NumPy code it mirrors, then ndwasm's output (NumPy's own formatting).
import * as nd from "ndwasm";

const cells = [];
const cell = (title, python, run) => cells.push({ title, python, run });
const show = (x) => console.log(typeof x === "string" ? x : Array.isArray(x) ? `(${x.join(", ")}${x.length === 1 ? "," : ""})` : String(x));
const raises = (f) => {
  try {
    f();
    console.log("(no error)");
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
};

// ---- Matrix operations ----
cell("Creating tensors and adding them", "A = np.array([[1,2],[3,4]]); B = np.array([[1,3],[3,5]]); B; B.shape; A; A.shape; A+B", () => {
  const A = nd.array([[1, 2], [3, 4]]);
  const B = nd.array([[1, 3], [3, 5]]);
  show(B);
  show(B.shape);
  show(A);
  show(A.shape);
  show(A.add(B));
});

cell('We can also "broadcast"', "C = np.array([3,5]); A+C", () => {
  const A = nd.array([[1, 2], [3, 4]]);
  show(A.add(nd.array([3, 5])));
});

if (nd.matmul) {
  cell("Matrix dot product", "A = np.array([[[1,2,3,4],[3,4,1,3]],[[1,2,3,4],[3,4,1,3]]]); B = ...; A.shape; B.shape; C = A@B; C; B@A", () => {
    const A = nd.array([[[1, 2, 3, 4], [3, 4, 1, 3]], [[1, 2, 3, 4], [3, 4, 1, 3]]]);
    const B = nd.array([[3, 4, 1], [1, 3, 1], [1, 2, 1], [3, 4, 1]]);
    show(A.shape);
    show(B.shape);
    show(A.matmul(B));
    raises(() => B.matmul(A));
  });
  cell("Random tensors", "A = np.random.rand(3,4,5,5,6,3); B = np.random.rand(3,2); (A@B).shape", () => {
    const A = nd.random.rand(3, 4, 5, 5, 6, 3);
    const B = nd.random.rand(3, 2);
    show(A.matmul(B).shape);
  });
}

cell("Element-wise multiplication", "A = np.array([[1,2],[3,4]]); B = np.array([[1,3],[4,5]]); A*B; C = np.array([1,3]); A*C; D = np.array([1,3,5]); A*D", () => {
  const A = nd.array([[1, 2], [3, 4]]);
  show(A.mul(nd.array([[1, 3], [4, 5]])));
  show(A.mul(nd.array([1, 3])));
  raises(() => A.mul(nd.array([1, 3, 5])));
});

cell("Slicing", "A[:, 1]; B = np.array([[[1,2,1],[3,4,2]],[[1,2,2],[3,4,1]]]); B.shape; B[:, 1, :].shape; B[:, :, 1].shape; B[:, :, 0:2].shape", () => {
  const A = nd.array([[1, 2], [3, 4]]);
  show(A.slice(":", 1));
  const B = nd.array([[[1, 2, 1], [3, 4, 2]], [[1, 2, 2], [3, 4, 1]]]);
  show(B.shape);
  show(B.slice(":", 1, ":").shape);
  show(B.slice(":", ":", 1).shape);
  show(B.slice(":", ":", "0:2").shape);
});

for (const { title, python, run } of cells) {
  console.log(`\n### ${title}\n>>> ${python}`);
  nd.tidy(run);
}
console.log(`\nmemory in use after the walkthrough: ${JSON.stringify(nd.memory())}`);
