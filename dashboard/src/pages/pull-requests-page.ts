import type { PrMetricsResponse, PullRequestsResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { lineChart } from '../charts.ts';
import { chartPanel, downloads, esc, num, numberColumn, repoLink, table } from '../render-helpers.ts';

const STAGES = [
  ['status_pr', 'PR'],
  ['status_build', 'build'],
  ['status_approval', 'approval'],
  ['status_merge', 'merge'],
] as const;

const stageClass = (status: string | null) =>
  status === 'passed' || status === 'merged'
    ? 'ok'
    : status === 'failed' || status === 'closed'
      ? 'bad'
      : 'muted';

/** The PR flow board: cycle-time metrics per week, then a card per pull request with its four stages and risk. */
export async function pullRequestsPage(root: HTMLElement): Promise<void> {
  const [{ items }, metrics] = await Promise.all([
    getJson<PullRequestsResponse>('/api/prs?limit=100'),
    getJson<PrMetricsResponse>('/api/prs/metrics?weeks=12'),
  ]);
  const cards = items
    .map(
      (pr) => `
      <div class="card pr-card">
        <div class="muted">${repoLink(pr.repository)} <a href="${esc(pr.url)}" rel="noopener">#${pr.pr_number}</a> · ${esc(pr.author ?? '')} · ${esc(pr.branch_name ?? '')}</div>
        <div><strong>${esc(pr.title)}</strong></div>
        <div class="stages">${STAGES.map(([key, label]) => `<span class="chip ${stageClass(pr[key])}">${label}: ${esc(pr[key] ?? 'pending')}</span>`).join('')}</div>
        <div>+${num(pr.additions)} / −${num(pr.deletions)} ·
          <span class="risk-${esc(pr.risk_level ?? 'none')}">${pr.risk_level ? `${esc(pr.risk_level)} risk` : 'not assessed'}</span></div>
        <div class="muted">${esc(pr.risk_summary ?? '')}</div>
        ${pr.deployed_at ? `<div class="deployed">shipped ${esc(pr.deployed_at.slice(0, 16).replace('T', ' '))} · <a href="#/delivery?repo=${esc(pr.repository)}">delivery</a></div>` : ''}
      </div>`,
    )
    .join('');
  // All repositories together per week: medians per repository are shown in the table below the chart.
  const weeks = [...new Set(metrics.items.map((m) => m.week))].sort();
  const perWeek = (pick: (m: PrMetricsResponse['items'][number]) => number | null) =>
    weeks.map((week) => {
      const values = metrics.items.filter((m) => m.week === week).map(pick);
      const known = values.filter((v): v is number => v !== null);
      return known.length ? Number((known.reduce((a, b) => a + b, 0) / known.length).toFixed(1)) : null;
    });
  root.innerHTML = `
    <h1>Pull request flow</h1>
    <p class="muted">Fed by GitHub webhooks (POST /webhooks/github) and the pulls source: PR, build, approval and merge stages, and a risk assessment per head commit.</p>
    <h2>Cycle time, last 12 weeks ${downloads('/api/prs/metrics?weeks=12')}</h2>
    <p class="muted">People's PRs: ${num(metrics.items.reduce((sum, m) => sum + m.bot_prs_opened, 0))} PRs opened by bots are counted apart (<code>?include_bots=true</code> counts them in).</p>
    ${
      metrics.items.length
        ? `${chartPanel('cycle-chart', 'Median hours to first review, approval and merge per week')}
    ${table(metrics.items, [
      { label: 'week', cell: (m) => esc(m.week) },
      { label: 'repository', cell: (m) => repoLink(m.repository) },
      numberColumn('opened', (m) => m.prs_opened),
      numberColumn('merged', (m) => m.prs_merged),
      numberColumn('h to 1st review', (m) => m.median_hours_to_first_review),
      numberColumn('h to approval', (m) => m.median_hours_to_approval),
      numberColumn('h to merge', (m) => m.median_hours_to_merge),
      numberColumn('review rounds', (m) => m.mean_review_rounds),
      {
        label: 'high risk',
        cell: (m) => (m.high_risk_share === null ? '–' : `${Math.round(m.high_risk_share * 100)}%`),
        numeric: true,
      },
    ])}`
        : '<div class="empty">No cycle times yet: they need PRs with their open, review and merge times (the pulls source, or webhooks).</div>'
    }
    <h2>Board</h2>
    ${items.length ? `<div class="cards pr-board">${cards}</div>` : '<div class="empty">No pull requests yet: point a GitHub webhook at /webhooks/github, or list repositories under pulls.repos.</div>'}`;
  if (weeks.length)
    lineChart(
      'cycle-chart',
      weeks,
      [
        { label: 'median hours to first review', data: perWeek((m) => m.median_hours_to_first_review) },
        { label: 'median hours to approval', data: perWeek((m) => m.median_hours_to_approval) },
        { label: 'median hours to merge', data: perWeek((m) => m.median_hours_to_merge) },
      ],
      { chart: 'Median hours per week (hours)', title: 'hours' },
    );
}
