// nd.tidy(fn): every array created while fn runs is disposed when it returns, except the arrays
// it returns. Scopes nest: what an inner tidy keeps belongs to the enclosing one.

interface Disposable {
  dispose(): void;
  readonly isDisposed: boolean;
}

const scopes: Disposable[][] = [];

/** Called by every new array. */
export function track(a: Disposable): void {
  if (scopes.length > 0) scopes[scopes.length - 1].push(a);
}

function collectKept(value: unknown, kept: Set<unknown>, depth = 0): void {
  if (value === null || typeof value !== "object" || depth > 8) return;
  if (kept.has(value)) return;
  kept.add(value);
  if (Array.isArray(value)) for (const v of value) collectKept(v, kept, depth + 1);
  else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    for (const v of Object.values(value)) collectKept(v, kept, depth + 1);
  } else if (value instanceof Map) {
    for (const v of value.values()) collectKept(v, kept, depth + 1);
  }
}

/**
 * Runs `fn` and disposes every array it created, except those in its result (an array, or arrays
 * inside a plain object, JS array or Map). Like tf.tidy, `fn` must be synchronous.
 */
export function tidy<T>(fn: () => T): T {
  if (typeof fn !== "function") throw new TypeError(`tidy: fn must be a function, got ${typeof fn}`);
  const scope: Disposable[] = [];
  scopes.push(scope);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    scopes.pop();
    for (const a of scope) a.dispose();
    throw e;
  }
  scopes.pop();
  if (result instanceof Promise) {
    for (const a of scope) a.dispose();
    throw new TypeError("tidy: fn returned a Promise; tidy only tracks synchronous code (dispose arrays yourself across awaits)");
  }
  const kept = new Set<unknown>();
  collectKept(result, kept);
  for (const a of scope) {
    if (kept.has(a)) track(a);
    else a.dispose();
  }
  return result;
}
