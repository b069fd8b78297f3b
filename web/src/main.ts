// The page: the notebook, run cell by cell as soon as the kernels are in, then the WASM-vs-JS race.
import "./style.css";
import * as nd from "ndwasm";
import text from "../notebook.md?raw";
import { parseNotebook } from "./markdown.js";
import { Notebook } from "./notebook.js";
import { loadPlotly } from "./plots.js";
import { mountRace } from "./race.js";

const build = nd.features.relaxedSimd ? "relaxed SIMD (fused multiply-add)" : "SIMD128";
const status = document.getElementById("status")!;
status.textContent = `ndwasm kernels: ${build}. Running the cells…`;

const notebook = new Notebook(document.getElementById("notebook")!, parseNotebook(text));
// plotly.js is fetched alongside the first cells and draws their figures when it arrives.
void loadPlotly();
notebook.onIdle = (cells, ms) => {
  if (performance.getEntriesByName("notebook-done").length === 0) performance.mark("notebook-done");
  status.textContent = `ndwasm kernels: ${build}. ${cells} cells ran in ${Math.round(ms)} ms, in this tab.`;
};
void notebook.run(0);
mountRace(document.getElementById("race")!);
