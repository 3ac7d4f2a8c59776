import type { EmitterWebhookEvent } from '@octokit/webhooks';
import type pg from 'pg';
import { sqlFile } from '../../db/sql-file.ts';
import { assessRisk } from './assess-risk.ts';

const sql = (name: string) => sqlFile(import.meta.url, name);
const FREE_NAME = sql('free-repository-name.sql');
const UPSERT_REPOSITORY = sql('upsert-repository.sql');
const UPSERT_PULL = sql('upsert-pull-request.sql');
const UPSERT_RUN = sql('upsert-pipeline-run.sql');
const SET_BUILD = sql('set-build-status.sql');
const UPSERT_INSIGHT = sql('upsert-insight.sql');

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
type PullPayload = Payload<'pull_request'>['pull_request'];

/** success → passed, failure → failed, anything unfinished → running. */
function buildStatus(status: string | null | undefined, conclusion: string | null | undefined): string {
  if (status && status !== 'completed')
    return status === 'queued' || status === 'requested' || status === 'waiting' ? 'pending' : 'running';
  if (conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped') return 'passed';
  if (conclusion) return 'failed';
  return 'running';
}

async function upsertRepository(client: pg.PoolClient, repository: RepositoryPayload): Promise<string> {
  const owner = repository.owner as { login?: string; name?: string; avatar_url?: string } | null;
  await client.query(FREE_NAME, [repository.id, repository.full_name]);
  const { rows } = await client.query<{ id: string }>(UPSERT_REPOSITORY, [
    repository.id,
    repository.name,
    repository.full_name,
    owner?.login ?? owner?.name ?? repository.full_name.split('/')[0],
    owner?.avatar_url ?? null,
    repository.private,
    repository.description,
  ]);
  return rows[0]?.id as string;
}

async function upsertPull(
  client: pg.PoolClient,
  repoId: string,
  fullName: string,
  pull: PullPayload,
): Promise<unknown> {
  const state = pull.merged_at ? 'merged' : pull.state;
  const { rows } = await client.query<{ files_changed: unknown }>(UPSERT_PULL, [
    repoId,
    pull.number,
    pull.title,
    pull.user?.login ?? null,
    pull.user?.avatar_url ?? null,
    pull.head.sha,
    pull.head.ref,
    state,
    (pull as { additions?: number }).additions ?? null,
    (pull as { deletions?: number }).deletions ?? null,
    fullName,
  ]);
  return rows[0]?.files_changed ?? null;
}

/**
 * Applies one webhook delivery to seed 002's model (repositories,
 * pull_requests, pipeline_runs, insights) inside the caller's transaction.
 * Returns false for events that carry nothing for the model.
 */
export async function applyWebhookEvent(
  client: pg.PoolClient,
  event: string,
  payload: unknown,
): Promise<boolean> {
  if (!isHandledEvent(event)) return false;
  const body = payload as { repository?: RepositoryPayload };
  if (!body.repository) return false;
  const repoId = await upsertRepository(client, body.repository);
  const fullName = body.repository.full_name;

  switch (event) {
    case 'pull_request': {
      const { action, pull_request: pull } = payload as Payload<'pull_request'>;
      const files = await upsertPull(client, repoId, fullName, pull);
      const merged = Boolean(pull.merged_at);
      await client.query(UPSERT_RUN, [
        repoId,
        pull.number,
        pull.head.sha,
        merged ? 'merged' : pull.state,
        null,
        null,
        merged ? 'merged' : pull.state === 'closed' ? 'failed' : 'pending',
      ]);
      if (['opened', 'reopened', 'synchronize', 'edited', 'ready_for_review'].includes(action)) {
        const paths = Array.isArray(files)
          ? (files as { filename?: string }[]).map((f) => String(f.filename ?? ''))
          : null;
        const risk = assessRisk({
          additions: (pull as { additions?: number }).additions ?? 0,
          deletions: (pull as { deletions?: number }).deletions ?? 0,
          changedFiles: (pull as { changed_files?: number }).changed_files ?? 0,
          files: paths,
        });
        await client.query(UPSERT_INSIGHT, [
          repoId,
          pull.number,
          pull.head.sha,
          risk.risk_level,
          risk.summary,
          risk.recommendation,
          JSON.stringify(risk.factors),
        ]);
      }
      return true;
    }
    case 'pull_request_review': {
      const { action, review, pull_request: pull } = payload as Payload<'pull_request_review'>;
      await upsertPull(client, repoId, fullName, pull as unknown as PullPayload);
      const state = String(review.state).toLowerCase();
      const approval =
        action === 'dismissed'
          ? 'pending'
          : state === 'approved'
            ? 'passed'
            : state === 'changes_requested'
              ? 'failed'
              : null;
      await client.query(UPSERT_RUN, [repoId, pull.number, pull.head.sha, pull.state, null, approval, null]);
      return true;
    }
    case 'check_suite': {
      const { check_suite: suite } = payload as Payload<'check_suite'>;
      await client.query(SET_BUILD, [
        repoId,
        suite.pull_requests.map((p) => p.number),
        suite.head_sha,
        buildStatus(suite.status, suite.conclusion),
      ]);
      return true;
    }
    case 'check_run': {
      const { check_run: run } = payload as Payload<'check_run'>;
      await client.query(SET_BUILD, [
        repoId,
        run.pull_requests.map((p) => p.number),
        run.head_sha,
        buildStatus(run.status, run.conclusion),
      ]);
      return true;
    }
    case 'workflow_run': {
      const { workflow_run: run } = payload as Payload<'workflow_run'>;
      await client.query(SET_BUILD, [
        repoId,
        (run.pull_requests ?? []).flatMap((p) => (p ? [p.number] : [])),
        run.head_sha,
        buildStatus(run.status, run.conclusion),
      ]);
      return true;
    }
    case 'status': {
      const { sha, state } = payload as Payload<'status'>;
      const status = state === 'success' ? 'passed' : state === 'pending' ? 'running' : 'failed';
      await client.query(SET_BUILD, [repoId, [], sha, status]);
      return true;
    }
    case 'push':
      // Only the repository row: pushes reach PRs through pull_request synchronize.
      return true;
  }
}
