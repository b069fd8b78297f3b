// The variants bench/ceiling.bench.mjs compiles into one module of its own.
export * from "./tanh32";
export * from "./sin32";
export * from "./log64";

export function alloc(bytes: i32): usize {
  return heap.alloc(<usize>bytes);
}
