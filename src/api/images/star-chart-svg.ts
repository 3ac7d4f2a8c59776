import { compact, svgText, THEMES, type Theme } from './svg-text.ts';

const WIDTH = 640;
const HEIGHT = 320;
const PAD = { left: 56, right: 16, top: 40, bottom: 32 };

/**
 * A repository's star history as a standalone SVG, for a README or a wiki:
 * the daily snapshots as a line, a y axis that starts near the data (a quiet
 * repository's 40 stars do not look like a surge: the axis spans at least 10%
 * of the count), first and last day on the x axis. Drawn by hand because no
 * chart library renders SVG on a server without a DOM, and a polyline needs none.
 */
export function starChartSvg(
  fullName: string,
  series: { day: string; stars: number }[],
  theme: Theme,
): string {
  const colors = THEMES[theme];
  const title = `${fullName} · stars`;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${svgText(title)}">
<title>${svgText(title)}</title>
<rect width="100%" height="100%" fill="${colors.background}"/>
<text x="${PAD.left}" y="24" font-family="sans-serif" font-size="15" font-weight="600" fill="${colors.text}">${svgText(title)}</text>`;
  if (series.length === 0)
    return `${head}
<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle" font-family="sans-serif" font-size="13" fill="${colors.muted}">no snapshots yet</text>
</svg>
`;
  const stars = series.map((p) => p.stars);
  const max = Math.max(...stars);
  const min = Math.min(...stars);
  const span = Math.max(max - min, Math.ceil(max * 0.1), 10);
  // The data centred in the span, never below zero.
  const low = Math.max(0, Math.floor(min - (span - (max - min)) / 2));
  const high = Math.max(low + span, max);
  const x = (i: number) => PAD.left + (series.length === 1 ? plotW / 2 : (i / (series.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - ((v - low) / (high - low)) * plotH;
  const ticks = [0, 0.5, 1].map((f) => Math.round(low + f * (high - low)));
  const grid = ticks
    .map(
      (t) =>
        `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="${colors.grid}"/>
<text x="${PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" font-family="sans-serif" font-size="11" fill="${colors.muted}">${compact(t)}</text>`,
    )
    .join('\n');
  const points = series.map((p, i) => `${x(i).toFixed(1)},${y(p.stars).toFixed(1)}`).join(' ');
  const first = series[0] as { day: string };
  const last = series.at(-1) as { day: string; stars: number };
  return `${head}
${grid}
<polyline points="${points}" fill="none" stroke="${colors.line}" stroke-width="2" stroke-linejoin="round"/>
<text x="${PAD.left}" y="${HEIGHT - 10}" font-family="sans-serif" font-size="11" fill="${colors.muted}">${svgText(first.day)}</text>
<text x="${WIDTH - PAD.right}" y="${HEIGHT - 10}" text-anchor="end" font-family="sans-serif" font-size="11" fill="${colors.muted}">${svgText(last.day)} · ${compact(last.stars)} stars</text>
</svg>
`;
}
