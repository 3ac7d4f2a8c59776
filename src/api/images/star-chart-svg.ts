import { compact, svgText, THEMES, type Theme } from './svg-text.ts';

const WIDTH = 640;
const HEIGHT = 320;
const PAD = { left: 56, right: 16, top: 40, bottom: 32 };

export interface StarChartOptions {
  theme: Theme;
  scale: 'linear' | 'log';
  /** The first day of gitpulse's own snapshots: marked with a vertical line. */
  trackedSince: string | null;
}

/**
 * A repository's star history as a standalone SVG, for a README or a wiki:
 * one point per day (days without a figure are skipped), linear or log y
 * axis, a vertical line where gitpulse's own daily snapshots begin. On a
 * linear axis the y range starts near the data (a quiet repository's 40
 * stars do not look like a surge: it spans at least 10% of the count).
 * Drawn by hand because no chart library renders SVG on a server without a
 * DOM, and a polyline needs none; long histories are thinned to about one
 * point per pixel column.
 */
export function starChartSvg(
  fullName: string,
  days: { day: string; stars: number | null }[],
  options: StarChartOptions,
): string {
  const colors = THEMES[options.theme];
  const title = `${fullName} · stars`;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${svgText(title)}">
<title>${svgText(title)}</title>
<rect width="100%" height="100%" fill="${colors.background}"/>
<text x="${PAD.left}" y="24" font-family="sans-serif" font-size="15" font-weight="600" fill="${colors.text}">${svgText(title)}</text>`;
  const series = days.filter((p): p is { day: string; stars: number } => p.stars !== null);
  if (series.length === 0)
    return `${head}
<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle" font-family="sans-serif" font-size="13" fill="${colors.muted}">no star history yet</text>
</svg>
`;
  const first = series[0] as { day: string; stars: number };
  const last = series.at(-1) as { day: string; stars: number };
  const t0 = Date.parse(first.day);
  const span = Math.max(1, Date.parse(last.day) - t0);
  const x = (day: string) =>
    PAD.left + (series.length === 1 ? plotW / 2 : ((Date.parse(day) - t0) / span) * plotW);
  const stars = series.map((p) => p.stars);
  const max = Math.max(...stars);
  const min = Math.min(...stars);
  let y: (v: number) => number;
  let ticks: number[];
  if (options.scale === 'log') {
    // log10(1 + stars), so a repository's zero-star first days stay on the chart.
    const high = Math.log10(1 + Math.max(max, 9));
    y = (v) => PAD.top + plotH - (Math.log10(1 + v) / high) * plotH;
    ticks = [0];
    for (let t = 10; t <= max * 1.0001; t *= 10) ticks.push(t);
  } else {
    const range = Math.max(max - min, Math.ceil(max * 0.1), 10);
    // The data centred in the range, never below zero.
    const low = Math.max(0, Math.floor(min - (range - (max - min)) / 2));
    const high = Math.max(low + range, max);
    y = (v) => PAD.top + plotH - ((v - low) / (high - low)) * plotH;
    ticks = [0, 0.5, 1].map((f) => Math.round(low + f * (high - low)));
  }
  const grid = ticks
    .map(
      (t) =>
        `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="${colors.grid}"/>
<text x="${PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" font-family="sans-serif" font-size="11" fill="${colors.muted}">${compact(t)}</text>`,
    )
    .join('\n');
  const step = Math.max(1, Math.floor(series.length / plotW));
  const shown = series.filter((_, i) => i % step === 0 || i === series.length - 1);
  const points = shown.map((p) => `${x(p.day).toFixed(1)},${y(p.stars).toFixed(1)}`).join(' ');
  const tracked = options.trackedSince;
  const marker =
    tracked && tracked > first.day && tracked <= last.day
      ? `
<line class="tracking-began" x1="${x(tracked).toFixed(1)}" x2="${x(tracked).toFixed(1)}" y1="${PAD.top}" y2="${PAD.top + plotH}" stroke="${colors.muted}" stroke-dasharray="4 3"/>
<text x="${(x(tracked) - 4).toFixed(1)}" y="${PAD.top + 12}" text-anchor="end" font-family="sans-serif" font-size="11" fill="${colors.muted}">daily snapshots from ${svgText(tracked)}</text>`
      : '';
  return `${head}
${grid}${marker}
<polyline points="${points}" fill="none" stroke="${colors.line}" stroke-width="2" stroke-linejoin="round"/>
<text x="${PAD.left}" y="${HEIGHT - 10}" font-family="sans-serif" font-size="11" fill="${colors.muted}">${svgText(first.day)}</text>
<text x="${WIDTH - PAD.right}" y="${HEIGHT - 10}" text-anchor="end" font-family="sans-serif" font-size="11" fill="${colors.muted}">${svgText(last.day)} · ${compact(last.stars)} stars</text>
</svg>
`;
}
