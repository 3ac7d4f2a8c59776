import type { Queryable, WarehouseClient } from '../../db/database.ts';
import type { StarHistoryTarget } from '../../sources/github/collect/fetch-star-history.ts';
import { sqlFile } from '../../sql/sql-file.ts';

const LIST_WORK = sqlFile(import.meta.url, 'list-star-history-work.sql');
const ENSURE_PARTITIONS = sqlFile(import.meta.url, 'ensure-star-history-partitions.sql');
const MERGE = sqlFile(import.meta.url, 'merge-star-history.sql');
const ADVANCE_COVERAGE = sqlFile(import.meta.url, 'advance-star-history-coverage.sql');

export interface StarHistoryWork {
  /** Unfinished backfills (oldest-tracked first), then refreshes (least recently checked first). */
  targets: StarHistoryTarget[];
  /** Pages these targets are expected to take, for the quota plan. */
  pagesExpected: number;
}

/** The tracked repositories a run reads the star history of, at most `limit`. */
export async function listStarHistoryWork(
  db: Queryable,
  limit: number,
  date: string,
): Promise<StarHistoryWork> {
  const { rows } = await db.query<{
    github_id: number;
    repo_full_name: string;
    complete: boolean;
    next_page: number;
    page1_etag: string | null;
    pages_expected: number;
  }>(LIST_WORK, [limit, date]);
  return {
    targets: rows.map((row) => ({
      githubId: row.github_id,
      fullName: row.repo_full_name,
      complete: row.complete,
      nextPage: row.next_page,
      page1Etag: row.page1_etag,
    })),
    pagesExpected: rows.reduce((sum, row) => sum + row.pages_expected, 0),
  };
}

export interface StarHistoryCounts {
  partitions: number;
  daysWritten: number;
  daysCleared: number;
  repositories: number;
  checked: number;
}

/**
 * staging → warehouse for the run's star history: the year partitions the
 * weeks reach into, the days (a later answer replacing the days it covers),
 * then each repository's coverage (backfill complete or where it resumes).
 */
export async function modelStarHistory(
  client: WarehouseClient,
  run: { runId: string; date: string; rawRunIds?: string[] },
  notModified: number[],
): Promise<StarHistoryCounts> {
  const staged = [run.runId, run.date];
  const partitions = (await client.query<{ created: number }>(ENSURE_PARTITIONS, staged)).rows[0];
  const merged = (await client.query<{ written: number; cleared: number }>(MERGE, staged)).rows[0];
  const coverage = (
    await client.query<{ advanced: number; checked: number }>(ADVANCE_COVERAGE, [
      run.rawRunIds ?? [run.runId],
      run.date,
      run.runId,
      notModified,
    ])
  ).rows[0];
  return {
    partitions: partitions?.created ?? 0,
    daysWritten: merged?.written ?? 0,
    daysCleared: merged?.cleared ?? 0,
    repositories: coverage?.advanced ?? 0,
    checked: coverage?.checked ?? 0,
  };
}
