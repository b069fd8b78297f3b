import binaryen from "binaryen";
import { readFileSync } from "fs";
import { deflateSync } from "zlib";
const mod = binaryen.readBinary(readFileSync("build/ndwasm.wasm"));
mod.setFeatures(binaryen.Features.All);
const text = mod.emitText();
const exportsOf = new Map();
for (const [, name, fn] of text.matchAll(/^ \(export "(\w+)" \(func \$(\S+)\)\)/gm)) exportsOf.set(fn, name);
const fam = new Map();
for (const chunk of text.split(/\n \(func /).slice(1)) {
  const fn = /^\$(\S+)/.exec(chunk)[1];
  const name = exportsOf.get(fn) ?? "(internal)";
  const f = name.replace(/_(f64|f32|i64|u64|i32|u32|i16|u16|i8|u8|bool|b)\b.*$/, "").replace(/_\w+$/, "");
  fam.set(f, (fam.get(f) ?? 0) + deflateSync(chunk).length);
}
const rows = [...fam].sort((a, b) => b[1] - a[1]);
let tot = 0; for (const [, s] of rows) tot += s;
console.log("total deflated text", tot);
for (const [f, s] of rows.slice(0, 40)) console.log(f, s);
