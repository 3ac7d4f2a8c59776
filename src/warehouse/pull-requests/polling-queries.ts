/**
 * The PR flow's polling API: consumers read pull requests and insights,
 * unprocessed ones first if they ask, and acknowledge insights they handled.
 */

import type { Queryable } from '../../db/database.ts';
import { acknowledgeInsightSql } from './acknowledge-insight.queries.ts';
import type { RiskFactor } from './assess-risk.ts';
import { type IListInsightsSqlResult, listInsightsSql } from './list-insights.queries.ts';
import { type IListPullRequestsSqlResult, listPullRequestsSql } from './list-pull-requests.queries.ts';

export type PullRequestRow = IListPullRequestsSqlResult;
/** An insight as list-insights.sql gives it, its factors as assess-risk.ts stores them (pgtyped types jsonb as Json). */
export type InsightRow = Omit<IListInsightsSqlResult, 'factors'> & { factors: RiskFactor[] };

/** One PR (or one repository's) when `only` names it. */
interface OnePullRequest {
  repository?: string;
  prNumber?: number;
}

export function listPullRequests(
  db: Queryable,
  page: { limit: number; offset: number; unprocessed: boolean },
  only: OnePullRequest = {},
): Promise<PullRequestRow[]> {
  return listPullRequestsSql.run(
    { ...page, repository: only.repository ?? null, prNumber: only.prNumber ?? null },
    db,
  );
}

export async function listInsights(
  db: Queryable,
  page: { limit: number; offset: number; processed?: boolean; include_bots: boolean },
  only: OnePullRequest = {},
): Promise<InsightRow[]> {
  const rows = await listInsightsSql.run(
    {
      limit: page.limit,
      offset: page.offset,
      processed: page.processed ?? null,
      includeBots: page.include_bots,
      repository: only.repository ?? null,
      prNumber: only.prNumber ?? null,
    },
    db,
  );
  return rows as unknown as InsightRow[];
}

/** False when no insight has that id. */
export async function acknowledgeInsight(db: Queryable, id: string): Promise<boolean> {
  return ((await acknowledgeInsightSql.runWithCounts({ id }, db)).rowCount ?? 0) > 0;
}
