// Edits of a compiled module's bytes that the threaded build needs, done at load instead of
// shipping a second build: the memory import declared shared (a shared memory can only be imported
// by a module that says so; kernels use no atomic instruction, the pool synchronises from
// JavaScript), and the data segments dropped for the copies workers instantiate (the core's
// instance has written them once; a worker must not write the heap while the caller runs).

const IMPORT = 2, DATA = 11, DATA_COUNT = 12;

function leb(bytes: Uint8Array, p: number): [value: number, next: number] {
  let r = 0, s = 0, b: number;
  do {
    b = bytes[p++]!;
    r += (b & 0x7f) * 2 ** s;
    s += 7;
  } while (b & 0x80);
  return [r, p];
}

function encode(v: number): number[] {
  const out: number[] = [];
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
  return out;
}

/** The module's sections: [id, start of header, start of payload, end]. */
function sections(bytes: Uint8Array): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let p = 8;
  while (p < bytes.length) {
    const head = p;
    const id = bytes[p++]!;
    const [size, q] = leb(bytes, p);
    out.push([id, head, q, q + size]);
    p = q + size;
  }
  return out;
}

function join(parts: (Uint8Array | number[])[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let p = 0;
  for (const x of parts) {
    out.set(x, p);
    p += x.length;
  }
  return out;
}

/** `bytes` with its `env.memory` import declared shared with `maximum` pages. */
export function sharedMemoryImport(bytes: Uint8Array, maximum: number): Uint8Array<ArrayBuffer> {
  const parts: (Uint8Array | number[])[] = [bytes.subarray(0, 8)];
  for (const [id, head, start, end] of sections(bytes)) {
    if (id !== IMPORT) {
      parts.push(bytes.subarray(head, end));
      continue;
    }
    let p = start;
    let count: number;
    let patched = false;
    [count, p] = leb(bytes, p);
    for (; count > 0 && !patched; count--) {
      for (let s = 0; s < 2; s++) {
        let n: number;
        [n, p] = leb(bytes, p);
        p += n;
      }
      const kind = bytes[p++]!;
      if (kind === 0) {
        p = leb(bytes, p)[1];
      } else if (kind === 1 || kind === 2) {
        const at = p;
        if (kind === 1) p++; // the table's element type
        const flags = bytes[p++]!;
        let min: number;
        [min, p] = leb(bytes, p);
        if (flags & 1) p = leb(bytes, p)[1];
        if (kind === 2) {
          const payload = join([bytes.subarray(start, at), [3, ...encode(min), ...encode(maximum)], bytes.subarray(p, end)]);
          parts.push([IMPORT, ...encode(payload.length)], payload);
          patched = true;
        }
      } else {
        p += 2; // a global: its type and mutability
      }
    }
    if (!patched) parts.push(bytes.subarray(head, end));
  }
  return join(parts);
}

/** `bytes` without data segments. */
export function withoutData(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return join([bytes.subarray(0, 8), ...sections(bytes).filter(([id]) => id !== DATA && id !== DATA_COUNT).map(([, head, , end]) => bytes.subarray(head, end))]);
}
