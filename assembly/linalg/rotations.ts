// Plane rotations: LAPACK's lartg (generate), and lasr (apply a sequence) to the rows of a
// row-major matrix, which is where the tridiagonal and bidiagonal QR iterations spend their time.

import { safeMin } from "./blas";
import { madd, splat } from "../simd";

/** c, s and r of the last lartg call (AssemblyScript returns one value). */
let rotC: f64 = 1;
let rotS: f64 = 0;
let rotR: f64 = 0;

@inline export function lastC<T>(): T { return <T>rotC; }
@inline export function lastS<T>(): T { return <T>rotS; }
@inline export function lastR<T>(): T { return <T>rotR; }

/**
 * lartg (LAPACK 3.10): c, s, r with [c s; -s c]·[f; g] = [r; 0], c >= 0 and r of f's sign;
 * read them with lastC / lastS / lastR.
 */
@inline export function lartg<T>(f: T, g: T): void {
  const safmin = safeMin<T>();
  const safmax = <T>1 / safmin;
  const rtmin = sqrt<T>(safmin);
  const rtmax = sqrt<T>(safmax / <T>2);
  const f1 = abs<T>(f), g1 = abs<T>(g);
  let c: T, s: T, r: T;
  if (g == <T>0) {
    c = <T>1;
    s = <T>0;
    r = f;
  } else if (f == <T>0) {
    c = <T>0;
    s = copysign<T>(<T>1, g);
    r = g1;
  } else if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
    const d = sqrt<T>(f * f + g * g);
    c = f1 / d;
    r = copysign<T>(d, f);
    s = g / r;
  } else {
    const u = min<T>(safmax, max<T>(safmin, max<T>(f1, g1)));
    const fs = f / u, gs = g / u;
    const d = sqrt<T>(fs * fs + gs * gs);
    c = abs<T>(fs) / d;
    r = copysign<T>(d, f);
    s = gs / r;
    r *= u;
  }
  rotC = <f64>c;
  rotS = <f64>s;
  rotR = <f64>r;
}

/**
 * Applies rotations j = 0 .. count-2, each to rows j and j+1 of the matrix at `rows` (row stride
 * ld bytes, `width` contiguous elements per row): [x; y] <- [c s; -s c]·[x; y] with x row j,
 * c = cs[j], s = sn[j]; forward (j ascending) or backward. This is lasr('L', 'V', …) on those
 * rows, and lasr('R', 'V', …) on the columns of their transpose. Each column chunk walks the
 * whole sequence with the row it carries held in registers: one load and one store per element
 * and rotation.
 */
export function rotateRows<T>(rows: usize, ld: isize, width: i32, count: i32, cs: usize, sn: usize, forward: bool): void {
  if (count < 2 || width <= 0) return;
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  const last = count - 1;
  let col = 0;
  for (; col + 4 * L <= width; col += 4 * L) {
    const base = rows + <isize>col * S;
    if (forward) {
      let x0 = v128.load(base), x1 = v128.load(base, 16), x2 = v128.load(base, 32), x3 = v128.load(base, 48);
      let p = base;
      for (let j = 0; j < last; j++) {
        const c = splat<T>(cs + <isize>j * S);
        const s = splat<T>(sn + <isize>j * S);
        const q = p + ld;
        let y = v128.load(q);
        v128.store(p, madd<T>(c, x0, v128.mul<T>(s, y)));
        x0 = v128.sub<T>(v128.mul<T>(c, y), v128.mul<T>(s, x0));
        y = v128.load(q, 16);
        v128.store(p, madd<T>(c, x1, v128.mul<T>(s, y)), 16);
        x1 = v128.sub<T>(v128.mul<T>(c, y), v128.mul<T>(s, x1));
        y = v128.load(q, 32);
        v128.store(p, madd<T>(c, x2, v128.mul<T>(s, y)), 32);
        x2 = v128.sub<T>(v128.mul<T>(c, y), v128.mul<T>(s, x2));
        y = v128.load(q, 48);
        v128.store(p, madd<T>(c, x3, v128.mul<T>(s, y)), 48);
        x3 = v128.sub<T>(v128.mul<T>(c, y), v128.mul<T>(s, x3));
        p = q;
      }
      v128.store(p, x0);
      v128.store(p, x1, 16);
      v128.store(p, x2, 32);
      v128.store(p, x3, 48);
    } else {
      let p = base + <isize>last * ld;
      let y0 = v128.load(p), y1 = v128.load(p, 16), y2 = v128.load(p, 32), y3 = v128.load(p, 48);
      for (let j = last - 1; j >= 0; j--) {
        const c = splat<T>(cs + <isize>j * S);
        const s = splat<T>(sn + <isize>j * S);
        const q = p - ld;
        let x = v128.load(q);
        v128.store(p, v128.sub<T>(v128.mul<T>(c, y0), v128.mul<T>(s, x)));
        y0 = madd<T>(c, x, v128.mul<T>(s, y0));
        x = v128.load(q, 16);
        v128.store(p, v128.sub<T>(v128.mul<T>(c, y1), v128.mul<T>(s, x)), 16);
        y1 = madd<T>(c, x, v128.mul<T>(s, y1));
        x = v128.load(q, 32);
        v128.store(p, v128.sub<T>(v128.mul<T>(c, y2), v128.mul<T>(s, x)), 32);
        y2 = madd<T>(c, x, v128.mul<T>(s, y2));
        x = v128.load(q, 48);
        v128.store(p, v128.sub<T>(v128.mul<T>(c, y3), v128.mul<T>(s, x)), 48);
        y3 = madd<T>(c, x, v128.mul<T>(s, y3));
        p = q;
      }
      v128.store(p, y0);
      v128.store(p, y1, 16);
      v128.store(p, y2, 32);
      v128.store(p, y3, 48);
    }
  }
  for (; col + L <= width; col += L) {
    const base = rows + <isize>col * S;
    if (forward) {
      let x = v128.load(base);
      let p = base;
      for (let j = 0; j < last; j++) {
        const c = splat<T>(cs + <isize>j * S);
        const s = splat<T>(sn + <isize>j * S);
        const q = p + ld;
        const y = v128.load(q);
        v128.store(p, madd<T>(c, x, v128.mul<T>(s, y)));
        x = v128.sub<T>(v128.mul<T>(c, y), v128.mul<T>(s, x));
        p = q;
      }
      v128.store(p, x);
    } else {
      let p = base + <isize>last * ld;
      let y = v128.load(p);
      for (let j = last - 1; j >= 0; j--) {
        const c = splat<T>(cs + <isize>j * S);
        const s = splat<T>(sn + <isize>j * S);
        const q = p - ld;
        const x = v128.load(q);
        v128.store(p, v128.sub<T>(v128.mul<T>(c, y), v128.mul<T>(s, x)));
        y = madd<T>(c, x, v128.mul<T>(s, y));
        p = q;
      }
      v128.store(p, y);
    }
  }
  for (; col < width; col++) {
    const base = rows + <isize>col * S;
    if (forward) {
      let x = load<T>(base);
      let p = base;
      for (let j = 0; j < last; j++) {
        const c = load<T>(cs + <isize>j * S), s = load<T>(sn + <isize>j * S);
        const q = p + ld;
        const y = load<T>(q);
        store<T>(p, c * x + s * y);
        x = c * y - s * x;
        p = q;
      }
      store<T>(p, x);
    } else {
      let p = base + <isize>last * ld;
      let y = load<T>(p);
      for (let j = last - 1; j >= 0; j--) {
        const c = load<T>(cs + <isize>j * S), s = load<T>(sn + <isize>j * S);
        const q = p - ld;
        const x = load<T>(q);
        store<T>(p, c * y - s * x);
        y = c * x + s * y;
        p = q;
      }
      store<T>(p, y);
    }
  }
}
