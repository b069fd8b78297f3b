// NumPy's ndarray.flags: WRITEABLE, C_CONTIGUOUS and F_CONTIGUOUS of an array, read when asked.

import { describe } from "./dtype.js";
import { ValueError, WRITEABLE_FLAG_ERROR } from "./errors.js";
import { isContiguous } from "./shape.js";

/** What the flags read of an array (NDArray has these; named here so this file needs no import of it). */
export interface FlagSubject {
  /** Throws DisposedError for a disposed array. */
  readonly storage: unknown;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly size: number;
  _writeable: boolean;
  readonly _base: { readonly _writeable: boolean } | null;
}

/**
 * An array's flags (NumPy's `ndarray.flags`), read when asked: `writeable` can be set, the others
 * follow from the layout.
 * @example
 * const a = nd.zeros([2, 3]);
 * a.flags.cContiguous                  // true
 * a.T.flags.fContiguous                // true
 * a.flags.writeable = false;           // a.fill(1) now throws: assignment destination is read-only
 */
export class ArrayFlags {
  /** @internal */
  constructor(private readonly a: FlagSubject) {}

  /** Whether the array may be written (NumPy's WRITEABLE). */
  get writeable(): boolean {
    this.a.storage;
    return this.a._writeable;
  }

  set writeable(value: boolean) {
    if (typeof value !== "boolean") throw new TypeError(`flags.writeable must be a boolean, got ${describe(value)}`);
    this.a.storage;
    if (value && this.a._base !== null && !this.a._base._writeable) throw new ValueError(WRITEABLE_FLAG_ERROR);
    this.a._writeable = value;
  }

  /** Whether the elements lie in C order without gaps (NumPy's C_CONTIGUOUS). */
  get cContiguous(): boolean {
    this.a.storage;
    return this.a.size === 0 || isContiguous(this.a.shape, this.a.strides);
  }

  /** Whether the elements lie in Fortran order without gaps (NumPy's F_CONTIGUOUS). */
  get fContiguous(): boolean {
    this.a.storage;
    return this.a.size === 0 || isContiguous(this.a.shape.slice().reverse(), this.a.strides.slice().reverse());
  }
}
