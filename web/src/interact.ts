// interact(fn, controls): ipywidgets' interact for a cell. Each control becomes a slider
// ({ min, max, step }) or a drop-down (a list of options), in the order of fn's parameters, and fn
// runs again on every input event. What fn returns is shown live: each number to 6 decimals in an
// <output> named after its key (`loss` → #loss), each 1-D array as bars, anything else as Python
// prints it. Element ids come from the names: logit1 → #logit-1, true_class → #true-class.
import * as nd from "ndwasm";
import { pythonRepr } from "./python-repr.js";
import { errorText } from "./outputs.js";

export type Control = { min: number; max: number; step?: number; value?: number } | readonly (number | string)[];

/** logit1 → logit-1, true_class → true-class. */
export const elementId = (name: string): string =>
  name
    .replace(/_/g, "-")
    .replace(/([a-zA-Z])(\d)/g, "$1-$2")
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase();

const decimals = (step: number): number => (String(step).split(".")[1] ?? "").length;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

interface Input {
  element: HTMLInputElement | HTMLSelectElement;
  value(): number | string;
}

function slider(id: string, spec: { min: number; max: number; step?: number; value?: number }, previous?: string): { row: HTMLElement; input: Input } {
  const { min, max, step = (max - min) / 100 } = spec;
  const input = el("input");
  Object.assign(input, { type: "range", id, min: String(min), max: String(max), step: String(step) });
  input.value = previous ?? String(spec.value ?? (min + max) / 2);
  const shown = el("output", "control-value");
  shown.htmlFor.add(id);
  const show = () => (shown.textContent = Number(input.value).toFixed(decimals(step)));
  input.addEventListener("input", show);
  show();
  const row = el("div", "control");
  const label = el("label", "control-name", id);
  label.htmlFor = id;
  row.append(label, input, shown);
  return { row, input: { element: input, value: () => Number(input.value) } };
}

function dropdown(id: string, options: readonly (number | string)[], previous?: string): { row: HTMLElement; input: Input } {
  const select = el("select");
  select.id = id;
  for (const option of options) select.append(new Option(String(option), String(option)));
  if (previous !== undefined) select.value = previous;
  const row = el("div", "control");
  const label = el("label", "control-name", id);
  label.htmlFor = id;
  row.append(label, select);
  const numeric = options.every((o) => typeof o === "number");
  return { row, input: { element: select, value: () => (numeric ? Number(select.value) : select.value) } };
}

function bars(id: string, values: number[]): HTMLElement {
  const box = el("div", "bars");
  box.id = id;
  const top = values.every((v) => v >= 0 && v <= 1) ? 1 : Math.max(...values.map(Math.abs), Number.MIN_VALUE);
  values.forEach((v, i) => {
    const fill = el("span", "bar-fill");
    fill.style.width = `${(Math.abs(v) / top) * 100}%`;
    const track = el("span", "bar-track");
    track.append(fill);
    const row = el("div", "bar");
    row.append(el("span", "bar-label", String(i)), track, el("span", "bar-value", v.toFixed(4)));
    box.append(row);
  });
  return box;
}

/** What fn returned, for the readout (called inside nd.tidy, so its arrays are read, then freed). */
function readout(value: unknown): HTMLElement[] {
  if (!value || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return [el("pre", "readout-text", pythonRepr(value))];
  return Object.entries(value).map(([key, v]) => {
    const row = el("div", "readout-row");
    row.append(el("span", "readout-name", key));
    const numbers = v instanceof nd.NDArray && v.ndim === 1 ? (v.toArray() as number[]) : Array.isArray(v) && v.every((x) => typeof x === "number") ? v : null;
    if (typeof v === "number") {
      const out = el("output", "readout-number", v.toFixed(6));
      out.id = elementId(key);
      row.append(out);
    } else if (numbers) row.append(bars(elementId(key), numbers));
    else row.append(el("pre", "readout-text", pythonRepr(v)));
    return row;
  });
}

/**
 * The widget. A control's earlier value is kept when its cell runs again (its element, about
 * to be replaced, is still on the page).
 */
export function interact(fn: (...args: never[]) => unknown, controls: Record<string, Control>): HTMLElement {
  if (typeof fn !== "function") throw new TypeError("interact: fn must be a function");
  const widget = el("div", "interact");
  const form = el("div", "controls");
  const inputs: Input[] = [];
  for (const [name, spec] of Object.entries(controls)) {
    const id = elementId(name);
    const previous = (document.getElementById(id) as HTMLInputElement | null)?.value;
    const { row, input } = Array.isArray(spec) ? dropdown(id, spec, previous) : slider(id, spec as Exclude<Control, readonly unknown[]>, previous);
    row.querySelector("label")!.textContent = name;
    form.append(row);
    inputs.push(input);
  }
  const result = el("div", "readout");
  result.setAttribute("aria-live", "polite");
  const update = () => {
    try {
      nd.tidy(() => void result.replaceChildren(...readout((fn as (...args: unknown[]) => unknown)(...inputs.map((i) => i.value())))));
    } catch (e) {
      result.replaceChildren(el("pre", "readout-error", errorText(e)));
    }
  };
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  widget.append(form, result);
  update();
  return widget;
}
