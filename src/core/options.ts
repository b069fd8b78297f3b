// Argument checks shared by every operation: options objects and numbers.

import { describe } from "./dtype.js";

/**
 * Reads an options argument: undefined, null, or a plain object with only the named keys (a typo
 * is a TypeError that lists the keys, never silently ignored).
 */
export function readOptions<T extends object>(options: unknown, fn: string, keys: readonly string[]): Partial<T> {
  if (options === undefined || options === null) return {};
  const proto = typeof options === "object" ? Object.getPrototypeOf(options) : undefined;
  if (typeof options !== "object" || Array.isArray(options) || ArrayBuffer.isView(options) || (proto !== Object.prototype && proto !== null)) {
    throw new TypeError(`${fn}: options must be a plain object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) throw new TypeError(`${fn}: unknown option ${JSON.stringify(key)} (expected ${keys.length === 0 ? "none" : keys.join(", ")})`);
  }
  return options as Partial<T>;
}

/** A number argument (an integer when `integer`), or a TypeError naming it. */
export function checkNumber(value: unknown, name: string, integer = false): number {
  if (typeof value !== "number" || (integer && !Number.isInteger(value))) {
    throw new TypeError(`${name} must be ${integer ? "an integer" : "a number"}, got ${describe(value)}`);
  }
  return value;
}
