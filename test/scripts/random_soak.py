"""Soak check of ndwasm's random streams against NumPy, too long for `npm test`: for many seeds and
parameters, every distribution draws a few hundred thousand values in NumPy and in ndwasm (the
built dist/), and each value is compared bit for bit. Reports the mismatch count per
distribution (it should be 0 everywhere) and the number of values compared.

Run after `npm run build`: python3 test/scripts/random_soak.py [--relaxed] [--n 200000] [name,...]
(--relaxed runs ndwasm's relaxed-SIMD build, whose libm ports use a hardware FMA; a few minutes)
"""

import json
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

# name -> (kind, method, list of (args, kwargs) parameter sets); every set runs on SEEDS
TABLE = {
    "legacy standard_normal": ("legacy", "standard_normal", [((), {})]),
    "legacy random_sample": ("legacy", "random_sample", [((), {})]),
    "legacy normal": ("legacy", "normal", [((1.5, 0.25), {})]),
    "legacy uniform": ("legacy", "uniform", [((-3.0, 7.0), {})]),
    "legacy exponential": ("legacy", "exponential", [((1.0,), {}), ((1e-3,), {})]),
    "legacy gamma": ("legacy", "gamma", [((s, 1.0), {}) for s in (1e-3, 0.05, 0.3, 0.5, 0.9, 1.0, 1.7, 4.0, 50.0)]),
    "legacy beta": ("legacy", "beta", [((a, b), {}) for a, b in ((1e-3, 1e-3), (0.02, 0.5), (0.5, 0.5), (0.9, 0.99), (1.0, 1.0), (0.5, 3.0), (2.0, 5.0), (30.0, 0.7))]),
    "legacy binomial": ("legacy", "binomial", [((n, p), {}) for n, p in ((5, 0.3), (20, 0.2), (60, 0.5), (100, 0.95), (1000, 0.3), (10**6, 0.4), (10**9, 0.01))]),
    "legacy poisson": ("legacy", "poisson", [((lam,), {}) for lam in (0.01, 0.7, 3.0, 9.9, 10.0, 33.3, 500.0, 1e5, 1e9)]),
    "legacy randint": ("legacy", "randint", [((0, h), {}) for h in (2, 7, 1000, 2**31, 2**32 + 3, 2**50)]),
    "generator standard_normal": ("generator", "standard_normal", [((), {})]),
    "generator exponential": ("generator", "exponential", [((1.0,), {}), ((3.5,), {})]),
    "generator random": ("generator", "random", [((), {})]),
    "generator normal": ("generator", "normal", [((-2.0, 0.1), {})]),
    "generator uniform": ("generator", "uniform", [((0.0, 1e-3), {})]),
    "generator integers": ("generator", "integers", [((0, h), {"dtype": dt}) for h, dt in ((10, "int64"), (2**32 - 1, "int64"), (2**40, "int64"), (200, "uint8"), (30000, "int16"), (2, "bool"), (2**31 - 1, "int32"))]),
}
SEEDS = [0, 1, 7, 42, 12345, 2**32 - 1]

DRIVER = r"""
import { readFileSync, writeFileSync } from "node:fs";
import { RandomState } from "./dist/random/random-state.js";
import { defaultRng } from "./dist/random/generator.js";
import { sample } from "./dist/random/draws.js";
import { features } from "./dist/wasm/module.js";
const [specFile, outFile] = process.argv.slice(-2);
const spec = JSON.parse(readFileSync(specFile, "utf8"));
const camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const big = (v) => (typeof v === "string" ? BigInt(v) : v);
const parts = [];
for (const job of spec) {
  const gen = job.kind === "legacy" ? new RandomState(job.seed) : defaultRng(job.seed);
  const args = job.args.map(big);
  let d;
  if (job.method === "randint") d = gen.randint(args[0], args[1], job.n);
  else if (job.method === "integers") d = gen.integers(args[0], args[1], job.n, { dtype: job.kw.dtype });
  else if (job.method === "random_sample") d = gen.randomSample(job.n);
  else d = gen[camel(job.method)](...args, job.n);
  const out = sample(d);
  parts.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
}
writeFileSync(outFile, Buffer.concat(parts));
console.error(features.relaxedSimd ? "(relaxed SIMD: hardware FMA where fused)" : "(SIMD: emulated FMA)");
"""


def main():
    argv = sys.argv[1:]
    relaxed = "--relaxed" in argv
    n = int(argv[argv.index("--n") + 1]) if "--n" in argv else 200_000
    names = [a for a in argv if not a.startswith("--") and not a.isdigit()]
    wanted = set(names[0].split(",")) if names else None
    jobs, expected = [], []
    for name, (kind, method, sets) in TABLE.items():
        if wanted and name not in wanted:
            continue
        for args, kw in sets:
            for seed in SEEDS:
                gen = np.random.RandomState(seed) if kind == "legacy" else np.random.default_rng(seed)
                kw2 = dict(kw, dtype=np.dtype(kw["dtype"])) if "dtype" in kw else kw
                out = getattr(gen, method)(*args, size=n, **kw2)
                expected.append((name, np.ascontiguousarray(out)))
                jobs.append({"kind": kind, "method": method, "seed": seed, "n": n, "kw": kw,
                             "args": [str(a) if isinstance(a, int) and abs(a) > 2**53 else a for a in args]})
    with tempfile.TemporaryDirectory() as tmp:
        spec, outp, driver = (os.path.join(tmp, f) for f in ("spec.json", "out.bin", "driver.mjs"))
        with open(spec, "w") as f:
            json.dump(jobs, f)
        with open(os.path.join(ROOT, "random-soak-driver.mjs"), "w") as f:
            f.write(DRIVER)
        try:
            cmd = ["node"] + (["--experimental-wasm-relaxed-simd"] if relaxed else []) + ["random-soak-driver.mjs", spec, outp]
            subprocess.run(cmd, cwd=ROOT, check=True)
        finally:
            os.remove(os.path.join(ROOT, "random-soak-driver.mjs"))
        got = open(outp, "rb").read()
    totals = {}
    offset = 0
    for name, want in expected:
        nbytes = want.nbytes
        ours = np.frombuffer(got[offset:offset + nbytes], dtype=want.dtype)
        offset += nbytes
        item = want.dtype.itemsize
        bad = int(np.count_nonzero(np.any(ours.view(np.uint8).reshape(-1, item) != want.view(np.uint8).reshape(-1, item), axis=1)))
        t = totals.setdefault(name, [0, 0])
        t[0] += len(want)
        t[1] += bad
    width = max(len(k) for k in totals)
    for name, (count, bad) in totals.items():
        print(f"{name:<{width}}  {count:>11,} values  {bad} mismatches")
    if any(bad for _, bad in totals.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
