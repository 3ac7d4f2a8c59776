import type { RepoViewsResponse, TeamViewsResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { esc, num, numberColumn, repoLink, table } from '../render-helpers.ts';

/*
 * "Viewed by your team": the page views members chose to report from the
 * browser extension (README "Browser extension"), read from client_events.
 * Both sections load after their page and say so when the events store is
 * not open, rather than failing the page.
 */

/** Who of the team opened this repository's pages on GitHub in the last 30 days. */
export async function repoViewsSection(section: HTMLElement, fullName: string): Promise<void> {
  let views: RepoViewsResponse;
  try {
    views = await getJson<RepoViewsResponse>(
      `/api/repos/${fullName.split('/').map(encodeURIComponent).join('/')}/views`,
    );
  } catch (error) {
    section.innerHTML = `<p class="muted">Team views unknown: ${esc((error as Error).message)}</p>`;
    return;
  }
  section.innerHTML =
    views.views === 0
      ? `<p class="muted" id="team-views">No one on the team opened it on GitHub with the browser extension in the last ${views.days} days.</p>`
      : `<p id="team-views">${num(views.views)} views by ${num(views.viewers)} ${views.viewers === 1 ? 'person' : 'people'} in the last ${views.days} days: ${views.items
          .map((v) => `${esc(v.login)} (${num(v.views)})`)
          .join(', ')}</p>`;
}

/** The repositories the team opened on GitHub lately, latest first. */
export async function teamViewsSection(section: HTMLElement): Promise<void> {
  let views: TeamViewsResponse;
  try {
    views = await getJson<TeamViewsResponse>('/api/views');
  } catch (error) {
    section.innerHTML = `<p class="muted">Team views unknown: ${esc((error as Error).message)}</p>`;
    return;
  }
  section.innerHTML = table(
    views.items,
    [
      { label: 'repository', cell: (v) => repoLink(v.repository) },
      numberColumn('views', (v) => v.views),
      numberColumn('people', (v) => v.viewers),
      {
        label: 'last viewed',
        cell: (v) => esc(v.last_viewed_at.slice(0, 16).replace('T', ' ')),
        nowrap: true,
      },
    ],
    `No views reported in the last ${views.days} days: members who install the browser extension and turn on "pages viewed" appear here.`,
  );
}
