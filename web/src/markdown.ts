// The notebook document (web/notebook.md): Markdown prose and fenced ```js cells. Just the
// Markdown the notebook uses: headings, paragraphs, `code`, *emphasis*, **strong**, [links](url).

/** Escapes text for HTML. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

/** `js numpy="B.shape" plot='plot-x'` → { numpy: "B.shape", plot: "plot-x" } */
function attributes(info: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of info.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]] = m[2] ?? m[3];
  return attrs;
}

export type Block = { type: "markdown"; html: string } | { type: "cell"; code: string; attrs: Record<string, string> };

/**
 * Splits the document into blocks, in order: { type: "markdown", html } for prose (a heading
 * or a paragraph each) and { type: "cell", code, attrs } for each fenced cell.
 */
export function parseNotebook(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: "markdown", html: `<p>${inline(paragraph.join(" "))}</p>` });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = line.match(/^```(\w*)(.*)$/);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      blocks.push({ type: "cell", code: code.join("\n"), attrs: attributes(fence[2]) });
      continue;
    }
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    if (heading) {
      flush();
      const level = heading[1].length;
      blocks.push({ type: "markdown", html: `<h${level}>${inline(heading[2])}</h${level}>` });
    } else if (line.trim() === "") flush();
    else paragraph.push(line.trim());
  }
  flush();
  return blocks;
}
