// The "Math of Deep Learning" notebook, cell by cell, in ndwasm: run with `npm start`.
// Each cell prints as a Python session would: every statement it runs as ">>> python", and every
// value under the Python expression it is the value of, in NumPy's own formatting, so the
// transcript reads without the code. The JavaScript beside each line computes it with ndwasm.
import * as nd from "ndwasm";
import { scatter } from "./ascii-plot.mjs";

const cells = [];
const cell = (title, run) => cells.push({ title, run });

/** Python statements, one ">>>" each, as the REPL shows them (a compound one continues with "..."). */
const code = (...statements) => {
  for (const python of statements) console.log(python.split("\n").map((line, i) => `${i === 0 ? ">>>" : "..."} ${line}`).join("\n"));
};
/** What Python prints for a value: NumPy's repr for arrays, a tuple for a shape. */
const repr = (x) => (Array.isArray(x) ? `(${x.join(", ")}${x.length === 1 ? "," : ""})` : String(x));
/** An expression and its value. */
const show = (python, value) => {
  code(python);
  console.log(repr(value));
};
/** An expression that raises: NumPy's error text. */
const raises = (python, f) => {
  code(python);
  try {
    f();
    console.log("(no error)");
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
};

// ---- Matrix operations ----
cell("Creating tensors and adding them", () => {
  code("A = np.array([[1,2],[3,4]])");
  const A = nd.array([[1, 2], [3, 4]]);
  code("B = np.array([[1,3],[3,5]])");
  const B = nd.array([[1, 3], [3, 5]]);
  show("B", B);
  show("B.shape", B.shape);
  show("A", A);
  show("A.shape", A.shape);
  show("A+B", A.add(B));
});

cell('We can also "broadcast"', () => {
  const A = nd.array([[1, 2], [3, 4]]);
  code("C = np.array([3,5])");
  const C = nd.array([3, 5]);
  show("A+C", A.add(C));
});

cell("Matrix dot product", () => {
  code("A = np.array([[[1, 2, 3, 4], [3, 4, 1 , 3]],[[1, 2, 3, 4], [3, 4, 1 , 3]]])");
  const A = nd.array([[[1, 2, 3, 4], [3, 4, 1, 3]], [[1, 2, 3, 4], [3, 4, 1, 3]]]);
  code("B = np.array([[3, 4,1], [1 , 3, 1], [1,2, 1], [3,4, 1]])");
  const B = nd.array([[3, 4, 1], [1, 3, 1], [1, 2, 1], [3, 4, 1]]);
  show("A.shape", A.shape);
  show("B.shape", B.shape);
  code("C = A@B");
  const C = A.matmul(B);
  show("C", C);
  raises("B@A", () => B.matmul(A));
});

cell("Random tensors", () => {
  code("A = np.random.rand(3,4,5, 5, 6, 3)");
  const A = nd.random.rand(3, 4, 5, 5, 6, 3);
  code("B = np.random.rand(3, 2)");
  const B = nd.random.rand(3, 2);
  show("(A@B).shape", A.matmul(B).shape);
});

cell("Element-wise multiplication", () => {
  code("A = np.array([[1,2],[3,4]])");
  const A = nd.array([[1, 2], [3, 4]]);
  code("B = np.array([[1,3],[4,5]])");
  const B = nd.array([[1, 3], [4, 5]]);
  show("A*B", A.mul(B));
  code("C = np.array([1,3])");
  show("A*C", A.mul(nd.array([1, 3])));
  code("D = np.array([1,3, 5])");
  raises("A*D", () => A.mul(nd.array([1, 3, 5])));
});

cell("Slicing", () => {
  code("A = np.array([[1,2],[3,4]])");
  const A = nd.array([[1, 2], [3, 4]]);
  show("A[:, 1]", A.slice(":", 1));
  code("B = np.array([[[1,2, 1],[3,4, 2]], [[1,2, 2],[3,4, 1]]])");
  const B = nd.array([[[1, 2, 1], [3, 4, 2]], [[1, 2, 2], [3, 4, 1]]]);
  show("B.shape", B.shape);
  show("B[:, 1, :].shape", B.slice(":", 1, ":").shape);
  show("B[:, :, 1].shape", B.slice(":", ":", 1).shape);
  show("B[:, :, 0:2].shape", B.slice(":", ":", "0:2").shape);
});

// ---- What does a linear transformation look like? ----
const pts = (a) => a.toArray();
const makeLine = () => nd.linspace(nd.array([-1, -2]), nd.array([5, 8]), 10);
// Scale x by 1.5 and y by 0.5, then rotate by 90°: each point p maps to M @ p, i.e. line @ M.T.
const makeM = () => nd.matmul(nd.array([[0, -1], [1, 0]]), nd.array([[1.5, 0], [0, 0.5]]));

cell("Let's draw a line", () => {
  code("start_point = np.array([-1, -2])", "end_point = np.array([5, 8])", "num_points = 10");
  code("line = np.linspace(start_point, end_point, num_points)");
  show("line", makeLine());
});

cell("Transform and plot!", () => {
  const line = makeLine();
  code("M = np.array([[0, -1], [1, 0]]) @ np.array([[1.5, 0], [0, 0.5]])  # scale x by 1.5, y by 0.5, then rotate by 90°");
  const M = makeM();
  show("M", M);
  code("transformed = line @ M.T");
  const transformed = line.matmul(M.T);
  show("transformed", transformed);
  code("plot_transformation(line, transformed)");
  console.log(scatter([
    { label: "Original Points", mark: "o", points: pts(line) },
    { label: "Transformed Points", mark: "*", points: pts(transformed) },
  ]));
});

cell("How about non-linearities?", () => {
  const transformed = makeLine().matmul(makeM().T);
  const bent = nd.tanh(transformed);
  show("np.tanh(transformed)", bent);
  show("F.relu(transformed)", nd.relu(transformed));
  show("F.sigmoid(transformed)", nd.sigmoid(transformed));
  code("plot_transformation(transformed, 5 * np.tanh(transformed))");
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

cell("Gradients", () => {
  code("def func(x, y):\n  return (np.sin(x) * np.sin(y))\n");
  code("x = np.linspace(0, 5, 60)", "y = np.linspace(0, 5, 60)", "X, Y = np.meshgrid(x, y)", "f_xy = func(X, Y)");
  code("gradient_X, gradient_Y = np.gradient(f_xy, x, y)");
  const { f, gradientX, gradientY } = surface();
  show("f_xy.shape", f.shape);
  show("f_xy[::15, ::15]", f.slice("::15", "::15"));
  show("gradient_X[::15, ::15]", gradientX.slice("::15", "::15"));
  show("gradient_Y[::15, ::15]", gradientY.slice("::15", "::15"));
});

cell("Let's do gradient descent", () => {
  const { x, y, f, gradientX, gradientY } = surface();
  code("starting_point = np.array([1.6, 1.7])", "alpha = 0.1", "point = starting_point", "path = []");
  code(`for _ in range(40):
    # the nearest grid point; rows follow y and columns follow x, so df/dx is gradient_Y
    i = np.argmin(np.abs(y - point[1]))
    j = np.argmin(np.abs(x - point[0]))
    grad = np.array([gradient_Y[i, j], gradient_X[i, j]])
    path.append([point[0], point[1], func(point[0], point[1])])
    point = point - alpha * grad
`);
  code("points = np.array(path)");
  const nearest = (grid, v) => nd.abs(grid.sub(v)).argmin().item();
  let point = [1.6, 1.7];
  const alpha = 0.1;
  const path = [];
  for (let step = 0; step < 40; step++) {
    const i = nearest(y, point[1]); // row
    const j = nearest(x, point[0]); // column
    const grad = [gradientY.item(i, j), gradientX.item(i, j)];
    const z = Math.sin(point[0]) * Math.sin(point[1]);
    path.push([point[0], point[1], z]);
    point = [point[0] - alpha * grad[0], point[1] - alpha * grad[1]];
  }
  const points = nd.array(path);
  show("points[::8]", points.slice("::8"));
  code('print(f"f went from {points[0, 2]:.4f} to {points[-1, 2]:.4f}")');
  console.log(`f went from ${path[0][2].toFixed(4)} to ${path.at(-1)[2].toFixed(4)}`);
  code("go.Figure(data=[go.Surface(z=f_xy, x=X, y=Y), go.Scatter3d(x=points[:,0], y=points[:,1], z=points[:,2])]).show()");
  console.log(heatmap(f, x, y, path));
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
cell("MSE and MAE", () => {
  code("y_true = torch.tensor([3, -0.5, 2, 7])", "y_pred = torch.tensor([2.5, 0.0, 2, 8])");
  const yTrue = nd.array([3, -0.5, 2, 7]);
  const yPred = nd.array([2.5, 0.0, 2, 8]);
  show("F.mse_loss(y_pred, y_true)", nd.mse(yPred, yTrue));
  show("F.l1_loss(y_pred, y_true)", nd.mae(yPred, yTrue));
  show("F.mse_loss(y_pred, y_true, reduction='none')", nd.mse(yPred, yTrue, { reduction: "none" }));
});

cell("Softmax and cross entropy", () => {
  code("logits = torch.tensor([[2.0, 1.0, 0.1]])", "target = torch.tensor([0])");
  const logits = nd.array([[2.0, 1.0, 0.1]]);
  const target = nd.array([0]);
  show("F.softmax(logits, dim=1)", nd.softmax(logits, 1));
  code('print(f"Cross-entropy loss: {F.cross_entropy(logits, target).item()}")');
  console.log(`Cross-entropy loss: ${nd.crossEntropy(logits, target).item()}`);
  // "Another way": log-softmax, then the negative log-likelihood of the right class.
  code("log_probs = F.log_softmax(logits, dim=1)");
  const logProbs = nd.logSoftmax(logits, 1);
  code('print(f"Cross-entropy loss: {-log_probs[0, target[0]].item()}")');
  console.log(`Cross-entropy loss: ${-logProbs.item(0, target.item(0))}`);
});

cell("Let's play with this a bit", () => {
  code(`def calculate_loss(logit1, logit2, logit3):
    probabilities = F.softmax(torch.tensor([[logit1, logit2, logit3]]), dim=1)
    return log_loss([0], probabilities, labels=[0, 1, 2])
`);
  const calculateLoss = (...logits) => nd.logLoss([0], nd.softmax(nd.array([logits]), 1), { labels: [0, 1, 2] });
  for (const logits of [[0, 0, 0], [2, 0, 0], [5, 0, 0], [0, 3, -1], [-10, 10, 0], [2, 1, 0.1]]) {
    code(`print(f"{calculate_loss(${logits.join(", ")}):.6f}")`);
    console.log(calculateLoss(...logits).toFixed(6));
  }
});

for (const { title, run } of cells) {
  console.log(`\n### ${title}`);
  nd.tidy(run);
}
console.log(`\nmemory in use after the walkthrough: ${JSON.stringify(nd.memory())}`);
