/**
 * The PR flow model (migrations/postgres/0006) one record at a time, for the pulls
 * source (and the delivery source's repositories); webhooks go through the batch
 * twins of these statements (apply-webhook-batch.ts).
 */

import type { WarehouseClient } from '../../db/database.ts';
import { assessRisk, type RiskInput } from './assess-risk.ts';
import { freeRepositoryNameSql } from './free-repository-name.queries.ts';
import { lockRepositorySql } from './lock-repository.queries.ts';
import { recordReviewsSql } from './record-reviews.queries.ts';
import { upsertInsightSql } from './upsert-insight.queries.ts';
import { upsertPipelineRunSql } from './upsert-pipeline-run.queries.ts';
import { upsertPullRequestSql } from './upsert-pull-request.queries.ts';
import { upsertRepositorySql } from './upsert-repository.queries.ts';

export interface RepositoryRecord {
  githubId: number;
  name: string;
  fullName: string;
  owner: string;
  /** null: unknown, keep what is stored. */
  ownerAvatarUrl: string | null;
  /** null: unknown, keep what is stored. */
  isPrivate: boolean | null;
  /** undefined: unknown (the delivery source's answers carry none), keep what is stored; null: none. */
  description?: string | null;
}

export interface PullRecord {
  number: number;
  title: string;
  author: string | null;
  authorAvatar: string | null;
  headSha: string;
  branch: string;
  state: string;
  openedAt: string | null;
  mergedAt: string | null;
  closedAt: string | null;
  additions: number | null;
  deletions: number | null;
  /** Changed files; null: unknown (webhooks carry only counts), keep what is stored. */
  files: ChangedFile[] | null;
  /** The commit the merge made (merged PRs only); null: unknown, keep what is stored. */
  mergeCommitSha?: string | null;
  /** When the PR's first commit was authored; null: unknown (webhooks never say), keep what is stored. */
  firstCommitAt?: string | null;
  /** GitHub's type of the author ('User', 'Bot', ...); null: unknown, keep what is stored. */
  authorType?: string | null;
}

export interface ChangedFile {
  filename: string;
  additions: number;
  deletions: number;
}

const REVIEW_STATES = ['approved', 'changes_requested', 'commented', 'dismissed'] as const;
export const isReviewState = (state: string): state is ReviewRecord['state'] =>
  (REVIEW_STATES as readonly string[]).includes(state);

export interface ReviewRecord {
  reviewId: number;
  reviewer: string | null;
  state: (typeof REVIEW_STATES)[number];
  submittedAt: string;
}

/**
 * The approval stage a review state (a webhook's review, or the decision GitHub
 * derives) means: approved → passed, changes requested → failed, dismissed or
 * still pending → pending; anything else (a comment) leaves the stage as stored.
 */
export function approvalStage(state: string | null | undefined): string | null {
  if (state === 'approved') return 'passed';
  if (state === 'changes_requested') return 'failed';
  if (state === 'dismissed' || state === 'pending') return 'pending';
  return null;
}

const COMMIT_STATE_STAGES: Record<string, string> = {
  success: 'passed',
  failure: 'failed',
  error: 'failed',
  pending: 'running',
  expected: 'running',
};
/** The build stage of a commit's combined state (a `status` webhook, or GraphQL's statusCheckRollup), any case; null when unknown. */
export const commitStateStage = (state: string): string | null =>
  COMMIT_STATE_STAGES[state.toLowerCase()] ?? null;

/** The stages a source knows; null leaves a stage as stored. */
export interface StageRecord {
  build?: string | null;
  approval?: string | null;
}

/** A repository under its GitHub id, taking its name from any other row that still holds it; returns its row id. */
export async function recordRepository(client: WarehouseClient, repo: RepositoryRecord): Promise<string> {
  await lockRepositorySql.run({ githubId: repo.githubId }, client);
  await freeRepositoryNameSql.run({ githubId: repo.githubId, fullName: repo.fullName }, client);
  const rows = await upsertRepositorySql.run(
    { ...repo, description: repo.description ?? null, descriptionKnown: repo.description !== undefined },
    client,
  );
  return rows[0]?.id as string;
}

/** Upserts the PR and its stages (status_pr, status_merge; a new head commit resets the build). Returns its stored files. */
export async function recordPullRequest(
  client: WarehouseClient,
  repoId: string,
  pull: PullRecord,
  stages: StageRecord = {},
): Promise<ChangedFile[] | null> {
  const state = pull.mergedAt ? 'merged' : pull.state;
  const rows = await upsertPullRequestSql.run(
    {
      repoId,
      prNumber: pull.number,
      title: pull.title,
      author: pull.author,
      authorAvatar: pull.authorAvatar,
      headSha: pull.headSha,
      branch: pull.branch,
      state,
      additions: pull.additions,
      deletions: pull.deletions,
      // JSON text: pg would send an array as a PostgreSQL array
      files: pull.files ? JSON.stringify(pull.files) : null,
      openedAt: pull.openedAt,
      mergedAt: pull.mergedAt,
      closedAt: pull.closedAt,
      mergeCommitSha: pull.mergeCommitSha ?? null,
      firstCommitAt: pull.firstCommitAt ?? null,
      authorType: pull.authorType ?? null,
    },
    client,
  );
  const merge = pull.mergedAt ? 'merged' : pull.state === 'closed' ? 'failed' : 'pending';
  await upsertPipelineRunSql.run(
    {
      repoId,
      prNumber: pull.number,
      headSha: pull.headSha,
      statusPr: state,
      statusBuild: stages.build ?? null,
      statusApproval: stages.approval ?? null,
      statusMerge: merge,
    },
    client,
  );
  // pgtyped types jsonb as Json: files_changed holds what the statement above stored
  return (rows[0]?.files_changed ?? null) as ChangedFile[] | null;
}

/** The reviews of one PR, each stored once by its id (a redelivery or re-collection changes nothing). */
export async function recordReviews(
  client: WarehouseClient,
  repoId: string,
  prNumber: number,
  reviews: ReviewRecord[],
): Promise<void> {
  if (reviews.length === 0) return;
  await recordReviewsSql.run(
    {
      repoId,
      prNumber,
      reviewIds: reviews.map((r) => r.reviewId),
      // pgtyped types a text[]'s elements as non-null; a reviewer may be NULL (a review without a user)
      reviewers: reviews.map((r) => r.reviewer) as string[],
      states: reviews.map((r) => r.state),
      submittedAt: reviews.map((r) => r.submittedAt),
    },
    client,
  );
}

/** The risk insight of a PR head commit (replacing an earlier one for the same commit). */
export async function recordRiskInsight(
  client: WarehouseClient,
  repoId: string,
  pull: Pick<PullRecord, 'number' | 'headSha'>,
  input: RiskInput,
): Promise<void> {
  const risk = assessRisk(input);
  await upsertInsightSql.run(
    {
      repoId,
      prNumber: pull.number,
      commitSha: pull.headSha,
      riskLevel: risk.risk_level,
      summary: risk.summary,
      recommendation: risk.recommendation,
      // JSON text: pg would send an array as a PostgreSQL array
      factors: JSON.stringify(risk.factors),
    },
    client,
  );
}
