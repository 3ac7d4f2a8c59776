import type { Queryable } from '../db/database.ts';
import { checkDataQualitySql, type ICheckDataQualitySqlResult } from './check-data-quality.queries.ts';
import { readQualityReportSql } from './read-quality-report.queries.ts';

export type QualityResult = ICheckDataQualitySqlResult;

/** The JSON object read-quality-report.sql builds (pgtyped types it as Json). */
export interface QualityReport {
  run_id: string | null;
  checks: (QualityResult & { details: string | null })[];
  history: { run_id: string; checked_at: string; passed: number; failed: number }[];
}

/** Runs the checks on a run's rows and stores their results in ops.data_quality_results. */
export function checkDataQuality(db: Queryable, runId: string, date: string): Promise<QualityResult[]> {
  return checkDataQualitySql.run({ runId, snapshotDate: date }, db);
}

/** The latest run's checks and the last 20 runs' pass/fail counts. */
export async function readQualityReport(db: Queryable): Promise<QualityReport> {
  return (await readQualityReportSql.run(undefined, db))[0]?.quality as unknown as QualityReport;
}
