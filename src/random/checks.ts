// NumPy's argument checks for random distributions, with its texts (numpy/random/_common.pyx:
// check_constraint for scalars, check_array_constraint for arrays).

import { AxisError, IndexError, OverflowError, ValueError } from "../core/errors.js";

export { AxisError, IndexError, OverflowError, ValueError };

/** Which values a parameter admits (NumPy's constraint_type). */
export type Constraint =
  | "none"
  | "nonNegative" // scale >= 0, NaN allowed; -0.0 is rejected (NumPy tests the sign bit)
  | "positive" // a > 0, NaN allowed
  | "bounded01" // 0 <= p <= 1, NaN rejected
  | "legacyPoisson" // 0 <= lam <= LEGACY_POISSON_LAM_MAX
  | "legacyNonNegativeLong"; // n >= 0 (integers)

// np.iinfo('l').max - np.sqrt(np.iinfo('l').max) * 10, as a double
const LEGACY_POISSON_LAM_MAX = 2 ** 63 - Math.sqrt(2 ** 63 - 1) * 10;

const signbit = (x: number) => x < 0 || Object.is(x, -0);

/** `check_constraint` for one value. */
export function checkScalar(value: number, name: string, c: Constraint): void {
  switch (c) {
    case "nonNegative":
      if (!Number.isNaN(value) && signbit(value)) throw new ValueError(`${name} < 0`);
      return;
    case "positive":
      if (value <= 0) throw new ValueError(`${name} <= 0`);
      return;
    case "bounded01":
      if (!(value >= 0) || !(value <= 1)) throw new ValueError(`${name} < 0, ${name} > 1 or ${name} is NaN`);
      return;
    case "legacyPoisson":
      if (!(value >= 0)) throw new ValueError(`${name} < 0 or ${name} is NaN`);
      if (!(value <= LEGACY_POISSON_LAM_MAX)) throw new ValueError(`${name} value too large`);
      return;
    case "legacyNonNegativeLong":
      if (value < 0) throw new ValueError(`${name} < 0`);
      return;
  }
}

/** `check_array_constraint`: the same rules over every value, with NumPy's array texts. */
export function checkArray(values: ArrayLike<number>, name: string, c: Constraint): void {
  const n = values.length;
  switch (c) {
    case "nonNegative":
      for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!) && signbit(values[i]!)) throw new ValueError(`${name} < 0`);
      return;
    case "positive":
      for (let i = 0; i < n; i++) if (values[i]! <= 0) throw new ValueError(`${name} <= 0`);
      return;
    case "bounded01":
      for (let i = 0; i < n; i++) {
        if (!(values[i]! >= 0) || !(values[i]! <= 1)) throw new ValueError(`${name} < 0, ${name} > 1 or ${name} contains NaNs`);
      }
      return;
    case "legacyPoisson":
      // NumPy tests the upper bound over the whole array first
      for (let i = 0; i < n; i++) if (!(values[i]! <= LEGACY_POISSON_LAM_MAX)) throw new ValueError(`${name} value too large`);
      for (let i = 0; i < n; i++) if (!(values[i]! >= 0)) throw new ValueError(`${name} < 0 or ${name} contains NaNs`);
      return;
    case "legacyNonNegativeLong":
      for (let i = 0; i < n; i++) if (!(values[i]! >= 0)) throw new ValueError(`${name} < 0`);
      return;
  }
}
