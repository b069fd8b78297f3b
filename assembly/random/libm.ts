// The C library's log, log1p, exp and pow, rounding for rounding, as NumPy's random streams see
// them. NumPy's Linux wheels call glibc's libm; on x86-64 CPUs with FMA and AVX2 glibc dispatches
// to builds compiled with -mfma (`__ieee754_log_fma`, `__log1p_fma`, `__ieee754_exp_fma`,
// `__ieee754_pow_fma`, glibc 2.36), in which GCC fused some multiply-adds. Each function below
// replays that machine code step by step: every `m.fma(...)` marks a fused instruction there and
// every other operation is an ordinary IEEE double operation, as there. WebAssembly has no scalar
// FMA: `m` is an exact emulation (SoftFma), or the hardware's through relaxed SIMD (HardFma)
// where the engine fuses it. Each function is generic over `m`; the exported forms pick one.
//
// Algorithms and tables: log, exp and pow are ARM's optimized-routines (MIT licensed, identical in
// glibc: `__log_data`, `__exp_data`, `__pow_log_data`); log1p is fdlibm's (Sun Microsystems).

const SPLITTER: f64 = 134217729.0; // 2^27 + 1, Veltkamp's splitting constant

/** The NaN an invalid x86 SSE operation produces (sign bit set), which glibc returns for domain errors. */
const X86_NAN: f64 = reinterpret<f64>(0xfff8000000000000);

/**
 * The correctly rounded a * b + c, for operands whose product neither overflows nor underflows.
 * Dekker's exact product and Knuth's exact sum make a * b + c = sh + sl + pl exactly; the small
 * terms are added with rounding to odd where their rounding could cross a rounding boundary of
 * the result (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums", IEEE TC 2008).
 */
export function softFma(a: f64, b: f64, c: f64): f64 {
  const ph = a * b;
  // Fast path: sh = RN(c + ph) with its exact error sl (TwoSum). The product's own error is at
  // most 2^-53 |ph|; when |sl| plus that stays below half the spacing of doubles on either side
  // of sh, a * b + c rounds to sh. Most calls, where c dominates, stop here.
  const sh0 = c + ph;
  const t0 = sh0 - c;
  const sl0 = c - (sh0 - t0) + (ph - t0);
  const bits = reinterpret<u64>(sh0) & 0x7fffffffffffffff;
  if (bits - 0x0370000000000000 < 0x7fe0000000000000 - 0x0370000000000000) {
    const half = reinterpret<f64>((bits & 0x7ff0000000000000) - (<u64>53 << 52)); // ulp(sh) / 2
    const below = (bits & 0x000fffffffffffff) == 0 ? half * 0.5 : half; // a power of two: half as much below
    if (abs(sl0) + abs(ph) * 2.3e-16 < below) return sh0;
  }
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pl = ah * bh - ph + ah * bl + al * bh + al * bl;
  const sh = c + ph;
  t = sh - c;
  const sl = c - (sh - t) + (ph - t);
  const s = sl + pl;
  t = s - sl;
  const e = sl - (s - t) + (pl - t);
  const z = sh + s;
  if (e == 0) return z;
  if (abs(z) >= 8 * abs(s)) {
    const d = 2 * (s - (z - sh)); // twice the rounding error of sh + s, exact
    if (d == 0 || z + d - z != d) return z; // not a tie
  }
  return sh + addRoundToOdd(sl, pl);
}

// In the relaxed-SIMD build, relaxed_madd is a hardware FMA where the engine emits one (V8 on x86-64
// CPUs with FMA3, every arm64 CPU) and a separate multiply and add elsewhere. A test at start-up
// tells which, and only a fused one replaces the emulation.

@inline function relaxedMadd(a: f64, b: f64, c: f64): f64 {
  return f64x2.extract_lane(f64x2.relaxed_madd(f64x2.splat(a), f64x2.splat(b), f64x2.splat(c)), 0);
}

function relaxedMaddIsFused(): bool {
  const one: f64 = memory.size() > 0 ? 1.0 : 0.5; // 1, known only at run time: nothing is folded
  const e = one * 2.220446049250313e-16;
  // (1 + e)(1 - e) - 1 is -e^2 exactly; unfused it is 0
  const a = relaxedMadd(one + e, one - e, -one);
  // a tie of 1 + 1.1 x that only the exact product breaks (rounded product: 1)
  const b = relaxedMadd(one * 1.1, 1.0092936587501423e-16, one);
  const c = relaxedMadd(one * 1.1, -1.0092936587501423e-16, -one);
  return a == -(e * e) && b == 1.0000000000000002 && c == -1.0000000000000002;
}

/** Whether `fma` runs on the hardware (relaxed-SIMD build on an engine that fuses relaxed_madd). */
export const hardwareFma: bool = ASC_FEATURE_RELAXED_SIMD ? relaxedMaddIsFused() : false;

/** The emulated FMA, for the libm functions below (a type argument: static dispatch). */
@final @unmanaged
export class SoftFma {
  @inline fma(a: f64, b: f64, c: f64): f64 {
    return softFma(a, b, c);
  }
  @inline productMinusOne(z: f64, invc: f64): f64 {
    return softProductMinusOne(z, invc);
  }
}

/** The hardware FMA (only instantiated in the relaxed-SIMD build). */
@final @unmanaged
export class HardFma {
  @inline fma(a: f64, b: f64, c: f64): f64 {
    return relaxedMadd(a, b, c);
  }
  @inline productMinusOne(z: f64, invc: f64): f64 {
    return relaxedMadd(z, invc, -1.0);
  }
}

/** x + y rounded to odd: exact sums as they are, others with an odd last bit. */
function addRoundToOdd(x: f64, y: f64): f64 {
  const s = x + y;
  const v = s - x;
  const err = x - (s - v) + (y - v);
  if (err == 0) return s;
  const bits = reinterpret<u64>(s);
  if (bits & 1) return s;
  // s is even: the odd neighbour on the side of the exact sum is one unit away
  return reinterpret<f64>((err > 0) == (s > 0) ? bits + 1 : bits - 1);
}

/** z * invc - 1 rounded once, where the rounded product lies in [0.5, 2] (so p - 1 is exact). */
@inline function softProductMinusOne(z: f64, invc: f64): f64 {
  const p = z * invc;
  let t = SPLITTER * z;
  const zh = t - (t - z);
  const zl = z - zh;
  t = SPLITTER * invc;
  const ih = t - (t - invc);
  const il = invc - ih;
  const e = zh * ih - p + zh * il + zl * ih + zl * il;
  return p - 1 + e;
}

// ---------------------------------------------------------------------------------------------
// log (`__ieee754_log_fma`)
// ---------------------------------------------------------------------------------------------

const LN2HI: f64 = 0.6931471805598903;
const LN2LO: f64 = 5.497923018708371e-14;
const A0: f64 = -0.5000000000000001;
const A1: f64 = 0.33333333331825593;
const A2: f64 = -0.2499999999622955;
const A3: f64 = 0.20000304511814496;
const A4: f64 = -0.16667054827627667;
const B0: f64 = -0.5;
const B1: f64 = 0.3333333333333352;
const B2: f64 = -0.24999999999998432;
const B3: f64 = 0.19999999999320328;
const B4: f64 = -0.16666666669929706;
const B5: f64 = 0.14285715076560868;
const B6: f64 = -0.12499997863982555;
const B7: f64 = 0.11110712032936046;
const B8: f64 = -0.10000486757818193;
const B9: f64 = 0.09181994006195467;
const B10: f64 = -0.08328363062289341;

/** Pairs (1/c, log c) for the 128 subintervals of [0x1.6p-1, 0x1.6p0) (`__log_data.tab`). */
const LOG_TAB: StaticArray<f64> = [
  1.4504249240398293, -0.3718565645633589,
  1.442253508327276, -0.36620682668944937,
  1.4341736174350004, -0.3605888069791945,
  1.426183816329995, -0.3550022171419869,
  1.4182825527052965, -0.34944666968829097,
  1.4104682921759335, -0.3439217713603284,
  1.4027396147468003, -0.3384271921261188,
  1.3950954438932313, -0.332962831494342,
  1.3875338232485754, -0.32752794345742586,
  1.3800539211058593, -0.32212257167088865,
  1.3726542695419708, -0.3167462884799761,
  1.3653332798446802, -0.3113985598928366,
  1.358090204587874, -0.3060794515165526,
  1.3509234892132138, -0.300788424667644,
  1.3438320840699889, -0.2955252968476998,
  1.3368146974742003, -0.29028969275850613,
  1.329870114677736, -0.2850812793277555,
  1.322997339161106, -0.27989987391470095,
  1.316195352741367, -0.27474526621870154,
  1.3094628125672239, -0.2696169863701243,
  1.3027990455471041, -0.26451506180308115,
  1.2962024229438942, -0.2594387762767383,
  1.2896726275815547, -0.2543884090981692,
  1.2832080305745537, -0.24936321635129843,
  1.276807885983376, -0.24436312405975968,
  1.2704714060687552, -0.23938801747897287,
  1.2641976054949482, -0.23443761696705678,
  1.257985357514882, -0.22951151871518505,
  1.2518337750655457, -0.2246094963439873,
  1.2457421919097305, -0.21973149037705753,
  1.2397094966625508, -0.2148770752847895,
  1.2337348463589233, -0.210046029103637,
  1.2278176973028803, -0.20523836373934046,
  1.2219570190618474, -0.20045368751368642,
  1.2161519732977757, -0.1956917537758045,
  1.2104018095009725, -0.19095237845203883,
  1.204705805718973, -0.18623539250290833,
  1.1990631185441964, -0.18154051731551135,
  1.1934733004462308, -0.1768677957431919,
  1.1879350812847385, -0.17221657406412305,
  1.1824481322833125, -0.16758697765942543,
  1.1770114976921955, -0.16297859687290384,
  1.1716248121809465, -0.15839151377804228,
  1.1662869231674715, -0.15382513241456763,
  1.1609977486762766, -0.14927976358922024,
  1.1557563220795803, -0.14475495398119165,
  1.1505619105480347, -0.14025044090817573,
  1.1454138888505974, -0.1357660466685502,
  1.140311877374656, -0.1313018016355727,
  1.1352550225747513, -0.12685731518763532,
  1.1302429094831266, -0.1224325737671279,
  1.1252747693068048, -0.11802724521862729,
  1.1203501571039876, -0.11364127671663482,
  1.1154683327680124, -0.10927434611278386,
  1.1106291463292157, -0.10492665324943573,
  1.1058315813301596, -0.10059761422644442,
  1.1010752177696026, -0.09628717309055901,
  1.0963597137952512, -0.09199534069557558,
  1.0916844827550398, -0.08772190036688698,
  1.0870487291277784, -0.08346643613867855,
  1.082452357388312, -0.07922916827544668,
  1.0778948225025884, -0.0750099004750382,
  1.0733751731601076, -0.07080805133352897,
  1.068893585073351, -0.06662408085151128,
  1.0644491706655506, -0.06245745471915143,
  1.0600414846328305, -0.0583080438042316,
  1.0556701316181605, -0.05417576112313327,
  1.051334750556926, -0.050060547896805474,
  1.0470347288442157, -0.045962101199052086,
  1.0427699229652954, -0.04188056008865715,
  1.0385395013738175, -0.03781540056183985,
  1.034343418940345, -0.03376684757915882,
  1.0301811073173315, -0.029734619131772888,
  1.026052043621297, -0.025718470239212365,
  1.0219561082336197, -0.021718543925430822,
  1.0178926505784922, -0.01773446126981071,
  1.0138614436244586, -0.013766252464051831,
  1.0098620186501341, -0.009813706322574944,
  1.0058938559734134, -0.005876555150052809,
  1.00195696235014, -0.0019550499938532084,
  0.9961089923088509, 0.0038985973556009412,
  0.9884170338185201, 0.011650571286395461,
  0.9808429191005297, 0.019342955478919066,
  0.9733840169987446, 0.0269766014846482,
  0.9660377568876556, 0.034552359728422744,
  0.9588014945307369, 0.04207121767183253,
  0.9516728569073111, 0.049533940950141186,
  0.9446494635965822, 0.056941358295944156,
  0.9377288993026223, 0.06429439168346107,
  0.9309091073790681, 0.0715936354946507,
  0.924187681612722, 0.07884010933776153,
  0.9175626765599192, 0.08603438905970506,
  0.9110320403624034, 0.09317721180013905,
  0.9045935839762024, 0.10026951462748457,
  0.8982456375922825, 0.10731170956330516,
  0.8919860966782501, 0.11430473320717738,
  0.8858131121185129, 0.12124928503033061,
  0.879725075760676, 0.12814583422959913,
  0.8737201372634685, 0.1349951636851756,
  0.8677966405782273, 0.1417978768189414,
  0.8619528050060739, 0.14855476039031146,
  0.8561872354420692, 0.1552661937658968,
  0.8504983927816893, 0.16193275688146969,
  0.8448844572790304, 0.16855539792220497,
  0.8393442741575965, 0.1751343179947753,
  0.8338762249349438, 0.1816702989864325,
  0.8284789320557778, 0.18816387146023317,
  0.8231510800065832, 0.1946155228479256,
  0.8178913903778707, 0.20102572579389744,
  0.8126984007245374, 0.2073952090795501,
  0.8075710029460227, 0.21372429840596396,
  0.8025078881160415, 0.2200135945981856,
  0.7975077379364331, 0.22626374162859975,
  0.792569604966373, 0.23247494747693054,
  0.7876923641254114, 0.23864766620658884,
  0.7828746724940998, 0.24478265647405806,
  0.7781155388790811, 0.25088025827324145,
  0.7734139557869777, 0.2569408552510595,
  0.7687687179914933, 0.26296511155101143,
  0.7641790698041854, 0.2689531327189343,
  0.7596438763692399, 0.27490553924610595,
  0.7551621951078668, 0.2808227248478943,
  0.7507331780216866, 0.286704979267256,
  0.7463557196361751, 0.29255295645509705,
  0.7420289364869653, 0.2983670386142876,
  0.7377521537065876, 0.30414734587282055,
  0.7335242966002608, 0.30989455774829366,
  0.729344777457841, 0.31560871301871884,
];

/** Natural logarithm, bit for bit as glibc's `log`. */
function logWith<F>(x: f64): f64 {
  const m = changetype<F>(0);
  if (x >= 0.9375 && x < 1.064697265625) return logNearOneWith<F>(x);
  let ix = reinterpret<u64>(x);
  if (!(x >= 2.2250738585072014e-308 && x < Infinity)) {
    if (x == 0) return -Infinity;
    if (x == Infinity) return x;
    if (x != x) return x;
    if (x < 0) return X86_NAN;
    ix = reinterpret<u64>(x * 4503599627370496.0) - (<u64>52 << 52); // subnormal: scale by 2^52
  }
  // x = 2^k z with z in [0x1.6p-1, 0x1.6p0); i selects the subinterval of z
  const tmp = ix - 0x3fe6000000000000;
  const i = <i32>((tmp >> 45) & 127);
  const k = <i32>(<i64>tmp >> 52);
  const z = reinterpret<f64>(ix - (tmp & (<u64>0xfff << 52)));
  const invc = unchecked(LOG_TAB[2 * i]);
  const logc = unchecked(LOG_TAB[2 * i + 1]);
  const kd = <f64>k;
  const r = m.productMinusOne(z, invc);
  const w = kd * LN2HI + logc; // fused there, but the product is exact
  const h = r + w;
  const lo = k == 0 ? w - h + r : m.fma(kd, LN2LO, w - h + r);
  const r2 = r * r;
  const r3 = r * r2;
  const p = m.fma(m.fma(r, A4, A3), r2, m.fma(r, A2, A1));
  return m.fma(r3, p, m.fma(r2, A0, lo)) + h;
}

/** glibc's `log` (x86-64 FMA build). */
export function log(x: f64): f64 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hardwareFma) return logWith<HardFma>(x);
  }
  return logWith<SoftFma>(x);
}

/** glibc's path for x close to 1, where log(x) ~ x - 1 must keep all its bits. */
function logNearOneWith<F>(x: f64): f64 {
  const m = changetype<F>(0);
  if (x == 1) return 0;
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  const a = m.fma(r2, B3, m.fma(r, B2, B1));
  const b = m.fma(r2, B6, m.fma(r, B5, B4));
  const c = m.fma(r3, B10, m.fma(r2, B9, m.fma(r, B8, B7)));
  const poly = m.fma(m.fma(c, r3, b), r3, a);
  // r = rhi + rlo with rhi the top half of r's bits; the fused lines glibc has here multiply by
  // 2^27 or by B0 = -0.5, exactly, so plain operations round the same
  const s = r * 134217728.0;
  const rhi = r + s - s;
  const rlo = r - rhi;
  const w = rhi * rhi * B0;
  const h = r + w;
  let lo = r - h + w;
  lo = m.fma(B0 * rlo, rhi + r, lo);
  return h + m.fma(poly, r3, lo);
}

// ---------------------------------------------------------------------------------------------
// log1p (`__log1p_fma`: fdlibm's algorithm)
// ---------------------------------------------------------------------------------------------

const LN2_HI: f64 = 6.93147180369123816490e-01; // 0x3fe62e42fee00000
const LN2_LO: f64 = 1.90821492927058770002e-10; // 0x3dea39ef35793c76
const LP1: f64 = 6.666666666666735130e-01;
const LP2: f64 = 3.999999999940941908e-01;
const LP3: f64 = 2.857142874366239149e-01;
const LP4: f64 = 2.222219843214978396e-01;
const LP5: f64 = 1.818357216161805012e-01;
const LP6: f64 = 1.531383769920937332e-01;
const LP7: f64 = 1.479819860511658591e-01;
const TWO_THIRDS: f64 = 0.66666666666666666;

@inline function withHigh(x: f64, hi: u32): f64 {
  return reinterpret<f64>((<u64>hi << 32) | (reinterpret<u64>(x) & 0xffffffff));
}

/** log(1 + x), bit for bit as glibc's `log1p`. */
function log1pWith<F>(x: f64): f64 {
  const m = changetype<F>(0);
  const hx = <i32>(reinterpret<u64>(x) >> 32);
  const ax = <u32>(hx & 0x7fffffff);
  let k: i32 = 1;
  let f: f64 = 0;
  let c: f64 = 0;
  let hu: i32 = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x == -1.0 ? -Infinity : X86_NAN; // x < -1 (NaN has hx >= 0 here)
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x; // |x| < 2^-54
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= <i32>0xbfd2bec3) {
      k = 0; // -0.2929 < x < 0.41422
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k != 0) {
    let u: f64;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = <i32>(reinterpret<u64>(u) >> 32);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = <i32>(reinterpret<u64>(u) >> 32);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHigh(u, <u32>(hu | 0x3ff00000)); // normalize u
    } else {
      k += 1;
      u = withHigh(u, <u32>(hu | 0x3fe00000)); // normalize u / 2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const kd = <f64>k;
  const hfsq = 0.5 * f * f;
  if (hu == 0) {
    // |f| < 2^-20
    if (f == 0) {
      if (k == 0) return 0;
      return kd * LN2_HI + m.fma(kd, LN2_LO, c);
    }
    const R = m.fma(-f, TWO_THIRDS, 1.0) * hfsq;
    if (k == 0) return f - R;
    return kd * LN2_HI - (R - m.fma(kd, LN2_LO, c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  let R = m.fma(z, LP1, z2 * m.fma(z, LP3, LP2));
  R = m.fma(z4, m.fma(z, LP5, LP4), R);
  R = m.fma(z6, m.fma(z, LP7, LP6), R);
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  // k * LN2_HI is exact, so the fused final multiply-subtract rounds as this does
  return kd * LN2_HI - (hfsq - (m.fma(kd, LN2_LO, c) + s * (hfsq + R)) - f);
}

/** glibc's `log1p` (x86-64 FMA build). */
export function log1p(x: f64): f64 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hardwareFma) return log1pWith<HardFma>(x);
  }
  return log1pWith<SoftFma>(x);
}

// ---------------------------------------------------------------------------------------------
// exp (`__ieee754_exp_fma`) and pow (`__ieee754_pow_fma`)
// ---------------------------------------------------------------------------------------------

const INV_LN2_N: f64 = 184.6649652337873; // 128 / ln 2
const NEG_LN2_HI_N: f64 = -0.005415212348111709;
const NEG_LN2_LO_N: f64 = -1.2864023111638346e-14;
const C2: f64 = 0.49999999999996786;
const C3: f64 = 0.16666666666665886;
const C4: f64 = 0.0416666808410674;
const C5: f64 = 0.008333335853059549;
const SHIFT: f64 = 6755399441055744.0; // 0x1.8p52

/** `__exp_data.tab`: for j in [0, 128), the bits of tail_j and of 2^(j/128) - (j << 45). */
const EXP_TAB: StaticArray<u64> = [
  0x0000000000000000, 0x3ff0000000000000, 0x3c9b3b4f1a88bf6e, 0x3feff63da9fb3335,
  0xbc7160139cd8dc5d, 0x3fefec9a3e778061, 0xbc905e7a108766d1, 0x3fefe315e86e7f85,
  0x3c8cd2523567f613, 0x3fefd9b0d3158574, 0xbc8bce8023f98efa, 0x3fefd06b29ddf6de,
  0x3c60f74e61e6c861, 0x3fefc74518759bc8, 0x3c90a3e45b33d399, 0x3fefbe3ecac6f383,
  0x3c979aa65d837b6d, 0x3fefb5586cf9890f, 0x3c8eb51a92fdeffc, 0x3fefac922b7247f7,
  0x3c3ebe3d702f9cd1, 0x3fefa3ec32d3d1a2, 0xbc6a033489906e0b, 0x3fef9b66affed31b,
  0xbc9556522a2fbd0e, 0x3fef9301d0125b51, 0xbc5080ef8c4eea55, 0x3fef8abdc06c31cc,
  0xbc91c923b9d5f416, 0x3fef829aaea92de0, 0x3c80d3e3e95c55af, 0x3fef7a98c8a58e51,
  0xbc801b15eaa59348, 0x3fef72b83c7d517b, 0xbc8f1ff055de323d, 0x3fef6af9388c8dea,
  0x3c8b898c3f1353bf, 0x3fef635beb6fcb75, 0xbc96d99c7611eb26, 0x3fef5be084045cd4,
  0x3c9aecf73e3a2f60, 0x3fef54873168b9aa, 0xbc8fe782cb86389d, 0x3fef4d5022fcd91d,
  0x3c8a6f4144a6c38d, 0x3fef463b88628cd6, 0x3c807a05b0e4047d, 0x3fef3f49917ddc96,
  0x3c968efde3a8a894, 0x3fef387a6e756238, 0x3c875e18f274487d, 0x3fef31ce4fb2a63f,
  0x3c80472b981fe7f2, 0x3fef2b4565e27cdd, 0xbc96b87b3f71085e, 0x3fef24dfe1f56381,
  0x3c82f7e16d09ab31, 0x3fef1e9df51fdee1, 0xbc3d219b1a6fbffa, 0x3fef187fd0dad990,
  0x3c8b3782720c0ab4, 0x3fef1285a6e4030b, 0x3c6e149289cecb8f, 0x3fef0cafa93e2f56,
  0x3c834d754db0abb6, 0x3fef06fe0a31b715, 0x3c864201e2ac744c, 0x3fef0170fc4cd831,
  0x3c8fdd395dd3f84a, 0x3feefc08b26416ff, 0xbc86a3803b8e5b04, 0x3feef6c55f929ff1,
  0xbc924aedcc4b5068, 0x3feef1a7373aa9cb, 0xbc9907f81b512d8e, 0x3feeecae6d05d866,
  0xbc71d1e83e9436d2, 0x3feee7db34e59ff7, 0xbc991919b3ce1b15, 0x3feee32dc313a8e5,
  0x3c859f48a72a4c6d, 0x3feedea64c123422, 0xbc9312607a28698a, 0x3feeda4504ac801c,
  0xbc58a78f4817895b, 0x3feed60a21f72e2a, 0xbc7c2c9b67499a1b, 0x3feed1f5d950a897,
  0x3c4363ed60c2ac11, 0x3feece086061892d, 0x3c9666093b0664ef, 0x3feeca41ed1d0057,
  0x3c6ecce1daa10379, 0x3feec6a2b5c13cd0, 0x3c93ff8e3f0f1230, 0x3feec32af0d7d3de,
  0x3c7690cebb7aafb0, 0x3feebfdad5362a27, 0x3c931dbdeb54e077, 0x3feebcb299fddd0d,
  0xbc8f94340071a38e, 0x3feeb9b2769d2ca7, 0xbc87deccdc93a349, 0x3feeb6daa2cf6642,
  0xbc78dec6bd0f385f, 0x3feeb42b569d4f82, 0xbc861246ec7b5cf6, 0x3feeb1a4ca5d920f,
  0x3c93350518fdd78e, 0x3feeaf4736b527da, 0x3c7b98b72f8a9b05, 0x3feead12d497c7fd,
  0x3c9063e1e21c5409, 0x3feeab07dd485429, 0x3c34c7855019c6ea, 0x3feea9268a5946b7,
  0x3c9432e62b64c035, 0x3feea76f15ad2148, 0xbc8ce44a6199769f, 0x3feea5e1b976dc09,
  0xbc8c33c53bef4da8, 0x3feea47eb03a5585, 0xbc845378892be9ae, 0x3feea34634ccc320,
  0xbc93cedd78565858, 0x3feea23882552225, 0x3c5710aa807e1964, 0x3feea155d44ca973,
  0xbc93b3efbf5e2228, 0x3feea09e667f3bcd, 0xbc6a12ad8734b982, 0x3feea012750bdabf,
  0xbc6367efb86da9ee, 0x3fee9fb23c651a2f, 0xbc80dc3d54e08851, 0x3fee9f7df9519484,
  0xbc781f647e5a3ecf, 0x3fee9f75e8ec5f74, 0xbc86ee4ac08b7db0, 0x3fee9f9a48a58174,
  0xbc8619321e55e68a, 0x3fee9feb564267c9, 0x3c909ccb5e09d4d3, 0x3feea0694fde5d3f,
  0xbc7b32dcb94da51d, 0x3feea11473eb0187, 0x3c94ecfd5467c06b, 0x3feea1ed0130c132,
  0x3c65ebe1abd66c55, 0x3feea2f336cf4e62, 0xbc88a1c52fb3cf42, 0x3feea427543e1a12,
  0xbc9369b6f13b3734, 0x3feea589994cce13, 0xbc805e843a19ff1e, 0x3feea71a4623c7ad,
  0xbc94d450d872576e, 0x3feea8d99b4492ed, 0x3c90ad675b0e8a00, 0x3feeaac7d98a6699,
  0x3c8db72fc1f0eab4, 0x3feeace5422aa0db, 0xbc65b6609cc5e7ff, 0x3feeaf3216b5448c,
  0x3c7bf68359f35f44, 0x3feeb1ae99157736, 0xbc93091fa71e3d83, 0x3feeb45b0b91ffc6,
  0xbc5da9b88b6c1e29, 0x3feeb737b0cdc5e5, 0xbc6c23f97c90b959, 0x3feeba44cbc8520f,
  0xbc92434322f4f9aa, 0x3feebd829fde4e50, 0xbc85ca6cd7668e4b, 0x3feec0f170ca07ba,
  0x3c71affc2b91ce27, 0x3feec49182a3f090, 0x3c6dd235e10a73bb, 0x3feec86319e32323,
  0xbc87c50422622263, 0x3feecc667b5de565, 0x3c8b1c86e3e231d5, 0x3feed09bec4a2d33,
  0xbc91bbd1d3bcbb15, 0x3feed503b23e255d, 0x3c90cc319cee31d2, 0x3feed99e1330b358,
  0x3c8469846e735ab3, 0x3feede6b5579fdbf, 0xbc82dfcd978e9db4, 0x3feee36bbfd3f37a,
  0x3c8c1a7792cb3387, 0x3feee89f995ad3ad, 0xbc907b8f4ad1d9fa, 0x3feeee07298db666,
  0xbc55c3d956dcaeba, 0x3feef3a2b84f15fb, 0xbc90a40e3da6f640, 0x3feef9728de5593a,
  0xbc68d6f438ad9334, 0x3feeff76f2fb5e47, 0xbc91eee26b588a35, 0x3fef05b030a1064a,
  0x3c74ffd70a5fddcd, 0x3fef0c1e904bc1d2, 0xbc91bdfbfa9298ac, 0x3fef12c25bd71e09,
  0x3c736eae30af0cb3, 0x3fef199bdd85529c, 0x3c8ee3325c9ffd94, 0x3fef20ab5fffd07a,
  0x3c84e08fd10959ac, 0x3fef27f12e57d14b, 0x3c63cdaf384e1a67, 0x3fef2f6d9406e7b5,
  0x3c676b2c6c921968, 0x3fef3720dcef9069, 0xbc808a1883ccb5d2, 0x3fef3f0b555dc3fa,
  0xbc8fad5d3ffffa6f, 0x3fef472d4a07897c, 0xbc900dae3875a949, 0x3fef4f87080d89f2,
  0x3c74a385a63d07a7, 0x3fef5818dcfba487, 0xbc82919e2040220f, 0x3fef60e316c98398,
  0x3c8e5a50d5c192ac, 0x3fef69e603db3285, 0x3c843a59ac016b4b, 0x3fef7321f301b460,
  0xbc82d52107b43e1f, 0x3fef7c97337b9b5f, 0xbc892ab93b470dc9, 0x3fef864614f5a129,
  0x3c74b604603a88d3, 0x3fef902ee78b3ff6, 0x3c83c5ec519d7271, 0x3fef9a51fbc74c83,
  0xbc8ff7128fd391f0, 0x3fefa4afa2a490da, 0xbc8dae98e223747d, 0x3fefaf482d8e67f1,
  0x3c8ec3bc41aa2008, 0x3fefba1bee615a27, 0x3c842b94c3a9eb32, 0x3fefc52b376bba97,
  0x3c8a64a931d185ee, 0x3fefd0765b6e4540, 0xbc8e37bae43be3ed, 0x3fefdbfdad9cbe14,
  0x3c77893b4d91cd9d, 0x3fefe7c1819e90d8, 0x3c5305c14160cc89, 0x3feff3c22b8f71f1,
];

/** exp's result 2^k (1 + tmp) when it may overflow or be subnormal (`specialcase`). */
function expSpecialWith<F>(tmp: f64, sbits: u64, ki: u64): f64 {
  const m = changetype<F>(0);
  if ((ki & 0x80000000) == 0) {
    // k > 0: the exponent of scale may have overflowed by up to 460
    const scale = reinterpret<f64>(sbits - (<u64>1009 << 52));
    return 5.486124068793689e303 * m.fma(scale, tmp, scale); // 0x1p1009
  }
  // k < 0: round to the subnormal precision once
  const scale = reinterpret<f64>(sbits + (<u64>1022 << 52));
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    let lo = scale - y + st;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = hi + lo - 1.0;
    if (y == 0) y = 0; // never -0
  }
  return 2.2250738585072014e-308 * y; // 0x1p-1022
}

/** e^x, bit for bit as glibc's `exp`. */
function expWith<F>(x: f64): f64 {
  const m = changetype<F>(0);
  const ix = reinterpret<u64>(x);
  let abstop = <u32>(ix >> 52) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f) {
    if (<i32>(abstop - 0x3c9) < 0) return 1.0 + x; // |x| < 2^-54
    if (abstop >= 0x409) {
      // |x| >= 1024 or NaN
      if (ix == 0xfff0000000000000) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return ix >> 63 ? 0 : Infinity;
    }
    abstop = 0; // large |x|: the result may overflow or be subnormal
  }
  let kd = m.fma(x, INV_LN2_N, SHIFT);
  const ki = reinterpret<u64>(kd);
  kd -= SHIFT;
  let r = m.fma(kd, NEG_LN2_HI_N, x);
  r = m.fma(kd, NEG_LN2_LO_N, r);
  const idx = <i32>(2 * (ki & 127));
  const tail = reinterpret<f64>(unchecked(EXP_TAB[idx]));
  const sbits = unchecked(EXP_TAB[idx + 1]) + (ki << 45);
  const r2 = r * r;
  const q = m.fma(m.fma(r, C3, C2), r2, r + tail);
  const tmp = m.fma(r2 * r2, m.fma(r, C5, C4), q);
  if (abstop == 0) return expSpecialWith<F>(tmp, sbits, ki);
  const scale = reinterpret<f64>(sbits);
  return m.fma(scale, tmp, scale);
}

/** glibc's `exp` (x86-64 FMA build). */
export function exp(x: f64): f64 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hardwareFma) return expWith<HardFma>(x);
  }
  return expWith<SoftFma>(x);
}

const OFF: u64 = 0x3fe6955500000000;
const POW_LN2_HI: f64 = 0.6931471805598903;
const POW_LN2_LO: f64 = 5.497923018708371e-14;
const PA0: f64 = -0.5;
const PA1: f64 = -0.6666666666666679;
const PA2: f64 = 0.5000000000000007;
const PA3: f64 = 0.7999999995323976;
const PA4: f64 = -0.6666666663487739;
const PA5: f64 = -1.142909628459501;
const PA6: f64 = 1.0000415263675542;

/** `__pow_log_data.tab`: (1/c, log c, tail of log c) for 128 subintervals of [OFF, 2 OFF). */
const POW_LOG_TAB: StaticArray<f64> = [
  1.4140625, -0.3464667673462145, 5.929407345889625e-15,
  1.40625, -0.34092658697056777, -2.544157440035963e-14,
  1.3984375, -0.3353555419211034, -3.443525940775045e-14,
  1.390625, -0.3297532863724655, -2.500123826022799e-15,
  1.3828125, -0.32411946865420305, -8.929337133850617e-15,
  1.375, -0.31845373111855224, 1.7625431312172662e-14,
  1.3671875, -0.31275571000389846, 1.5688303180062087e-15,
  1.359375, -0.3070250352949415, 2.9655274673691784e-14,
  1.3515625, -0.3012613305781997, 3.7923164802093147e-14,
  1.34375, -0.2954642128938758, 3.993416384387844e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.328125, -0.28376817313062475, -1.9852665484979036e-14,
  1.3203125, -0.27786845100342816, -2.814323765595281e-14,
  1.3125, -0.2719337154836694, 2.7643769993528702e-14,
  1.3046875, -0.2659635484970977, -4.025092402293806e-14,
  1.296875, -0.25995752443691345, -1.2621729398885316e-14,
  1.2890625, -0.25391520998095984, -3.600176732637335e-15,
  1.2890625, -0.25391520998095984, -3.600176732637335e-15,
  1.28125, -0.2478361639045943, 1.3029797173308663e-14,
  1.2734375, -0.2417199368871934, 4.8230289429940886e-14,
  1.265625, -0.23556607131274632, -2.0592242769647135e-14,
  1.2578125, -0.22937410106487732, 3.149265065191484e-14,
  1.25, -0.22314355131425145, 4.169796584527195e-14,
  1.25, -0.22314355131425145, 4.169796584527195e-14,
  1.2421875, -0.21687393830063684, 2.2477465222466186e-14,
  1.234375, -0.21056476910735, 3.6507188831790577e-16,
  1.2265625, -0.2042155414286526, -3.827767260205414e-14,
  1.2265625, -0.2042155414286526, -3.827767260205414e-14,
  1.21875, -0.19782574332987224, -4.7641388950792196e-14,
  1.2109375, -0.19139485299967873, 4.9278276214647115e-14,
  1.203125, -0.18492233849406148, 4.9485167661250996e-14,
  1.203125, -0.18492233849406148, 4.9485167661250996e-14,
  1.1953125, -0.1784076574728033, -1.5003333854266542e-14,
  1.1875, -0.17185025692663203, -2.7194441649495324e-14,
  1.1875, -0.17185025692663203, -2.7194441649495324e-14,
  1.1796875, -0.1652495728952772, -2.99659267292569e-14,
  1.171875, -0.15860503017665906, 2.0472357800461955e-14,
  1.171875, -0.15860503017665906, 2.0472357800461955e-14,
  1.1640625, -0.15191604202584585, 3.879296723063646e-15,
  1.15625, -0.1451820098444614, -3.6506824353335045e-14,
  1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
  1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
  1.140625, -0.131576357788731, 1.1729485484531301e-14,
  1.140625, -0.131576357788731, 1.1729485484531301e-14,
  1.1328125, -0.12470347850091912, -3.811763084710266e-14,
  1.125, -0.11778303565643, 4.654729747598445e-14,
  1.125, -0.11778303565643, 4.654729747598445e-14,
  1.1171875, -0.11081436634026431, -2.5799991283069902e-14,
  1.109375, -0.10379679368168127, 3.7700471749674615e-14,
  1.109375, -0.10379679368168127, 3.7700471749674615e-14,
  1.1015625, -0.09672962645856842, 1.7306161136093256e-14,
  1.1015625, -0.09672962645856842, 1.7306161136093256e-14,
  1.09375, -0.089612158689647, -4.012913552726574e-14,
  1.0859375, -0.08244366921110213, 2.7541708360737882e-14,
  1.0859375, -0.08244366921110213, 2.7541708360737882e-14,
  1.078125, -0.07522342123763792, 5.0396178134370583e-14,
  1.078125, -0.07522342123763792, 5.0396178134370583e-14,
  1.0703125, -0.06795066190852594, 1.8195060030168815e-14,
  1.0625, -0.06062462181648698, 5.213620639136504e-14,
  1.0625, -0.06062462181648698, 5.213620639136504e-14,
  1.0546875, -0.053244514518837605, 2.532168943117445e-14,
  1.0546875, -0.053244514518837605, 2.532168943117445e-14,
  1.046875, -0.045809536031242715, -5.148849572685811e-14,
  1.046875, -0.045809536031242715, -5.148849572685811e-14,
  1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
  1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
  1.03125, -0.03077165866670839, -4.529814257790929e-14,
  1.03125, -0.03077165866670839, -4.529814257790929e-14,
  1.0234375, -0.023167059281490765, -4.361324067851568e-14,
  1.015625, -0.015504186535963527, -1.7274567499706107e-15,
  1.015625, -0.015504186535963527, -1.7274567499706107e-15,
  1.0078125, -0.0077821404420319595, -2.298941004620351e-14,
  1.0078125, -0.0077821404420319595, -2.298941004620351e-14,
  1.0, 0.0, 0.0,
  1.0, 0.0, 0.0,
  0.9921875, 0.007843177461040796, -1.4902732911301337e-14,
  0.984375, 0.01574835696817445, -3.527980389655325e-14,
  0.9765625, 0.023716526617363343, -4.730054772033249e-14,
  0.96875, 0.03174869831457272, 7.580310369375161e-15,
  0.9609375, 0.039845908547249564, -4.9893776716773285e-14,
  0.953125, 0.048009219186383234, -2.262629393030674e-14,
  0.9453125, 0.056239718322899535, -2.345674491018699e-14,
  0.94140625, 0.06038051098892083, -1.3352588834854848e-14,
  0.93359375, 0.06871389254808946, -3.765296820388875e-14,
  0.92578125, 0.07711730334438016, 5.1128335719851986e-14,
  0.91796875, 0.08559193033545398, -5.046674438470119e-14,
  0.9140625, 0.08985632912185793, 3.1218748807418837e-15,
  0.90625, 0.09844007281321865, 3.3871241029241416e-14,
  0.8984375, 0.10709813555638448, -1.7376727386423858e-14,
  0.89453125, 0.11145544092528326, 3.957125899799804e-14,
  0.88671875, 0.12022742699821265, -5.2849453521890294e-14,
  0.8828125, 0.12464244520731427, -3.767012502308738e-14,
  0.875, 0.13353139262449076, 3.1859736349078334e-14,
  0.87109375, 0.13800567301939282, 5.0900642926060466e-14,
  0.86328125, 0.14701474296180095, 8.710783796122478e-15,
  0.859375, 0.15154989812720032, 6.157896229122976e-16,
  0.8515625, 0.16068238169043525, 3.821577743916796e-14,
  0.84765625, 0.16528009093906348, 3.9440046718453496e-14,
  0.83984375, 0.17453941635187675, 2.2924522154618074e-14,
  0.8359375, 0.17920142945774842, -3.742530094732263e-14,
  0.83203125, 0.18388527877016259, -2.5223102140407338e-14,
  0.82421875, 0.1933193110035063, -1.0320443688698849e-14,
  0.8203125, 0.19806991376208316, 1.0634128304268335e-14,
  0.8125, 0.20763936477828793, -4.3425422595242564e-14,
  0.80859375, 0.21245865121420593, -1.2527395755711364e-14,
  0.8046875, 0.21730127569003344, -5.204008743405884e-14,
  0.80078125, 0.22216746534115828, -3.979844515951702e-15,
  0.79296875, 0.2319714654378231, -4.7955860343296286e-14,
  0.7890625, 0.2369097470783572, 5.015686013791602e-16,
  0.78515625, 0.24187253642048745, -7.252318953240293e-16,
  0.78125, 0.2468600779315011, 2.4688324156011588e-14,
  0.7734375, 0.2569104137850218, 5.465121253624792e-15,
  0.76953125, 0.26197371574153294, 4.102651071698446e-14,
  0.765625, 0.2670627852490952, -4.996736502345936e-14,
  0.76171875, 0.27217788591576664, 4.903580708156347e-14,
  0.7578125, 0.27731928541618345, 5.089628039500759e-14,
  0.75390625, 0.28248725557466514, 1.1782016386565151e-14,
  0.74609375, 0.29290401643288533, 4.727452940514406e-14,
  0.7421875, 0.29815337231912054, -4.4204083338755686e-14,
  0.73828125, 0.3034304294199046, 1.548345993498083e-14,
  0.734375, 0.30873548164959175, 2.1522127491642888e-14,
  0.73046875, 0.3140688276249648, 1.1054030169005386e-14,
  0.7265625, 0.31943077076641657, -5.534326352070679e-14,
  0.72265625, 0.3248216194012912, -5.351646604259541e-14,
  0.71875, 0.33024168687052224, 5.4612144489920215e-14,
  0.71484375, 0.3356912916381134, 2.8136969901227338e-14,
  0.7109375, 0.3411707574027787, -1.156568624616423e-14,
];

// log_inline's result is hi + tail; the tail travels through this global (no multiple returns).
let logTail: f64 = 0;

/** log(x) as hi + logTail with about 15 extra bits, `ix` normalized (pow's `log_inline`). */
@inline function powLogWith<F>(ix: u64): f64 {
  const m = changetype<F>(0);
  const tmp = ix - OFF;
  const i = <i32>((tmp >> 45) & 127);
  const k = <i64>tmp >> 52;
  const z = reinterpret<f64>(ix - (tmp & (<u64>0xfff << 52)));
  const kd = <f64>k;
  const invc = unchecked(POW_LOG_TAB[3 * i]);
  const logc = unchecked(POW_LOG_TAB[3 * i + 1]);
  const logctail = unchecked(POW_LOG_TAB[3 * i + 2]);
  const r = m.fma(z, invc, -1.0);
  const t1 = m.fma(kd, POW_LN2_HI, logc);
  const t2 = t1 + r;
  const lo1 = m.fma(kd, POW_LN2_LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = r * PA0;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = m.fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const inner = m.fma(m.fma(r, PA6, PA5), ar2, m.fma(r, PA4, PA3));
  const q = m.fma(ar2, inner, m.fma(r, PA2, PA1));
  const lo = m.fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** pow's result when it may overflow or be subnormal; the sign lives in sbits. */
function powSpecialWith<F>(tmp: f64, sbits: u64, ki: u64): f64 {
  const m = changetype<F>(0);
  if ((ki & 0x80000000) == 0) {
    const scale = reinterpret<f64>(sbits - (<u64>1009 << 52));
    return m.fma(scale, tmp, scale) * 5.486124068793689e303; // 0x1p1009
  }
  const signedScale = sbits + (<u64>1022 << 52); // its sign bit is the result's sign
  const scale = reinterpret<f64>(signedScale);
  const st = scale * tmp;
  let y = scale + st;
  if (abs(y) < 1.0) {
    const one: f64 = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y == 0) y = reinterpret<f64>(signedScale & 0x8000000000000000);
  }
  return y * 2.2250738585072014e-308;
}

const SIGN_BIAS: u64 = 0x800 << 7;

/** sign * exp(x + xtail) (pow's `exp_inline`); signBias is SIGN_BIAS for a negative result. */
@inline function powExpWith<F>(x: f64, xtail: f64, signBias: u64): f64 {
  const m = changetype<F>(0);
  let abstop = <u32>(reinterpret<u64>(x) >> 52) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f) {
    if (<i32>(abstop - 0x3c9) < 0) {
      const one = 1.0 + x;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      const tiny = reinterpret<u64>(x) >> 63;
      if (signBias) return tiny ? -0.0 : -Infinity;
      return tiny ? 0.0 : Infinity;
    }
    abstop = 0;
  }
  let kd = m.fma(x, INV_LN2_N, SHIFT);
  const ki = reinterpret<u64>(kd);
  kd -= SHIFT;
  let r = m.fma(kd, NEG_LN2_HI_N, x);
  r = m.fma(kd, NEG_LN2_LO_N, r);
  r = xtail + r;
  const idx = <i32>(2 * (ki & 127));
  const tail = reinterpret<f64>(unchecked(EXP_TAB[idx]));
  const sbits = unchecked(EXP_TAB[idx + 1]) + ((ki + signBias) << 45);
  const r2 = r * r;
  const q = m.fma(m.fma(r, C3, C2), r2, r + tail);
  const tmp = m.fma(r2 * r2, m.fma(r, C5, C4), q);
  if (abstop == 0) return powSpecialWith<F>(tmp, sbits, ki);
  const scale = reinterpret<f64>(sbits);
  return m.fma(scale, tmp, scale);
}

/** 0 if iy is not an integer, 1 if odd, 2 if even (iy: bits of a finite non-zero double). */
function checkint(iy: u64): i32 {
  const e = <i32>(iy >> 52) & 0x7ff;
  if (e < 0x3ff) return 0;
  if (e > 0x3ff + 52) return 2;
  if (iy & ((<u64>1 << (0x3ff + 52 - e)) - 1)) return 0;
  if (iy & (<u64>1 << (0x3ff + 52 - e))) return 1;
  return 2;
}

/** Whether i is the bit pattern of +-0, +-inf or NaN. */
@inline function zeroinfnan(i: u64): bool {
  return 2 * i - 1 >= 2 * 0x7ff0000000000000 - 1;
}

/** x^y, bit for bit as glibc's `pow`. */
function powWith<F>(x: f64, y: f64): f64 {
  const m = changetype<F>(0);
  let signBias: u64 = 0;
  let ix = reinterpret<u64>(x);
  const iy = reinterpret<u64>(y);
  let topx = <u32>(ix >> 52);
  const topy = <u32>(iy >> 52);
  if (topx - 0x001 >= 0x7ff - 0x001 || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
    // x < 0x1p-1022, x <= 0, inf or NaN; or |y| < 0x1p-65, |y| >= 0x1p63 or NaN
    if (zeroinfnan(iy)) {
      if (2 * iy == 0) return 1.0;
      if (ix == 0x3ff0000000000000) return 1.0;
      if (2 * ix > 2 * 0x7ff0000000000000 || 2 * iy > 2 * 0x7ff0000000000000) return x + y;
      if (2 * ix == 2 * 0x3ff0000000000000) return 1.0;
      if ((2 * ix < 2 * 0x3ff0000000000000) == !(iy >> 63)) return 0.0; // |x|<1, y=inf or |x|>1, y=-inf
      return y * y;
    }
    if (zeroinfnan(ix)) {
      let x2 = x * x;
      if (ix >> 63 && checkint(iy) == 1) x2 = -x2;
      return iy >> 63 ? 1 / x2 : x2;
    }
    // x and y are non-zero finite
    if (ix >> 63) {
      const yint = checkint(iy);
      if (yint == 0) return X86_NAN;
      if (yint == 1) signBias = SIGN_BIAS;
      ix &= 0x7fffffffffffffff;
      topx &= 0x7ff;
    }
    if ((topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
      if (ix == 0x3ff0000000000000) return 1.0;
      if ((topy & 0x7ff) < 0x3be) return ix > 0x3ff0000000000000 ? 1.0 + y : 1.0 - y; // |y| < 2^-65
      return (ix > 0x3ff0000000000000) == (topy < 0x800) ? Infinity : 0.0;
    }
    if (topx == 0) {
      // subnormal x: normalize so the exponent becomes negative
      ix = reinterpret<u64>(x * 4503599627370496.0) & 0x7fffffffffffffff;
      ix -= <u64>52 << 52;
    }
  }
  const hi = powLogWith<F>(ix);
  const lo = logTail;
  const ehi = y * hi;
  const elo = m.fma(y, lo, m.fma(y, hi, -ehi));
  return powExpWith<F>(ehi, elo, signBias);
}

/** glibc's `pow` (x86-64 FMA build). */
export function pow(x: f64, y: f64): f64 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hardwareFma) return powWith<HardFma>(x, y);
  }
  return powWith<SoftFma>(x, y);
}
