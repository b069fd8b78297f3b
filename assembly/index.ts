// The module's ABI: re-exports only.
export * from "./memory";
export * from "./elementwise";
export * from "./matmul";
export * from "./reduce";
export * from "./argreduce";
export * from "./gradient";
export * from "./compare";
export * from "./select";
export * from "./softmax";
export * from "./crossentropy";
export * from "./losses";
export * from "./activations";
export * from "./math/kernels";
