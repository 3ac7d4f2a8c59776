import type { Queryable } from '../db/database.ts';
import { sqlFile } from '../sql/sql-file.ts';

const READ_HISTORY = sqlFile(import.meta.url, 'read-repo-star-history.sql');
const READ_COVERAGE = sqlFile(import.meta.url, 'read-star-history-coverage.sql');

/** Where a day's star figure comes from (analytics.repo_star_history). */
export type StarFigureSource = 'snapshot' | 'webhook' | 'star_history';

export interface StarHistoryDayRow {
  day: string;
  /** The day's figure: the snapshot's, else a star webhook's, else the retained cumulative; null when none is known. */
  stars: number | null;
  source: StarFigureSource | null;
  stars_retained: number;
  retained_cumulative: number | null;
  snapshot_stars: number | null;
  live_stars: number | null;
  /** snapshot − retained cumulative: stars given up to that day and taken back since. */
  stars_taken_back: number | null;
}

export interface StarHistoryCoverageRow {
  created_at: string | null;
  tracked_since: string | null;
  complete: boolean;
  first_day: string | null;
  next_page: number | null;
  fetched_at: string | null;
}

/** A repository's star history from its first day, and what it stands on. */
export async function readRepoStarHistory(
  db: Queryable,
  githubId: number,
  range: { from?: string; to?: string } = {},
): Promise<{ coverage: StarHistoryCoverageRow; days: StarHistoryDayRow[] } | null> {
  const [coverage, days] = await Promise.all([
    db.query<StarHistoryCoverageRow>(READ_COVERAGE, [githubId]),
    db.query<StarHistoryDayRow>(READ_HISTORY, [githubId, range.from ?? null, range.to ?? null]),
  ]);
  const row = coverage.rows[0];
  return row ? { coverage: row, days: days.rows } : null;
}
