// Turns a cell's JavaScript into a module whose default export runs the cell against the notebook's
// variables, with Jupyter's rules:
// - a name assigned or declared at the top of a cell (`A = …`, `const [X, Y] = …`, `function f`)
//   becomes a notebook variable, visible to the cells below;
// - the cell's value is its last statement when that is an expression (not an assignment, and not
//   ended by a semicolon, which hides it as in IPython).
// The module is loaded from a blob: URL, so the page needs no 'unsafe-eval'.
import { parse, type Node, type Program } from "acorn";

const SCOPE = "$cell$scope";
const VALUE = "$cell$value";

// ESTree nodes of every kind, walked generically by their fields.
type AnyNode = any;

/** Every name bound by a declaration or assignment pattern. */
function patternNames(node: AnyNode, out: string[]): string[] {
  if (!node) return out;
  switch (node.type) {
    case "Identifier":
      out.push(node.name);
      break;
    case "ObjectPattern":
      for (const p of node.properties) patternNames(p.type === "RestElement" ? p.argument : p.value, out);
      break;
    case "ArrayPattern":
      for (const e of node.elements) patternNames(e, out);
      break;
    case "AssignmentPattern":
      patternNames(node.left, out);
      break;
    case "RestElement":
      patternNames(node.argument, out);
      break;
  }
  return out;
}

const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

/**
 * The names a cell declares at its top (`top`: let/const/class/function there, and `var` anywhere
 * outside a function), declares further in (`inner`), and assigns anywhere (`assigned`).
 */
export function scanNames(program: Program): { top: Set<string>; inner: Set<string>; assigned: Set<string> } {
  const top = new Set<string>();
  const inner = new Set<string>();
  const assigned = new Set<string>();
  const visit = (node: AnyNode, atTop: boolean, inFunction: boolean): void => {
    if (!node || typeof node.type !== "string") return;
    switch (node.type) {
      case "VariableDeclaration": {
        const target = atTop || (node.kind === "var" && !inFunction) ? top : inner;
        for (const d of node.declarations) for (const name of patternNames(d.id, [])) target.add(name);
        break;
      }
      case "FunctionDeclaration":
      case "ClassDeclaration":
        if (node.id) (atTop ? top : inner).add(node.id.name);
        break;
      case "FunctionExpression":
      case "ClassExpression":
        if (node.id) inner.add(node.id.name);
        break;
      case "CatchClause":
        for (const name of patternNames(node.param, [])) inner.add(name);
        break;
      case "AssignmentExpression":
        for (const name of patternNames(node.left, [])) assigned.add(name);
        break;
      case "UpdateExpression":
        if (node.argument.type === "Identifier") assigned.add(node.argument.name);
        break;
      case "ForInStatement":
      case "ForOfStatement":
        if (node.left.type !== "VariableDeclaration") for (const name of patternNames(node.left, [])) assigned.add(name);
        break;
    }
    const fn = FUNCTIONS.has(node.type);
    if (fn) for (const p of node.params) for (const name of patternNames(p, [])) inner.add(name);
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) visit(c, false, inFunction || fn);
      else if (child && typeof child.type === "string") visit(child, false, inFunction || fn);
    }
  };
  for (const statement of program.body) visit(statement, true, false);
  return { top, inner, assigned };
}

/** A SyntaxError with the cell's line and column, as acorn reports them. */
function syntaxError(message: string, node: Node): SyntaxError {
  return new SyntaxError(`${message} (${node.loc!.start.line}:${node.loc!.start.column})`);
}

/**
 * Compiles a cell. `visible` lists the names the cell can see (the notebook's variables and the
 * built-ins). Returns the module source and the names it reports back.
 */
export function compileCell(code: string, visible: Iterable<string>): { source: string; reported: string[] } {
  let program: Program;
  try {
    program = parse(code, { ecmaVersion: "latest", sourceType: "module", locations: true });
  } catch (e) {
    throw new SyntaxError((e as Error).message);
  }
  for (const s of program.body) {
    if (s.type === "ImportDeclaration") throw syntaxError("import is not available in a cell: nd is already imported", s);
    if (s.type.startsWith("Export")) throw syntaxError("export is not available in a cell: top-level names are shared with the cells below", s);
  }
  const { top, inner, assigned } = scanNames(program);
  // Bound from the notebook: what it can see, and what the cell assigns without declaring it.
  const bound = new Set([...visible, ...[...assigned].filter((n) => !inner.has(n))].filter((n) => !top.has(n)));
  const reported = [...top, ...[...bound].filter((n) => assigned.has(n))];

  let body = code;
  const last = program.body.at(-1);
  const shows =
    last?.type === "ExpressionStatement" &&
    last.expression.type !== "AssignmentExpression" &&
    !code.slice(last.expression.end, last.end).includes(";");
  if (shows) {
    const expression = code.slice(last.expression.start, last.expression.end);
    body = `${code.slice(0, last.start)}${VALUE} = (${expression});${code.slice(last.end)}`;
  }
  const prelude = [...bound].map((n) => `${n} = ${SCOPE}[${JSON.stringify(n)}]`);
  const source = [
    `export default async function (${SCOPE}) {`,
    `let ${[...prelude, VALUE].join(", ")};`,
    body,
    `\n;return { value: ${VALUE}, shows: ${shows}, vars: { ${reported.join(", ")} } };`,
    `}`,
  ].join("\n");
  return { source, reported };
}
