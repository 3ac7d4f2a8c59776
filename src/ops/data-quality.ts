import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const CHECK_QUALITY = sqlFile(import.meta.url, 'check-data-quality.sql');
const READ_REPORT = sqlFile(import.meta.url, 'read-quality-report.sql');

export interface QualityResult {
  check_name: string;
  passed: boolean;
  observed: number;
}

export interface QualityReport {
  run_id: string | null;
  checks: (QualityResult & { details: string | null })[];
  history: { run_id: string; checked_at: string; passed: number; failed: number }[];
}

/** Runs the checks on a run's rows and stores their results in ops.data_quality_results. */
export async function checkDataQuality(db: Queryable, runId: string, date: string): Promise<QualityResult[]> {
  return (await db.query<QualityResult>(CHECK_QUALITY, [runId, date])).rows;
}

/** The latest run's checks and the last 20 runs' pass/fail counts. */
export async function readQualityReport(db: Queryable): Promise<QualityReport> {
  return (await db.query<{ quality: QualityReport }>(READ_REPORT)).rows[0]?.quality as QualityReport;
}
