// NumPy's SeedSequence (numpy/random/bit_generator.pyx): entropy (an integer of any size or a list
// of them) hashed into a pool of 32-bit words, from which generate_state derives well-mixed seed
// words. Pure 32-bit integer arithmetic.

import { ValueError } from "./checks.js";

/** Entropy as NumPy accepts it: a non-negative integer, or a (nested) list of them. */
export type Entropy = number | bigint | readonly Entropy[] | Uint32Array;

const DEFAULT_POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;

/** `_int_to_uint32_array`: little-endian 32-bit words of a non-negative integer (0 gives [0]). */
function intToWords(n: number | bigint): number[] {
  let v = BigInt(n);
  if (v < 0n) throw new ValueError("expected non-negative integer");
  if (v === 0n) return [0];
  const words: number[] = [];
  while (v > 0n) {
    words.push(Number(v & 0xffffffffn));
    v >>= 32n;
  }
  return words;
}

/** `_coerce_to_uint32_array`. */
function coerce(x: Entropy): number[] {
  if (x instanceof Uint32Array) return Array.from(x);
  if (typeof x === "bigint") return intToWords(x);
  if (typeof x === "number") {
    if (!Number.isInteger(x)) throw new TypeError("seed must be integer");
    if (!Number.isSafeInteger(x)) throw new TypeError("seed must be integer (use a bigint beyond 2**53)");
    return intToWords(x);
  }
  if (Array.isArray(x)) return (x as readonly Entropy[]).flatMap(coerce);
  throw new TypeError(`SeedSequence expects int or sequence of ints for entropy not ${String(x)}`);
}

/** Fresh entropy: 128 bits from crypto.getRandomValues (as NumPy's randbits(128)). */
function freshEntropy(bits: number): bigint {
  const words = new Uint32Array(bits / 32);
  const crypto = globalThis.crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(words);
  else for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 0x100000000);
  let v = 0n;
  for (let i = words.length - 1; i >= 0; i--) v = (v << 32n) | BigInt(words[i]!);
  return v;
}

function hashmix(value: number, hash: { c: number }): number {
  value = (value ^ hash.c) >>> 0;
  hash.c = Math.imul(hash.c, MULT_A) >>> 0;
  value = Math.imul(value, hash.c) >>> 0;
  return (value ^ (value >>> 16)) >>> 0;
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> 16)) >>> 0;
}

export interface SeedSequenceOptions {
  spawnKey?: readonly Entropy[];
  poolSize?: number;
  nChildrenSpawned?: number;
}

export class SeedSequence {
  /** The entropy as given, or the fresh 128-bit integer drawn when none was. */
  readonly entropy: Entropy;
  readonly spawnKey: readonly Entropy[];
  readonly poolSize: number;
  nChildrenSpawned: number;
  /** The mixed entropy pool. */
  readonly pool: Uint32Array;

  constructor(entropy?: Entropy | null, options: SeedSequenceOptions = {}) {
    const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
    if (poolSize < DEFAULT_POOL_SIZE) throw new ValueError(`The size of the entropy pool should be at least ${DEFAULT_POOL_SIZE}`);
    if (entropy === undefined || entropy === null) {
      entropy = freshEntropy(poolSize * 32);
    } else if (!(typeof entropy === "number" || typeof entropy === "bigint" || Array.isArray(entropy) || entropy instanceof Uint32Array)) {
      throw new TypeError(`SeedSequence expects int or sequence of ints for entropy not ${String(entropy)}`);
    } else if (typeof entropy === "number" && !Number.isInteger(entropy)) {
      throw new TypeError(`SeedSequence expects int or sequence of ints for entropy not ${pyFloat(entropy)}`);
    }
    this.entropy = entropy;
    this.spawnKey = [...(options.spawnKey ?? [])];
    this.poolSize = poolSize;
    this.nChildrenSpawned = options.nChildrenSpawned ?? 0;
    this.pool = new Uint32Array(poolSize);
    this.mixEntropy(this.assembledEntropy());
  }

  /** `get_assembled_entropy`: run entropy (zero-padded to the pool when spawned) + spawn key. */
  private assembledEntropy(): number[] {
    let run = coerce(this.entropy);
    const spawn = coerce(this.spawnKey as Entropy);
    if (spawn.length > 0 && run.length < this.poolSize) run = run.concat(new Array(this.poolSize - run.length).fill(0));
    return run.concat(spawn);
  }

  private mixEntropy(entropy: readonly number[]): void {
    const mixer = this.pool;
    const hash = { c: INIT_A };
    for (let i = 0; i < mixer.length; i++) mixer[i] = hashmix(i < entropy.length ? entropy[i]! : 0, hash);
    for (let src = 0; src < mixer.length; src++) {
      for (let dst = 0; dst < mixer.length; dst++) {
        if (src !== dst) mixer[dst] = mix(mixer[dst]!, hashmix(mixer[src]!, hash));
      }
    }
    for (let src = mixer.length; src < entropy.length; src++) {
      for (let dst = 0; dst < mixer.length; dst++) mixer[dst] = mix(mixer[dst]!, hashmix(entropy[src]!, hash));
    }
  }

  /** `generate_state(n_words, dtype)`: seed words, 32- or 64-bit (a 64-bit word is two little-endian 32-bit ones). */
  generateState(nWords: number, dtype: "uint32"): Uint32Array;
  generateState(nWords: number, dtype: "uint64"): BigUint64Array;
  generateState(nWords: number, dtype: "uint32" | "uint64" = "uint32"): Uint32Array | BigUint64Array {
    if (dtype !== "uint32" && dtype !== "uint64") throw new ValueError("only support uint32 or uint64");
    const n = dtype === "uint64" ? nWords * 2 : nWords;
    const state = new Uint32Array(n);
    let hashConst = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = this.pool[i % this.pool.length]!;
      v = (v ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      v = Math.imul(v, hashConst) >>> 0;
      state[i] = (v ^ (v >>> 16)) >>> 0;
    }
    if (dtype === "uint32") return state;
    const out = new BigUint64Array(nWords);
    for (let i = 0; i < nWords; i++) out[i] = (BigInt(state[2 * i + 1]!) << 32n) | BigInt(state[2 * i]!);
    return out;
  }

  /** `spawn(n)`: independent children, each extending the spawn key by its index. */
  spawn(nChildren: number): SeedSequence[] {
    const children: SeedSequence[] = [];
    for (let i = this.nChildrenSpawned; i < this.nChildrenSpawned + nChildren; i++) {
      children.push(new SeedSequence(this.entropy, { spawnKey: [...this.spawnKey, i], poolSize: this.poolSize }));
    }
    this.nChildrenSpawned += nChildren;
    return children;
  }
}

/** Python's repr of a float (for error texts). */
function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}
