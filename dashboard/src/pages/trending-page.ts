import type { LanguagesResponse, TrendingResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { barChart } from '../charts.ts';
import { chartPanel, downloads, esc, numberColumn, repoLink, signed, table } from '../render-helpers.ts';

export async function trendingPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const language = params.get('language') ?? '';
  const window = params.get('window') ?? 'momentum';
  const rising = params.get('rising') === 'true';
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const query = new URLSearchParams({
    limit: String(PAGE),
    offset: String(offset),
    window,
    rising: String(rising),
  });
  if (language) query.set('language', language);
  const [trending, languages] = await Promise.all([
    getJson<TrendingResponse>(`/api/trending?${query}`),
    getJson<LanguagesResponse>('/api/languages'),
  ]);
  const link = (changes: Record<string, string>) => {
    // A new filter or order starts at the first page; paging keeps them.
    const next = new URLSearchParams({ language, window, rising: String(rising), offset: '0', ...changes });
    return `#/?${next}`;
  };
  const order = (value: string, label: string) =>
    `<a href="${link({ window: value })}"${value === window ? ' class="current" aria-current="true"' : ''}>${label}</a>`;
  const measure = MEASURES[window as keyof typeof MEASURES] ?? MEASURES.momentum;
  // One snapshot day gives no gains yet: every velocity is null and momentum the same for all.
  const oneDayOnly = trending.items.length > 0 && trending.items.every((r) => r.star_velocity_7d === null);
  const empty = !trending.snapshot_date
    ? 'No snapshot yet: run gitpulse ingest, or gitpulse start --no-serve to backfill the offline replay.'
    : rising
      ? `No tracked repository created in the last 30 days on ${trending.snapshot_date}.`
      : `No repositories on ${trending.snapshot_date} for these filters.`;
  const options = ['', ...languages.items.map((l) => l.language_name)]
    .map(
      (l) =>
        `<option value="${esc(l)}" ${l === language ? 'selected' : ''}>${l ? esc(l) : 'All languages'}</option>`,
    )
    .join('');
  root.innerHTML = `
    <h1>Trending ${rising ? 'rising ' : ''}repositories${language ? ` in ${esc(language)}` : ''}</h1>
    <div class="toolbar">
      <select id="language-filter" aria-label="language">${options}</select>
      <span>Order: ${order('momentum', 'momentum')} · ${order('1d', 'stars today')} · ${order('7d', 'stars this week')}</span>
      <a href="${link({ rising: String(!rising) })}">${rising ? 'all repositories' : 'rising only (created in 30 days)'}</a>
      <span class="muted">snapshot ${esc(trending.snapshot_date ?? 'none yet')}</span>
    </div>
    ${oneDayOnly ? '<div class="notice">Trends need two days of snapshots: gains and momentum fill in after the next day\'s run (or backfill the replay with <code>gitpulse start --no-serve</code>).</div>' : ''}
    <h2>Top 10 by ${measure.title}</h2>
    ${chartPanel('gain-chart')}
    <h2>Repositories ${downloads(`/api/trending?${query}`)}</h2>
    ${table(
      trending.items,
      [
        { label: '#', cell: (_r, i) => String(offset + i + 1), numeric: true },
        {
          label: 'repository',
          cell: (r) => `${repoLink(r.repo_full_name)}<div class="muted">${esc(r.description ?? '')}</div>`,
        },
        {
          label: 'language',
          cell: (r) => `<a href="#/languages/${esc(r.language ?? '')}">${esc(r.language ?? '')}</a>`,
        },
        numberColumn('stars', (r) => r.stars),
        { label: 'today', cell: (r) => signed(r.star_velocity), numeric: true },
        { label: '7 days', cell: (r) => signed(r.star_velocity_7d), numeric: true },
        { label: 'momentum', cell: (r) => (r.momentum_score ?? 0).toFixed(3), numeric: true },
      ],
      empty,
    )}
    <p class="pager">${offset > 0 ? `<a href="${link({ offset: String(Math.max(0, offset - PAGE)) })}">← previous ${PAGE}</a>` : ''}
      ${trending.items.length === PAGE ? `<a href="${link({ offset: String(offset + PAGE) })}">next ${PAGE} →</a>` : ''}</p>`;
  root.querySelector<HTMLSelectElement>('#language-filter')?.addEventListener('change', (event) => {
    location.hash = link({ language: (event.target as HTMLSelectElement).value });
  });
  // The chart ranks by the table's own order, so the two agree.
  const top = trending.items.slice(0, 10);
  barChart(
    'gain-chart',
    top,
    { name: (r) => r.repo_full_name, value: (r) => measure.value(r) ?? 0 },
    measure.title,
    true,
  );
}

const PAGE = 50;
type TrendingRow = TrendingResponse['items'][number];
const MEASURES = {
  momentum: { title: 'momentum score (0–1)', value: (r: TrendingRow) => r.momentum_score },
  '1d': { title: 'stars gained today', value: (r: TrendingRow) => r.star_velocity },
  '7d': { title: 'stars gained in 7 days', value: (r: TrendingRow) => r.star_velocity_7d },
};
