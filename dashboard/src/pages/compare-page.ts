import type { RepoResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { lineChart } from '../charts.ts';
import { chartPanel, esc, num, repoLink } from '../render-helpers.ts';
import { searchRepositories } from '../repository-search.ts';

const MAX_REPOS = 8;

/**
 * Star history of several repositories on one chart (star-history's core
 * view). Everything lives in the URL — #/compare?repos=a/b,c/d&from=&to=&scale=log
 * — so a comparison is shared by sharing the link.
 */
export async function comparePage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const names = (params.get('repos') ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => /^[\w.-]+\/[\w.-]+$/.test(n))
    .slice(0, MAX_REPOS);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const logarithmic = params.get('scale') === 'log';
  const link = (changes: Record<string, string>) => {
    const next = new URLSearchParams({
      repos: names.join(','),
      from,
      to,
      scale: logarithmic ? 'log' : 'linear',
      ...changes,
    });
    for (const [key, value] of [...next]) if (!value) next.delete(key);
    return `#/compare?${next}`;
  };
  const repos = await Promise.all(
    names.map((name) =>
      getJson<RepoResponse>(`/api/repos/${name}`).then(
        (repo) => ({ name, repo }),
        () => ({ name, repo: undefined }),
      ),
    ),
  );
  const found = repos.flatMap((r) => (r.repo ? [{ name: r.name, repo: r.repo }] : []));
  const missing = repos.filter((r) => !r.repo).map((r) => r.name);
  const inRange = (day: string) => (!from || day >= from) && (!to || day <= to);
  const days = [...new Set(found.flatMap((r) => r.repo.series.map((p) => p.snapshot_date)))]
    .filter(inRange)
    .sort();
  root.innerHTML = `
    <h1>Compare star history</h1>
    <form class="toolbar" id="compare-add">
      <input id="compare-input" type="search" list="compare-results" placeholder="Add a repository…" aria-label="Add a repository" autocomplete="off" />
      <datalist id="compare-results"></datalist>
      <label>from <input id="compare-from" type="date" value="${esc(from)}" /></label>
      <label>to <input id="compare-to" type="date" value="${esc(to)}" /></label>
      <span>Scale: <a href="${link({ scale: 'linear' })}"${logarithmic ? '' : ' class="current"'}>linear</a> ·
        <a href="${link({ scale: 'log' })}"${logarithmic ? ' class="current"' : ''}>log</a></span>
    </form>
    <div class="chips">${found
      .map(
        (r) =>
          `<span class="chip">${repoLink(r.name)} ${num(r.repo.current?.stars)} ★ <a href="${link({ repos: names.filter((n) => n !== r.name).join(',') })}" aria-label="remove ${esc(r.name)}">×</a></span>`,
      )
      .join(' ')}</div>
    ${missing.length ? `<div class="error">Not tracked: ${missing.map(esc).join(', ')}</div>` : ''}
    ${
      found.length
        ? `${chartPanel('compare-chart', 'Stars per day')}
           <p class="muted">Share this comparison: copy the address bar.</p>`
        : '<div class="empty">Add repositories above (or open one and choose “Compare”) to draw their star histories together.</div>'
    }`;
  if (found.length)
    lineChart(
      'compare-chart',
      days,
      found.map((r) => {
        const byDay = new Map(r.repo.series.map((p) => [p.snapshot_date, p.stars]));
        return { label: r.name, data: days.map((day) => byDay.get(day) ?? null) };
      }),
      // A repository tracked later than another has no snapshots for the early days: the line starts later.
      { logarithmic, title: 'stars', spanGaps: true },
    );

  const input = root.querySelector<HTMLInputElement>('#compare-input');
  const results = root.querySelector<HTMLDataListElement>('#compare-results');
  input?.addEventListener(
    'input',
    () => void searchRepositories(input.value.trim(), results).catch(() => {}),
  );
  root.querySelector('#compare-add')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input?.value.trim() ?? '';
    if (!text) return;
    const { best } = await searchRepositories(text, results);
    if (best && !names.includes(best.repo_full_name))
      location.hash = link({ repos: [...names, best.repo_full_name].join(',') });
  });
  for (const id of ['compare-from', 'compare-to'] as const) {
    root.querySelector<HTMLInputElement>(`#${id}`)?.addEventListener('change', (event) => {
      location.hash = link({
        [id === 'compare-from' ? 'from' : 'to']: (event.target as HTMLInputElement).value,
      });
    });
  }
}
