"""tanh x ≈ x P(x²)/Q(x²) on [0, 9.05], P and Q of degree 4, Q(0) = 1, near-minimax under relative
error: Lawson's iteratively reweighted least squares on the linearised problem P − f Q = 0 over
Chebyshev-clustered points, in a Chebyshev basis of x²/9.05² (well conditioned), converted to
monomials in x². Prints the coefficients bench/ceiling/tanh32.ts holds and the fit's error in
units of 2^-24 (a float32 ulp at the top of a binade). NumPy and mpmath (references to 30 digits).
"""
import mpmath
import numpy as np

mpmath.mp.dps = 30


def fit(m, k, X=9.05, N=6000, iters=2000):
    xs = X * (0.5 - 0.5 * np.cos(np.linspace(0, np.pi, N)))[1:]
    t = (xs / X) ** 2
    f = np.array([float(mpmath.tanh(mpmath.mpf(x)) / x) for x in xs])
    Vp = np.polynomial.chebyshev.chebvander(2 * t - 1, m)
    Vq = np.polynomial.chebyshev.chebvander(2 * t - 1, k)
    Q = np.ones_like(t)
    w = np.ones_like(t) / len(t)
    best = None
    for _ in range(iters):
        A = np.hstack([Vp, -f[:, None] * Vq[:, 1:]])
        b = f * Vq[:, 0]
        W = np.sqrt(w) / (f * Q)
        c, *_ = np.linalg.lstsq(A * W[:, None], b * W, rcond=None)
        pc, qc = c[: m + 1], np.concatenate([[1.0], c[m + 1 :]])
        Pn, Qn = Vp @ pc, Vq @ qc
        err = Pn / Qn / f - 1
        e = np.abs(err).max()
        if best is None or e < best[0]:
            best = (e, pc, qc)
        w = w * np.abs(err) ** 0.5
        w /= w.sum()
        Q = Qn
    e, pc, qc = best
    to_mono = lambda c: np.polynomial.Chebyshev(c, domain=[0, X * X]).convert(kind=np.polynomial.Polynomial).coef
    P, Qm = to_mono(pc), to_mono(qc)
    return e, P / Qm[0], Qm / Qm[0]


if __name__ == "__main__":
    e, P, Q = fit(4, 4)
    print(f"relative error {e:.3g} = {e / 2**-24:.3f} × 2^-24")
    print("P:", [float(v) for v in P])
    print("Q:", [float(v) for v in Q])
