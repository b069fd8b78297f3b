// Calls the linear-algebra kernels (assembly/linalg) on Float64Array data in either precision:
// operands copied into the heap (rounded to f32 for the f32 kernels), workspaces sized by
// src/ops/linalg/workspace.ts and followed by a guard band that must come back untouched.
import * as ws from "../../src/ops/linalg/workspace.js";
import { allocBytes, get, put, raw, release, view } from "./kernels.js";

export type Prec = "f64" | "f32";
export const EPS: Record<Prec, number> = { f64: 2.220446049250313e-16, f32: 1.1920928955078125e-7 };
export const SIZE: Record<Prec, number> = { f64: 8, f32: 4 };

const GUARD = 64;

/** One call's heap blocks: freed together; workspace guards checked. */
class Call {
  private blocks: number[] = [];
  private guards: [number, number][] = [];
  constructor(readonly prec: Prec) {}
  input(values: ArrayLike<number>): number {
    const p = put(this.prec, values);
    this.blocks.push(p);
    return p;
  }
  zeros(n: number, type: "f" | "i32" = "f"): number {
    const p = allocBytes(n * (type === "i32" ? 4 : SIZE[this.prec]));
    this.blocks.push(p);
    return p;
  }
  work(bytes: number): number {
    const p = allocBytes(bytes + GUARD, false);
    view("u8", p + bytes, GUARD).fill(0xa5);
    this.blocks.push(p);
    this.guards.push([p, bytes]);
    return p;
  }
  read(p: number, n: number): Float64Array {
    return Float64Array.from(get(this.prec, p, n) as Float64Array | Float32Array);
  }
  readI32(p: number, n: number): Int32Array {
    return get("i32", p, n);
  }
  done(): void {
    for (const [p, bytes] of this.guards) {
      if (!view("u8", p + bytes, GUARD).every((x) => x === 0xa5)) throw new Error(`kernel wrote past its ${bytes}-byte workspace`);
    }
    this.blocks.forEach(release);
  }
}

function with_<T>(prec: Prec, f: (c: Call) => T): T {
  const c = new Call(prec);
  const r = f(c);
  c.done();
  return r;
}

const k = (name: string, prec: Prec) => raw[`${name}_${prec}`];

export function luFactor(prec: Prec, a: ArrayLike<number>, n: number, count: number) {
  return with_(prec, (c) => {
    const pa = c.input(a), piv = c.zeros(count * n, "i32");
    const status = k("lu_factor", prec)(pa, piv, n, count, c.work(ws.luWorkBytes(n, SIZE[prec])));
    return { lu: c.read(pa, count * n * n), piv: c.readI32(piv, count * n), status };
  });
}

export function solve(prec: Prec, a: ArrayLike<number>, b: ArrayLike<number>, n: number, nrhs: number, count: number) {
  return with_(prec, (c) => {
    const pa = c.input(a), pb = c.input(b), piv = c.zeros(count * n, "i32");
    const status = k("lu_solve", prec)(pa, pb, piv, n, nrhs, count, c.work(ws.luSolveWorkBytes(n, nrhs, SIZE[prec])));
    return { x: c.read(pb, count * n * nrhs), status };
  });
}

export function inv(prec: Prec, a: ArrayLike<number>, n: number, count: number) {
  return with_(prec, (c) => {
    const pa = c.input(a), out = c.zeros(count * n * n), piv = c.zeros(count * n, "i32");
    const status = k("lu_inv", prec)(pa, out, piv, n, count, c.work(ws.luSolveWorkBytes(n, n, SIZE[prec])));
    return { inv: c.read(out, count * n * n), status };
  });
}

export function slogdet(prec: Prec, a: ArrayLike<number>, n: number, count: number) {
  return with_(prec, (c) => {
    const pa = c.input(a), sign = c.zeros(count), logdet = c.zeros(count), piv = c.zeros(count * n, "i32");
    k("lu_slogdet", prec)(pa, sign, logdet, piv, n, count, c.work(ws.luWorkBytes(n, SIZE[prec])));
    return { sign: c.read(sign, count), logdet: c.read(logdet, count) };
  });
}

export function det(prec: Prec, a: ArrayLike<number>, n: number, count: number) {
  return with_(prec, (c) => {
    const pa = c.input(a), out = c.zeros(count), piv = c.zeros(count * n, "i32");
    k("lu_det", prec)(pa, out, piv, n, count, c.work(ws.luWorkBytes(n, SIZE[prec])));
    return c.read(out, count);
  });
}

export function cholesky(prec: Prec, a: ArrayLike<number>, n: number, count: number, upper = false) {
  return with_(prec, (c) => {
    const pa = c.input(a);
    const status = k("cholesky", prec)(pa, n, upper ? 1 : 0, count, c.work(ws.choleskyWorkBytes(n, SIZE[prec])));
    return { l: c.read(pa, count * n * n), status };
  });
}

export function qr(prec: Prec, a: ArrayLike<number>, m: number, n: number, count: number, mode: "reduced" | "complete" | "r") {
  const kk = Math.min(m, n);
  const qcols = mode === "complete" ? m : mode === "reduced" ? kk : 0;
  const rrows = mode === "complete" ? m : kk;
  return with_(prec, (c) => {
    const pa = c.input(a), tau = c.zeros(count * kk);
    const q = qcols > 0 ? c.zeros(count * m * qcols) : 0;
    const r = c.zeros(count * rrows * n);
    k("qr", prec)(pa, tau, q, r, m, n, qcols, rrows, count, c.work(ws.qrWorkBytes(m, n, qcols, SIZE[prec])));
    return { q: q ? c.read(q, count * m * qcols) : null, r: c.read(r, count * rrows * n), h: c.read(pa, count * m * n), tau: c.read(tau, count * kk), qcols, rrows };
  });
}

export function eigh(prec: Prec, a: ArrayLike<number>, n: number, count: number, upper: boolean, vectors: boolean) {
  return with_(prec, (c) => {
    const pa = c.input(a), w = c.zeros(count * n), v = vectors ? c.zeros(count * n * n) : 0;
    const status = k("eigh", prec)(pa, w, v, n, upper ? 1 : 0, vectors ? 1 : 0, count, c.work(ws.eighWorkBytes(n, vectors, SIZE[prec])));
    return { w: c.read(w, count * n), v: vectors ? c.read(v, count * n * n) : null, status };
  });
}

export function svd(prec: Prec, a: ArrayLike<number>, m: number, n: number, count: number, mode: "none" | "reduced" | "full") {
  const kk = Math.min(m, n);
  const ucols = mode === "full" ? m : kk, vrows = mode === "full" ? n : kk;
  const vectors = mode !== "none";
  return with_(prec, (c) => {
    const pa = c.input(a), s = c.zeros(count * kk);
    const u = vectors ? c.zeros(count * m * ucols) : 0, vt = vectors ? c.zeros(count * vrows * n) : 0;
    const status = k("svd", prec)(pa, s, u, vt, m, n, ucols, vrows, count, c.work(ws.svdWorkBytes(m, n, ucols, vrows, vectors, SIZE[prec])));
    return { s: c.read(s, count * kk), u: vectors ? c.read(u, count * m * ucols) : null, vt: vectors ? c.read(vt, count * vrows * n) : null, ucols, vrows, status };
  });
}

export function pinv(prec: Prec, a: ArrayLike<number>, m: number, n: number, count: number, rcond = 1e-15) {
  return with_(prec, (c) => {
    const pa = c.input(a), out = c.zeros(count * n * m);
    const status = k("pinv", prec)(pa, out, m, n, rcond, count, c.work(ws.pinvWorkBytes(m, n, SIZE[prec])));
    return { pinv: c.read(out, count * n * m), status };
  });
}

export function lstsq(prec: Prec, a: ArrayLike<number>, b: ArrayLike<number>, m: number, n: number, nrhs: number, rcond: number) {
  const kk = Math.min(m, n);
  return with_(prec, (c) => {
    const pa = c.input(a), pb = c.input(b), x = c.zeros(n * nrhs), s = c.zeros(kk), rank = c.zeros(1, "i32"), resid = c.zeros(nrhs);
    const status = k("lstsq", prec)(pa, pb, x, s, rank, resid, m, n, nrhs, rcond, 1, c.work(ws.lstsqWorkBytes(m, n, nrhs, SIZE[prec])));
    return { x: c.read(x, n * nrhs), s: c.read(s, kk), rank: c.readI32(rank, 1)[0], resid: c.read(resid, nrhs), status };
  });
}
