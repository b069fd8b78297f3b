// A cell's outputs, as Jupyter shows them: printed text, the cell's value (`Out[n]:`), an error
// (NumPy's one-line text, no stack), figures and widgets. Figures keep their element across
// re-runs, so a re-run redraws a plot in place instead of flashing it.
import { draw, purge, toPlain, type Layout, type Trace } from "./plots.js";

export type Output =
  | { kind: "stream"; text: string }
  | { kind: "result"; text: string; count: number }
  | { kind: "error"; text: string }
  | { kind: "plot"; data: Trace[]; layout: Layout }
  | { kind: "element"; element: HTMLElement };

/** Collects what a running cell prints, shows and plots. */
export class Collector {
  readonly outputs: Output[] = [];
  stream(text: string): void {
    const last = this.outputs.at(-1);
    if (last?.kind === "stream") last.text += `\n${text}`;
    else this.outputs.push({ kind: "stream", text });
  }
  result(text: string, count: number): void {
    this.outputs.push({ kind: "result", text, count });
  }
  error(e: unknown): void {
    this.outputs.push({ kind: "error", text: errorText(e) });
  }
  plot(data: Trace[], layout: Layout = {}): void {
    // Plain copies now: the cell's arrays may be freed before plotly arrives.
    this.outputs.push({ kind: "plot", data: toPlain(data) as Trace[], layout: toPlain(layout) as Layout });
  }
  element(element: HTMLElement): void {
    this.outputs.push({ kind: "element", element });
  }
}

/** An error as the last line of a Python traceback: `ValueError: operands could not be …`. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return `Error: ${String(e)}`;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** The output area under one cell. `plotId` names its first figure (`plot-transform`), then `-2`, `-3`… */
export class OutputArea {
  private figures: HTMLElement[] = [];

  constructor(
    readonly element: HTMLElement,
    private readonly plotId?: string,
  ) {}

  /** Replaces the outputs in one step; figures draw when plotly.js is ready (the promise). */
  render(outputs: Output[]): Promise<void> {
    const rows: HTMLElement[] = [];
    const draws: Promise<void>[] = [];
    const figures: HTMLElement[] = [];
    for (const output of outputs) {
      const row = el("div", `output output-${output.kind}`);
      const prompt = el("div", "prompt", output.kind === "result" ? `Out[${output.count}]:` : "");
      row.append(prompt);
      switch (output.kind) {
        case "stream":
        case "result":
        case "error":
          row.append(el("pre", undefined, output.text));
          break;
        case "plot": {
          const n = figures.length;
          const figure = this.figures[n] ?? el("div", "figure");
          if (this.plotId) figure.id = n === 0 ? this.plotId : `${this.plotId}-${n + 1}`;
          figures.push(figure);
          row.append(figure);
          draws.push(draw(figure, output.data, output.layout).catch((e) => void figure.replaceChildren(el("pre", "figure-error", errorText(e)))));
          break;
        }
        case "element":
          row.append(output.element);
          break;
      }
      rows.push(row);
    }
    for (const old of this.figures.slice(figures.length)) purge(old);
    this.figures = figures;
    this.element.replaceChildren(...rows);
    return Promise.all(draws).then(() => undefined);
  }
}
