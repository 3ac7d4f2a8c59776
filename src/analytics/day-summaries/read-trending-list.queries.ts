/** Types generated for queries found in "src/analytics/day-summaries/read-trending-list.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadTrendingListSql' parameters type */
export interface IReadTrendingListSqlParams {
  language?: string | null | void;
  limit: number;
  offset: number;
  rising: boolean;
  snapshotDate: string;
  window: string;
}

/** 'ReadTrendingListSql' return type */
export interface IReadTrendingListSqlResult {
  activity_score: number | null;
  created_at: string | null;
  description: string | null;
  forks: number;
  language: string | null;
  momentum_score: number | null;
  open_issues: number;
  rank_in_language: number | null;
  rank_overall: number | null;
  render_category: string | null;
  repo_full_name: string;
  snapshot_date: string;
  star_velocity: number | null;
  star_velocity_7d: number | null;
  stars: number;
}

/** 'ReadTrendingListSql' query type */
export interface IReadTrendingListSqlQuery {
  params: IReadTrendingListSqlParams;
  result: IReadTrendingListSqlResult;
}

const readTrendingListSqlIR: any = {"usedParamSet":{"snapshotDate":true,"window":true,"rising":true,"language":true,"offset":true,"limit":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":608,"b":621}]},{"name":"window","required":true,"transform":{"type":"scalar"},"locs":[{"a":647,"b":654}]},{"name":"rising","required":true,"transform":{"type":"scalar"},"locs":[{"a":669,"b":676}]},{"name":"language","required":false,"transform":{"type":"scalar"},"locs":[{"a":716,"b":724}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":756,"b":763},{"a":786,"b":793}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":802,"b":808}]}],"statement":"-- One page of a precomputed trending list (summarize-trending.sql).\n-- :snapshotDate snapshot_date, :language language or NULL, :window window, :rising rising only, :limit limit, :offset offset\nSELECT repo_full_name, language, description, stars, forks, open_issues, star_velocity, star_velocity_7d,\n       activity_score, momentum_score::float AS momentum_score, rank_overall, rank_in_language, render_category,\n       to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS created_at,\n       snapshot_date::text AS \"snapshot_date!\"\nFROM warehouse.day_trending_lists\nWHERE snapshot_date = :snapshotDate!::date AND list_window = :window! AND rising = :rising!::boolean\n  AND scope = COALESCE(lower(:language::text), '*')\n  AND position > :offset!::int AND position <= :offset!::int + :limit!::int\nORDER BY position"};

/**
 * Query generated from SQL:
 * ```
 * -- One page of a precomputed trending list (summarize-trending.sql).
 * -- :snapshotDate snapshot_date, :language language or NULL, :window window, :rising rising only, :limit limit, :offset offset
 * SELECT repo_full_name, language, description, stars, forks, open_issues, star_velocity, star_velocity_7d,
 *        activity_score, momentum_score::float AS momentum_score, rank_overall, rank_in_language, render_category,
 *        to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
 *        snapshot_date::text AS "snapshot_date!"
 * FROM warehouse.day_trending_lists
 * WHERE snapshot_date = :snapshotDate!::date AND list_window = :window! AND rising = :rising!::boolean
 *   AND scope = COALESCE(lower(:language::text), '*')
 *   AND position > :offset!::int AND position <= :offset!::int + :limit!::int
 * ORDER BY position
 * ```
 */
export const readTrendingListSql = new PreparedQuery<IReadTrendingListSqlParams,IReadTrendingListSqlResult>(readTrendingListSqlIR);


