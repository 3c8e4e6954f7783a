/** A small, dependency-free SVG bar chart of a latency histogram, with p50/p95 markers. Pure. */
export function histogramSvg(
  bins: ReadonlyArray<{ from: number; to: number; count: number }>,
  marks: { p50: number; p95: number },
  title: string,
): string {
  const width = 720;
  const height = 320;
  const pad = { left: 56, right: 16, top: 40, bottom: 48 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const span = bins.at(-1)?.to ?? 1;
  const x = (ms: number) => pad.left + (ms / span) * plotW;
  const y = (count: number) => pad.top + plotH - (count / max) * plotH;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const bars = bins
    .map((b) => {
      const x0 = x(b.from) + 1;
      const w = Math.max(1, x(b.to) - x(b.from) - 2);
      return `<rect x="${x0.toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${w.toFixed(1)}" height="${(pad.top + plotH - y(b.count)).toFixed(1)}" fill="#3b6ea8"/>`;
    })
    .join("");
  const ticks = Array.from({ length: 6 }, (_, i) => (span * i) / 5)
    .map(
      (ms) =>
        `<text x="${x(ms).toFixed(1)}" y="${height - pad.bottom + 18}" text-anchor="middle">${(ms / 1000).toFixed(1)} s</text>`,
    )
    .join("");
  const mark = (ms: number, label: string, color: string) =>
    `<line x1="${x(ms).toFixed(1)}" x2="${x(ms).toFixed(1)}" y1="${pad.top}" y2="${pad.top + plotH}" stroke="${color}" stroke-dasharray="4 3"/><text x="${(x(ms) + 4).toFixed(1)}" y="${pad.top + 12}" fill="${color}">${label} ${(ms / 1000).toFixed(1)} s</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${pad.left}" y="22" font-size="14" font-weight="600">${esc(title)}</text>
<line x1="${pad.left}" x2="${width - pad.right}" y1="${pad.top + plotH}" y2="${pad.top + plotH}" stroke="#888"/>
<text x="14" y="${pad.top + plotH / 2}" transform="rotate(-90 14 ${pad.top + plotH / 2})" text-anchor="middle">runs (max ${max})</text>
${bars}${ticks}
<text x="${pad.left + plotW / 2}" y="${height - 8}" text-anchor="middle">time to a terminal event</text>
${mark(marks.p50, "p50", "#1a7f37")}${mark(marks.p95, "p95", "#b35900")}
</svg>
`;
}
