import type {
  ActivityResponse,
  RepoResponse,
  SearchResponse,
  StarsResponse,
} from '../../../src/api/api-schemas.ts';
import { getJson, MovedError } from '../api-client.ts';
import { barChart, doughnutChart, lineChart } from '../charts.ts';
import { card, esc, num, signed, table } from '../render-helpers.ts';
import { repoViewsSection } from './team-views.ts';

export async function repoPage(root: HTMLElement, fullName: string, params: URLSearchParams): Promise<void> {
  const logarithmic = params.get('scale') === 'log';
  const path = `/api/repos/${fullName.split('/').map(encodeURIComponent).join('/')}`;
  const range = new URLSearchParams();
  for (const key of ['from', 'to']) {
    const value = params.get(key);
    if (value) range.set(key, value);
  }
  let repo: RepoResponse;
  let stars: StarsResponse;
  try {
    [repo, stars] = await Promise.all([
      getJson<RepoResponse>(path, 'manual'),
      getJson<StarsResponse>(`${path}/stars${range.size ? `?${range}` : ''}`, 'manual'),
    ]);
  } catch (error) {
    // An old name (a rename or transfer on GitHub): the address moves to the repository's name now.
    const moved = error instanceof MovedError ? await renamedTo(fullName) : null;
    if (!moved) throw error;
    const query = location.hash.indexOf('?');
    history.replaceState(null, '', `#/repo/${moved}${query >= 0 ? location.hash.slice(query) : ''}`);
    return repoPage(root, moved, params);
  }
  const current = repo.current;
  root.innerHTML = `
    <h1>${esc(repo.repo_full_name)}${repo.is_private ? ' <span class="muted" title="Shown to those GitHub lets read it">private</span>' : ''}</h1>
    ${repo.aliases.length ? `<p class="muted" id="aliases" title="Renamed or transferred on GitHub: one history">formerly ${repo.aliases.map(esc).join(', ')}</p>` : ''}
    <details class="embed"><summary>Embed in a README</summary>
      <code>${esc(embedMarkdown(repo.repo_full_name))}</code>
    </details>
    <p>${esc(repo.description ?? '')}</p>
    <p class="muted">${esc(repo.language ?? '')}${repo.company ? ` · <a href="#/companies/${esc(repo.company)}">${esc(repo.company)}</a>` : ''}
      ${repo.render_category ? ` · Render: ${esc(repo.render_category)}` : ''}
      · <a href="https://github.com/${esc(repo.repo_full_name)}" target="_blank" rel="noopener">GitHub</a>
      · <a href="#/compare?repos=${esc(repo.repo_full_name)}">Compare</a>
      · <span class="choice">star axis: <a href="#/repo/${esc(repo.repo_full_name)}"${logarithmic ? '' : ' class="current"'}>linear</a> ·
        <a href="#/repo/${esc(repo.repo_full_name)}?scale=log"${logarithmic ? ' class="current"' : ''}>log</a></span></p>
    <div class="cards">
      ${card('stars', num(current?.stars))}
      ${card('today', signed(current?.star_velocity))}
      ${card('7 days', signed(current?.star_velocity_7d))}
      ${card('forks', num(current?.forks))}
      ${card('open issues', num(current?.open_issues))}
      ${card('momentum', (current?.momentum_score ?? 0).toFixed(3))}
      ${card('rank', `${num(current?.rank_overall)} <span class="muted">(${num(current?.rank_in_language)} in language)</span>`)}
    </div>
    <form class="toolbar" id="stars-range">star history from <input type="date" name="from" value="${esc(params.get('from') ?? '')}">
      to <input type="date" name="to" value="${esc(params.get('to') ?? '')}"> <button>show</button></form>
    <p class="muted" id="stars-note">${esc(starsNote(stars))}</p>
    <div class="charts">
      <div class="chart"><canvas id="stars-chart"></canvas></div>
      <div class="chart"><canvas id="forks-chart"></canvas></div>
      <div class="chart"><canvas id="languages-chart"></canvas></div>
    </div>
    <h2>Viewed by your team</h2>
    <div id="repo-views"><p class="muted">Loading…</p></div>
    <h2>Activity from events</h2>
    <div id="activity"><p class="muted">Loading events…</p></div>
    <h2>Versions (SCD type 2)</h2>
    ${table(repo.versions, [
      { label: 'name', cell: (v) => esc(v.repo_full_name) },
      { label: 'valid from', cell: (v) => esc(v.valid_from) },
      { label: 'valid to', cell: (v) => esc(v.valid_to ?? 'current') },
      { label: 'description', cell: (v) => esc(v.description ?? '') },
      { label: 'language', cell: (v) => esc(v.language ?? '') },
    ])}`;
  starsChart(stars, logarithmic);
  (document.getElementById('stars-range') as HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const next = new URLSearchParams(params);
    for (const key of ['from', 'to']) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
      else next.delete(key);
    }
    location.hash = `#/repo/${repo.repo_full_name}${next.size ? `?${next}` : ''}`;
  });
  const days = repo.series.map((p) => p.snapshot_date);
  lineChart('forks-chart', days, [{ label: 'forks', data: repo.series.map((p) => p.forks) }], {
    chart: 'Forks, daily snapshot (count)',
    minSpan: 0.1,
  });
  doughnutChart(
    'languages-chart',
    repo.languages.map((l) => l.language_name),
    repo.languages.map((l) => l.bytes),
    'Languages (bytes of code)',
  );
  await Promise.all([
    repoViewsSection(document.getElementById('repo-views') as HTMLElement, repo.repo_full_name),
    activitySection(document.getElementById('activity') as HTMLElement, repo.repo_full_name),
  ]);
}

/** The name now of the tracked repository once called `fullName`, from search, which knows old names. */
async function renamedTo(fullName: string): Promise<string | null> {
  const { items } = await getJson<SearchResponse>(`/api/search?q=${encodeURIComponent(fullName)}`);
  const lower = fullName.toLowerCase();
  return (
    items.find((item) => item.aliases.some((alias) => alias.toLowerCase() === lower))?.repo_full_name ?? null
  );
}

/** GitHub's star history from the first day, gitpulse's snapshots beside it, and where those begin. */
function starsChart(stars: StarsResponse, logarithmic: boolean): void {
  const tracked = stars.tracked_since;
  lineChart(
    'stars-chart',
    stars.items.map((d) => d.day),
    [
      {
        label: 'stars still there (GitHub star history)',
        data: stars.items.map((d) => d.retained_cumulative),
      },
      { label: "stars (gitpulse's daily snapshots)", data: stars.items.map((d) => d.snapshot_stars) },
      { label: 'live (star webhook)', data: stars.items.map((d) => d.live_stars), dashed: true },
    ],
    {
      chart: `Stars from the first day (count)${tracked ? `; snapshots begin ${tracked}` : ''}`,
      logarithmic,
      minSpan: 0.1,
    },
  );
}

/** What the star chart shows, in words: coverage of the history and the stars taken back. */
function starsNote(stars: StarsResponse): string {
  const tracked = stars.tracked_since ? `gitpulse's daily snapshots begin ${stars.tracked_since}. ` : '';
  if (!stars.history.complete)
    return `${tracked}GitHub's star history is still being read (it resumes at page ${stars.history.next_page ?? 1} on the next run).`;
  const last = [...stars.items].reverse().find((d) => d.stars_taken_back !== null);
  const taken = last
    ? ` ${last.stars_taken_back} stars given up to ${last.day} have been taken back since.`
    : '';
  return `${tracked}Before that, GitHub's star history: the stars still there, by the day they were given.${taken}`;
}

/** Events per day and the star history before tracking from events alone: an estimate with its coverage, a cross-check. */
async function activitySection(section: HTMLElement, fullName: string): Promise<void> {
  let activity: ActivityResponse;
  try {
    activity = await getJson<ActivityResponse>(
      `/api/repos/${fullName.split('/').map(encodeURIComponent).join('/')}/activity`,
    );
  } catch (error) {
    section.innerHTML = `<p class="muted">No events: ${esc((error as Error).message)}</p>`;
    return;
  }
  const coverage = activity.coverage.ratio;
  section.innerHTML = `
    <p class="muted" id="activity-note">${esc(activity.note)}</p>
    <div class="cards">
      ${card(
        `coverage vs ${activity.coverage.reference === 'star_history' ? 'star history' : 'snapshots'}`,
        coverage === null ? 'n/a' : `${Math.round(coverage * 100)}%`,
      )}
      ${card('captured stars', num(activity.activity.reduce((sum, d) => sum + d.stars, 0)))}
      ${card('captured forks', num(activity.activity.reduce((sum, d) => sum + d.forks, 0)))}
      ${card('days with events', num(activity.activity.length))}
    </div>
    <div class="charts">
      <div class="chart"><canvas id="history-chart"></canvas></div>
      <div class="chart"><canvas id="activity-chart"></canvas></div>
    </div>`;
  const history = activity.star_history;
  lineChart(
    'history-chart',
    history.map((d) => d.day),
    [
      { label: 'stars (snapshots)', data: history.map((d) => d.snapshot_stars) },
      {
        label: 'stars before tracking (estimate)',
        data: history.map((d) => d.estimated_stars),
        dashed: true,
      },
    ],
    { chart: 'Star history with the estimate before tracking (count)', minSpan: 0.1 },
  );
  barChart(
    'activity-chart',
    activity.activity,
    { name: (d) => d.day, value: (d) => d.stars + d.forks + d.pushes + d.prs_opened + d.issues_opened },
    'Events captured per day (stars, forks, pushes, PRs and issues opened)',
  );
}

/** Markdown for the repository's badge and star chart (served by /api/repos/{owner}/{name}/badge.svg and stars.svg). */
function embedMarkdown(fullName: string): string {
  const base = `${location.origin}/api/repos/${fullName}`;
  return `[![stars](${base}/badge.svg)](${location.origin}/#/repo/${fullName}) ![star history](${base}/stars.svg?theme=light)`;
}
