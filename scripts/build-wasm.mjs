// Compiles assembly/ to WebAssembly and embeds what the library loads in
// src/backend/wasm/binary.generated.ts (nothing to fetch at run time):
// - the core: every kernel, compiled with SIMD128, importing its memory (build/ndwasm.wasm);
// - the relaxed-SIMD part: only the kernels whose code differs with relaxed SIMD (those that reach
//   a fused multiply-add), cut out of a relaxed-SIMD build of the same sources
//   (build/ndwasm.relaxed.wasm) and importing the core's memory. Both builds lay out their static
//   data identically (checked here), so the part ships no data of its own and reads the core's;
//   it has no allocator, so the core alone manages the heap. Where the engine validates relaxed
//   SIMD, the part's exports replace the core's (src/backend/wasm/module.ts);
// - the decoder that unpacks them (assembly/lzma/, build/lzma.wasm, 3 kB).
// Core and part are packed as one LZMA stream, core first (`xz --format=lzma -9e`): the part
// compresses against the core's code, and the core alone is the stream's prefix, decoded without
// the part where the engine has no relaxed SIMD. Base64 of LZMA gzips to about its own size:
// about 35% below base64 of DEFLATE and 65% below base64 of the plain wasm.
// It also writes the typed ABI, src/backend/wasm/abi.generated.ts, from the compiler's own
// declarations of every export: a kernel renamed in assembly/ is a type error wherever TypeScript
// still calls the old name. Skips the work when the outputs are newer than every input.
import { readdirSync, statSync, readFileSync, writeFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import binaryen from "binaryen";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const targets = { release: "build/ndwasm.wasm", relaxed: "build/ndwasm.relaxed.wasm" };
const part = "build/ndwasm.relaxed-part.wasm";
const decoder = "build/lzma.wasm";
// Outputs are written under a per-process name and renamed, so concurrent builds never read a half-written file.
const tmp = `.${process.pid}.tmp`;
const generated = join(root, "src/backend/wasm/binary.generated.ts");
const abi = join(root, "src/backend/wasm/abi.generated.ts");

function newest(dir) {
  return Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) =>
    e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs));
}
function mtime(file) {
  try { return statSync(file).mtimeMs; } catch { return 0; }
}

const inputs = Math.max(newest(join(root, "assembly")), mtime(join(root, "asconfig.json")), mtime(fileURLToPath(import.meta.url)));
if (!process.argv.includes("--force") && Math.min(mtime(generated), mtime(abi)) > inputs) process.exit(0);

mkdirSync(join(root, "build"), { recursive: true });
const ascBin = createRequire(import.meta.url).resolve("assemblyscript/bin/asc.js");
/** One asc run in a process of its own, so that the builds compile on several cores at once. */
function compile(args, what) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ascBin, ...args], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => {
      if (code !== 0) {
        console.error(`asc failed for ${what} (exit code ${code})`);
        process.exit(1);
      }
      resolve();
    });
  });
}
await Promise.all(Object.keys(targets).map((target) => {
  const args = ["assembly/index.ts", "--config", "asconfig.json", "--target", target, "--outFile", targets[target] + tmp];
  // The release build also declares its exports (a .d.ts beside a bindings .js we do not use).
  if (target === "release") args.push("--bindings", "raw");
  return compile(args, `target ${target}`);
}));
await compile(["--config", "assembly/lzma/asconfig.json", "--outFile", decoder + tmp], "the LZMA decoder");

/** The module's sections: [{ id, start, end }] (start and end of the payload). */
function sections(bytes) {
  const out = [];
  let p = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = bytes[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    out.push({ id, start: p, end: p + size });
    p += size;
  }
  return out;
}
const DATA = 11, DATA_COUNT = 12, IMPORT = 2;
const section = (bytes, id) => sections(bytes).find((s) => s.id === id);
const sectionBytes = (bytes, id) => { const s = section(bytes, id); return s ? bytes.subarray(s.start, s.end) : new Uint8Array(0); };

/** The minimum size (64 KiB pages) the module's imported memory declares. */
function importedMemoryPages(bytes) {
  const text = new TextDecoder();
  let p = section(bytes, IMPORT).start;
  const leb = () => { let r = 0, s = 0, b; do { b = bytes[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const name = () => { const n = leb(); const s = text.decode(bytes.subarray(p, p + n)); p += n; return s; };
  for (let n = leb(); n > 0; n--) {
    const what = `${name()}.${name()}`;
    const kind = bytes[p++];
    if (kind === 0) leb();
    else if (kind === 1) { p++; const flags = bytes[p++]; leb(); if (flags & 1) leb(); }
    else if (kind === 2) { const flags = bytes[p++]; const min = leb(); if (flags & 1) leb(); if (what === "env.memory") return min; }
    else p += 2;
  }
  throw new Error("the core module imports no env.memory (asconfig.json: importMemory)");
}

/** Drops the listed sections from a module. */
function without(bytes, ids) {
  const keep = [bytes.subarray(0, 8)];
  for (const s of sections(bytes)) {
    if (ids.includes(s.id)) continue;
    let q = s.start - 1;
    while (bytes[q - 1] & 0x80) q--;
    keep.push(bytes.subarray(q - 1, s.end));
  }
  return Buffer.concat(keep);
}

/**
 * The relaxed-SIMD part: the exports whose code reaches a relaxed-SIMD instruction, with
 * everything else removed, and no data (the core's, identical, is already in memory).
 */
function relaxedPart(relaxed, core) {
  if (Buffer.compare(sectionBytes(relaxed, DATA), sectionBytes(core, DATA)) !== 0) {
    throw new Error("the relaxed-SIMD build's static data differs from the core's: the part cannot share the core's memory layout");
  }
  const mod = binaryen.readBinary(relaxed);
  mod.setFeatures(binaryen.Features.All);
  const text = mod.emitText();
  if (/\(ref\.func/.test(text)) throw new Error("function references: the call graph below is incomplete");
  // An indirect call may reach any function of the table (its element segments).
  const table = [...text.matchAll(/^ \(elem [^\n]*/gm)].flatMap((m) => [...m[0].matchAll(/\$(\S+?)(?=[\s)])/g)].map((f) => f[1]));
  // Function bodies from the text form: which use a relaxed instruction, which they call.
  const uses = new Map();
  const calls = new Map();
  for (const chunk of text.split(/\n \(func /).slice(1)) {
    const name = /^\$(\S+)/.exec(chunk)[1];
    uses.set(name, /relaxed_/.test(chunk));
    const direct = [...chunk.matchAll(/\(call \$(\S+)/g)].map((m) => m[1]);
    calls.set(name, /\(call_indirect/.test(chunk) ? [...direct, ...table] : direct);
  }
  const memo = new Map();
  const reaches = (f) => {
    if (!memo.has(f)) { memo.set(f, false); memo.set(f, uses.get(f) || (calls.get(f) ?? []).some(reaches)); }
    return memo.get(f);
  };
  const kept = [];
  for (const [, name, fn] of text.matchAll(/^ \(export "(\w+)" \(func \$(\S+)\)\)/gm)) {
    if (reaches(fn)) kept.push(name);
    else mod.removeExport(name);
  }
  // Non-function exports (globals, memory) go too.
  for (const [, name] of text.matchAll(/^ \(export "(\w+)" \((?!func)/gm)) mod.removeExport(name);
  mod.runPasses(["remove-unused-module-elements"]);
  const stripped = mod.emitText();
  if (/memory\.grow/.test(stripped)) throw new Error("the relaxed-SIMD part grows memory: it must not own the heap");
  // A start function may only set the part's own globals (simd.ts's fused-multiply-add probe).
  const start = /\(start \$(\S+)\)/.exec(stripped);
  if (start) {
    const body = stripped.split(/\n \(func /).find((c) => c.startsWith(`$${start[1]} `)) ?? "";
    if (/\.store|\(call /.test(body)) throw new Error("the relaxed-SIMD part's start function writes memory or calls: it must not own the heap");
  }
  const bytes = without(mod.emitBinary(), [DATA, DATA_COUNT]);
  mod.dispose();
  return { bytes, kept };
}

/** `export function name(a: number, …): void;` lines of the compiler's declarations → one typed interface. */
function abiSource(declarations) {
  const members = [];
  for (const line of declarations.split("\n")) {
    const fn = /^\s*export function (\w+)\((.*)\): (\w+);$/.exec(line);
    if (fn) members.push(`  ${fn[1]}(${fn[2]}): ${fn[3]};`);
    const value = /^\s*export const (\w+): (.*);$/.exec(line);
    if (value) members.push(`  readonly ${value[1]}: ${value[2]};`);
  }
  return `// Generated by scripts/build-wasm.mjs from the declarations asc emits for assembly/index.ts: do not edit.
// Every export of the kernel module, typed (pointers, counts and byte strides are numbers).

export interface Exports {
${members.join("\n")}
}
`;
}

// asc writes the declarations beside the output, replacing its last extension.
const bindings = join(root, `${targets.release}.${process.pid}`);
writeFileSync(abi + tmp, abiSource(readFileSync(bindings + ".d.ts", "utf8")));
for (const ext of [".d.ts", ".js"]) rmSync(bindings + ext, { force: true });

const core = readFileSync(join(root, targets.release + tmp));
const relaxed = readFileSync(join(root, targets.relaxed + tmp));
const split = relaxedPart(relaxed, core);
writeFileSync(join(root, part + tmp), split.bytes);

/** The .lzma ("alone") form of `bytes`, from xz (xz-utils), which the build needs. */
function lzma(bytes) {
  try {
    return execFileSync("xz", ["--format=lzma", "-9e", "--stdout"], { input: bytes, maxBuffer: 1 << 30 });
  } catch (e) {
    console.error(`packing the kernels needs xz (Debian/Ubuntu: apt-get install xz-utils): ${e.message}`);
    process.exit(1);
  }
}
const packed = lzma(Buffer.concat([core, split.bytes]));
const decoderBytes = readFileSync(join(root, decoder + tmp));
writeFileSync(generated + tmp, `// Generated by scripts/build-wasm.mjs from assembly/: do not edit.

/** The LZMA decoder (assembly/lzma/decode.ts), base64. */
export const decoder: string = "${decoderBytes.toString("base64")}";

/** The core module (every kernel, SIMD128) followed by the relaxed-SIMD part, as one LZMA stream, base64. */
export const kernels: string = "${packed.toString("base64")}";

/** Bytes of the core module, the stream's first bytes. */
export const coreSize: number = ${core.length};

/** Bytes of the relaxed-SIMD part (the ${split.kept.length} kernels that use fused multiply-add), after the core. */
export const relaxedSimdSize: number = ${split.bytes.length};

/** The memory the core declares it imports (64 KiB pages). */
export const memoryPages: number = ${importedMemoryPages(core)};
`);
for (const file of [...Object.values(targets), part, decoder]) renameSync(join(root, file + tmp), join(root, file));
renameSync(generated + tmp, generated);
renameSync(abi + tmp, abi);
console.log(`wasm: core ${core.length} bytes, relaxed-SIMD part ${split.bytes.length} bytes (${split.kept.length} kernels), ` +
  `packed together ${packed.length} bytes; decoder ${decoderBytes.length} bytes`);
