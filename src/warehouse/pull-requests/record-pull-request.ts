/** One door into the PR flow model (migrations/postgres/0006), for webhooks and the pulls source alike. */

import type { WarehouseClient } from '../../db/database.ts';
import { sqlFile } from '../../sql/sql-file.ts';
import { assessRisk, type RiskInput } from './assess-risk.ts';

const LOCK_REPOSITORY = sqlFile(import.meta.url, 'lock-repository.sql');
const FREE_NAME = sqlFile(import.meta.url, 'free-repository-name.sql');
const UPSERT_REPOSITORY = sqlFile(import.meta.url, 'upsert-repository.sql');
const UPSERT_PULL = sqlFile(import.meta.url, 'upsert-pull-request.sql');
const UPSERT_RUN = sqlFile(import.meta.url, 'upsert-pipeline-run.sql');
const UPSERT_INSIGHT = sqlFile(import.meta.url, 'upsert-insight.sql');
const RECORD_REVIEWS = sqlFile(import.meta.url, 'record-reviews.sql');

export interface RepositoryRecord {
  githubId: number;
  name: string;
  fullName: string;
  owner: string;
  /** null: unknown, keep what is stored. */
  ownerAvatarUrl: string | null;
  /** null: unknown, keep what is stored. */
  isPrivate: boolean | null;
  description: string | null;
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

/** The fields of a pull request object in webhook payloads. */
export interface GitHubPullObject {
  number: number;
  title: string;
  state: string;
  created_at?: string;
  closed_at?: string | null;
  merged_at: string | null;
  user?: { login?: string; avatar_url?: string } | null;
  head: { sha: string; ref: string };
  additions?: number;
  deletions?: number;
}

/** A webhook's pull request object as a record. */
export function pullRecordFrom(pull: GitHubPullObject): PullRecord {
  return {
    number: pull.number,
    title: pull.title,
    author: pull.user?.login ?? null,
    authorAvatar: pull.user?.avatar_url ?? null,
    headSha: pull.head.sha,
    branch: pull.head.ref,
    state: pull.state,
    openedAt: pull.created_at ?? null,
    mergedAt: pull.merged_at,
    closedAt: pull.closed_at ?? null,
    additions: pull.additions ?? null,
    deletions: pull.deletions ?? null,
    files: null,
  };
}

/**
 * Repository ids recorded earlier in the same transaction, by record: a batch
 * of deliveries from one repository records it once.
 */
export type RecordedRepositories = Map<string, string>;

export async function recordRepository(
  client: WarehouseClient,
  repo: RepositoryRecord,
  recorded?: RecordedRepositories,
): Promise<string> {
  const key = JSON.stringify(repo);
  const known = recorded?.get(key);
  if (known) return known;
  await client.query(LOCK_REPOSITORY, [repo.githubId]);
  const freed = await client.query(FREE_NAME, [repo.githubId, repo.fullName]);
  // Another row gave up its name: what was recorded before may no longer stand.
  if (freed.rowCount) recorded?.clear();
  const { rows } = await client.query<{ id: string }>(UPSERT_REPOSITORY, [
    repo.githubId,
    repo.name,
    repo.fullName,
    repo.owner,
    repo.ownerAvatarUrl,
    repo.isPrivate,
    repo.description,
  ]);
  const id = rows[0]?.id as string;
  recorded?.set(key, id);
  return id;
}

/** Upserts the PR and its stages (status_pr, status_merge; a new head commit resets the build). Returns its stored files. */
export async function recordPullRequest(
  client: WarehouseClient,
  repoId: string,
  pull: PullRecord,
  stages: StageRecord = {},
): Promise<ChangedFile[] | null> {
  const state = pull.mergedAt ? 'merged' : pull.state;
  const { rows } = await client.query<{ files_changed: ChangedFile[] | null }>(UPSERT_PULL, [
    repoId,
    pull.number,
    pull.title,
    pull.author,
    pull.authorAvatar,
    pull.headSha,
    pull.branch,
    state,
    pull.additions,
    pull.deletions,
    pull.files ? JSON.stringify(pull.files) : null,
    pull.openedAt,
    pull.mergedAt,
    pull.closedAt,
  ]);
  const merge = pull.mergedAt ? 'merged' : pull.state === 'closed' ? 'failed' : 'pending';
  await client.query(UPSERT_RUN, [
    repoId,
    pull.number,
    pull.headSha,
    state,
    stages.build ?? null,
    stages.approval ?? null,
    merge,
  ]);
  return rows[0]?.files_changed ?? null;
}

/** The reviews of one PR, each stored once by its id (a redelivery or re-collection changes nothing). */
export async function recordReviews(
  client: WarehouseClient,
  repoId: string,
  prNumber: number,
  reviews: ReviewRecord[],
): Promise<void> {
  if (reviews.length === 0) return;
  await client.query(RECORD_REVIEWS, [
    repoId,
    prNumber,
    reviews.map((r) => r.reviewId),
    reviews.map((r) => r.reviewer),
    reviews.map((r) => r.state),
    reviews.map((r) => r.submittedAt),
  ]);
}

/** The risk insight of a PR head commit (replacing an earlier one for the same commit). */
export async function recordRiskInsight(
  client: WarehouseClient,
  repoId: string,
  pull: Pick<PullRecord, 'number' | 'headSha'>,
  input: RiskInput,
): Promise<void> {
  const risk = assessRisk(input);
  await client.query(UPSERT_INSIGHT, [
    repoId,
    pull.number,
    pull.headSha,
    risk.risk_level,
    risk.summary,
    risk.recommendation,
    JSON.stringify(risk.factors),
  ]);
}
