import type { Config } from '../config/config-schema.ts';
import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const APPLY_RETENTION = sqlFile(import.meta.url, 'apply-retention.sql');

export interface RetentionCounts {
  raw: number;
  staging: number;
  warehouse: number;
  runs: number;
}

/** Deletes what is older than each layer's retention, counted back from referenceDate. */
export async function applyRetention(
  db: Queryable,
  referenceDate: string,
  retention: Config['retention'],
): Promise<RetentionCounts> {
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
