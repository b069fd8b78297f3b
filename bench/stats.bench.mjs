// Statistics: np.std of a (1000, 1000) float64 array by axis and in full (NumPy's two passes,
// bit for bit), np.cumsum of 1e6, np.histogram of 1e6 into 100 bins: ndwasm vs NumPy vs pure-JS
// loops (running sums: faster to write, rounded differently).
import * as nd from "ndwasm";
import { report, timeJs, timeNumpy } from "./harness.mjs";
import { jsCumsum, jsHistogram, jsStd, jsStdAxis0, jsStdAxis1 } from "./pure-js-stats.mjs";

const N = 1000;

export default async function () {
  nd.random.seed(0);
  const a = nd.random.rand(N, N);
  const flat = a.reshape(N * N);
  const ja = a.toTypedArray();
  const time = (f) => () => f().dispose();
  const both = (f) => () => f().forEach((x) => x.dispose());

  const js = await timeJs({
    std: time(() => a.std()),
    "std js": () => jsStd(ja),
    axis0: time(() => a.std(0)),
    "axis0 js": () => jsStdAxis0(ja, N, N),
    axis1: time(() => a.std(1)),
    "axis1 js": () => jsStdAxis1(ja, N, N),
    cumsum: time(() => flat.cumsum()),
    "cumsum js": () => jsCumsum(ja),
    histogram: both(() => nd.histogram(flat, 100)),
    "histogram js": () => jsHistogram(ja, 100, 0, 1),
  });
  const np = timeNumpy(`np.random.seed(0); a = np.random.rand(${N}, ${N}); flat = a.reshape(-1)`, {
    std: "a.std()",
    axis0: "a.std(0)",
    axis1: "a.std(1)",
    cumsum: "flat.cumsum()",
    histogram: "np.histogram(flat, 100)",
  });
  const row = (name, key) => ({ name, times: { ndwasm: js[key], numpy: np[key], "pure JS": js[`${key} js`] } });
  report(`statistics, (${N}, ${N}) float64`, [
    row("std, all elements", "std"),
    row("std axis 0", "axis0"),
    row("std axis 1", "axis1"),
    row("cumsum of 1e6", "cumsum"),
    row("histogram of 1e6, 100 bins", "histogram"),
  ]);
  for (const x of [a, flat]) x.dispose();
}
