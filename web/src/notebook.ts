// Runs the cells in order, as a notebook kernel does. Running a cell runs it and every cell below
// it, each starting from the variables the cells above it left, so what is printed always follows
// from the code on the page. Each cell is compiled to a module (compile.ts) and loaded from a
// blob: URL; its prints, plots and widgets go to the cell running at the time.
import * as nd from "ndwasm";
import { CellView } from "./cell-view.js";
import { compileCell } from "./compile.js";
import { interact } from "./interact.js";
import type { Block } from "./markdown.js";
import { Collector } from "./outputs.js";
import { quiver } from "./plots.js";
import { printText, pythonRepr } from "./python-repr.js";

type Scope = Record<string, unknown>;
type CellFunction = (scope: Scope) => Promise<{ value: unknown; shows: boolean; vars: Scope }>;

/** Where print(), plot() and interact() write: the cell that is running. */
let sink: Collector | null = null;
const target = (what: string): Collector => {
  if (!sink) throw new Error(`${what} writes into the cell that is running, and none is`);
  return sink;
};

const print = (...args: unknown[]): void => target("print()").stream(printText(args));

/** What every cell can use besides the notebook's own variables. */
export const BUILTINS: Scope = Object.freeze({
  nd,
  print,
  console: { ...console, log: print, info: print, warn: print, error: print },
  plot: (data: Record<string, unknown>[], layout?: Record<string, unknown>) => target("plot()").plot(data, layout),
  quiver,
  interact: (fn: (...args: never[]) => unknown, controls: Parameters<typeof interact>[1]) => target("interact()").element(interact(fn, controls)),
});

const modules = new Map<string, Promise<CellFunction>>();

/** The compiled cell as a function, loaded once per distinct source. */
function load(source: string): Promise<CellFunction> {
  let module = modules.get(source);
  if (!module) {
    const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    module = import(/* @vite-ignore */ url).then((m: { default: CellFunction }) => m.default);
    module.finally(() => URL.revokeObjectURL(url)).catch(() => modules.delete(source));
    modules.set(source, module);
  }
  return module;
}

export class Notebook {
  readonly cells: CellView[] = [];
  /** scopes[i]: the variables cell i starts from. */
  private scopes: Scope[] = [{}];
  /** The names each cell reports to the cells below it, from its code. */
  private reported: string[][] = [];
  private loads: Promise<CellFunction>[] = [];
  private next = Infinity;
  private loop: Promise<void> | undefined;
  private count = 0;
  /** Called after every run with the number of cells run and the milliseconds it took. */
  onIdle: (cells: number, ms: number) => void = () => {};

  constructor(
    private readonly root: HTMLElement,
    blocks: Block[],
  ) {
    const nodes = blocks.map((block) => {
      if (block.type === "markdown") {
        const div = document.createElement("div");
        div.className = "markdown";
        div.innerHTML = block.html;
        return div;
      }
      const index = this.cells.length;
      const cell = new CellView(block.code, index, block.attrs);
      cell.onRun = () => void this.run(index);
      this.cells.push(cell);
      return cell.element;
    });
    root.replaceChildren(...nodes);
  }

  /**
   * Compiles cells `from`… and starts loading them all at once (a blob: module takes a few
   * milliseconds to load; one after another, that would be most of the page's start-up). What a
   * cell sees is known from the code: the built-ins and every name the cells above it report.
   */
  private compileFrom(from: number): Promise<CellFunction>[] {
    const visible = new Set(Object.keys(BUILTINS));
    const loads: Promise<CellFunction>[] = [];
    this.cells.forEach((cell, i) => {
      let reported: string[] = [];
      if (i >= from) {
        try {
          const compiled = compileCell(cell.code, visible);
          reported = compiled.reported;
          loads[i] = load(compiled.source);
        } catch (e) {
          loads[i] = Promise.reject(e);
        }
        loads[i].catch(() => {}); // reported when the cell runs
      } else {
        reported = this.reported[i] ?? [];
      }
      this.reported[i] = reported;
      for (const name of reported) visible.add(name);
    });
    return loads;
  }

  /** Runs cell `from` and every cell below it; resolves when the notebook is idle again. */
  run(from = 0): Promise<void> {
    this.next = Math.min(this.next, from);
    this.loads = this.compileFrom(this.next);
    for (const cell of this.cells.slice(this.next)) cell.element.dataset.state = "queued";
    if (!this.loop) {
      this.root.dataset.state = "running";
      const started = performance.now();
      let ran = 0;
      this.loop = (async () => {
        while (this.next < this.cells.length) {
          const i = this.next;
          this.next = i + 1;
          await this.runCell(i, this.loads[i]);
          ran++;
        }
        this.next = Infinity;
      })().finally(() => {
        this.loop = undefined;
        this.root.dataset.state = "idle";
        this.onIdle(ran, performance.now() - started);
      });
    }
    return this.loop;
  }

  private async runCell(i: number, loading: Promise<CellFunction>): Promise<void> {
    const cell = this.cells[i];
    const count = ++this.count;
    cell.running(count);
    const scope: Scope = { ...this.scopes[i] };
    const out = new Collector();
    try {
      const run = await loading;
      sink = out;
      const { value, shows, vars } = await run({ ...BUILTINS, ...scope });
      Object.assign(scope, vars);
      if (shows && value !== undefined && value !== null) out.result(pythonRepr(value), count);
    } catch (e) {
      out.error(e);
    } finally {
      sink = null;
    }
    this.scopes[i + 1] = scope;
    // Figures draw when plotly.js has loaded; the next cell need not wait for them.
    void cell.done(count, out.outputs);
    if (out.outputs.length > 0 && performance.getEntriesByName("first-output").length === 0) performance.mark("first-output");
  }
}
