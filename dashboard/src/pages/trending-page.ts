import type { LanguagesResponse, TrendingResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { barChart } from '../charts.ts';
import { esc, num, repoLink, signed, table } from '../render-helpers.ts';

export async function trendingPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const language = params.get('language') ?? '';
  const window = params.get('window') ?? 'momentum';
  const rising = params.get('rising') === 'true';
  const query = new URLSearchParams({ limit: '50', window, rising: String(rising) });
  if (language) query.set('language', language);
  const [trending, languages] = await Promise.all([
    getJson<TrendingResponse>(`/api/trending?${query}`),
    getJson<LanguagesResponse>('/api/languages'),
  ]);
  const link = (changes: Record<string, string>) => {
    const next = new URLSearchParams({ language, window, rising: String(rising), ...changes });
    return `#/?${next}`;
  };
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
      <span>Order:
        <a href="${link({ window: 'momentum' })}">momentum</a> ·
        <a href="${link({ window: '1d' })}">stars today</a> ·
        <a href="${link({ window: '7d' })}">stars this week</a></span>
      <a href="${link({ rising: String(!rising) })}">${rising ? 'all repositories' : 'rising only (created in 30 days)'}</a>
      <span class="muted">snapshot ${esc(trending.snapshot_date ?? 'none yet')}</span>
    </div>
    <div class="charts"><div class="chart"><canvas id="gain-chart"></canvas></div></div>
    <h2>Repositories</h2>
    ${table(
      trending.items,
      [
        { label: '#', cell: (_r, i) => String(i + 1), numeric: true },
        {
          label: 'repository',
          cell: (r) => `${repoLink(r.repo_full_name)}<div class="muted">${esc(r.description ?? '')}</div>`,
        },
        {
          label: 'language',
          cell: (r) => `<a href="#/languages/${esc(r.language ?? '')}">${esc(r.language ?? '')}</a>`,
        },
        { label: 'stars', cell: (r) => num(r.stars), numeric: true },
        { label: 'today', cell: (r) => signed(r.star_velocity), numeric: true },
        { label: '7 days', cell: (r) => signed(r.star_velocity_7d), numeric: true },
        { label: 'momentum', cell: (r) => (r.momentum_score ?? 0).toFixed(3), numeric: true },
      ],
      'No snapshot yet: run gitpulse ingest.',
    )}`;
  root.querySelector<HTMLSelectElement>('#language-filter')?.addEventListener('change', (event) => {
    location.hash = link({ language: (event.target as HTMLSelectElement).value });
  });
  const top = [...trending.items]
    .sort((a, b) => (b.star_velocity_7d ?? 0) - (a.star_velocity_7d ?? 0))
    .slice(0, 10);
  barChart(
    'gain-chart',
    top.map((r) => r.repo_full_name),
    top.map((r) => r.star_velocity_7d ?? 0),
    'stars gained in 7 days',
    true,
  );
}
