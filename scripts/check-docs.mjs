// Lists the public symbols whose documentation falls short: every export of src/index.ts, and
// every public member of the classes and objects it exports (NDArray and its methods, the
// random generators), needs a JSDoc comment that names its NumPy / PyTorch / scikit-learn
// counterpart (np., ndarray., torch., sklearn., or "NumPy" / "Python") and shows an @example.
// Types, interfaces and error classes need a comment only.
//
//   node scripts/check-docs.mjs          prints what is missing, exits 1 if anything is
import ts from "typescript";
import { fileURLToPath } from "node:url";
import { join, dirname } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const REFERENCE = /\b(np\.|numpy|ndarray\.|torch\.|torch\b|sklearn|scikit-learn|Python|NumPy|PyTorch|Array API)/i;

/** [{ name, problem }] for every public symbol short of the rule, and [{ name, code }] for every @example. */
export function publicDocs() {
  const program = ts.createProgram([join(root, "src/index.ts")], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts", "lib.dom.d.ts"] });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(join(root, "src/index.ts")));
  const problems = [];
  const examples = [];
  const text = (symbol) => {
    const parts = [ts.displayPartsToString(symbol.getDocumentationComment(checker))];
    for (const tag of symbol.getJsDocTags(checker)) parts.push(`@${tag.name} ${ts.displayPartsToString(tag.text ?? [])}`);
    // Overloads: any signature's comment counts.
    for (const decl of symbol.declarations ?? []) {
      for (const doc of ts.getJSDocCommentsAndTags(decl)) parts.push(doc.getText());
    }
    return parts.join("\n");
  };
  const check = (name, symbol, full) => {
    const doc = text(symbol);
    for (const tag of symbol.getJsDocTags(checker)) if (tag.name === "example") examples.push({ name, code: ts.displayPartsToString(tag.text ?? []) });
    if (doc.trim() === "") return problems.push({ name, problem: "no JSDoc" });
    if (!full) return;
    if (!REFERENCE.test(doc)) problems.push({ name, problem: "names no NumPy / PyTorch / scikit-learn counterpart" });
    if (!/@example/.test(doc)) problems.push({ name, problem: "no @example" });
  };
  const isPrivate = (decl) => ts.getCombinedModifierFlags(decl) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || (decl.name && ts.isPrivateIdentifier(decl.name));
  const members = (owner, type) => {
    for (const prop of checker.getPropertiesOfType(type)) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      if (!decl || isPrivate(decl) || prop.name.startsWith("_") || prop.name.startsWith("__@")) continue;
      if (decl.getSourceFile().fileName.includes("node_modules")) continue;
      if (prop.getJsDocTags(checker).some((t) => t.name === "internal")) continue;
      const callable = checker.getTypeOfSymbolAtLocation(prop, decl).getCallSignatures().length > 0;
      check(`${owner}.${prop.name}`, prop, callable);
    }
  };
  for (let symbol of checker.getExportsOfModule(entry)) {
    const name = symbol.name;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
    const isError = /Error$/.test(name);
    if (symbol.flags & ts.SymbolFlags.Class) {
      check(name, symbol, !isError);
      if (!isError) members(name, checker.getDeclaredTypeOfSymbol(symbol));
    } else if (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) {
      const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
      const callable = type.getCallSignatures().length > 0;
      check(name, symbol, callable || name === "random");
      if (!callable && type.getProperties().length > 0 && name !== "features") members(name, type);
    } else {
      check(name, symbol, false);
    }
  }
  return { problems, examples };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems } = publicDocs();
  for (const p of problems) console.log(`${p.name}: ${p.problem}`);
  console.log(`${problems.length} problems, ${new Set(problems.map((p) => p.name)).size} symbols`);
  process.exit(problems.length > 0 ? 1 : 0);
}
