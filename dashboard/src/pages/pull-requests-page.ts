import type { PullRequestsResponse } from '../../../src/api/api-schemas.ts';
import { getJson } from '../api-client.ts';
import { esc, num } from '../render-helpers.ts';

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

/** The PR flow board: a card per pull request with its four stages and risk. */
export async function pullRequestsPage(root: HTMLElement): Promise<void> {
  const { items } = await getJson<PullRequestsResponse>('/api/prs?limit=100');
  const cards = items
    .map(
      (pr) => `
      <div class="card pr-card">
        <div class="muted">${esc(pr.repository)} #${pr.pr_number} · ${esc(pr.author ?? '')} · ${esc(pr.branch_name ?? '')}</div>
        <div><strong>${esc(pr.title)}</strong></div>
        <div class="stages">${STAGES.map(([key, label]) => `<span class="chip ${stageClass(pr[key])}">${label}: ${esc(pr[key] ?? 'pending')}</span>`).join('')}</div>
        <div>+${num(pr.additions)} / −${num(pr.deletions)} ·
          <span class="risk-${esc(pr.risk_level ?? 'none')}">${pr.risk_level ? `${esc(pr.risk_level)} risk` : 'not assessed'}</span></div>
        <div class="muted">${esc(pr.risk_summary ?? '')}</div>
      </div>`,
    )
    .join('');
  root.innerHTML = `
    <h1>Pull request flow</h1>
    <p class="muted">Fed by GitHub webhooks (POST /webhooks/github): PR, build, approval and merge stages, and a risk assessment per head commit.</p>
    ${items.length ? `<div class="cards pr-board">${cards}</div>` : '<div class="empty">No pull requests yet: point a GitHub webhook at /webhooks/github.</div>'}`;
}
