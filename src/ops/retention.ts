import type { Config } from '../config/config-schema.ts';
import type { Queryable } from '../db/database.ts';
import { applyRetentionSql } from './apply-retention.queries.ts';

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
  const [counts] = await applyRetentionSql.run(
    {
      referenceDate,
      rawDays: retention.raw_days,
      stagingDays: retention.staging_days,
      warehouseDays: retention.warehouse_days,
      workflowRunsDays: retention.workflow_runs_days,
    },
    db,
  );
  const { raw, staging, warehouse, runs } = counts as RetentionCounts;
  return { raw, staging, warehouse, runs };
}
