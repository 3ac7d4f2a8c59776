import type { Queryable } from '../db/database.ts';
import {
  type IReadRepoStarHistorySqlResult,
  readRepoStarHistorySql,
} from './read-repo-star-history.queries.ts';
import {
  type IReadStarHistoryCoverageSqlResult,
  readStarHistoryCoverageSql,
} from './read-star-history-coverage.queries.ts';

/** Where a day's star figure comes from (analytics.repo_star_history). */
export type StarFigureSource = 'snapshot' | 'webhook' | 'star_history';

/**
 * A day of analytics.repo_star_history: `stars` is the snapshot's figure, else
 * a star webhook's, else the retained cumulative; `stars_taken_back` is
 * snapshot − retained cumulative (given up to that day and taken back since).
 */
export type StarHistoryDayRow = Omit<IReadRepoStarHistorySqlResult, 'source'> & {
  source: StarFigureSource | null;
};
export type StarHistoryCoverageRow = IReadStarHistoryCoverageSqlResult;

/** A repository's star history from its first day, and what it stands on. */
export async function readRepoStarHistory(
  db: Queryable,
  githubId: number,
  range: { from?: string; to?: string } = {},
): Promise<{ coverage: StarHistoryCoverageRow; days: StarHistoryDayRow[] } | null> {
  const [coverage, days] = await Promise.all([
    readStarHistoryCoverageSql.run({ githubId }, db),
    readRepoStarHistorySql.run({ githubId, from: range.from ?? null, to: range.to ?? null }, db),
  ]);
  const row = coverage[0];
  // the view's CASE gives only these three (or NULL)
  return row ? { coverage: row, days: days as StarHistoryDayRow[] } : null;
}
