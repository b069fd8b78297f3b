// The deterministic arrays of test/fixtures/calculus_data.py, rebuilt bit for bit (see there).
import * as nd from "../../src/index.js";

export interface DataSpec {
  dtype: nd.DType;
  shape: number[];
  seed: number;
  special?: "nan" | "mixed" | "big";
}

function mix(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x = (x ^ (x >>> 13)) >>> 0;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** The C-ordered values of `spec`, as float64 numbers. */
export function generateValues(spec: DataSpec): Float64Array {
  const n = spec.shape.reduce((a, b) => a * b, 1);
  const out = new Float64Array(n);
  let special = 0;
  for (let i = 0; i < n; i++) {
    const h = mix((Math.imul(i, 0x9e3779b1) + spec.seed) >>> 0);
    const h2 = mix(h);
    if (spec.dtype === "bool") out[i] = h & 1;
    else if (spec.dtype !== "float32" && spec.dtype !== "float64") {
      const signed = spec.dtype.startsWith("int");
      if (spec.special === "big") out[i] = h * 256 * (signed && !(h2 & 1) ? -1 : 1);
      else if (spec.dtype === "int8") out[i] = (h % 201) - 100;
      else if (spec.dtype === "uint8") out[i] = h % 256;
      else out[i] = (h % 2001) - (signed ? 1000 : 0);
    }
    else {
      out[i] = ((h % 2000001) - 1000000) * 2 ** ((h2 % 41) - 20);
      if (spec.special && h2 % 97 === 0) {
        out[i] = spec.special === "mixed" ? [NaN, Infinity, -Infinity][special % 3] : NaN;
        special++;
      }
    }
  }
  return out;
}

export function generate(spec: DataSpec): nd.NDArray {
  return nd.array(generateValues(spec), spec.dtype).reshape(spec.shape);
}
