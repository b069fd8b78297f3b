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

/** Marks every object reachable from `value` through arrays, plain objects, Maps (keys and values) and Sets. */
function collectKept(value: unknown, kept: Set<unknown>): void {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || kept.has(v)) continue;
    kept.add(v);
    if (Array.isArray(v)) stack.push(...v);
    else if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) stack.push(...v);
    else {
      const proto = Object.getPrototypeOf(v);
      if (proto === Object.prototype || proto === null) stack.push(...Object.values(v));
    }
  }
}

/**
 * Runs `fn` and disposes every array it created, except those in its result (an array, or arrays
 * anywhere inside JS arrays, plain objects, Maps and Sets). Like tf.tidy, `fn` must be synchronous;
 * NumPy needs no counterpart (reference counting frees its arrays).
 *
 * @example
 * let w = nd.zeros(3);
 * for (let step = 0; step < 100; step++) {
 *   const next = nd.tidy(() => w.sub(w.sub(1).mul(0.1))); // the step's temporaries are freed
 *   w.dispose();
 *   w = next;
 * }
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
