// TypeScript signatures of the WASM exports (assembly/index.ts is the ABI). Pointers are byte
// addresses, strides are in bytes, `outer` is 0 or the address of an outer-axes block (see
// assembly/loops.ts and ./iterate.ts).

export type BinaryKernel = (out: number, a: number, b: number, n: number, so: number, sa: number, sb: number, outer: number) => void;
export type UnaryKernel = (out: number, a: number, n: number, so: number, sa: number, outer: number) => void;

type Suffix = "f64" | "f32" | "i32" | "u8";
type Numeric = "f64" | "f32" | "i32";
type Float = "f64" | "f32";
// Exactly the exports of assembly/elementwise.ts, so a table entry naming a missing kernel is a type error.
type BinaryName =
  | `${"add" | "subtract" | "multiply" | "power" | "maximum" | "minimum"}_${Numeric}`
  | `divide_${Float}`
  | `logical_${"or" | "and"}_u8`;
type UnaryName =
  | `${"negative" | "absolute" | "square" | "sign"}_${Numeric}`
  | `${"sqrt" | "exp" | "log" | "sin" | "cos" | "tan" | "tanh"}_${Float}`;

export type Kernels = {
  memory: WebAssembly.Memory;
  alloc(bytes: number): number;
  free(ptr: number): void;
  alloc_zero(bytes: number): number;
} & { [K in BinaryName]: BinaryKernel }
  & { [K in UnaryName]: UnaryKernel }
  & { [K in `cast_${Suffix}_${Suffix}`]: UnaryKernel };
