// Plotting for the cells: plotly.js, loaded on first use (it is most of the page's weight, so the
// text outputs never wait for it). A cell calls plot(data, layout) with plotly.js traces whose
// values may be NDArrays; quiver() builds the arrows of a vector field as one trace, as
// plotly.figure_factory.create_quiver does in Python.
import * as nd from "ndwasm";

type Plotly = (typeof import("plotly.js-dist-min"))["default"];
export type Trace = Record<string, unknown>;
export type Layout = Record<string, unknown>;

let plotly: Promise<Plotly> | undefined;

/** Starts loading plotly.js (once) and resolves to it. */
export function loadPlotly(): Promise<Plotly> {
  plotly ??= import("plotly.js-dist-min").then((m) => m.default);
  return plotly;
}

/** NDArrays (anywhere inside a trace or layout) as the nested JS arrays plotly reads. */
export function toPlain(value: unknown): unknown {
  if (value instanceof nd.NDArray) return value.toArray();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

const FONT = { family: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif", size: 13, color: "#1f2328" };

/** The page's look, under whatever layout the cell gives. */
function themed(layout: Layout): Layout {
  const is3d = "scene" in layout;
  return {
    height: is3d ? 520 : 440,
    margin: is3d ? { l: 0, r: 0, t: 48, b: 16 } : { l: 56, r: 16, t: 48, b: 48 },
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "#fbfbfc",
    colorway: ["#1f5fbf", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"],
    legend: { orientation: "h", y: -0.18, x: 0.5, xanchor: "center" },
    ...layout,
    font: { ...FONT, ...(layout.font as object) },
    // A little farther out than plotly's default camera, so the axes' labels stay in the frame.
    ...(is3d ? { scene: { camera: { eye: { x: 1.45, y: 1.45, z: 1.2 } }, ...(layout.scene as object) } } : {}),
    title: { x: 0.02, xanchor: "left", font: { size: 15 }, ...(layout.title as object) },
  };
}

const CONFIG = { responsive: true, displaylogo: false, displayModeBar: "hover", modeBarButtonsToRemove: ["lasso2d", "select2d"] };

let queue: Promise<unknown> = Promise.resolve();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Draws (or redraws in place) a figure into `div`; resolves once it is on screen. Figures draw
 * one at a time, in the order asked, with a frame between them: the first is on screen before the
 * 3-D surface starts, and the page stays responsive.
 */
export function draw(div: HTMLElement, data: Trace[], layout: Layout): Promise<void> {
  const job = queue.then(async () => {
    const Plotly = await loadPlotly();
    if (!div.isConnected) return; // replaced by a later run before its turn
    await Plotly.react(div, toPlain(data) as Trace[], themed(toPlain(layout) as Layout), CONFIG);
    div.dataset.drawn = "true";
    if (performance.getEntriesByName("first-plot").length === 0) performance.mark("first-plot");
    await nextFrame();
  });
  queue = job.catch(() => {});
  return job;
}

/** Removes a figure's listeners and WebGL context before its div goes away. */
export function purge(div: HTMLElement): void {
  if (div.dataset.drawn) void loadPlotly().then((Plotly) => Plotly.purge(div));
}

const flat = (v: unknown): number[] => (v instanceof nd.NDArray ? (v.flatten().toArray() as number[]) : (v as unknown[]).flat(Infinity) as number[]);

export interface QuiverOptions {
  /** Arrow length per unit of (u, v). */
  scale?: number;
  /** Head length as a fraction of the arrow's. */
  arrowScale?: number;
  /** Half-angle of the head, in radians. */
  angle?: number;
  name?: string;
  color?: string;
}

/**
 * Arrows from each (x, y) along (u, v), as one line trace (segments separated by gaps):
 * plotly.figure_factory.create_quiver's construction.
 */
export function quiver(x: unknown, y: unknown, u: unknown, v: unknown, options: QuiverOptions = {}): Trace {
  const { scale = 0.1, arrowScale = 0.3, angle = Math.PI / 9, name = "quiver", color = "#1f2328" } = options;
  const [xs, ys, us, vs] = [x, y, u, v].map(flat);
  const px: (number | null)[] = [];
  const py: (number | null)[] = [];
  for (let i = 0; i < xs.length; i++) {
    const dx = us[i] * scale;
    const dy = vs[i] * scale;
    const x1 = xs[i] + dx;
    const y1 = ys[i] + dy;
    const length = Math.hypot(dx, dy) * arrowScale;
    const back = Math.atan2(dy, dx) + Math.PI;
    px.push(xs[i], x1, null, x1 + length * Math.cos(back - angle), x1, x1 + length * Math.cos(back + angle), null);
    py.push(ys[i], y1, null, y1 + length * Math.sin(back - angle), y1, y1 + length * Math.sin(back + angle), null);
  }
  return { type: "scatter", mode: "lines", x: px, y: py, name, line: { color, width: 1.2 }, hoverinfo: "skip" };
}
