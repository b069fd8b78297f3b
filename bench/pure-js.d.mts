// Types for pure-js.mjs (the web page imports it from TypeScript).
type FloatArrayType = Float64ArrayConstructor | Float32ArrayConstructor;
type Numbers = ArrayLike<number>;

export function jsMatmul<T extends FloatArrayType>(a: Numbers, b: Numbers, m: number, k: number, n: number, T: T): InstanceType<T>;
export function jsBroadcastAdd(a: Numbers, b: Numbers, rows: number, cols: number): Float64Array;
export function jsGradient(f: Numbers, rows: number, cols: number, y: Numbers, x: Numbers): [Float64Array, Float64Array];
export function jsLogSoftmax<T extends FloatArrayType>(x: Numbers, rows: number, cols: number, Out: T): InstanceType<T>;
export function jsCrossEntropy(x: Numbers, t: ArrayLike<number | bigint>, rows: number, cols: number): number;
export function jsSum(a: Numbers): number;
export function jsMax(a: Numbers): number;
export function jsArgmax(a: Numbers): number;
export function jsSumAxis0(a: Numbers, rows: number, cols: number): Float64Array;
export function jsSumAxis1(a: Numbers, rows: number, cols: number): Float64Array;
