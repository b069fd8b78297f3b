// The "Math of Deep Learning" notebook, cell by cell, in ndwasm: run with `npm start`.
// Each cell prints the NumPy code it mirrors, then ndwasm's output (NumPy's own formatting).
import * as nd from "ndwasm";
import { scatter } from "./ascii-plot.mjs";

const cells = [];
const cell = (title, python, run) => cells.push({ title, python, run });
const show = (x, label) => {
  if (label) console.log(`${label}:`);
  console.log(typeof x === "string" ? x : Array.isArray(x) ? `(${x.join(", ")}${x.length === 1 ? "," : ""})` : String(x));
};
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

// ---- What does a linear transformation look like? ----
const pts = (a) => a.toArray();
cell("Let's draw a line", "line = np.linspace(np.array([-1, -2]), np.array([5, 8]), 10)", () => {
  const line = nd.linspace(nd.array([-1, -2]), nd.array([5, 8]), 10);
  show(line);
});

// Scale x by 1.5 and y by 0.5, then rotate by 90°: each point p maps to M @ p, i.e. line @ M.T.
const transformLine = () => {
  const line = nd.linspace(nd.array([-1, -2]), nd.array([5, 8]), 10);
  const M = nd.matmul(nd.array([[0, -1], [1, 0]]), nd.array([[1.5, 0], [0, 0.5]]));
  return { line, transformed: line.matmul(M.T) };
};

cell("Transform and plot!", "M = np.array([[0, -1], [1, 0]]) @ np.array([[1.5, 0], [0, 0.5]]); transformed = line @ M.T; plot_transformation(line, transformed)", () => {
  const { line, transformed } = transformLine();
  show(transformed);
  console.log(scatter([
    { label: "Original Points", mark: "o", points: pts(line) },
    { label: "Transformed Points", mark: "*", points: pts(transformed) },
  ]));
});

cell("How about non-linearities?", "np.tanh(transformed); F.relu(transformed); F.sigmoid(transformed)", () => {
  const { transformed } = transformLine();
  const bent = nd.tanh(transformed);
  show(bent, "tanh");
  show(nd.relu(transformed), "relu");
  show(nd.sigmoid(transformed), "sigmoid");
  console.log(scatter([
    { label: "linear map", mark: "*", points: pts(transformed) },
    { label: "tanh(linear map), scaled by 5", mark: "#", points: pts(bent.mul(5)) },
  ], { height: 16 }));
});

// ---- Gradients and gradient descent ----
const func = (x, y) => nd.sin(x).mul(nd.sin(y));
const surface = () => {
  const x = nd.linspace(0, 5, 60);
  const y = nd.linspace(0, 5, 60);
  const [X, Y] = nd.meshgrid(x, y);
  const f = func(X, Y);
  // np.gradient(f_xy, x, y): axis 0 (rows, which follow y) with spacing x, axis 1 with y.
  const [gradientX, gradientY] = nd.gradient(f, x, y);
  return { x, y, X, Y, f, gradientX, gradientY };
};

cell("Gradients", "x = np.linspace(0, 5, 60); y = ...; X, Y = np.meshgrid(x, y); f_xy = func(X, Y); gradient_X, gradient_Y = np.gradient(f_xy, x, y)", () => {
  const { X, f, gradientX, gradientY } = surface();
  show(X.shape);
  show(f.slice("::15", "::15"));
  show(gradientX.slice("::15", "::15"));
  show(gradientY.slice("::15", "::15"));
});

cell("Let's do gradient descent", "starting_point = np.array([1.6, 1.7]); alpha = 0.1; 40 steps down the surface", () => {
  const { x, y, gradientX, gradientY } = surface();
  const nearest = (grid, v) => nd.abs(grid.sub(v)).argmin().item();
  let point = [1.6, 1.7];
  const alpha = 0.1;
  const path = [];
  for (let step = 0; step < 40; step++) {
    const i = nearest(y, point[1]); // row
    const j = nearest(x, point[0]); // column
    // Rows follow y and columns follow x, so ∂f/∂x is the axis-1 gradient.
    const grad = [gradientY.item(i, j), gradientX.item(i, j)];
    const z = Math.sin(point[0]) * Math.sin(point[1]);
    path.push([point[0], point[1], z]);
    point = [point[0] - alpha * grad[0], point[1] - alpha * grad[1]];
  }
  const points = nd.array(path);
  show(points.slice("::8"), "points[::8]  (x, y, f)");
  console.log(`f went from ${path[0][2].toFixed(4)} to ${path.at(-1)[2].toFixed(4)}`);
  console.log(heatmap(surface().f, x, y, path));
});

/** The surface as shades (dark = low), with the descent path drawn over it: a terminal go.Surface. */
function heatmap(f, x, y, path) {
  const shades = " .:-=+*%#@";
  const [rows, cols] = f.shape;
  const lo = f.min().item();
  const hi = f.max().item();
  const lines = [];
  for (let i = rows - 1; i >= 0; i -= 3) {
    let line = "";
    for (let j = 0; j < cols; j++) line += shades[Math.min(9, Math.floor(((f.item(i, j) - lo) / (hi - lo)) * 10))];
    lines.push(line);
  }
  const [x0, x1, y0, y1] = [x.item(0), x.item(-1), y.item(0), y.item(-1)];
  for (const [px, py] of path) {
    const r = Math.round(((y1 - py) / (y1 - y0)) * (lines.length - 1));
    const c = Math.round(((px - x0) / (x1 - x0)) * (cols - 1));
    lines[r] = lines[r].slice(0, c) + "o" + lines[r].slice(c + 1);
  }
  return `${lines.join("\n")}\nf(x, y) = sin(x) sin(y) on [0, 5]², y up; o = the descent path`;
}

// ---- Losses ----
cell("MSE and MAE", "y_true = np.array([3, -0.5, 2, 7]); y_pred = np.array([2.5, 0.0, 2, 8]); F.mse_loss(...); F.l1_loss(...)", () => {
  const yTrue = nd.array([3, -0.5, 2, 7]);
  const yPred = nd.array([2.5, 0.0, 2, 8]);
  show(nd.mse(yPred, yTrue));
  show(nd.mae(yPred, yTrue));
  show(nd.mse(yPred, yTrue, { reduction: "none" }));
});

cell("Softmax and cross entropy", "logits = torch.tensor([[2.0, 1.0, 0.1]]); target = torch.tensor([0]); F.softmax(logits, 1); F.cross_entropy(logits, target)", () => {
  const logits = nd.array([[2.0, 1.0, 0.1]]);
  const target = nd.array([0]);
  show(nd.softmax(logits, 1));
  console.log(`Cross-entropy loss: ${nd.crossEntropy(logits, target).item()}`);
  // "Another way": the negative log of the softmax probability of the right class.
  console.log(`Cross-entropy loss: ${-nd.logSoftmax(logits, 1).item(0, 0)}`);
});

cell("Let's play with this a bit", "log_loss([0], softmax([logit1, logit2, logit3]), labels=[0, 1, 2]) as the sliders move", () => {
  for (const logits of [[0, 0, 0], [2, 0, 0], [5, 0, 0], [0, 3, -1], [-10, 10, 0]]) {
    const probs = nd.softmax(nd.array([logits]), 1);
    const loss = nd.logLoss([0], probs, { labels: [0, 1, 2] });
    console.log(`logits ${JSON.stringify(logits).padEnd(12)} probabilities ${String(probs.toArray()[0].map((p) => p.toFixed(4)))}  log loss ${loss.toFixed(6)}`);
  }
});

for (const { title, python, run } of cells) {
  console.log(`\n### ${title}\n>>> ${python}`);
  nd.tidy(run);
}
console.log(`\nmemory in use after the walkthrough: ${JSON.stringify(nd.memory())}`);
