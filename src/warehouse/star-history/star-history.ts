import type { Queryable, WarehouseClient } from '../../db/database.ts';
import type { StarHistoryTarget } from '../../sources/github/collect/fetch-star-history.ts';
import { advanceStarHistoryCoverageSql } from './advance-star-history-coverage.queries.ts';
import { ensureStarHistoryPartitionsSql } from './ensure-star-history-partitions.queries.ts';
import { listStarHistoryWorkSql } from './list-star-history-work.queries.ts';
import { mergeStarHistorySql } from './merge-star-history.queries.ts';

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
  const rows = await listStarHistoryWorkSql.run({ limit, date }, db);
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
  const staged = { runId: run.runId, snapshotDate: run.date };
  const [partitions] = await ensureStarHistoryPartitionsSql.run(staged, client);
  const [merged] = await mergeStarHistorySql.run(staged, client);
  const [coverage] = await advanceStarHistoryCoverageSql.run(
    { ...staged, rawRunIds: run.rawRunIds ?? [run.runId], notModified },
    client,
  );
  return {
    partitions: partitions?.created ?? 0,
    daysWritten: merged?.written ?? 0,
    daysCleared: merged?.cleared ?? 0,
    repositories: coverage?.advanced ?? 0,
    checked: coverage?.checked ?? 0,
  };
}
