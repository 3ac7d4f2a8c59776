import type { TrackingResponse } from '../../../src/api/api-schemas.ts';
import { getJson, postJson } from '../api-client.ts';
import { esc, repoLink, table } from '../render-helpers.ts';
import { teamViewsSection } from './team-views.ts';

const TOKEN_KEY = 'gitpulse-api-token';

/**
 * Track a repository the lists do not bring in: a request the next run
 * fulfils (POST /api/tracked with the API token, kept for this browser tab).
 */
export async function trackPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const requests = await getJson<TrackingResponse>('/api/tracked');
  root.innerHTML = `
    <h1>Track a repository</h1>
    <p class="muted">The next pipeline run reads it from GitHub; from then on it is snapshotted every day like every tracked repository.</p>
    <form class="toolbar" id="track-form">
      <input id="track-repository" placeholder="owner/name" aria-label="repository (owner/name)" value="${esc(params.get('repository') ?? '')}" required pattern="[\\w.\\-]+/[\\w.\\-]+" />
      <input id="track-token" type="password" placeholder="token (empty when signed in)" aria-label="API token (gpt_… or API_TOKEN; not needed when signed in with GitHub)" autocomplete="off" value="${esc(sessionStorage.getItem(TOKEN_KEY) ?? '')}" />
      <button type="submit">Track</button>
      <span id="track-result" role="status"></span>
    </form>
    <h2>Viewed by your team</h2>
    <p class="muted">Repositories members opened on GitHub with the browser extension in the last 30 days (only those who turned on "pages viewed"; only repositories gitpulse knows).</p>
    <div id="team-views"><p class="muted">Loading…</p></div>
    <h2>Requests</h2>
    ${table(
      requests.items,
      [
        {
          label: 'repository',
          cell: (r) => (r.status === 'tracked' ? repoLink(r.repository) : esc(r.repository)),
        },
        {
          label: 'status',
          cell: (r) =>
            `<span class="chip ${r.status === 'tracked' ? 'ok' : r.status === 'not_found' ? 'bad' : 'muted'}">${esc(r.status.replace('_', ' '))}</span>`,
        },
        { label: 'requested', cell: (r) => esc(r.requested_at), nowrap: true },
      ],
      'No requests yet.',
    )}`;
  void teamViewsSection(root.querySelector('#team-views') as HTMLElement);
  root.querySelector('#track-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const repository = (root.querySelector('#track-repository') as HTMLInputElement).value.trim();
    const token = (root.querySelector('#track-token') as HTMLInputElement).value.trim();
    const result = root.querySelector('#track-result') as HTMLElement;
    sessionStorage.setItem(TOKEN_KEY, token);
    const response = await postJson('/api/tracked', { repository }, token || undefined);
    const body = (await response.json()) as { status?: string; message?: string };
    if (!response.ok) {
      result.textContent = body.message ?? `refused (${response.status})`;
      result.className = 'bad';
      return;
    }
    result.textContent =
      body.status === 'tracked' ? `${repository} is tracked already` : `${repository}: requested`;
    result.className = 'ok';
    await trackPage(root, new URLSearchParams());
  });
}
