// Types for ceiling.bench.mjs (the tests import it from TypeScript).
export function compile(): Record<string, ((out: number, a: number, n: number) => void) | ((bytes: number) => number)> & { memory: WebAssembly.Memory };
export default function main(): Promise<void>;
