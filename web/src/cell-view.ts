// One code cell on the page: a prompt (`In [n]:`) with a run button, an editor (a textarea over its
// own syntax-coloured copy, so the text stays plain and editable), and the output area below.
import { highlight } from "./highlight.js";
import { OutputArea, type Output } from "./outputs.js";

export class CellView {
  readonly element: HTMLElement;
  readonly outputs: OutputArea;
  private readonly textarea: HTMLTextAreaElement;
  private readonly colored: HTMLElement;
  private readonly label: HTMLElement;
  /** Called when the reader asks to run this cell (button, Shift+Enter, Ctrl+Enter). */
  onRun: () => void = () => {};

  constructor(code: string, index: number, attrs: Record<string, string>) {
    this.element = document.createElement("section");
    this.element.className = "cell";
    this.element.dataset.index = String(index);
    if (attrs.numpy) this.element.dataset.numpy = attrs.numpy;

    const prompt = document.createElement("div");
    prompt.className = "prompt";
    this.label = document.createElement("span");
    this.label.className = "prompt-label";
    this.label.textContent = "In [ ]:";
    const run = document.createElement("button");
    run.type = "button";
    run.className = "run";
    run.title = "Run this cell and the cells below it (Shift+Enter)";
    run.setAttribute("aria-label", `Run cell ${index + 1}`);
    run.textContent = "▶";
    run.addEventListener("click", () => this.onRun());
    prompt.append(this.label, run);

    const editor = document.createElement("div");
    editor.className = "editor";
    this.colored = document.createElement("pre");
    this.colored.className = "colored";
    this.colored.setAttribute("aria-hidden", "true");
    this.textarea = document.createElement("textarea");
    this.textarea.value = code;
    this.textarea.spellcheck = false;
    this.textarea.autocapitalize = "off";
    this.textarea.setAttribute("autocomplete", "off");
    this.textarea.setAttribute("aria-label", `Code of cell ${index + 1}`);
    this.textarea.rows = 1;
    this.textarea.addEventListener("input", () => {
      this.recolor();
      this.element.classList.add("edited");
    });
    this.textarea.addEventListener("keydown", (e) => this.key(e));
    editor.append(this.colored, this.textarea);
    this.recolor();

    const input = document.createElement("div");
    input.className = "input";
    input.append(prompt, editor);
    const outputs = document.createElement("div");
    outputs.className = "outputs";
    this.outputs = new OutputArea(outputs, attrs.plot);
    this.element.append(input, outputs);
  }

  get code(): string {
    return this.textarea.value;
  }

  private recolor(): void {
    this.colored.innerHTML = highlight(this.textarea.value);
  }

  private key(e: KeyboardEvent): void {
    if (e.key === "Enter" && (e.shiftKey || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.onRun();
    } else if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Two spaces, as the cells are indented; Escape then Tab leaves the editor.
      e.preventDefault();
      document.execCommand("insertText", false, "  ");
    } else if (e.key === "Escape") {
      this.textarea.blur();
    }
  }

  /** Marks the cell as queued or running, with its execution count. */
  running(count: number): void {
    this.element.dataset.state = "running";
    this.label.textContent = "In [*]:";
    this.element.dataset.count = String(count);
  }

  /** Shows a finished run's outputs; resolves when its figures are drawn. */
  done(count: number, outputs: Output[]): Promise<void> {
    this.element.dataset.state = outputs.some((o) => o.kind === "error") ? "error" : "done";
    this.element.classList.remove("edited");
    this.label.textContent = `In [${count}]:`;
    return this.outputs.render(outputs);
  }
}
