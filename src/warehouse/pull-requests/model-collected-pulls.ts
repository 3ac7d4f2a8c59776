import type { WarehouseClient } from '../../db/database.ts';
import {
  type GraphqlPullPayload,
  graphqlPullPayload,
} from '../../sources/github/payloads/pull-request-payload.ts';
import { readCollectedPullsSql } from './read-collected-pulls.queries.ts';
import {
  approvalStage,
  commitStateStage,
  isReviewState,
  type PullRecord,
  type ReviewRecord,
  recordPullRequest,
  recordRepository,
  recordReviews,
  recordRiskInsight,
  type StageRecord,
} from './record-pull-request.ts';

/**
 * The pulls source's PRs (list-pulls.graphql: files, reviews, CI rollup) into
 * the PR flow model, the same tables webhooks feed, one PR at a time because
 * each gets a risk assessment. A receipt that is not a PullRequest node of
 * that query (a REST object landed before gitpulse 0.2) is skipped and counted.
 */
export async function modelCollectedPulls(
  client: WarehouseClient,
  rawRunIds: string[],
  date: string,
): Promise<{ pulls: number; skipped: number }> {
  const rows = await readCollectedPullsSql.run({ rawRunIds, snapshotDate: date }, client);
  let skipped = 0;
  for (const row of rows) {
    const parsed = graphqlPullPayload.safeParse(row.pull);
    if (!parsed.success) {
      skipped++;
      continue;
    }
    const pull = parsed.data;
    const { repository } = pull;
    const [owner = '', name = ''] = repository.nameWithOwner.split('/');
    const repoId = await recordRepository(client, {
      githubId: repository.databaseId,
      name,
      fullName: repository.nameWithOwner,
      owner: repository.owner.login || owner,
      ownerAvatarUrl: repository.owner.avatarUrl,
      isPrivate: repository.isPrivate,
      description: repository.description,
    });
    const record = pullRecord(pull);
    const reviewed = reviews(pull);
    await recordPullRequest(client, repoId, record, stages(pull, reviewed));
    await recordReviews(client, repoId, pull.number, reviewed);
    await recordRiskInsight(
      client,
      repoId,
      { number: pull.number, headSha: pull.headRefOid },
      {
        additions: pull.additions,
        deletions: pull.deletions,
        changedFiles: pull.changedFiles,
        files: record.files?.map((f) => f.filename) ?? null,
      },
    );
  }
  return { pulls: rows.length - skipped, skipped };
}

function pullRecord(pull: GraphqlPullPayload): PullRecord {
  return {
    number: pull.number,
    title: pull.title,
    author: pull.author?.login ?? null,
    authorAvatar: pull.author?.avatarUrl ?? null,
    headSha: pull.headRefOid,
    branch: pull.headRefName,
    state: pull.state === 'OPEN' ? 'open' : 'closed',
    openedAt: pull.createdAt,
    mergedAt: pull.mergedAt,
    closedAt: pull.closedAt,
    additions: pull.additions,
    deletions: pull.deletions,
    files:
      pull.files?.nodes.flatMap((f) =>
        f ? [{ filename: f.path, additions: f.additions, deletions: f.deletions }] : [],
      ) ?? null,
    mergeCommitSha: pull.mergedAt ? (pull.mergeCommit?.oid ?? null) : null,
    firstCommitAt: pull.firstCommit?.nodes[0]?.commit.authoredDate ?? null,
    authorType: pull.author?.__typename ?? null,
  };
}

/**
 * Build from the head commit's CI rollup; approval from the review decision,
 * or where the repository requires none, from the latest approving or
 * change-requesting review.
 */
function stages(pull: GraphqlPullPayload, reviewed: ReviewRecord[]): StageRecord {
  const rollup = pull.commits.nodes.at(-1)?.commit.statusCheckRollup?.state;
  const decisive = reviewed
    .filter((r) => r.state === 'approved' || r.state === 'changes_requested')
    .at(-1)?.state;
  const decision =
    pull.reviewDecision === 'REVIEW_REQUIRED'
      ? (decisive ?? 'pending')
      : (pull.reviewDecision?.toLowerCase() ?? decisive);
  return { build: rollup ? commitStateStage(rollup) : null, approval: approvalStage(decision) };
}

function reviews(pull: GraphqlPullPayload): ReviewRecord[] {
  return (pull.reviews?.nodes ?? []).flatMap((review) => {
    const state = review?.state.toLowerCase() ?? '';
    if (!review?.databaseId || !review.submittedAt || !isReviewState(state)) return [];
    return [
      {
        reviewId: review.databaseId,
        reviewer: review.author?.login ?? null,
        state,
        submittedAt: review.submittedAt,
      },
    ];
  });
}
