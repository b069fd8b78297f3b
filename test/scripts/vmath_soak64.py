"""Soak check of the float64 transcendental ufuncs (assembly/vexp.ts, vlog.ts, vtanh.ts, vtrig.ts),
too long for `npm test`: millions of random inputs per function, spread as make_vmath.py spreads
them, against NumPy's long double functions (x87 extended precision here: 11 more bits than
float64), reporting each kernel's worst error in ulp of the exact value (fractions of an ulp).
The kernels claim about 1.06 ulp at worst (at most 1 ulp from correct rounding).

Run after `npm run build`: python3 test/scripts/vmath_soak64.py [--relaxed] [exp,log,…]
(add --relaxed to check the relaxed-SIMD build; about a minute)
"""

import os
import subprocess
import sys
import tempfile

import numpy as np

if np.finfo(np.longdouble).nmant < 63:
    sys.exit("needs an 80-bit long double (x86) for its reference values")

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
N = 2_000_000
rng = np.random.default_rng(7)

DRIVER = """
import { readFileSync, writeFileSync } from "node:fs";
import { wasm, relaxedSimdEnabled } from "./dist/backend/wasm/module.js";
import { heapU8 } from "./dist/backend/wasm/heap.js";
const [name, inp, outp] = process.argv.slice(-3);
const bytes = readFileSync(inp);
const a = wasm.alloc(bytes.length), o = wasm.alloc(bytes.length);
heapU8().set(bytes, a);
wasm[name](o, a, bytes.length / 8, 8, 8, 0);
writeFileSync(outp, heapU8().subarray(o, o + bytes.length));
console.error(relaxedSimdEnabled ? "(relaxed SIMD)" : "(SIMD)");
"""


def signed(v):
    return v * rng.choice([-1.0, 1.0], v.size)


def inputs(name):
    if name == "exp":
        return np.concatenate([rng.uniform(-746, 710, N), signed(10 ** rng.uniform(-320, 0, N // 4))])
    if name == "log":
        bits = rng.integers(1, 0x7FF0000000000000, N, dtype=np.int64)
        return np.concatenate([bits.view(np.float64), 1 + signed(10 ** rng.uniform(-16, -0.4, N // 2)), rng.uniform(0.7, 1.42, N // 2)])
    if name == "tanh":
        return np.concatenate([signed(10 ** rng.uniform(-320, 1.5, N)), signed(rng.uniform(0.7, 0.95, N // 2))])
    k = rng.integers(-(2**21), 2**21, N // 2).astype(np.longdouble)
    near = (k * (np.pi / np.longdouble(2))).astype(np.float64)
    return np.concatenate([rng.uniform(-10, 10, N), signed(10 ** rng.uniform(-320, 308, N // 2)), near + rng.integers(-2, 3, near.size) * np.spacing(near)])


def check(name, relaxed):
    x = inputs(name)
    with tempfile.TemporaryDirectory() as tmp:
        inp, outp = os.path.join(tmp, "x.bin"), os.path.join(tmp, "y.bin")
        x.tofile(inp)
        flags = ["--experimental-wasm-relaxed-simd"] if relaxed else []
        subprocess.run(["node", *flags, "--input-type=module", "-e", DRIVER, "--", f"{name}_f64", inp, outp], cwd=ROOT, check=True)
        got = np.fromfile(outp, dtype=np.float64)
    with np.errstate(all="ignore"):
        ref = getattr(np, name)(x.astype(np.longdouble))
        rounded = ref.astype(np.float64)
        e = np.maximum(np.floor(np.log2(np.abs(rounded))), -1022)
        ulp = np.ldexp(np.longdouble(1), (e - 52).astype(int))
        err = np.abs(got.astype(np.longdouble) - ref) / ulp
    same = (np.isnan(got) & np.isnan(ref)) | (np.isinf(rounded) & (got == rounded)) | ((rounded == 0) & (got == 0))
    err[same] = 0
    err[np.isnan(err)] = np.inf
    worst = int(np.argmax(err))
    # distance in whole ulps from the reference rounded to float64 (its correct rounding but for
    # values within 2^-11 ulp of a midpoint)
    def key(v):
        b = v.view(np.int64)
        return np.where(b < 0, -(b & 0x7FFFFFFFFFFFFFFF), b)

    steps = np.abs(key(got) - key(rounded))
    steps[same] = 0
    print(f"float64 {name}: {x.size} points, worst {err[worst]:.3f} ulp at x = {x[worst]!r} (got {got[worst]!r}), "
          f"{(err > 1).sum()} above 1 ulp; at most {int(steps.max())} ulp from the rounded reference")
    return err[worst] < 1.5


relaxed = "--relaxed" in sys.argv
names = next((a.split(",") for a in sys.argv[1:] if not a.startswith("--")), ["exp", "log", "tanh", "sin", "cos", "tan"])
ok = all([check(name, relaxed) for name in names])
sys.exit(0 if ok else 1)
