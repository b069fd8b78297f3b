// The module's ABI: re-exports only.
export * from "./memory";
export * from "./elementwise";
export * from "./matmul";
