import { svg } from './dom-builder.ts';

const WIDTH = 600;
const HEIGHT = 140;
const PAD = { left: 8, right: 8, top: 10, bottom: 22 };
/** More points than pixels draw nothing more. */
const MAX_POINTS = 300;

/**
 * The star history from the repository's first day as a small SVG line, with
 * the day gitpulse's own snapshots begin marked (before it, GitHub's star
 * history; from it, gitpulse's daily snapshots). Built element by element:
 * no markup strings, no scripts.
 */
export function starChart(
  history: { day: string; stars: number }[],
  trackedSince: string | null,
): SVGElement {
  const step = Math.max(1, Math.ceil(history.length / MAX_POINTS));
  const points = history.filter((_, i) => i % step === 0 || i === history.length - 1);
  const first = points[0];
  const last = points.at(-1);
  const label =
    first && last
      ? `Stars from ${first.day} (${first.stars}) to ${last.day} (${last.stars})${trackedSince ? `; gitpulse's snapshots begin ${trackedSince}` : ''}`
      : 'No star history yet';
  const chart = svg('svg', {
    class: 'gitpulse-star-chart',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': label,
  });
  chart.append(svg('title', {}, label));
  if (!first || !last) return chart;

  const t0 = Date.parse(first.day);
  const span = Math.max(1, Date.parse(last.day) - t0);
  const max = Math.max(1, ...points.map((p) => p.stars));
  const x = (day: string) => PAD.left + ((Date.parse(day) - t0) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (stars: number) => PAD.top + (1 - stars / max) * (HEIGHT - PAD.top - PAD.bottom);
  const line = points.map((p) => `${x(p.day).toFixed(1)},${y(p.stars).toFixed(1)}`).join(' ');
  chart.append(
    svg('polyline', { class: 'gitpulse-line', points: line, fill: 'none', 'stroke-width': 2 }),
    svg('text', { class: 'gitpulse-axis', x: PAD.left, y: HEIGHT - 6 }, first.day),
    svg(
      'text',
      { class: 'gitpulse-axis', x: WIDTH - PAD.right, y: HEIGHT - 6, 'text-anchor': 'end' },
      last.day,
    ),
    svg(
      'text',
      { class: 'gitpulse-axis', x: PAD.left + 2, y: PAD.top + 10 },
      `${max.toLocaleString('en-US')} ★`,
    ),
  );
  if (trackedSince && trackedSince >= first.day && trackedSince <= last.day) {
    const at = x(trackedSince);
    chart.append(
      svg('line', {
        class: 'gitpulse-snapshots-begin',
        x1: at,
        x2: at,
        y1: PAD.top,
        y2: HEIGHT - PAD.bottom,
        'stroke-dasharray': '4 3',
        'data-day': trackedSince,
      }),
      // the label goes on the side of the line that has room
      svg(
        'text',
        {
          class: 'gitpulse-axis',
          x: at < WIDTH / 2 ? at + 4 : at - 4,
          y: PAD.top + 24,
          'text-anchor': at < WIDTH / 2 ? 'start' : 'end',
        },
        `snapshots from ${trackedSince}`,
      ),
    );
  }
  return chart;
}
