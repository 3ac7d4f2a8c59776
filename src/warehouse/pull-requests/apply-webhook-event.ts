import type { EmitterWebhookEvent } from '@octokit/webhooks';
import type { WarehouseClient } from '../../db/database.ts';
import {
  approvalStage,
  commitStateStage,
  type GitHubPullObject,
  isReviewState,
  pullRecordFrom,
  type RecordedRepositories,
  recordPullRequest,
  recordRepository,
  recordReviews,
  recordRiskInsight,
} from './record-pull-request.ts';
import { setBuildStatusSql } from './set-build-status.queries.ts';

/** Events that update the PR flow model; any other event is stored and ignored. */
export const HANDLED_EVENTS = [
  'pull_request',
  'pull_request_review',
  'check_suite',
  'check_run',
  'workflow_run',
  'status',
  'push',
] as const;
export type HandledEvent = (typeof HANDLED_EVENTS)[number];
export const isHandledEvent = (event: string): event is HandledEvent =>
  (HANDLED_EVENTS as readonly string[]).includes(event);

type Payload<E extends HandledEvent> = EmitterWebhookEvent<E>['payload'];
type RepositoryPayload = Payload<'push'>['repository'];

/** success → passed, failure → failed, anything unfinished → running. */
function buildStatus(status: string | null | undefined, conclusion: string | null | undefined): string {
  if (status && status !== 'completed')
    return status === 'queued' || status === 'requested' || status === 'waiting' ? 'pending' : 'running';
  if (conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped') return 'passed';
  if (conclusion) return 'failed';
  return 'running';
}

interface BuildReport {
  prNumbers: number[];
  headSha: string;
  status: string | null | undefined;
  conclusion: string | null | undefined;
}

interface CiItem {
  pull_requests?: ({ number: number } | null)[] | null;
  head_sha: string;
  status: string | null;
  conclusion: string | null;
}

const buildReport = (item: CiItem): BuildReport => ({
  prNumbers: (item.pull_requests ?? []).flatMap((p) => (p ? [p.number] : [])),
  headSha: item.head_sha,
  status: item.status,
  conclusion: item.conclusion,
});

/** The three CI events say the same thing in three shapes: which PRs, which commit, how it went. */
const BUILD_EVENTS = {
  check_suite: (payload: unknown) => buildReport((payload as Payload<'check_suite'>).check_suite),
  check_run: (payload: unknown) => buildReport((payload as Payload<'check_run'>).check_run),
  workflow_run: (payload: unknown) => buildReport((payload as Payload<'workflow_run'>).workflow_run),
} satisfies Record<'check_suite' | 'check_run' | 'workflow_run', (payload: unknown) => BuildReport>;

async function setBuildStatus(
  client: WarehouseClient,
  repoId: string,
  prNumbers: number[],
  headSha: string,
  status: string,
): Promise<void> {
  await setBuildStatusSql.run({ repoId, prNumbers, headSha, status }, client);
}

function repositoryRecord(repository: RepositoryPayload) {
  const owner = repository.owner as { login?: string; name?: string; avatar_url?: string } | null;
  return {
    githubId: repository.id,
    name: repository.name,
    fullName: repository.full_name,
    owner: owner?.login ?? owner?.name ?? (repository.full_name.split('/')[0] as string),
    ownerAvatarUrl: owner?.avatar_url ?? null,
    isPrivate: repository.private,
    description: repository.description,
  };
}

/**
 * Applies one webhook delivery to the PR flow model (repositories,
 * pull_requests, pipeline_runs, insights) inside the caller's transaction.
 * Returns false for events that carry nothing for the model.
 */
export async function applyWebhookEvent(
  client: WarehouseClient,
  event: string,
  payload: unknown,
  recorded?: RecordedRepositories,
): Promise<boolean> {
  if (!isHandledEvent(event)) return false;
  const body = payload as { repository?: RepositoryPayload };
  if (!body.repository) return false;
  const repoId = await recordRepository(client, repositoryRecord(body.repository), recorded);

  switch (event) {
    case 'pull_request': {
      const { action, pull_request: pull } = payload as Payload<'pull_request'>;
      const files = await recordPullRequest(client, repoId, pullRecordFrom(pull as GitHubPullObject));
      if (['opened', 'reopened', 'synchronize', 'edited', 'ready_for_review'].includes(action)) {
        await recordRiskInsight(
          client,
          repoId,
          { number: pull.number, headSha: pull.head.sha },
          {
            additions: pull.additions ?? 0,
            deletions: pull.deletions ?? 0,
            changedFiles: pull.changed_files ?? 0,
            files: files?.map((f) => f.filename) ?? null,
          },
        );
      }
      return true;
    }
    case 'pull_request_review': {
      const { action, review, pull_request: pull } = payload as Payload<'pull_request_review'>;
      const reviewState = action === 'dismissed' ? 'dismissed' : String(review.state).toLowerCase();
      await recordPullRequest(client, repoId, pullRecordFrom(pull as unknown as GitHubPullObject), {
        approval: approvalStage(reviewState),
      });
      if (review.submitted_at && isReviewState(reviewState)) {
        await recordReviews(client, repoId, pull.number, [
          {
            reviewId: review.id,
            reviewer: review.user?.login ?? null,
            state: reviewState,
            submittedAt: review.submitted_at,
          },
        ]);
      }
      return true;
    }
    case 'check_suite':
    case 'check_run':
    case 'workflow_run': {
      const build = BUILD_EVENTS[event](payload);
      await setBuildStatus(
        client,
        repoId,
        build.prNumbers,
        build.headSha,
        buildStatus(build.status, build.conclusion),
      );
      return true;
    }
    case 'status': {
      const { sha, state } = payload as Payload<'status'>;
      await setBuildStatus(client, repoId, [], sha, commitStateStage(state) ?? 'failed');
      return true;
    }
    case 'push':
      // Only the repository row: pushes reach PRs through pull_request synchronize.
      return true;
  }
}
