import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Title,
  Tooltip,
  Legend,
);

const PALETTE = ['#2f6fdf', '#fca311', '#2a9d8f', '#e76f51', '#8e44ad', '#6c757d', '#e9c46a', '#264653'];
const live: Chart[] = [];

/** Destroys the previous page's charts before a new page draws its own. */
export function clearCharts(): void {
  while (live.length) live.pop()?.destroy();
}

/** A style.css colour as the browser resolves it for the scheme in use (its light-dark() pair picked). */
function themeColor(variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function draw(id: string, config: ChartConfiguration): void {
  const canvas = document.getElementById(id) as HTMLCanvasElement | null;
  if (!canvas) return;
  // Axis text and grid lines follow the page's theme (style.css variables).
  Chart.defaults.color = themeColor('--muted');
  Chart.defaults.borderColor = themeColor('--border');
  // A canvas is a picture to a screen reader: its title says what it shows.
  const title = config.options?.plugins?.title?.text;
  if (typeof title === 'string') {
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title);
  }
  live.push(
    new Chart(canvas, {
      ...config,
      options: { maintainAspectRatio: false, animation: false, ...config.options },
    }),
  );
}

/** Lines over shared labels; a null is a gap (a series that covers only some days). */
export function lineChart(
  id: string,
  labels: string[],
  series: { label: string; data: (number | null)[]; dashed?: boolean }[],
  axis: {
    /** The chart's title, with its unit. */
    chart?: string;
    logarithmic?: boolean;
    title?: string;
    spanGaps?: boolean;
    /** The y axis spans at least this share of the largest value (stars: 0.1), so small moves look small. */
    minSpan?: number;
  } = {},
): void {
  const values = series.flatMap((s) => s.data).filter((v): v is number => v !== null);
  const max = values.length ? Math.max(...values) : 0;
  const min = values.length ? Math.min(...values) : 0;
  const span = axis.minSpan ? Math.max(max - min, max * axis.minSpan) : 0;
  const low = axis.minSpan ? Math.max(0, Math.floor(min - (span - (max - min)) / 2)) : undefined;
  draw(id, {
    type: 'line',
    data: {
      labels,
      datasets: series.map(({ dashed, ...s }, i) => ({
        ...s,
        borderDash: dashed ? [6, 4] : undefined,
        borderColor: PALETTE[i],
        backgroundColor: PALETTE[i],
        pointRadius: 2,
        tension: 0.2,
        spanGaps: axis.spanGaps ?? false,
      })),
    },
    options: {
      scales: {
        y: {
          type: axis.logarithmic ? 'logarithmic' : 'linear',
          beginAtZero: false,
          suggestedMin: axis.logarithmic ? undefined : low,
          suggestedMax: axis.logarithmic || low === undefined ? undefined : low + span,
          title: axis.title ? { display: true, text: axis.title } : undefined,
        },
      },
      plugins: { title: axis.chart ? { display: true, text: axis.chart } : undefined },
    },
  });
}

/** Bars of one measure, a bar per item named by `name`; `label` is the chart's title, with its unit. */
export function barChart<T>(
  id: string,
  items: readonly T[],
  bar: { name: (item: T) => string; value: (item: T) => number },
  label: string,
  horizontal = false,
): void {
  draw(id, {
    type: 'bar',
    data: {
      labels: items.map(bar.name),
      datasets: [{ label, data: items.map(bar.value), backgroundColor: PALETTE[0] }],
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      plugins: { legend: { display: false }, title: { display: true, text: label } },
    },
  });
}

export function doughnutChart(id: string, labels: string[], data: number[], title?: string): void {
  draw(id, {
    type: 'doughnut',
    data: {
      labels,
      datasets: [{ data, backgroundColor: labels.map((_, i) => PALETTE[i % PALETTE.length] as string) }],
    },
    options: {
      plugins: { legend: { position: 'right' }, title: title ? { display: true, text: title } : undefined },
    },
  });
}

/** Task timeline: floating bars from start to end, in seconds since the run started. */
export function timelineChart(
  id: string,
  tasks: { name: string; start: number; end: number; failed: boolean }[],
): void {
  draw(id, {
    type: 'bar',
    data: {
      labels: tasks.map((t) => t.name),
      datasets: [
        {
          label: 'seconds',
          data: tasks.map((t) => [t.start, t.end]) as unknown as number[],
          backgroundColor: tasks.map((t) => (t.failed ? '#b3261e' : '#2f6fdf')),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: { x: { title: { display: true, text: 'seconds since start' } } },
    },
  });
}
