// Element-wise activations with PyTorch's definitions (aten/src/ATen/native/cpu/Activation.cpp):
// relu, sigmoid, leaky_relu, gelu (erf or tanh form) and softplus, plus the vector exp and the erf
// they use, exported on their own so their accuracy can be tested. Signature as loops.ts's unary
// kernels, (out, a, n, so, sa, outer), with the activation's parameters appended; outer-axes
// operands: [out, a].

import { rowCount, rowOffset } from "./callblock";
import { sexp, vexp } from "./math/exp";

const RELU = 0;
const SIGMOID = 1;
const LEAKY_RELU = 2;
const GELU = 3;
const GELU_TANH = 4;
const SOFTPLUS = 5;
const EXP = 6;
const ERF = 7;

// erf(x): piecewise polynomials fitted by test/fixtures/fit_nn_polynomials.py (coefficients low to high).
// |x| < 0.84375: x + x E(x²).
const ERF_SMALL = memory.data<f64>([
  0.12837916709551256, -0.376126389031834, 0.11283791670935311, -0.02686617064077985, 0.005223977576377844,
  -0.000854832379116413, 0.00012055199941321885, -1.4922121574443055e-5, 1.640162967934702e-6,
  -1.571446067260244e-7, 1.0726571432176348e-8,
]);
// 0.84375 ≤ |x| < 1.25: ERF1 + P(|x| − 1).
const ERF1 = 0.8427007794380188;
const ERF_NEAR_ONE = memory.data<f64>([
  1.3511696070032493e-8, 0.4151074974205947, -0.4151074974205935, 0.13836916580686642, 0.06918458290293396,
  -0.06918458290289049, 0.004612305602586737, 0.015154717952365138, -0.004777035856883553,
  -0.0018851667279788675, 0.0012264355237814905, 8.461871552376003e-5, -0.00020086312275290722,
  3.1933346569686056e-5,
]);
// 1.25 ≤ |x| < 6: erfc(|x|) = exp(−x²) G(|x| − m) on [1.25, 2), [2, 3), [3, 4.5), [4.5, 6), 15 coefficients each.
const ERFC = memory.data<f64>([
  0.30226120936348594, -0.14603023666418338, 0.06496207478418799, -0.026977910093244503, 0.010561485441324875,
  -0.003926198501006686, 0.0013938042928538297, -0.0004746475592878391, 0.00015562548936587145,
  -4.927947801148261e-5, 1.5109464375195563e-5, -4.492615767583387e-6, 1.2998298415437335e-6,
  -3.8105617874727317e-7, 1.0454957706441538e-7,
  0.2108063640611436, -0.07434734678979472, 0.024937997086656914, -0.008001569382093874, 0.002467036815699688,
  -0.0007335909374729658, 0.00021101982436023977, -5.8868958345706055e-5, 1.5961851696601105e-5,
  -4.214357879841587e-6, 1.0852366992052668e-6, -2.7262986241901926e-7, 6.706690790495327e-8,
  -1.7022233265672403e-8, 4.010268793982498e-9,
  0.14558972127503855, -0.03645625753272378, 0.008878755527325343, -0.0021072828701525935,
  0.00048822238209247166, -0.00011057957524100632, 2.451632543585439e-5, -5.32667011423444e-6,
  1.1353251027414178e-6, -2.376119739533175e-7, 4.886699609456013e-8, -9.856381713110086e-9,
  1.9621534371375195e-9, -4.168444685254684e-10, 8.033019565247281e-11,
  0.1056127354688918, -0.019445444672148652, 0.0035241509401113973, -0.0006291014910422669,
  0.00011068405606898015, -1.9204078677372368e-5, 3.287547681028022e-6, -5.555580554482231e-7,
  9.271690660768289e-8, -1.5287817503200323e-8, 2.4914079692311725e-9, -4.009840467565885e-10,
  6.390613890363394e-11, -1.0615284561152645e-11, 1.6547540532707908e-12,
]);

@inline function horner(table: usize, n: i32, x: f64): f64 {
  let p = load<f64>(table + (<usize>(n - 1) << 3));
  for (let i = n - 2; i >= 0; i--) p = p * x + load<f64>(table + (<usize>i << 3));
  return p;
}

function erf(x: f64): f64 {
  const ax = abs(x);
  if (!(ax < 6)) return isNaN(x) ? x : copysign<f64>(1, x); // erfc(6) < ulp(1) / 2
  if (ax < 0.84375) return x + x * horner(ERF_SMALL, 11, x * x);
  let r: f64;
  if (ax < 1.25) {
    r = ERF1 + horner(ERF_NEAR_ONE, 14, ax - 1);
  } else {
    // exp(−x²) with x² = z² + (x − z)(x + z), z = |x| with its low 32 bits cleared so that z² is exact.
    const z = reinterpret<f64>(reinterpret<u64>(ax) & 0xffffffff00000000);
    const e = Math.exp(-z * z) * Math.exp((z - ax) * (z + ax));
    let g: f64;
    if (ax < 2) g = horner(ERFC, 15, ax - 1.625);
    else if (ax < 3) g = horner(ERFC + 120, 15, ax - 2.5);
    else if (ax < 4.5) g = horner(ERFC + 240, 15, ax - 3.75);
    else g = horner(ERFC + 360, 15, ax - 5.25);
    r = 1 - e * g;
  }
  return x < 0 ? -r : r;
}

// <cmath>'s M_SQRT1_2, M_SQRT2 and M_2_SQRTPI, as Activation.cpp uses them.
const SQRT1_2 = 0.70710678118654752440;
const GELU_BETA = 1.41421356237309504880 * 1.12837916709551257390 * 0.5;
const GELU_KAPPA = 0.044715;

@inline function hasVector(kind: i32): bool {
  return kind == RELU || kind == SIGMOID || kind == LEAKY_RELU || kind == EXP;
}

@inline function vectorActivation<T>(kind: i32, x: v128, p: v128): v128 {
  if (!isFloat<T>()) return i32x4.max_s(x, i32x4.splat(0));
  const zero = v128.splat<T>(<T>0);
  if (kind == RELU) return v128.pmax<T>(x, zero); // keeps NaN, as clamp_min does
  if (kind == SIGMOID) {
    const one = v128.splat<T>(<T>1);
    return v128.div<T>(one, v128.add<T>(one, vexp<T>(v128.neg<T>(x))));
  }
  if (kind == LEAKY_RELU) return v128.bitselect(x, v128.mul<T>(x, p), v128.gt<T>(x, zero));
  return vexp<T>(x);
}

@inline function scalarActivation<T>(kind: i32, x: T, p1: f64, p2: f64): T {
  if (!isFloat<T>()) return x > <T>0 ? x : <T>0;
  if (kind == RELU) return x < <T>0 ? <T>0 : x;
  if (kind == SIGMOID) return <T>1 / (<T>1 + sexp<T>(-x));
  if (kind == LEAKY_RELU) return x > <T>0 ? x : x * <T>p1;
  if (kind == EXP) return sexp<T>(x);
  // The rest are computed in f64: exact for f64, one final rounding for f32.
  const v = <f64>x;
  if (kind == GELU) return <T>(v * 0.5 * (1 + erf(v * SQRT1_2)));
  if (kind == GELU_TANH) return <T>(0.5 * v * (1 + Math.tanh(GELU_BETA * (v + GELU_KAPPA * (v * v * v)))));
  if (kind == SOFTPLUS) {
    const z = x * <T>p1;
    return z > <T>p2 ? x : <T>(Math.log1p(Math.exp(<f64>z)) / <f64><T>p1);
  }
  return <T>erf(v);
}

@inline function activation<T>(kind: i32, out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize, p1: f64, p2: f64): void {
  const S = <isize>sizeof<T>();
  const L = 16 / sizeof<T>();
  const vp = v128.splat<T>(<T>p1);
  const rows = rowCount(outer);
  for (let r = 0; r < rows; r++) {
    let po = out + rowOffset(outer, 0, r);
    let pa = a + rowOffset(outer, 1, r);
    let i = 0;
    if (hasVector(kind) && so == S && sa == S) {
      for (; i + L <= n; i += L) {
        v128.store(po, vectorActivation<T>(kind, v128.load(pa), vp));
        po += 16;
        pa += 16;
      }
    }
    for (; i < n; i++) {
      store<T>(po, scalarActivation<T>(kind, load<T>(pa), p1, p2));
      po += so;
      pa += sa;
    }
  }
}

export function relu_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f64>(RELU, out, a, n, so, sa, outer, 0, 0); }
export function relu_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f32>(RELU, out, a, n, so, sa, outer, 0, 0); }
export function sigmoid_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f64>(SIGMOID, out, a, n, so, sa, outer, 0, 0); }
export function sigmoid_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f32>(SIGMOID, out, a, n, so, sa, outer, 0, 0); }
export function leaky_relu_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize, slope: f64): void { activation<f64>(LEAKY_RELU, out, a, n, so, sa, outer, slope, 0); }
export function leaky_relu_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize, slope: f64): void { activation<f32>(LEAKY_RELU, out, a, n, so, sa, outer, slope, 0); }
export function gelu_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f64>(GELU, out, a, n, so, sa, outer, 0, 0); }
export function gelu_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f32>(GELU, out, a, n, so, sa, outer, 0, 0); }
export function gelu_tanh_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f64>(GELU_TANH, out, a, n, so, sa, outer, 0, 0); }
export function gelu_tanh_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f32>(GELU_TANH, out, a, n, so, sa, outer, 0, 0); }
export function softplus_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize, beta: f64, threshold: f64): void { activation<f64>(SOFTPLUS, out, a, n, so, sa, outer, beta, threshold); }
export function softplus_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize, beta: f64, threshold: f64): void { activation<f32>(SOFTPLUS, out, a, n, so, sa, outer, beta, threshold); }
export function vexp_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f64>(EXP, out, a, n, so, sa, outer, 0, 0); }
export function vexp_f32(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f32>(EXP, out, a, n, so, sa, outer, 0, 0); }
export function erf_f64(out: usize, a: usize, n: i32, so: isize, sa: isize, outer: usize): void { activation<f64>(ERF, out, a, n, so, sa, outer, 0, 0); }
