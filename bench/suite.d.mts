// Types for suite.mjs (the web page imports it from TypeScript).
export interface InputSpec {
  shape: number[];
  dtype: string;
  make(): ArrayLike<number | bigint>;
}
export interface RawInput {
  data: ArrayLike<number> & ArrayBufferView;
  shape: number[];
  dtype: string;
}
export interface Case {
  op: string;
  case: string;
  inputs: Record<string, InputSpec>;
  work: number;
  unit: string;
  ndwasm(nd: unknown, x: Record<string, unknown>): unknown;
  js?(x: Record<string, RawInput>): unknown;
  numpy?: string;
  numpySetup?: string;
  blas?: boolean;
  peers?: Record<string, (lib: unknown, x: Record<string, unknown>) => unknown>;
  tol?: number;
  tags: string[];
}
export interface Family {
  default(nd: unknown): Omit<Case, "tags">[];
}
export function uniform(seed: number): () => number;
export function materialize(inputs: Record<string, InputSpec>): Record<string, RawInput>;
export function toNd(nd: unknown, raw: Record<string, RawInput>): Record<string, { dispose(): void }>;
export function flatten(result: unknown, toFlat?: (x: unknown) => ArrayLike<number | bigint>): Float64Array;
export function difference(want: ArrayLike<number>, got: ArrayLike<number>): number;
export function tolerance(c: Case): number;
export function dispose(result: unknown): void;
export function collect(nd: unknown, families: Family[]): Case[];
