// Syntax colouring for the code cells: comments, strings, numbers, keywords, the `nd` namespace
// and called names. One pass of one regular expression; the text is kept character for character,
// so the highlighted copy lines up with the editable text above it.
import { escapeHtml } from "./markdown.js";

const KEYWORDS = "const|let|var|function|return|for|of|in|if|else|while|do|break|continue|new|class|extends|await|async|throw|try|catch|finally|typeof|instanceof|switch|case|default|yield|delete|void";
const LITERALS = "true|false|null|undefined|NaN|Infinity|this";

const TOKEN = new RegExp(
  [
    String.raw`(?<comment>\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))`,
    String.raw`(?<string>"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?|\x60(?:\\[\s\S]|[^\x60\\])*\x60?)`,
    String.raw`(?<number>\b(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?n?)\b|\.\d[\d_]*(?:[eE][+-]?\d+)?\b)`,
    String.raw`(?<keyword>\b(?:${KEYWORDS})\b)`,
    String.raw`(?<literal>\b(?:${LITERALS})\b)`,
    String.raw`(?<ns>\bnd\b)`,
    String.raw`(?<call>[A-Za-z_$][\w$]*(?=\s*\())`,
  ].join("|"),
  "g",
);

/** The code as HTML, with <span class="tok-…"> around each coloured token. */
export function highlight(code: string): string {
  let html = "";
  let at = 0;
  for (const m of code.matchAll(TOKEN)) {
    const kind = Object.entries(m.groups!).find(([, v]) => v !== undefined)![0];
    html += escapeHtml(code.slice(at, m.index)) + `<span class="tok-${kind}">${escapeHtml(m[0])}</span>`;
    at = m.index + m[0].length;
  }
  // A trailing newline needs a character after it to take up a line in a <pre>.
  return html + escapeHtml(code.slice(at)) + (code.endsWith("\n") ? " " : "");
}
