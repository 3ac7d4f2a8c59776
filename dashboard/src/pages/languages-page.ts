import type { LanguagesResponse, RankingsResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { barChart } from '../charts.ts';
import { chartPanel, downloads, esc, numberColumn, repoLink, signed, table } from '../render-helpers.ts';

export async function languagesPage(root: HTMLElement): Promise<void> {
  const languages = await getJson<LanguagesResponse>('/api/languages');
  root.innerHTML = `
    <h1>Languages ${downloads('/api/languages')}</h1>
    ${chartPanel('language-chart')}
    <h2>Leaderboards</h2>
    ${table(languages.items, [
      {
        label: 'language',
        cell: (l) => `<a href="#/languages/${esc(l.language_name)}">${esc(l.language_name)}</a>`,
      },
      numberColumn('repositories', (l) => l.repos),
      numberColumn('stars', (l) => l.stars),
      { label: 'stars this week', cell: (l) => signed(l.star_velocity_7d), numeric: true },
    ])}`;
  barChart(
    'language-chart',
    languages.items.slice(0, 12),
    { name: (l) => l.language_name, value: (l) => l.star_velocity_7d },
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
        numberColumn('rank', (r) => r.rank_in_language),
        { label: 'repository', cell: (r) => repoLink(r.repo_full_name) },
        numberColumn('stars', (r) => r.stars),
        { label: 'today', cell: (r) => signed(r.star_velocity), numeric: true },
        { label: 'momentum', cell: (r) => (r.momentum_score ?? 0).toFixed(3), numeric: true },
        { label: 'on Render', cell: (r) => (r.uses_render ? 'yes' : '') },
      ],
      `No ${language} repositories in the latest snapshot.`,
    )}`;
}
