/**
 * NumPy's float formatting for array printing: Dragon4 digit generation (numpy/_core/src/
 * multiarray/dragon4.c) and FloatingFormat (numpy/_core/arrayprint.py) with the default print
 * options: precision 8, floatmode "maxprec", sign "-", suppress off.
 *
 * Digits are produced with exact BigInt arithmetic instead of Number#toString because NumPy's
 * rules differ from the shortest round-trip digits in ways that show up in output: float32
 * values need the shortest digits *as float32*, a cutoff at 8 fractional digits rounds the
 * exact binary value half-to-even (1/512 prints 0.00195312), and extra digits requested by
 * `min_digits` follow Dragon4's own rounding.
 */

/** A finite float as mantissa * 2^exponent, with what Dragon4 needs to know about its gaps. */
interface Decomposed {
  negative: boolean;
  mantissa: bigint;
  exponent: number;
  /** Index of the highest set bit of the mantissa. */
  mantissaBit: number;
  /** True for powers of two (except the smallest normal): the gap below is half the gap above. */
  unequalMargins: boolean;
}

const view = new DataView(new ArrayBuffer(8));

function decompose(x: number, float32: boolean): Decomposed {
  let negative: boolean, fraction: number, biased: number, fractionBits: number, bias: number;
  if (float32) {
    view.setFloat32(0, x);
    const bits = view.getUint32(0);
    negative = bits >>> 31 === 1;
    biased = (bits >>> 23) & 0xff;
    fraction = bits & 0x7fffff;
    fractionBits = 23;
    bias = 127;
  } else {
    view.setFloat64(0, x);
    const hi = view.getUint32(0);
    negative = hi >>> 31 === 1;
    biased = (hi >>> 20) & 0x7ff;
    fraction = (hi & 0xfffff) * 2 ** 32 + view.getUint32(4);
    fractionBits = 52;
    bias = 1023;
  }
  if (biased === 0) {
    // Subnormal (or zero): no implicit bit, equal margins.
    const mantissaBit = fraction === 0 ? 0 : fraction.toString(2).length - 1;
    return { negative, mantissa: BigInt(fraction), exponent: 1 - bias - fractionBits, mantissaBit, unequalMargins: false };
  }
  return {
    negative,
    mantissa: BigInt(fraction + 2 ** fractionBits),
    exponent: biased - bias - fractionBits,
    mantissaBit: fractionBits,
    unequalMargins: biased !== 1 && fraction === 0,
  };
}

const LOG10_2 = 0.30102999566398119521373889472449;

const pow10Cache: bigint[] = [1n];
function pow10(n: number): bigint {
  for (let i = pow10Cache.length; i <= n; i++) pow10Cache.push(pow10Cache[i - 1]! * 10n);
  return pow10Cache[n]!;
}

interface Cutoff {
  /** "total": counts significant digits (scientific); "fraction": digits after the point. */
  mode: "total" | "fraction";
  /** Stop after this many digits, rounding the rest; -1 for none. */
  max: number;
  /** Print at least this many digits even when fewer identify the value; -1 for none. */
  min: number;
}

/**
 * Dragon4 in NumPy's unique mode: the shortest digits that identify the value among its
 * neighbours (interval ends included when the mantissa is even, as IEEE round-half-even parsing
 * would accept them), subject to the cutoffs. Returns the digits and the decimal exponent of
 * the first one.
 */
function dragon4(f: Decomposed, cutoff: Cutoff): { digits: string; exponent: number } {
  const { mantissa, exponent, mantissaBit, unequalMargins } = f;
  if (mantissa === 0n) return { digits: "0", exponent: 0 };
  const isEven = (mantissa & 1n) === 0n;

  // value = scaled / scale; the margins are half the distance to the neighbouring floats.
  let scaled: bigint, scale: bigint, marginLow: bigint;
  if (exponent > 0) {
    scaled = mantissa << BigInt(exponent + 2);
    scale = 4n;
    marginLow = 1n << BigInt(exponent);
  } else {
    scaled = mantissa << 2n;
    scale = 1n << BigInt(2 - exponent);
    marginLow = 1n;
  }
  if (!unequalMargins) marginLow *= 2n;
  const highFactor = unequalMargins ? 2n : 1n;

  // Estimate k = floor(log10(value)) + 1 (exact or one too low), as NumPy does; a fractional
  // cutoff pulls it up so digit generation starts no further right than the last digit allowed.
  let k = Math.ceil((mantissaBit + exponent) * LOG10_2 - 0.69);
  if (cutoff.max >= 0 && cutoff.mode === "fraction" && k <= -cutoff.max) k = -cutoff.max + 1;
  if (k > 0) scale *= pow10(k);
  else if (k < 0) {
    scaled *= pow10(-k);
    marginLow *= pow10(-k);
  }
  if (scaled >= scale) k += 1;
  else {
    scaled *= 10n;
    marginLow *= 10n;
  }

  const limit = (digits: number): number => (cutoff.mode === "total" ? k - digits : -digits);
  const maxExponent = cutoff.max >= 0 ? limit(cutoff.max) : -Infinity;
  const minExponent = cutoff.min >= 0 ? Math.min(k, limit(cutoff.min)) : k;

  let digits = "";
  let digitExponent = k;
  let digit: number, low: boolean, high: boolean;
  for (;;) {
    digitExponent -= 1;
    digit = Number(scaled / scale);
    scaled %= scale;
    const marginHigh = marginLow * highFactor;
    low = isEven ? scaled <= marginLow : scaled < marginLow;
    high = isEven ? scaled + marginHigh >= scale : scaled + marginHigh > scale;
    if (((low || high) && digitExponent <= minExponent) || digitExponent === maxExponent) break;
    digits += digit;
    scaled *= 10n;
    marginLow *= 10n;
  }

  // Round the last digit: down if only the low end was reached, else to nearest, ties to even.
  let roundDown = low;
  if (low === high) {
    const twice = scaled * 2n;
    roundDown = twice < scale || (twice === scale && digit % 2 === 0);
  }
  let firstExponent = k - 1;
  if (roundDown) digits += digit;
  else if (digit < 9) digits += digit + 1;
  else {
    // Carry through trailing nines; all nines become a 1 at the next power of ten.
    let end = digits.length;
    while (end > 0 && digits[end - 1] === "9") end -= 1;
    if (end === 0) {
      digits = "1";
      firstExponent += 1;
    } else digits = digits.slice(0, end - 1) + (Number(digits[end - 1]) + 1);
  }
  return { digits, exponent: firstExponent };
}

/** "k" keeps trailing zeros (pads to min digits); "." trims them but keeps the point. */
type Trim = "k" | ".";

/** np.format_float_positional with fractional cutoffs (dragon4_positional). */
function positional(f: Decomposed, precision: number, minDigits: number, trim: Trim, padLeft = -1, padRight = -1): string {
  const { digits, exponent } = dragon4(f, { mode: "fraction", max: precision, min: minDigits });
  let whole: string, fraction: string;
  if (exponent >= 0) {
    whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
    fraction = digits.slice(exponent + 1);
  } else {
    whole = "0";
    fraction = "0".repeat(-exponent - 1) + digits;
  }
  if (trim === "k") fraction = fraction.padEnd(Math.max(minDigits, 0), "0");
  else fraction = fraction.replace(/0+$/, "");
  const sign = f.negative ? "-" : "";
  return (sign + whole).padStart(padLeft) + "." + fraction.padEnd(padRight);
}

/** np.format_float_scientific (dragon4_scientific); `precision` counts digits after the point. */
function scientific(f: Decomposed, precision: number, minDigits: number, trim: Trim, padLeft = -1, expDigits = -1): string {
  const cutoff: Cutoff = { mode: "total", max: precision < 0 ? -1 : precision + 1, min: minDigits < 0 ? -1 : minDigits + 1 };
  const { digits, exponent } = dragon4(f, cutoff);
  let fraction = digits.slice(1);
  if (trim === "k") fraction = fraction.padEnd(Math.max(minDigits, 0), "0");
  else fraction = fraction.replace(/0+$/, "");
  const exp = String(Math.abs(exponent)).padStart(expDigits < 0 ? 2 : Math.min(expDigits, 5), "0");
  const sign = f.negative ? "-" : "";
  return (sign + digits[0]).padStart(padLeft) + "." + fraction + "e" + (exponent < 0 ? "-" : "+") + exp;
}

const PRECISION = 8;

/**
 * FloatingFormat: looks at the values that will be shown, picks positional or scientific
 * notation and the common widths, and returns the per-element formatter.
 */
export function floatFormatter(shown: ArrayLike<number>, float32: boolean): (x: number) => string {
  const finite: number[] = [];
  let negInf = false;
  for (let i = 0; i < shown.length; i++) {
    const v = shown[i]!;
    if (Number.isFinite(v)) finite.push(v);
    else if (v === -Infinity) negInf = true;
  }

  // Scientific when the non-zero magnitudes are large, tiny or spread over more than 1000x.
  // Comparisons happen in the array's dtype: for float32 the Python constants become float32
  // (1e-4 is then float32(1e-4), and float32(1e-4) itself stays positional).
  let expFormat = false;
  const nonZero = finite.filter((v) => v !== 0).map(Math.abs);
  if (nonZero.length > 0) {
    let max = -Infinity, min = Infinity;
    for (const v of nonZero) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    const round = float32 ? Math.fround : (v: number) => v;
    const maxCutoff = float32 ? 1e6 : 1e8; // 10 ** min(8, finfo(dtype).precision)
    expFormat = max >= maxCutoff || min < round(1e-4) || round(max / min) > 1000;
  }

  const parts = finite.map((v) => decompose(v, float32));
  let padLeft = 0, padRight = 0, precision = PRECISION, expSize = -1;
  if (parts.length > 0 && expFormat) {
    // Widths from a first pass with trimmed digits: every mantissa gets as many fraction
    // digits as the longest one needs, and all exponents the same number of digits.
    for (const f of parts) {
      const s = scientific(f, PRECISION, -1, ".");
      const [mant, exp] = s.split("e") as [string, string];
      const [whole, frac] = mant.split(".") as [string, string];
      expSize = Math.max(expSize, exp.length - 1);
      padLeft = Math.max(padLeft, whole.length);
      padRight = Math.max(padRight, frac.length);
    }
    precision = padRight;
    padRight = expSize + 2 + precision; // only used to pad nan / inf
  } else if (parts.length > 0) {
    for (const f of parts) {
      const [whole, frac] = positional(f, PRECISION, -1, ".").split(".") as [string, string];
      padLeft = Math.max(padLeft, whole.length);
      padRight = Math.max(padRight, frac.length);
    }
  }
  if (finite.length !== shown.length) {
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset);
  }
  const width = padLeft + padRight + 1;

  return (x: number): string => {
    if (Number.isNaN(x)) return "nan".padStart(width);
    if (!Number.isFinite(x)) return (x < 0 ? "-inf" : "inf").padStart(width);
    const f = decompose(x, float32);
    return expFormat
      ? scientific(f, precision, precision, "k", padLeft, expSize)
      : positional(f, PRECISION, 0, ".", padLeft, padRight);
  };
}
