import type { DeliveryResponse, RepoDeliveryResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { lineChart } from '../charts.ts';
import { chartPanel, downloads, esc, num, numberColumn, repoLink, table } from '../render-helpers.ts';

type Period = DeliveryResponse['items'][number];
type Pr = DeliveryResponse['prs'][number];

const hours = (value: number | null) =>
  value === null ? '–' : value < 48 ? `${num(value)} h` : `${num(Math.round((value / 24) * 10) / 10)} d`;
const share = (value: number | null) => (value === null ? '–' : `${Math.round(value * 1000) / 10}%`);
const bandChip = (band: string) =>
  `<span class="chip band band-${esc(band.replace(' ', '-'))}" data-band="${esc(band)}">${esc(band)}</span>`;

/**
 * The period the tiles show: the last complete one (the newest, still running,
 * would read as a slow week or month), else the only one.
 */
const lastComplete = (items: Period[]) => items[1] ?? items[0];

/** The four keys and rework rate of one period, as tiles with their DORA band. */
function tiles(period: Period | undefined): string {
  if (!period)
    return '<div class="empty">No delivery data yet: list repositories under delivery.repos (README "Delivery metrics").</div>';
  const tile = (label: string, value: string, band: string | null, explain: string) =>
    `<div class="card delivery-tile" title="${esc(explain)}"><div class="muted">${esc(label)}</div><div class="value">${value}</div>${band ? bandChip(band) : ''}</div>`;
  return `<div class="cards delivery-tiles">
    ${tile('Deployment frequency', period.days_per_week === null ? 'no deployments' : `${num(period.days_per_week)} days/week`, period.deployment_frequency_band, 'Days with a successful production deployment, per week')}
    ${tile('Lead time for changes', hours(period.lead_time_hours), period.lead_time_band, 'Median time from first commit to production of the PRs deployed in the period')}
    ${tile('Change failure rate', share(period.change_failure_rate), period.change_failure_band, 'Successful production deployments an incident was charged to, of all of them')}
    ${tile('Failed deployment recovery', hours(period.recovery_hours), period.recovery_band, "Median time from the failing deployment's finish to its incident's close")}
    ${tile('Rework rate', share(period.rework_rate), null, 'Successful deployments made while an incident charged to an earlier one was open')}
  </div>`;
}

const periodColumns = [
  { label: 'period', cell: (p: Period) => esc(p.period_start), nowrap: true },
  { label: 'deploys', cell: (p: Period) => num(p.deployments), numeric: true },
  { label: 'days/week', cell: (p: Period) => (p.note ? esc(p.note) : num(p.days_per_week)), numeric: true },
  { label: 'frequency', cell: (p: Period) => bandChip(p.deployment_frequency_band) },
  { label: 'lead time', cell: (p: Period) => hours(p.lead_time_hours), numeric: true },
  { label: 'band', cell: (p: Period) => bandChip(p.lead_time_band) },
  { label: 'failure rate', cell: (p: Period) => share(p.change_failure_rate), numeric: true },
  { label: 'band', cell: (p: Period) => bandChip(p.change_failure_band) },
  { label: 'recovery', cell: (p: Period) => hours(p.recovery_hours), numeric: true },
  { label: 'band', cell: (p: Period) => bandChip(p.recovery_band) },
  { label: 'rework', cell: (p: Period) => share(p.rework_rate), numeric: true },
];

const prColumns = [
  { label: 'PR', cell: (p: Pr) => `${repoLink(p.repository)} #${p.pr_number}`, nowrap: true },
  { label: 'title', cell: (p: Pr) => esc(p.title) },
  {
    label: 'author',
    cell: (p: Pr) => `${esc(p.author ?? '')}${p.is_bot ? ' <span class="muted">(bot)</span>' : ''}`,
  },
  { label: 'merged', cell: (p: Pr) => esc(p.merged_at.slice(0, 16).replace('T', ' ')), nowrap: true },
  {
    label: 'deployed',
    cell: (p: Pr) =>
      p.deployed_at
        ? `<span data-deployment="${esc(`${p.deployment_source}:${p.deployment_id}`)}">${esc(p.deployed_at.slice(0, 16).replace('T', ' '))}</span>`
        : '<span class="muted">not yet</span>',
    nowrap: true,
  },
  { label: 'coding', cell: (p: Pr) => hours(p.coding_hours), numeric: true },
  { label: 'pickup', cell: (p: Pr) => hours(p.pickup_hours), numeric: true },
  { label: 'review', cell: (p: Pr) => hours(p.review_hours), numeric: true },
  { label: 'deploy', cell: (p: Pr) => hours(p.deploy_hours), numeric: true },
  { label: 'cycle', cell: (p: Pr) => hours(p.cycle_hours), numeric: true },
];

const DEFINITIONS = `
  <h2>Definitions</h2>
  <dl class="definitions">
    <dt>Deployment</dt><dd>A GitHub deployment to an environment matching <code>delivery.production_environment</code>, or a run of a workflow matching <code>delivery.deployment_workflow</code> on the default branch; it succeeded or failed by its final status.</dd>
    <dt>Deployment frequency</dt><dd>Days with a successful production deployment, per week (a month: its average week). Elite ≥ 5 days a week, high ≥ 1, medium ≥ 1 a month.</dd>
    <dt>Lead time for changes</dt><dd>Median, over the PRs first deployed in the period, of first commit → production (bots left out). Elite &lt; 1 day, high &lt; 1 week, medium &lt; 30 days.</dd>
    <dt>Change failure rate</dt><dd>Successful production deployments with an incident charged to them (an issue labelled as <code>delivery.incident_label</code>, charged to the latest deployment finished before it opened) ÷ successful production deployments. Elite ≤ 5%, high ≤ 10%, medium ≤ 15%.</dd>
    <dt>Failed deployment recovery time</dt><dd>Median of the incident's close − its deployment's finish. Elite &lt; 1 hour, high &lt; 1 day, medium &lt; 1 week.</dd>
    <dt>Rework rate</dt><dd>Successful deployments made while an incident charged to an earlier deployment was open ÷ successful deployments (DORA publishes no bands for it).</dd>
    <dt>No deployments</dt><dd>A period without a finished production deployment has no rates: it says so, it is never 0%.</dd>
  </dl>`;

/** The Delivery page: everything together, or one repository (#/delivery?repo=owner/name). */
export async function deliveryPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const period = params.get('period') === 'month' ? 'month' : 'week';
  const repo = params.get('repo');
  if (repo) return repositoryDelivery(root, repo, period);
  const path = `/api/delivery?period=${period}&periods=12`;
  const [all, perRepository] = await Promise.all([
    getJson<DeliveryResponse>(path),
    getJson<DeliveryResponse>(`/api/delivery?period=${period}&periods=2&scope=repository`),
  ]);
  const latest = lastComplete(all.items);
  // each repository's last complete period (the API lists the newest first)
  const newest = perRepository.items[0]?.period_start;
  const repositories = perRepository.items.filter(
    (p) => p.period_start !== newest || !perRepository.items.some((q) => q.period_start !== newest),
  );
  root.innerHTML = `
    <h1>Delivery</h1>
    <p class="muted">The four DORA keys and rework rate from GitHub's deployments, incidents and PRs, with Apache DevLake's definitions and DORA 2023 bands.
      Per <a href="#/delivery?period=week"${period === 'week' ? ' class="current"' : ''}>week</a> · <a href="#/delivery?period=month"${period === 'month' ? ' class="current"' : ''}>month</a>.</p>
    <h2>${esc(latest ? `Last complete ${period}: ${latest.period_start} to ${latest.period_end}` : 'Latest period')}</h2>
    ${tiles(latest)}
    <h2>Trend ${downloads(path)}</h2>
    ${chartPanel('delivery-trend', 'Deployment days per week and lead time per period')}
    ${table(all.items, periodColumns, 'No periods yet.')}
    <h2>Repositories, last complete ${period} ${downloads(`/api/delivery?period=${period}&periods=2&scope=repository`)}</h2>
    ${table(
      repositories,
      [
        {
          label: 'repository',
          cell: (p: Period) => `<a href="#/delivery?repo=${esc(p.scope)}">${esc(p.scope)}</a>`,
        },
        ...periodColumns.slice(1),
      ],
      'No repository has delivery data yet.',
    )}
    <h2>PRs behind the lead time ${downloads(path, 'prs')}</h2>
    <p class="muted">${num(all.bot_prs)} merged PRs by bots are left out (<code>?include_bots=true</code> to include them).</p>
    ${table(all.prs, prColumns, 'No merged PRs yet.')}
    ${DEFINITIONS}`;
  trend(all.items);
}

async function repositoryDelivery(root: HTMLElement, repo: string, period: 'week' | 'month') {
  const path = `/api/repos/${repo}/delivery?period=${period}&periods=12`;
  const delivery = await getJson<RepoDeliveryResponse>(path);
  const latest = lastComplete(delivery.items);
  root.innerHTML = `
    <h1>Delivery · ${repoLink(delivery.repository)}</h1>
    <p class="muted"><a href="#/delivery?period=${period}">All repositories</a>${latest ? ` · last complete ${period}: ${esc(latest.period_start)} to ${esc(latest.period_end)}` : ''}</p>
    ${tiles(latest)}
    <h2>Trend ${downloads(path)}</h2>
    ${chartPanel('delivery-trend', 'Deployment days per week and lead time per period')}
    ${table(delivery.items, periodColumns, 'No periods yet.')}
    <h2>Deployments behind the failure rate ${downloads(path, 'deployments')}</h2>
    ${table(
      delivery.deployments,
      [
        { label: 'finished', cell: (d) => esc(d.finished_at.slice(0, 16).replace('T', ' ')), nowrap: true },
        { label: 'source', cell: (d) => esc(d.source) },
        { label: 'environment / workflow', cell: (d) => esc(d.environment ?? d.name ?? '') },
        { label: 'sha', cell: (d) => `<code>${esc(d.sha.slice(0, 7))}</code>` },
        {
          label: 'status',
          cell: (d) => `<span class="chip ${d.status === 'success' ? 'ok' : 'bad'}">${esc(d.status)}</span>`,
        },
        numberColumn('incidents', (d) => d.incidents),
        { label: 'rework', cell: (d) => (d.is_rework ? 'yes' : ''), numeric: true },
      ],
      'No production deployment yet.',
    )}
    <h2>PRs behind the lead time ${downloads(path, 'prs')}</h2>
    <p class="muted">${num(delivery.bot_prs)} merged PRs by bots are left out.</p>
    ${table(delivery.prs, prColumns, 'No merged PRs yet.')}
    ${DEFINITIONS}`;
  trend(delivery.items);
}

function trend(items: Period[]): void {
  const ordered = [...items].reverse();
  if (ordered.length === 0) return;
  lineChart(
    'delivery-trend',
    ordered.map((p) => p.period_start),
    [
      { label: 'deployment days per week', data: ordered.map((p) => p.days_per_week) },
      {
        label: 'lead time (days)',
        data: ordered.map((p) =>
          p.lead_time_hours === null ? null : Math.round((p.lead_time_hours / 24) * 10) / 10,
        ),
      },
    ],
    { chart: 'Deployment days per week and lead time (days)' },
  );
}
