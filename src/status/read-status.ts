import { readLatestSnapshotDate } from '../analytics/latest-snapshot-date.ts';
import { readLanguages } from '../analytics/rankings.ts';
import type { AnyQueryable, Queryable } from '../db/database.ts';
import { WAREHOUSE_MIGRATIONS } from '../db/migrations/apply-migrations.ts';
import { type QualityReport, readQualityReport } from '../ops/data-quality.ts';
import { type LastRunRow, listLastRuns } from '../ops/workflow-runs.ts';
import { countRowsPerTableSql } from './count-rows-per-table.queries.ts';
import { estimateTableRowsSql } from './estimate-table-rows.queries.ts';

export interface Status {
  latestSnapshotDate: string | null;
  tables: { schema: string; table: string; rows: number }[];
  reposPerLanguage: { language: string; repos: number; stars: number }[];
  lastRuns: LastRunRow[];
  quality: ({ run_id: string } & QualityReport['checks'][number])[];
}

/** Exact row counts of every table of a database's schemas (the warehouse's by default). */
export async function countRowsPerTable(
  db: AnyQueryable,
  schemas = WAREHOUSE_MIGRATIONS.schemas,
): Promise<Status['tables']> {
  return countRowsPerTableSql.run({ schemas }, db);
}

/** Planner estimates of the same, for /metrics. */
export async function estimateTableRows(
  db: Queryable,
  schemas = WAREHOUSE_MIGRATIONS.schemas,
): Promise<{ name: string; n: number }[]> {
  return estimateTableRowsSql.run({ schemas }, db);
}

/** What `gitpulse status` shows, read in parallel. */
export async function readStatus(db: Queryable, { runs = 10 } = {}): Promise<Status> {
  const [latestSnapshotDate, tables, languages, lastRuns, quality] = await Promise.all([
    readLatestSnapshotDate(db),
    countRowsPerTable(db),
    readLanguages(db),
    listLastRuns(db, runs),
    readQualityReport(db),
  ]);
  return {
    latestSnapshotDate,
    tables,
    reposPerLanguage: languages.map(({ language_name: language, repos, stars }) => ({
      language,
      repos,
      stars,
    })),
    lastRuns,
    quality: quality.checks.map((check) => ({ run_id: quality.run_id as string, ...check })),
  };
}
