"""Soak check of the lane-parallel maths (assembly/math/), too long for `npm test`: millions of
inputs per function and float type through the contiguous kernels math_<fn>_f64 / _f32, spread
over each function's whole range (subnormals, near 0, domain edges, near overflow), against
NumPy's long double functions (x87 extended precision: 11 bits more than float64) for float64 and
NumPy's float64 functions for float32. Reports each kernel's worst error in ulp of the exact value
(fractions of an ulp) and its largest distance in whole ulps from the reference rounded to the
float type, which must stay within the bound the kernel claims (BOUND below).

Run after `npm run build`:
  python3 test/scripts/math_soak.py [--relaxed] [--n 2000000] [--all32] [exp2,log1p,...]
--relaxed checks the relaxed-SIMD build; --all32 runs every float32 bit pattern (every --step'th
with --step k) through the unary float32 kernels; --f32 checks float32 only.
"""

import os
import subprocess
import sys
import tempfile

import numpy as np

if np.finfo(np.longdouble).nmant < 63:
    sys.exit("needs an 80-bit long double (x86) for its reference values")

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
args = sys.argv[1:]
RELAXED = "--relaxed" in args
N = int(args[args.index("--n") + 1]) if "--n" in args else 2_000_000
ALL32 = "--all32" in args
STEP32 = int(args[args.index("--step") + 1]) if "--step" in args else 1
ONLY32 = "--f32" in args
rng = np.random.default_rng(11)

# Largest distance, in whole ulps, from the correctly rounded result each kernel claims
# (float64, float32); NumPy's own bounds are those of its umath-validation-set files.
BOUND = {
    "exp": (1, 1), "log": (1, 1), "sin": (1, 1), "cos": (1, 1), "tanh": (1, 1),
    "exp2": (1, 1), "expm1": (1, 1), "log2": (1, 1), "log10": (1, 1), "log1p": (1, 1),
    "sinh": (1, 1), "cosh": (1, 1), "arcsin": (1, 1), "arccos": (1, 1), "arctan": (1, 1),
    "arcsinh": (1, 1), "arccosh": (1, 1), "arctanh": (1, 1), "cbrt": (1, 1),
    "arctan2": (1, 1), "hypot": (1, 1), "logaddexp": (1, 1), "logaddexp2": (1, 1), "power": (1, 1),
}
BINARY = {"arctan2", "hypot", "logaddexp", "logaddexp2", "power"}


def signed(v):
    return v * rng.choice([-1.0, 1.0], v.size)


def logu(lo, hi, n):
    """n magnitudes spread evenly in log scale over [10^lo, 10^hi]."""
    return 10 ** rng.uniform(lo, hi, n)


def anybits(n, f32):
    """Uniformly random finite bit patterns of either sign."""
    if f32:
        b = rng.integers(0, 0x7F800000, n, dtype=np.int64).astype(np.uint32)
        return signed(b.view(np.float32).astype(np.float64))
    b = rng.integers(0, 0x7FF0000000000000, n, dtype=np.int64)
    return signed(b.view(np.float64))


def unary_inputs(name, f32, n):
    big = 38 if f32 else 308
    tiny = -45 if f32 else -323
    top_exp = 88.8 if f32 else 709.8
    if name == "exp":
        return np.concatenate([rng.uniform(-104 if f32 else -746, 89 if f32 else 710, n), signed(logu(tiny, 0, n // 4))])
    if name == "exp2":
        return np.concatenate([rng.uniform(-151 if f32 else -1080, 129 if f32 else 1025, n), signed(logu(tiny, 0, n // 4))])
    if name == "expm1":
        return np.concatenate([rng.uniform(-40, top_exp + 0.1, n), signed(logu(tiny, 0.5, n))])
    if name in ("log", "log2", "log10"):
        return np.concatenate([np.abs(anybits(n, f32)), 1 + signed(logu(-8 if f32 else -16, -0.4, n // 2)), rng.uniform(0.5, 2, n // 2)])
    if name == "log1p":
        return np.concatenate([signed(logu(tiny, 0, n)), logu(0, big, n // 2), -1 + logu(-8 if f32 else -16, 0, n // 2)])
    if name in ("sinh", "cosh", "tanh"):
        return np.concatenate([signed(logu(tiny, 1.95, n)), rng.uniform(-top_exp - 1, top_exp + 1, n // 2)])
    if name in ("sin", "cos"):
        return np.concatenate([rng.uniform(-10, 10, n), signed(logu(tiny, big, n // 2))])
    if name in ("arcsin", "arccos", "arctanh"):
        return np.concatenate([rng.uniform(-1, 1, n), signed(1 - logu(-8 if f32 else -16, 0, n // 2)), signed(logu(tiny, 0, n // 2))])
    if name in ("arctan", "arcsinh"):
        return np.concatenate([signed(logu(tiny, big, n)), rng.uniform(-4, 4, n // 2)])
    if name == "arccosh":
        return np.concatenate([1 + logu(-8 if f32 else -16, 1, n), logu(0, big, n // 2)])
    if name == "cbrt":
        return np.concatenate([anybits(n, f32), rng.uniform(-10, 10, n // 2)])
    raise ValueError(name)


def binary_inputs(name, f32, n):
    big = 38 if f32 else 308
    tiny = -45 if f32 else -323
    if name == "arctan2":
        y, x = signed(logu(tiny, big, n)), signed(logu(tiny, big, n))
        y2 = rng.uniform(-3, 3, n)
        x2 = rng.uniform(-3, 3, n)
        return np.concatenate([y, y2]), np.concatenate([x, x2])
    if name == "hypot":
        x = signed(logu(tiny, big, n))
        y = x * signed(logu(-20, 20, n))
        return np.concatenate([x, rng.uniform(-5, 5, n)]), np.concatenate([y, rng.uniform(-5, 5, n)])
    if name in ("logaddexp", "logaddexp2"):
        lim = (130 if f32 else 1030) if name == "logaddexp2" else (90 if f32 else 712)
        x = rng.uniform(-lim, lim, n)
        y = x + signed(logu(-8, 2.5, n))
        return np.concatenate([x, rng.uniform(-lim, lim, n)]), np.concatenate([y, rng.uniform(-lim, lim, n)])
    if name == "power":
        # positive bases, exponents chosen so that most results are finite and nonzero
        x = logu(tiny, big, n)
        t = rng.uniform(-(126 if f32 else 1022) * 0.69, (127 if f32 else 1023) * 0.69, n)
        y = t / np.log(x)
        xb = 1 + signed(logu(-7 if f32 else -15, -1, n // 2))
        yb = signed(logu(0, 9 if f32 else 17, n // 2))
        xn = -logu(-3, 3, n // 2)
        yn = np.round(rng.uniform(-30, 30, n // 2))
        xs = rng.uniform(0, 4, n // 2)
        ys = rng.uniform(-20, 20, n // 2)
        return np.concatenate([x, xb, xn, xs]), np.concatenate([y, yb, yn, ys])
    raise ValueError(name)


class Runner:
    def __init__(self):
        flags = ["--experimental-wasm-relaxed-simd"] if RELAXED else []
        self.proc = subprocess.Popen(
            ["node", *flags, os.path.join(ROOT, "test/scripts/math-run.mjs"), *(["--relaxed"] if RELAXED else [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        self.tmp = tempfile.mkdtemp()

    def run(self, kernel, *arrays):
        paths = []
        for i, a in enumerate(arrays):
            p = os.path.join(self.tmp, f"in{i}.bin")
            a.tofile(p)
            paths.append(p)
        out = os.path.join(self.tmp, "out.bin")
        self.proc.stdin.write(f"{kernel} {out} {' '.join(paths)}\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ok"
        return np.fromfile(out, dtype=arrays[0].dtype)


def reference(name, args, f32):
    """The exact value, to far better than an ulp of the float type."""
    wide = np.float64 if f32 else np.longdouble
    with np.errstate(all="ignore"):
        return getattr(np, name)(*[a.astype(wide) for a in args])


def errors(got, ref, f32):
    """(fractional ulps of the exact value, whole ulps from the rounded reference) per element."""
    t = np.float32 if f32 else np.float64
    mant, emin = (23, -126) if f32 else (52, -1022)
    with np.errstate(all="ignore"):
        rounded = ref.astype(t)
        e = np.maximum(np.floor(np.log2(np.abs(rounded).astype(np.float64))), emin)
        ulp = np.ldexp(np.longdouble(1), (e - mant).astype(int))
        err = np.abs(got.astype(np.longdouble) - ref.astype(np.longdouble)) / ulp
    same = (np.isnan(got) & np.isnan(ref)) | ((np.isinf(rounded) | (rounded == 0)) & (got == rounded) & (np.signbit(got) == np.signbit(rounded)))
    err[same] = 0
    err[np.isnan(err)] = np.inf
    ib = np.int32 if f32 else np.int64
    mask = 0x7FFFFFFF if f32 else 0x7FFFFFFFFFFFFFFF

    def key(v):
        b = v.view(ib).astype(np.int64)
        return np.where(b < 0, -(b & mask), b)

    steps = np.abs(key(got) - key(rounded)).astype(np.float64)
    steps[same] = 0
    steps[np.isnan(got) != np.isnan(ref)] = np.inf
    return err, steps


def check(runner, name, f32):
    t = np.float32 if f32 else np.float64
    suffix = "f32" if f32 else "f64"
    if name in BINARY:
        args = [a.astype(t) for a in binary_inputs(name, f32, N)]
    elif ALL32 and f32:
        args = None
    else:
        args = [unary_inputs(name, f32, N).astype(t)]
    worst_err, worst_steps, count, above, where = 0.0, 0.0, 0, 0, None
    chunks = [args] if args is not None else (
        [[(np.arange(s, s + (1 << 24) * STEP32, STEP32, dtype=np.int64).astype(np.uint32)).view(np.float32)]
         for s in range(0, 1 << 32, (1 << 24) * STEP32)])
    for chunk in chunks:
        got = runner.run(f"math_{name}_{suffix}", *chunk)
        ref = reference(name, chunk, f32)
        err, steps = errors(got, ref, f32)
        i = int(np.argmax(err))
        if err[i] > worst_err:
            worst_err, where = float(err[i]), (tuple(float(c[i]) for c in chunk), float(got[i]), float(ref[i]))
        worst_steps = max(worst_steps, float(steps.max()))
        count += got.size
        above += int((err > 1).sum())
    bound = BOUND[name][1 if f32 else 0]
    ok = worst_steps <= bound
    print(f"{'float32' if f32 else 'float64'} {name}: {count} points, worst {worst_err:.3f} ulp at {where}, "
          f"{above} above 1 ulp; at most {worst_steps:g} ulp from the rounded reference (bound {bound}){'' if ok else '  FAIL'}",
          flush=True)
    return ok


names = next((a.split(",") for a in args if not a.startswith("--") and not a.isdigit() and "," in a or a in BOUND), list(BOUND))
runner = Runner()
ok = True
for name in names:
    for f32 in ((True,) if ONLY32 else (False, True)):
        ok = check(runner, name, f32) and ok
runner.proc.stdin.close()
sys.exit(0 if ok else 1)
