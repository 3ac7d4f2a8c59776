/** Types generated for queries found in "src/analytics/read-star-history-coverage.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadStarHistoryCoverageSql' parameters type */
export interface IReadStarHistoryCoverageSqlParams {
  githubId: number;
}

/** 'ReadStarHistoryCoverageSql' return type */
export interface IReadStarHistoryCoverageSqlResult {
  complete: boolean;
  created_at: string | null;
  fetched_at: string | null;
  first_day: string | null;
  next_page: number | null;
  tracked_since: string | null;
}

/** 'ReadStarHistoryCoverageSql' query type */
export interface IReadStarHistoryCoverageSqlQuery {
  params: IReadStarHistoryCoverageSqlParams;
  result: IReadStarHistoryCoverageSqlResult;
}

const readStarHistoryCoverageSqlIR: any = {"usedParamSet":{"githubId":true},"params":[{"name":"githubId","required":true,"transform":{"type":"scalar"},"locs":[{"a":729,"b":738}]}],"statement":"-- What a repository's star history stands on: its creation, the first day of\n-- gitpulse's own snapshots, and how far GitHub's stargazers/history was read. :githubId github_id\nSELECT to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS created_at,\n       (SELECT min(f.snapshot_date)::text FROM warehouse.fact_repo_snapshots f WHERE f.github_id = d.github_id) AS tracked_since,\n       COALESCE(c.complete, false) AS \"complete!\",\n       c.first_day::text AS first_day,\n       c.next_page,\n       to_char(c.fetched_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS fetched_at\nFROM warehouse.dim_repositories d\nLEFT JOIN warehouse.star_history_coverage c ON c.github_id = d.github_id\nWHERE d.github_id = :githubId! AND d.is_current"};

/**
 * Query generated from SQL:
 * ```
 * -- What a repository's star history stands on: its creation, the first day of
 * -- gitpulse's own snapshots, and how far GitHub's stargazers/history was read. :githubId github_id
 * SELECT to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
 *        (SELECT min(f.snapshot_date)::text FROM warehouse.fact_repo_snapshots f WHERE f.github_id = d.github_id) AS tracked_since,
 *        COALESCE(c.complete, false) AS "complete!",
 *        c.first_day::text AS first_day,
 *        c.next_page,
 *        to_char(c.fetched_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS fetched_at
 * FROM warehouse.dim_repositories d
 * LEFT JOIN warehouse.star_history_coverage c ON c.github_id = d.github_id
 * WHERE d.github_id = :githubId! AND d.is_current
 * ```
 */
export const readStarHistoryCoverageSql = new PreparedQuery<IReadStarHistoryCoverageSqlParams,IReadStarHistoryCoverageSqlResult>(readStarHistoryCoverageSqlIR);


