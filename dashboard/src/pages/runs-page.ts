import type { QualityResponse, RunResponse, RunsResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { timelineChart } from '../charts.ts';
import { downloads, esc, num, numberColumn, table } from '../render-helpers.ts';

const status = (value: string | null) =>
  `<span class="${value === 'succeeded' ? 'ok' : value === 'failed' ? 'bad' : ''}">${esc(value ?? '')}</span>`;

export async function runsPage(root: HTMLElement): Promise<void> {
  const runs = await getJson<RunsResponse>('/api/runs?limit=100');
  root.innerHTML = `
    <h1>Pipeline runs ${downloads('/api/runs?limit=100')}</h1>
    ${table(
      runs.items,
      [
        { label: 'run', cell: (r) => `<a href="#/runs/${esc(r.run_id)}">${esc(r.run_id)}</a>`, nowrap: true },
        { label: 'day', cell: (r) => esc(r.run_date ?? ''), nowrap: true },
        { label: 'status', cell: (r) => status(r.status) },
        {
          label: 'seconds',
          cell: (r) => (r.execution_time_seconds === null ? '–' : r.execution_time_seconds.toFixed(2)),
          numeric: true,
        },
        numberColumn('repositories', (r) => r.repos_processed),
        numberColumn('GitHub requests', (r) => r.github_requests),
        numberColumn('GraphQL points', (r) => r.github_points),
        { label: 'error', cell: (r) => esc(r.error_message ?? '') },
      ],
      'No runs yet.',
    )}`;
}

interface TaskNode {
  name: string;
  status: string;
  started_at: string;
  ended_at: string | null;
  counts: Record<string, number>;
  error?: string;
  children: TaskNode[];
}

export async function runPage(root: HTMLElement, id: string): Promise<void> {
  const run = await getJson<RunResponse>(`/api/runs/${encodeURIComponent(id)}`);
  const tree = (run.task_tree ?? []) as TaskNode[];
  const flat: { depth: number; node: TaskNode }[] = [];
  const walk = (nodes: TaskNode[], depth: number) => {
    for (const node of nodes) {
      flat.push({ depth, node });
      walk(node.children, depth + 1);
    }
  };
  walk(tree, 0);
  const origin = Date.parse(run.started_at);
  const seconds = (iso: string | null) => ((iso ? Date.parse(iso) : origin) - origin) / 1000;
  root.innerHTML = `
    <h1>Run ${esc(run.run_id)}</h1>
    <p>${status(run.status)} · day ${esc(run.run_date ?? '')} · ${num(run.execution_time_seconds)} s ·
       ${num(run.github_requests)} GitHub requests · ${num(run.github_points)} GraphQL points</p>
    ${run.error_message ? `<p class="bad">${esc(run.error_message)}</p>` : ''}
    <div class="chart" style="height:${Math.max(240, flat.length * 22)}px"><canvas id="timeline"></canvas></div>
    <h2>Tasks</h2>
    ${table(flat, [
      { label: 'task', cell: ({ depth, node }) => `${'&nbsp;'.repeat(depth * 4)}${esc(node.name)}` },
      { label: 'status', cell: ({ node }) => status(node.status) },
      {
        label: 'seconds',
        cell: ({ node }) => (seconds(node.ended_at) - seconds(node.started_at)).toFixed(2),
        numeric: true,
      },
      {
        label: 'counts',
        cell: ({ node }) =>
          Object.entries(node.counts)
            .map(([k, v]) => `<span class="chip">${esc(k)} ${num(v)}</span>`)
            .join(''),
      },
      { label: 'error', cell: ({ node }) => esc(node.error ?? '') },
    ])}`;
  timelineChart(
    'timeline',
    flat.map(({ depth, node }) => ({
      name: `${'· '.repeat(depth)}${node.name}`,
      start: seconds(node.started_at),
      end: Math.max(seconds(node.ended_at), seconds(node.started_at) + 0.001),
      failed: node.status === 'failed',
    })),
  );
}

export async function qualityPage(root: HTMLElement): Promise<void> {
  const quality = await getJson<QualityResponse>('/api/quality');
  root.innerHTML = `
    <h1>Data quality</h1>
    <p class="muted">Checks of the latest run ${quality.run_id ? `<a href="#/runs/${esc(quality.run_id)}">${esc(quality.run_id)}</a>` : ''}</p>
    ${table(
      quality.checks,
      [
        { label: 'check', cell: (c) => esc(c.check_name) },
        {
          label: 'result',
          cell: (c) => (c.passed ? '<span class="ok">passed</span>' : '<span class="bad">failed</span>'),
        },
        numberColumn('violations', (c) => c.observed),
        { label: 'what it checks', cell: (c) => esc(c.details ?? '') },
      ],
      'No checks yet: they run after each pipeline run.',
    )}
    <h2>Recent runs</h2>
    ${table(quality.history, [
      { label: 'run', cell: (h) => `<a href="#/runs/${esc(h.run_id)}">${esc(h.run_id)}</a>` },
      { label: 'checked', cell: (h) => esc(h.checked_at) },
      numberColumn('passed', (h) => h.passed),
      {
        label: 'failed',
        cell: (h) => (h.failed ? `<span class="bad">${h.failed}</span>` : '0'),
        numeric: true,
      },
    ])}`;
}
