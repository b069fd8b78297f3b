// A deterministic mix of ndwasm operations for task k: what test/threads.test.ts runs in the main
// thread and in several worker_threads at once. Returns a digest of every result (exact bits).
export function workload(nd, k, rounds = 40) {
  const digest = [];
  const bits = (a) => {
    const t = a.toTypedArray();
    let h = 0x811c9dc5;
    const bytes = new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    return `${a.dtype}${a.shape}:${h.toString(16)}`;
  };
  nd.random.seed(1000 + k);
  for (let r = 0; r < rounds; r++) {
    nd.tidy(() => {
      const n = 16 + ((k * 7 + r) % 24);
      const a = nd.random.randn(n, n);
      const b = nd.random.rand(n, n).astype("float32");
      const x = nd.linspace(0, 1 + k, n);
      digest.push(
        bits(nd.matmul(a, a.T)),
        bits(nd.matmul(b, b)),
        bits(nd.sum(a, 0)),
        bits(nd.max(a.slice("::-1"), 1)),
        bits(nd.softmax(a, 1)),
        bits(nd.crossEntropy(a, nd.random.randint(0, n, [n]))),
        bits(nd.gradient(a, x, x)[0]),
        bits(nd.sin(nd.add(a, r)).mul(b.astype("float64"))),
        bits(nd.where(nd.greater(a, 0), a, nd.exp(a))),
        bits(nd.argmax(a, 0)),
      );
    });
  }
  return digest;
}
