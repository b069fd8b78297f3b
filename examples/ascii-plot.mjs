// A small text scatter plot for the terminal walkthrough: each series is drawn with its own mark
// on a shared, equal-aspect grid (like plt.axis("equal")).

export function scatter(series, { width = 60, height = 24 } = {}) {
  const all = series.flatMap((s) => s.points);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Equal aspect: a character cell is about twice as tall as it is wide.
  const span = Math.max((x1 - x0) / width, (y1 - y0) / (height * 2)) || 1;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  x0 = cx - (span * width) / 2;
  y1 = cy + span * height;
  const grid = Array.from({ length: height }, () => Array(width).fill(" "));
  const put = (x, y, ch) => {
    const col = Math.round((x - x0) / span);
    const row = Math.round((y1 - y) / (span * 2));
    if (row >= 0 && row < height && col >= 0 && col < width) grid[row][col] = ch;
  };
  for (let c = 0; c < width; c++) put(x0 + c * span, 0, "-");
  for (let r = 0; r < height; r++) put(0, y1 - r * span * 2, "|");
  put(0, 0, "+");
  for (const s of series) for (const [x, y] of s.points) put(x, y, s.mark);
  const legend = series.map((s) => `${s.mark} ${s.label}`).join("   ");
  return [...grid.map((r) => r.join("").trimEnd()), legend].join("\n");
}
