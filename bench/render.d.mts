// Types for render.mjs (the tests import it from TypeScript).
export interface Result {
  op: string;
  case: string;
  impl: string;
  threads: number;
  median_s: number;
  throughput: number;
  unit: string;
}
export interface Output {
  machine: Record<string, unknown>;
  results: Result[];
  mismatches?: { op: string; case: string; impl: string; threads: number; difference: number | string; tol: number }[];
  notes?: string[];
}
export function validate(output: unknown): Output;
export function fmtTime(seconds: number): string;
export function fmtRatio(ratio: number): string;
export function renderMarkdown(output: Output): string;
export function renderSvg(output: Output): string;
export function renderReadmeTable(output: Output): string;
export function spliceReadme(readme: string, table: string): string;
export function render(output: Output, options: { root: URL }): string[];
