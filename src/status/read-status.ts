import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../db/sql-file.ts';

const sql = (name: string) => sqlFile(import.meta.url, name);
const COUNT_ROWS = sql('count-rows-per-table.sql');
const REPOS_PER_LANGUAGE = sql('repos-per-language.sql');
const LAST_RUNS = sql('last-runs.sql');
const LATEST_QUALITY = sql('latest-quality-results.sql');

export interface Status {
  latestSnapshotDate: string | null;
  tables: { schema: string; table: string; rows: number }[];
  reposPerLanguage: { language: string; repos: number; stars: number }[];
  lastRuns: Record<string, unknown>[];
  quality: {
    run_id: string;
    check_name: string;
    passed: boolean;
    observed: number | null;
    details: string | null;
  }[];
}

/** Exact row counts of every table of the raw, staging, warehouse and ops schemas. */
export async function countRowsPerTable(db: Queryable): Promise<Status['tables']> {
  return (await db.query(COUNT_ROWS)).rows;
}

export async function readStatus(db: Queryable, { runs = 10 } = {}): Promise<Status> {
  const [latest, tables, reposPerLanguage, lastRuns, quality] = await Promise.all([
    db.query<{ snapshot_date: string | null }>('SELECT snapshot_date FROM analytics.latest_snapshot_date'),
    countRowsPerTable(db),
    db.query(REPOS_PER_LANGUAGE),
    db.query(LAST_RUNS, [runs]),
    db.query(LATEST_QUALITY),
  ]);
  return {
    latestSnapshotDate: latest.rows[0]?.snapshot_date ?? null,
    tables,
    reposPerLanguage: reposPerLanguage.rows,
    lastRuns: lastRuns.rows,
    quality: quality.rows,
  };
}
