import type { RepoViewsResponse, StarsResponse } from '../../../src/api/api-schemas.ts';
import type {
  PullRequestPanel,
  RepositoryFigures,
  RepositoryPanel,
  TrackAnswer,
  Unavailable,
} from '../shared/messages.ts';
import {
  callGitpulse,
  type Me,
  NotConfigured,
  type PullRequestResponse,
  type RepoDeliveryResponse,
  repoPath,
  SignedOut,
} from './gitpulse-client.ts';

interface RepoAnswer {
  repo_full_name: string;
  current: {
    stars: number;
    star_velocity: number | null;
    star_velocity_7d: number | null;
    momentum_score: number | null;
    rank_overall: number | null;
    snapshot_date: string;
  } | null;
}

/** What a failed call means to the panel: sign in, set a server, or the message. */
export function unavailable(error: unknown): Unavailable {
  if (error instanceof NotConfigured) return { state: 'not-configured' };
  if (error instanceof SignedOut) return { state: 'signed-out', reason: error.message };
  return { state: 'error', message: `gitpulse did not answer (${(error as Error).message})` };
}

const BANDS = {
  deployment_frequency_band: 'deployment frequency',
  lead_time_band: 'lead time',
  change_failure_band: 'change failure rate',
  recovery_band: 'recovery',
} as const;

/** The latest period with deployments: its DORA bands (none known before a deployment). */
function deliveryBands(delivery: RepoDeliveryResponse | null): RepositoryFigures['delivery'] {
  const period = delivery?.items
    .filter((p) => p.note === null)
    .sort((a, b) => b.period_start.localeCompare(a.period_start))[0];
  if (!period) return null;
  const bands: Record<string, string> = {};
  for (const [key, label] of Object.entries(BANDS)) bands[label] = period[key as keyof typeof BANDS];
  return { period_start: period.period_start, bands };
}

export async function me(): Promise<Me> {
  const answer = await callGitpulse<Me>('GET', '/api/me');
  if (!answer.ok) throw new Error(`/api/me answered ${answer.status}`);
  return answer.body;
}

export async function repositoryPanel(repository: string): Promise<RepositoryPanel> {
  try {
    const base = repoPath(repository);
    const repo = await callGitpulse<RepoAnswer>('GET', base);
    if (!repo.ok) {
      if (repo.status !== 404) return { state: 'error', message: repo.body.message ?? `HTTP ${repo.status}` };
      const who = await me();
      return { state: 'not-tracked', repository, canTrack: who.scopes.includes('track'), login: who.login };
    }
    // the rest is optional: a repository without star history, deliveries or views still shows its figures
    const [stars, delivery, views] = await Promise.all([
      callGitpulse<StarsResponse>('GET', `${base}/stars`),
      callGitpulse<RepoDeliveryResponse>('GET', `${base}/delivery`),
      callGitpulse<RepoViewsResponse>('GET', `${base}/views?days=30`),
    ]);
    const current = repo.body.current;
    return {
      state: 'ready',
      figures: {
        repository: repo.body.repo_full_name,
        stars: current?.stars ?? null,
        gain_1d: current?.star_velocity ?? null,
        gain_7d: current?.star_velocity_7d ?? null,
        momentum: current?.momentum_score ?? null,
        rank: current?.rank_overall ?? null,
        snapshot_date: current?.snapshot_date ?? null,
        created_at: stars.ok ? stars.body.created_at : null,
        tracked_since: stars.ok ? stars.body.tracked_since : null,
        history: stars.ok
          ? stars.body.items.flatMap((d) => (d.stars === null ? [] : [{ day: d.day, stars: d.stars }]))
          : [],
        delivery: deliveryBands(delivery.ok ? delivery.body : null),
        views: views.ok
          ? {
              views: views.body.views,
              viewers: views.body.viewers,
              days: views.body.days,
              logins: views.body.items.map((item) => item.login),
            }
          : null,
      },
    };
  } catch (error) {
    return unavailable(error);
  }
}

export async function pullRequestPanel(repository: string, number: number): Promise<PullRequestPanel> {
  try {
    const answer = await callGitpulse<PullRequestResponse>('GET', `${repoPath(repository)}/pulls/${number}`);
    if (!answer.ok) {
      return answer.status === 404
        ? { state: 'unknown', repository, number }
        : { state: 'error', message: answer.body.message ?? `HTTP ${answer.status}` };
    }
    const pr = answer.body;
    return {
      state: 'ready',
      figures: {
        repository: pr.repository,
        pr_number: pr.pr_number,
        title: pr.title,
        author: pr.author,
        state: pr.state,
        stages: [
          { name: 'PR', status: pr.status_pr },
          { name: 'build', status: pr.status_build },
          { name: 'approval', status: pr.status_approval },
          { name: 'merge', status: pr.status_merge },
        ],
        deployed_at: pr.deployed_at,
        insight: pr.insight
          ? {
              risk_level: pr.insight.risk_level,
              summary: pr.insight.summary,
              recommendation: pr.insight.recommendation,
            }
          : null,
      },
    };
  } catch (error) {
    return unavailable(error);
  }
}

export async function track(repository: string): Promise<TrackAnswer> {
  try {
    const answer = await callGitpulse<{ status: string }>('POST', '/api/tracked', { repository });
    if (answer.ok) return { state: 'requested', status: answer.body.status };
    if (answer.status === 403) return { state: 'forbidden' };
    return { state: 'error', message: answer.body.message ?? `HTTP ${answer.status}` };
  } catch (error) {
    return unavailable(error);
  }
}
