/**
 * The distributions of NumPy's legacy `RandomState`, reproduced bit for bit on top of the
 * MT19937 bit generator in `./mt19937.ts`:
 * - `legacyGauss`: `legacy_gauss` of numpy/random/src/legacy/legacy-distributions.c (polar
 *   Box–Muller with one cached value);
 * - `boundedMaskedFill`: the masked-rejection path of `random_bounded_uint64_fill` in
 *   numpy/random/src/distributions/distributions.c, which `RandomState.randint` always uses;
 * - `glibcLog`: the C library `log` that `legacy_gauss` calls (see below).
 */
/** What the legacy distributions draw from: MT19937's 32-bit words and doubles. */
export interface BitSource {
  next32(): number;
  nextDouble(): number;
}

/** The Gaussian cached by the polar method (`has_gauss`, `gauss` of NumPy's `aug_bitgen_t`). */
export interface GaussCache {
  hasGauss: boolean;
  gauss: number;
}

/**
 * `legacy_gauss`: draw pairs of uniforms in the square until one lies strictly inside the unit
 * circle, return one normal variate and keep the other for the next call.
 */
export function legacyGauss(bits: BitSource, cache: GaussCache): number {
  if (cache.hasGauss) {
    const g = cache.gauss;
    cache.hasGauss = false;
    cache.gauss = 0;
    return g;
  }
  let x1: number, x2: number, r2: number;
  do {
    x1 = 2.0 * bits.nextDouble() - 1.0;
    x2 = 2.0 * bits.nextDouble() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 === 0.0);
  const f = Math.sqrt((-2.0 * glibcLog(r2)) / r2);
  cache.gauss = f * x1;
  cache.hasGauss = true;
  return f * x2;
}

/**
 * Writes `n` integers drawn uniformly from the closed range [off, off + rng] into `out`, as
 * `random_bounded_uint64_fill(..., use_masked=True)` does for ranges below 2**32: each value is
 * a 32-bit draw ANDed with the smallest all-ones mask covering `rng`, redrawn while it exceeds
 * `rng`. `rng == 0` consumes no draws; `rng == 0xFFFFFFFF` (mask all ones) accepts every draw.
 * The caller guarantees `0 <= rng <= 0xFFFFFFFF` and that `off + rng` fits an int32.
 */
export function boundedMaskedFill(
  bits: BitSource,
  out: Int32Array,
  n: number,
  off: number,
  rng: number,
): void {
  if (rng === 0) {
    out.fill(off, 0, n);
    return;
  }
  let mask = rng >>> 0;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  mask >>>= 0;
  for (let i = 0; i < n; i++) {
    let v: number;
    do v = (bits.next32() & mask) >>> 0;
    while (v > rng);
    out[i] = off + v;
  }
}

// ---------------------------------------------------------------------------------------------
// glibc's log, rounding for rounding
//
// `legacy_gauss` calls the C library's `log`, so NumPy's Gaussians depend on it to the last bit;
// `Math.log` (V8's fdlibm port) disagrees with it on about 7% of the arguments the polar method
// produces. NumPy's Linux wheels take `log` from glibc, whose implementation since 2.28 is ARM's
// optimized-routines algorithm (table of 128 intervals + polynomial), and on x86-64 CPUs with
// FMA and AVX2 (nearly all current ones) glibc dispatches to a build compiled with -mfma, in
// which GCC fused several multiply-adds. The functions below replay that build (glibc 2.36
// `__ieee754_log_fma`) step by step: every `fma(...)` marks a fused operation of its machine
// code, every other operation is an ordinary IEEE double operation, as there. Table and
// coefficients are `__log_data` of optimized-routines (MIT licensed), identical in glibc.
// Where NumPy's `log` is another one (macOS, Windows, glibc's build for CPUs without FMA),
// NumPy's own Gaussians differ in the last bit now and then; its uniforms and integers do not.
// ---------------------------------------------------------------------------------------------

const LN2HI = 0.6931471805598903; // 42 significant bits: k * LN2HI is exact for any exponent k
const LN2LO = 5.497923018708371e-14;
// log1p(r) - r ~ A0 r^2 + A1 r^3 + ... on the main path
const A0 = -0.5000000000000001;
const A1 = 0.33333333331825593;
const A2 = -0.2499999999622955;
const A3 = 0.20000304511814496;
const A4 = -0.16667054827627667;
// log(1 + r) near 1: r + B0 r^2 + B1 r^3 + ... + B10 r^12
const B0 = -0.5;
const B1 = 0.3333333333333352;
const B2 = -0.24999999999998432;
const B3 = 0.19999999999320328;
const B4 = -0.16666666669929706;
const B5 = 0.14285715076560868;
const B6 = -0.12499997863982555;
const B7 = 0.11110712032936046;
const B8 = -0.10000486757818193;
const B9 = 0.09181994006195467;
const B10 = -0.08328363062289341;

/** Pairs (1/c, log c) for the 128 subintervals of [0x1.6p-1, 0x1.6p0) (`__log_data.tab`). */
// prettier-ignore
const LOG_TAB = new Float64Array([
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
]);

// Scratch view for reading and writing the two 32-bit halves of a double.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

const SPLITTER = 134217729; // 2**27 + 1, Veltkamp's splitting constant

/**
 * The correctly rounded `a * b + c` (an FMA), for operands whose product neither overflows
 * nor underflows. Dekker's exact product and Knuth's exact sum turn a * b + c into
 * sh + sl + pl exactly, with |sl| <= ulp(sh) / 2. Rounding sl + pl first is harmless unless
 * that rounding could move sh + (sl + pl) across a rounding boundary; in those rare cases the
 * small terms are added with rounding to odd, which makes the final rounding exact
 * (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums", IEEE TC 2008).
 */
export function fma(a: number, b: number, c: number): number {
  // a * b = ph + pl exactly
  const ph = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pl = ah * bh - ph + ah * bl + al * bh + al * bl;
  // c + ph = sh + sl exactly
  const sh = c + ph;
  t = sh - c;
  const sl = c - (sh - t) + (ph - t);
  // sl + pl = s + e exactly, and z = RN(sh + s)
  const s = sl + pl;
  t = s - sl;
  const e = sl - (s - t) + (pl - t);
  const z = sh + s;
  // z is RN(sh + s + e) when e = 0, or when sh + s, a multiple of ulp(s), is not a midpoint of
  // z's neighbours and those midpoints are multiples of ulp(s) too (|z| >= 8|s|): then the
  // remainder |e| <= ulp(s) / 2 cannot reach one.
  if (e === 0) return z;
  if (Math.abs(z) >= 8 * Math.abs(s)) {
    const d = 2 * (s - (z - sh)); // twice the rounding error of sh + s, exact
    if (d === 0 || z + d - z !== d) return z; // not a tie
  }
  return sh + addRoundToOdd(sl, pl);
}

/** `x + y` rounded to odd: exact sums are returned as is, others get an odd last bit. */
function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  const v = s - x;
  const err = x - (s - v) + (y - v);
  if (err === 0) return s;
  f64[0] = s;
  if ((u32[LO]! & 1) === 1) return s;
  // s is even: the odd neighbour on the side of the exact sum is one unit away
  if (err > 0 === s > 0) {
    u32[LO] = u32[LO]! + 1; // the last bit is 0: no carry
  } else if (u32[LO] === 0) {
    u32[LO] = 0xffffffff;
    u32[HI] = u32[HI]! - 1;
  } else {
    u32[LO] = u32[LO]! - 1;
  }
  return f64[0];
}

/**
 * `z * invc - 1` rounded once. Here the rounded product p lies in [0.5, 2], so `p - 1` is exact
 * (Sterbenz) and adding the product's exact error term rounds only once.
 */
function fmaProductMinusOne(z: number, invc: number): number {
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

/** Natural logarithm, bit for bit as glibc's `log` on x86-64 with FMA. */
export function glibcLog(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) return logNearOne(x); // [1 - 2**-4, 1 + 0x1.09p-4)
  let adjust = 0;
  if (!(x >= 2.2250738585072014e-308 && x < Infinity)) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (!(x > 0)) return NaN; // negative or NaN
    x *= 4503599627370496; // subnormal: scale by 2**52, take it back from the exponent
    adjust = 52;
  }
  f64[0] = x;
  const hi = u32[HI]! - (adjust << 20);
  // x = 2**k * z with z in [0x1.6p-1, 0x1.6p0); i selects the subinterval of z.
  const tmp = (hi - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  u32[HI] = hi - (k << 20);
  const z = f64[0];
  const invc = LOG_TAB[2 * i]!;
  const logc = LOG_TAB[2 * i + 1]!;

  const r = fmaProductMinusOne(z, invc); // z / c - 1, |r| < 1/256
  const w = k * LN2HI + logc; // fused in glibc, but the product is exact
  const h = r + w;
  const lo = k === 0 ? w - h + r : fma(k, LN2LO, w - h + r);
  const r2 = r * r;
  const r3 = r * r2;
  const p = fma(fma(r, A4, A3), r2, fma(r, A2, A1));
  return fma(r3, p, fma(r2, A0, lo)) + h;
}

/** glibc's separate path for x close to 1, where log(x) ~ x - 1 must keep all its bits. */
function logNearOne(x: number): number {
  if (x === 1) return 0;
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  const a = fma(r2, B3, fma(r, B2, B1));
  const b = fma(r2, B6, fma(r, B5, B4));
  const c = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  const poly = fma(fma(c, r3, b), r3, a);
  // r = rhi + rlo with rhi holding the top half of r's bits. glibc fuses some of these lines
  // too, but only where the product is a scaling by 2**27 or by B0 = -0.5 (exact), so the
  // plain operations round identically.
  const s = r * 134217728;
  const rhi = r + s - s;
  const rlo = r - rhi;
  const w = rhi * rhi * B0;
  const h = r + w;
  let lo = r - h + w;
  lo = fma(B0 * rlo, rhi + r, lo);
  return h + fma(poly, r3, lo);
}
