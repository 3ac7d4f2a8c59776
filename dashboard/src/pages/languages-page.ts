import type { LanguagesResponse, RankingsResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { barChart } from '../charts.ts';
import { downloads, esc, num, repoLink, signed, table } from '../render-helpers.ts';

export async function languagesPage(root: HTMLElement): Promise<void> {
  const languages = await getJson<LanguagesResponse>('/api/languages');
  root.innerHTML = `
    <h1>Languages ${downloads('/api/languages')}</h1>
    <div class="charts"><div class="chart"><canvas id="language-chart"></canvas></div></div>
    <h2>Leaderboards</h2>
    ${table(languages.items, [
      {
        label: 'language',
        cell: (l) => `<a href="#/languages/${esc(l.language_name)}">${esc(l.language_name)}</a>`,
      },
      { label: 'repositories', cell: (l) => num(l.repos), numeric: true },
      { label: 'stars', cell: (l) => num(l.stars), numeric: true },
      { label: 'stars this week', cell: (l) => signed(l.star_velocity_7d), numeric: true },
    ])}`;
  const top = languages.items.slice(0, 12);
  barChart(
    'language-chart',
    top.map((l) => l.language_name),
    top.map((l) => l.star_velocity_7d),
    'Stars gained in 7 days, by language (count)',
  );
}

export async function languageRankingsPage(root: HTMLElement, language: string): Promise<void> {
  const rankings = await getJson<RankingsResponse>(
    `/api/languages/${encodeURIComponent(language)}/rankings?limit=100`,
  );
  root.innerHTML = `
    <h1>${esc(language)} leaderboard ${downloads(`/api/languages/${encodeURIComponent(language)}/rankings?limit=100`)}</h1>
    <p><a href="#/?language=${esc(encodeURIComponent(language))}">trending in ${esc(language)}</a></p>
    ${table(
      rankings.items,
      [
        { label: 'rank', cell: (r) => num(r.rank_in_language), numeric: true },
        { label: 'repository', cell: (r) => repoLink(r.repo_full_name) },
        { label: 'stars', cell: (r) => num(r.stars), numeric: true },
        { label: 'today', cell: (r) => signed(r.star_velocity), numeric: true },
        { label: 'momentum', cell: (r) => (r.momentum_score ?? 0).toFixed(3), numeric: true },
        { label: 'on Render', cell: (r) => (r.uses_render ? 'yes' : '') },
      ],
      `No ${language} repositories in the latest snapshot.`,
    )}`;
}
