import type pg from 'pg';
import type { Config } from '../config/config-schema.ts';
import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../db/sql-file.ts';

const ADVANCE_STATE = sqlFile(import.meta.url, 'advance-ingestion-state.sql');
const APPLY_RETENTION = sqlFile(import.meta.url, 'apply-retention.sql');
const CHECK_QUALITY = sqlFile(import.meta.url, 'check-data-quality.sql');
const RECORD_RUN = sqlFile(import.meta.url, 'record-workflow-run.sql');

export async function advanceIngestionState(
  client: pg.PoolClient,
  runId: string,
  state: Map<string, { lastRun: string; cursor: Record<string, unknown> }>,
): Promise<number> {
  if (state.size === 0) return 0;
  const entries = [...state.entries()];
  await client.query(ADVANCE_STATE, [
    entries.map(([source]) => source),
    entries.map(([, s]) => s.lastRun),
    entries.map(([, s]) => JSON.stringify(s.cursor)),
    runId,
  ]);
  return entries.length;
}

export interface RetentionCounts {
  raw: number;
  staging: number;
  warehouse: number;
  runs: number;
}

export async function applyRetention(db: Queryable, referenceDate: string, retention: Config['retention']) {
  const { rows } = await db.query<RetentionCounts>(APPLY_RETENTION, [
    referenceDate,
    retention.raw_days,
    retention.staging_days,
    retention.warehouse_days,
    retention.workflow_runs_days,
  ]);
  const counts = rows[0] as RetentionCounts;
  return {
    raw: Number(counts.raw),
    staging: Number(counts.staging),
    warehouse: Number(counts.warehouse),
    runs: Number(counts.runs),
  };
}

export interface QualityResult {
  check_name: string;
  passed: boolean;
  observed: number;
}

export async function checkDataQuality(
  client: pg.PoolClient,
  runId: string,
  date: string,
): Promise<QualityResult[]> {
  return (await client.query<QualityResult>(CHECK_QUALITY, [runId, date])).rows;
}

export interface WorkflowRunRecord {
  runId: string;
  runType: 'ingest' | 'reprocess';
  runDate: string | null;
  startedAt: Date;
  completedAt: Date;
  status: 'succeeded' | 'failed';
  taskTree: unknown;
  error: string | null;
  reposProcessed: number;
  githubRequests: number;
  githubPoints: number;
}

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
  ]);
}
