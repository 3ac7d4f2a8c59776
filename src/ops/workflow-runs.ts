import type { Queryable } from '../db/database.ts';
import { countRunsByStatusSql } from './count-runs-by-status.queries.ts';
import { failAbandonedRunsSql } from './fail-abandoned-runs.queries.ts';
import { listIngestedDatesSql } from './list-ingested-dates.queries.ts';
import { type IListLastRunsSqlResult, listLastRunsSql } from './list-last-runs.queries.ts';
import { type IListWorkflowRunsSqlResult, listWorkflowRunsSql } from './list-workflow-runs.queries.ts';
import { readDataSourceSql } from './read-data-source.queries.ts';
import { readDataVersionSql } from './read-data-version.queries.ts';
import { readLastIngestCostSql } from './read-last-ingest-cost.queries.ts';
import { readLastIngestQuotaSql } from './read-last-ingest-quota.queries.ts';
import { recordWorkflowRunSql } from './record-workflow-run.queries.ts';

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

/** A run as listWorkflowRuns gives it (task_tree only when one run was asked for). */
export type WorkflowRunRow = IListWorkflowRunsSqlResult;
/** A run as `gitpulse status` prints it. */
export type LastRunRow = IListLastRunsSqlResult;

/** Inserts or updates a run's row in warehouse.fact_workflow_runs. */
export async function recordWorkflowRun(db: Queryable, run: WorkflowRunRecord): Promise<void> {
  await recordWorkflowRunSql.run({ ...run, taskTree: JSON.stringify(run.taskTree) }, db);
}

/** 'replay' when the latest run that called GitHub was answered by the offline replay (demo data). */
export async function readDataSource(db: Queryable): Promise<'github' | 'replay' | null> {
  const row = (await readDataSourceSql.run(undefined, db))[0];
  // the column's CHECK allows only these two
  return (row?.github_source as 'github' | 'replay' | undefined) ?? null;
}

/** Runs newest first, one page; with runId, that run only and its task tree. */
export function listWorkflowRuns(
  db: Queryable,
  page: { limit: number; offset: number; runId?: string },
): Promise<WorkflowRunRow[]> {
  return listWorkflowRunsSql.run({ ...page, runId: page.runId ?? null }, db);
}

/** The last runs as `gitpulse status` prints them. */
export function listLastRuns(db: Queryable, limit: number): Promise<LastRunRow[]> {
  return listLastRunsSql.run({ limit }, db);
}

export async function listIngestedDates(db: Queryable): Promise<Set<string>> {
  const rows = await listIngestedDatesSql.run(undefined, db);
  return new Set(rows.map((row) => row.run_date));
}

export function countRunsByStatus(db: Queryable): Promise<{ status: string; n: number }[]> {
  return countRunsByStatusSql.run(undefined, db);
}

export async function readLastIngestCost(db: Queryable): Promise<{ requests: number; points: number }> {
  const rows = await readLastIngestCostSql.run(undefined, db);
  return { requests: rows[0]?.requests ?? 0, points: rows[0]?.points ?? 0 };
}

export function readLastIngestQuota(db: Queryable): Promise<{ resource: string; remaining: number }[]> {
  return readLastIngestQuotaSql.run(undefined, db);
}

/** Changes exactly when a run commits: '' before the first. */
export async function readDataVersion(db: Queryable): Promise<string> {
  return (await readDataVersionSql.run(undefined, db))[0]?.version ?? '';
}

/** Fails the runs a dead process left 'running'; call only while holding the pipeline lock. */
export async function failAbandonedRuns(db: Queryable): Promise<number> {
  return (await failAbandonedRunsSql.runWithCounts(undefined, db)).rowCount ?? 0;
}
