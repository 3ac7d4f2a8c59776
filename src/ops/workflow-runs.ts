import type { QueryResultRow } from 'pg';
import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const READ_DATA_SOURCE = sqlFile(import.meta.url, 'read-data-source.sql');
const RECORD_RUN = sqlFile(import.meta.url, 'record-workflow-run.sql');
const LIST_RUNS = sqlFile(import.meta.url, 'list-workflow-runs.sql');
const LIST_LAST_RUNS = sqlFile(import.meta.url, 'list-last-runs.sql');
const LIST_INGESTED_DATES = sqlFile(import.meta.url, 'list-ingested-dates.sql');
const COUNT_BY_STATUS = sqlFile(import.meta.url, 'count-runs-by-status.sql');
const READ_LAST_COST = sqlFile(import.meta.url, 'read-last-ingest-cost.sql');
const READ_LAST_QUOTA = sqlFile(import.meta.url, 'read-last-ingest-quota.sql');
const READ_DATA_VERSION = sqlFile(import.meta.url, 'read-data-version.sql');
const FAIL_ABANDONED = sqlFile(import.meta.url, 'fail-abandoned-runs.sql');

export type RunKind = 'ingest' | 'reprocess';

export interface WorkflowRunRecord {
  runId: string;
  runType: RunKind;
  runDate: string | null;
  startedAt: Date;
  /** Null while the run is running. */
  completedAt: Date | null;
  status: 'running' | 'succeeded' | 'failed';
  taskTree: unknown;
  error: string | null;
  reposProcessed: number;
  githubRequests: number;
  githubPoints: number;
  githubRetries: number;
  githubNotModified: number;
  githubSource: 'github' | 'replay' | null;
}

/** Inserts or updates a run's row in warehouse.fact_workflow_runs. */
export async function recordWorkflowRun(db: Queryable, run: WorkflowRunRecord): Promise<void> {
  await db.query(RECORD_RUN, [
    run.runId,
    run.runType,
    run.runDate,
    run.startedAt,
    run.completedAt,
    run.status,
    JSON.stringify(run.taskTree),
    run.error,
    run.reposProcessed,
    run.githubRequests,
    run.githubPoints,
    run.githubRetries,
    run.githubNotModified,
    run.githubSource,
  ]);
}

/** 'replay' when the latest run that called GitHub was answered by the offline replay (demo data). */
export async function readDataSource(db: Queryable): Promise<'github' | 'replay' | null> {
  return (
    (await db.query<{ github_source: 'github' | 'replay' }>(READ_DATA_SOURCE)).rows[0]?.github_source ?? null
  );
}

/** Runs newest first, one page; with runId, that run only and its task tree. */
export async function listWorkflowRuns<Row extends QueryResultRow>(
  db: Queryable,
  page: { limit: number; offset: number; runId?: string },
): Promise<Row[]> {
  return (await db.query<Row>(LIST_RUNS, [page.limit, page.offset, page.runId ?? null])).rows;
}

/** The last runs as `gitpulse status` prints them. */
export async function listLastRuns(db: Queryable, limit: number): Promise<Record<string, unknown>[]> {
  return (await db.query(LIST_LAST_RUNS, [limit])).rows;
}

export async function listIngestedDates(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ run_date: string }>(LIST_INGESTED_DATES);
  return new Set(rows.map((row) => row.run_date));
}

export async function countRunsByStatus(db: Queryable): Promise<{ status: string; n: number }[]> {
  return (await db.query<{ status: string; n: number }>(COUNT_BY_STATUS)).rows;
}

export async function readLastIngestCost(db: Queryable): Promise<{ requests: number; points: number }> {
  const { rows } = await db.query<{ requests: number | null; points: number | null }>(READ_LAST_COST);
  return { requests: rows[0]?.requests ?? 0, points: rows[0]?.points ?? 0 };
}

export async function readLastIngestQuota(db: Queryable): Promise<{ resource: string; remaining: number }[]> {
  return (await db.query<{ resource: string; remaining: number }>(READ_LAST_QUOTA)).rows;
}

/** Changes exactly when a run commits: '' before the first. */
export async function readDataVersion(db: Queryable): Promise<string> {
  return (await db.query<{ version: string }>(READ_DATA_VERSION)).rows[0]?.version ?? '';
}

/** Fails the runs a dead process left 'running'; call only while holding the pipeline lock. */
export async function failAbandonedRuns(db: Queryable): Promise<number> {
  return (await db.query(FAIL_ABANDONED)).rowCount ?? 0;
}
