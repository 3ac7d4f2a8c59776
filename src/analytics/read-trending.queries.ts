/** Types generated for queries found in "src/analytics/read-trending.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReadTrendingSql' parameters type */
export interface IReadTrendingSqlParams {
  language?: string | null | void;
  limit: number;
  offset: number;
  rising: boolean;
  window: string;
}

/** 'ReadTrendingSql' return type */
export interface IReadTrendingSqlResult {
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

/** 'ReadTrendingSql' query type */
export interface IReadTrendingSqlQuery {
  params: IReadTrendingSqlParams;
  result: IReadTrendingSqlResult;
}

const readTrendingSqlIR: any = {"usedParamSet":{"language":true,"window":true,"rising":true,"limit":true,"offset":true},"params":[{"name":"language","required":false,"transform":{"type":"scalar"},"locs":[{"a":429,"b":437},{"a":903,"b":911},{"a":1266,"b":1274},{"a":1662,"b":1670}]},{"name":"window","required":true,"transform":{"type":"scalar"},"locs":[{"a":841,"b":848},{"a":1210,"b":1217},{"a":1606,"b":1613},{"a":2557,"b":2564}]},{"name":"rising","required":true,"transform":{"type":"scalar"},"locs":[{"a":1081,"b":1088},{"a":1477,"b":1484},{"a":1876,"b":1883},{"a":2484,"b":2491}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1114,"b":1120},{"a":1510,"b":1516},{"a":1909,"b":1915},{"a":2733,"b":2739}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":1129,"b":1136},{"a":1525,"b":1532},{"a":1924,"b":1931},{"a":2748,"b":2755}]}],"statement":"-- Repositories of the latest snapshot date, one page.\n-- :language language or NULL, :window window (momentum | 1d | 7d), :rising rising only, :limit limit, :offset offset\n-- Each window is its own branch so its ORDER BY starts with an index's order (0019).\nWITH day AS (SELECT snapshot_date AS d FROM analytics.latest_snapshot_date),\nlang AS (SELECT language_key FROM warehouse.dim_languages WHERE lower(language_name) = lower(:language)),\n-- the day's snapshots with their name, so each branch orders by the whole key\n-- (the window's measure, momentum, stars, name) and a page edge never splits a tie\nday_rows AS NOT MATERIALIZED (\n    SELECT f.*, dr.repo_full_name FROM warehouse.fact_repo_snapshots f\n    JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key\n),\ncandidates AS (\n    (SELECT f.* FROM day_rows f, day\n     WHERE :window! = 'momentum' AND f.snapshot_date = day.d\n       AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))\n     ORDER BY f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name\n     LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)\n    UNION ALL\n    (SELECT f.* FROM day_rows f, day\n     WHERE :window! = '1d' AND f.snapshot_date = day.d\n       AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))\n     ORDER BY f.star_velocity DESC NULLS LAST, f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name\n     LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)\n    UNION ALL\n    (SELECT f.* FROM day_rows f, day\n     WHERE :window! = '7d' AND f.snapshot_date = day.d\n       AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))\n     ORDER BY f.star_velocity_7d DESC NULLS LAST, f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name\n     LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)\n)\nSELECT dr.repo_full_name, dr.language, dr.description, f.stars AS \"stars!\", f.forks AS \"forks!\",\n       f.open_issues AS \"open_issues!\", f.star_velocity,\n       f.star_velocity_7d, f.activity_score, f.momentum_score::float AS momentum_score, f.rank_overall,\n       f.rank_in_language, dr.render_category,\n       to_char(dr.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS created_at,\n       f.snapshot_date::text AS \"snapshot_date!\"\nFROM candidates f\nJOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key\nWHERE NOT :rising!::boolean OR dr.created_at >= f.snapshot_date - 30\nORDER BY CASE :window! WHEN '1d' THEN f.star_velocity WHEN '7d' THEN f.star_velocity_7d END DESC NULLS LAST,\n         f.momentum_score DESC NULLS LAST, f.stars DESC, dr.repo_full_name\nLIMIT :limit! OFFSET :offset!"};

/**
 * Query generated from SQL:
 * ```
 * -- Repositories of the latest snapshot date, one page.
 * -- :language language or NULL, :window window (momentum | 1d | 7d), :rising rising only, :limit limit, :offset offset
 * -- Each window is its own branch so its ORDER BY starts with an index's order (0019).
 * WITH day AS (SELECT snapshot_date AS d FROM analytics.latest_snapshot_date),
 * lang AS (SELECT language_key FROM warehouse.dim_languages WHERE lower(language_name) = lower(:language)),
 * -- the day's snapshots with their name, so each branch orders by the whole key
 * -- (the window's measure, momentum, stars, name) and a page edge never splits a tie
 * day_rows AS NOT MATERIALIZED (
 *     SELECT f.*, dr.repo_full_name FROM warehouse.fact_repo_snapshots f
 *     JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
 * ),
 * candidates AS (
 *     (SELECT f.* FROM day_rows f, day
 *      WHERE :window! = 'momentum' AND f.snapshot_date = day.d
 *        AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))
 *      ORDER BY f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name
 *      LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)
 *     UNION ALL
 *     (SELECT f.* FROM day_rows f, day
 *      WHERE :window! = '1d' AND f.snapshot_date = day.d
 *        AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))
 *      ORDER BY f.star_velocity DESC NULLS LAST, f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name
 *      LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)
 *     UNION ALL
 *     (SELECT f.* FROM day_rows f, day
 *      WHERE :window! = '7d' AND f.snapshot_date = day.d
 *        AND (:language::text IS NULL OR f.language_key IN (SELECT language_key FROM lang))
 *      ORDER BY f.star_velocity_7d DESC NULLS LAST, f.momentum_score DESC NULLS LAST, f.stars DESC, f.repo_full_name
 *      LIMIT CASE WHEN :rising!::boolean THEN NULL ELSE :limit!::int + :offset!::int END)
 * )
 * SELECT dr.repo_full_name, dr.language, dr.description, f.stars AS "stars!", f.forks AS "forks!",
 *        f.open_issues AS "open_issues!", f.star_velocity,
 *        f.star_velocity_7d, f.activity_score, f.momentum_score::float AS momentum_score, f.rank_overall,
 *        f.rank_in_language, dr.render_category,
 *        to_char(dr.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
 *        f.snapshot_date::text AS "snapshot_date!"
 * FROM candidates f
 * JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
 * WHERE NOT :rising!::boolean OR dr.created_at >= f.snapshot_date - 30
 * ORDER BY CASE :window! WHEN '1d' THEN f.star_velocity WHEN '7d' THEN f.star_velocity_7d END DESC NULLS LAST,
 *          f.momentum_score DESC NULLS LAST, f.stars DESC, dr.repo_full_name
 * LIMIT :limit! OFFSET :offset!
 * ```
 */
export const readTrendingSql = new PreparedQuery<IReadTrendingSqlParams,IReadTrendingSqlResult>(readTrendingSqlIR);


