import type { Config } from '../config/config-schema.ts';
import type { Queryable } from '../db/database.ts';
import { applyRunsRetentionSql } from '../ops/apply-runs-retention.queries.ts';
import { applyRawRetentionSql } from '../raw/apply-raw-retention.queries.ts';
import { applyStagingRetentionSql } from '../staging/apply-staging-retention.queries.ts';
import { applyWarehouseRetentionSql } from '../warehouse/apply-warehouse-retention.queries.ts';

export interface RetentionCounts {
  raw: number;
  staging: number;
  warehouse: number;
  runs: number;
}

/**
 * Tiered retention (README "Retention"): each layer deletes what is older
 * than its own setting with its own statement, beside the tables it owns.
 * Days are counted back from referenceDate (the run's date, so replaying or
 * backfilling old days keeps them); bookkeeping from now.
 */
export async function applyRetention(
  db: Queryable,
  referenceDate: string,
  retention: Config['retention'],
): Promise<RetentionCounts> {
  const deleted = async (rows: Promise<{ deleted: number }[]>) => (await rows)[0]?.deleted ?? 0;
  return {
    raw: await deleted(applyRawRetentionSql.run({ referenceDate, rawDays: retention.raw_days }, db)),
    staging: await deleted(
      applyStagingRetentionSql.run({ referenceDate, stagingDays: retention.staging_days }, db),
    ),
    warehouse: await deleted(
      applyWarehouseRetentionSql.run({ referenceDate, warehouseDays: retention.warehouse_days }, db),
    ),
    runs: await deleted(applyRunsRetentionSql.run({ workflowRunsDays: retention.workflow_runs_days }, db)),
  };
}
