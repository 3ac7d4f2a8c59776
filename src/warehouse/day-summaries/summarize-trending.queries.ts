/** Types generated for queries found in "src/warehouse/day-summaries/summarize-trending.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'SummarizeTrendingSql' parameters type */
export interface ISummarizeTrendingSqlParams {
  depth: number;
  snapshotDate: string;
}

/** 'SummarizeTrendingSql' return type */
export type ISummarizeTrendingSqlResult = void;

/** 'SummarizeTrendingSql' query type */
export interface ISummarizeTrendingSqlQuery {
  params: ISummarizeTrendingSqlParams;
  result: ISummarizeTrendingSqlResult;
}

const summarizeTrendingSqlIR: any = {"usedParamSet":{"snapshotDate":true,"depth":true},"params":[{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":796,"b":809},{"a":3483,"b":3496},{"a":3898,"b":3911}]},{"name":"depth","required":true,"transform":{"type":"scalar"},"locs":[{"a":3089,"b":3095},{"a":3126,"b":3132}]}],"statement":"-- The day's trending lists, the first :depth of each, in the order /api/trending\n-- gives (read-trending.sql): the window's measure, then momentum, stars, name.\n-- One sort of the day's rows per window and scope, on narrow rows; the\n-- display columns are joined for the kept rows only.\n-- :snapshotDate the day, :depth how far each list goes\nWITH day AS (\n    SELECT f.github_id, f.repo_key, f.stars, f.star_velocity, f.star_velocity_7d, f.momentum_score,\n        lower(dl.language_name) AS language_scope, dr.repo_full_name,\n        dr.created_at >= f.snapshot_date - 30 AS young\n    FROM warehouse.fact_repo_snapshots f\n    JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key\n    LEFT JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key\n    WHERE f.snapshot_date = :snapshotDate!::date\n), ranked AS (\n    SELECT d.*, false AS rising,\n        row_number() OVER (ORDER BY momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS m_all,\n        row_number() OVER (PARTITION BY language_scope ORDER BY momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS m_lang,\n        row_number() OVER (ORDER BY star_velocity DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS d1_all,\n        row_number() OVER (PARTITION BY language_scope ORDER BY star_velocity DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS d1_lang,\n        row_number() OVER (ORDER BY star_velocity_7d DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS d7_all,\n        row_number() OVER (PARTITION BY language_scope ORDER BY star_velocity_7d DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS d7_lang\n    FROM day d\n    UNION ALL\n    SELECT d.*, true AS rising,\n        row_number() OVER (ORDER BY momentum_score DESC NULLS LAST, stars DESC, repo_full_name),\n        row_number() OVER (PARTITION BY language_scope ORDER BY momentum_score DESC NULLS LAST, stars DESC, repo_full_name),\n        row_number() OVER (ORDER BY star_velocity DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name),\n        row_number() OVER (PARTITION BY language_scope ORDER BY star_velocity DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name),\n        row_number() OVER (ORDER BY star_velocity_7d DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name),\n        row_number() OVER (PARTITION BY language_scope ORDER BY star_velocity_7d DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name)\n    FROM day d\n    WHERE d.young\n), listed AS (\n    SELECT r.github_id, r.repo_key, r.rising, l.list_window, l.scope, l.position\n    FROM ranked r\n    CROSS JOIN LATERAL (VALUES\n        ('momentum', '*', r.m_all), ('momentum', r.language_scope, r.m_lang),\n        ('1d', '*', r.d1_all), ('1d', r.language_scope, r.d1_lang),\n        ('7d', '*', r.d7_all), ('7d', r.language_scope, r.d7_lang)\n    ) AS l(list_window, scope, position)\n    WHERE LEAST(r.m_all, r.m_lang, r.d1_all, r.d1_lang, r.d7_all, r.d7_lang) <= :depth!::int\n      AND l.position <= :depth!::int AND l.scope IS NOT NULL\n)\nINSERT INTO warehouse.day_trending_lists (\n    snapshot_date, list_window, rising, scope, position, github_id, repo_full_name, language, description,\n    stars, forks, open_issues, star_velocity, star_velocity_7d, activity_score, momentum_score,\n    rank_overall, rank_in_language, render_category, created_at)\nSELECT :snapshotDate!::date, l.list_window, l.rising, l.scope, l.position, f.github_id, dr.repo_full_name, dr.language,\n    dr.description, f.stars, f.forks, f.open_issues, f.star_velocity, f.star_velocity_7d, f.activity_score,\n    f.momentum_score, f.rank_overall, f.rank_in_language, dr.render_category, dr.created_at\nFROM listed l\nJOIN warehouse.fact_repo_snapshots f ON f.github_id = l.github_id AND f.snapshot_date = :snapshotDate!::date\nJOIN warehouse.dim_repositories dr ON dr.repo_key = l.repo_key"};

/**
 * Query generated from SQL:
 * ```
 * -- The day's trending lists, the first :depth of each, in the order /api/trending
 * -- gives (read-trending.sql): the window's measure, then momentum, stars, name.
 * -- One sort of the day's rows per window and scope, on narrow rows; the
 * -- display columns are joined for the kept rows only.
 * -- :snapshotDate the day, :depth how far each list goes
 * WITH day AS (
 *     SELECT f.github_id, f.repo_key, f.stars, f.star_velocity, f.star_velocity_7d, f.momentum_score,
 *         lower(dl.language_name) AS language_scope, dr.repo_full_name,
 *         dr.created_at >= f.snapshot_date - 30 AS young
 *     FROM warehouse.fact_repo_snapshots f
 *     JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
 *     LEFT JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
 *     WHERE f.snapshot_date = :snapshotDate!::date
 * ), ranked AS (
 *     SELECT d.*, false AS rising,
 *         row_number() OVER (ORDER BY momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS m_all,
 *         row_number() OVER (PARTITION BY language_scope ORDER BY momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS m_lang,
 *         row_number() OVER (ORDER BY star_velocity DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS d1_all,
 *         row_number() OVER (PARTITION BY language_scope ORDER BY star_velocity DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS d1_lang,
 *         row_number() OVER (ORDER BY star_velocity_7d DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS d7_all,
 *         row_number() OVER (PARTITION BY language_scope ORDER BY star_velocity_7d DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name) AS d7_lang
 *     FROM day d
 *     UNION ALL
 *     SELECT d.*, true AS rising,
 *         row_number() OVER (ORDER BY momentum_score DESC NULLS LAST, stars DESC, repo_full_name),
 *         row_number() OVER (PARTITION BY language_scope ORDER BY momentum_score DESC NULLS LAST, stars DESC, repo_full_name),
 *         row_number() OVER (ORDER BY star_velocity DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name),
 *         row_number() OVER (PARTITION BY language_scope ORDER BY star_velocity DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name),
 *         row_number() OVER (ORDER BY star_velocity_7d DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name),
 *         row_number() OVER (PARTITION BY language_scope ORDER BY star_velocity_7d DESC NULLS LAST, momentum_score DESC NULLS LAST, stars DESC, repo_full_name)
 *     FROM day d
 *     WHERE d.young
 * ), listed AS (
 *     SELECT r.github_id, r.repo_key, r.rising, l.list_window, l.scope, l.position
 *     FROM ranked r
 *     CROSS JOIN LATERAL (VALUES
 *         ('momentum', '*', r.m_all), ('momentum', r.language_scope, r.m_lang),
 *         ('1d', '*', r.d1_all), ('1d', r.language_scope, r.d1_lang),
 *         ('7d', '*', r.d7_all), ('7d', r.language_scope, r.d7_lang)
 *     ) AS l(list_window, scope, position)
 *     WHERE LEAST(r.m_all, r.m_lang, r.d1_all, r.d1_lang, r.d7_all, r.d7_lang) <= :depth!::int
 *       AND l.position <= :depth!::int AND l.scope IS NOT NULL
 * )
 * INSERT INTO warehouse.day_trending_lists (
 *     snapshot_date, list_window, rising, scope, position, github_id, repo_full_name, language, description,
 *     stars, forks, open_issues, star_velocity, star_velocity_7d, activity_score, momentum_score,
 *     rank_overall, rank_in_language, render_category, created_at)
 * SELECT :snapshotDate!::date, l.list_window, l.rising, l.scope, l.position, f.github_id, dr.repo_full_name, dr.language,
 *     dr.description, f.stars, f.forks, f.open_issues, f.star_velocity, f.star_velocity_7d, f.activity_score,
 *     f.momentum_score, f.rank_overall, f.rank_in_language, dr.render_category, dr.created_at
 * FROM listed l
 * JOIN warehouse.fact_repo_snapshots f ON f.github_id = l.github_id AND f.snapshot_date = :snapshotDate!::date
 * JOIN warehouse.dim_repositories dr ON dr.repo_key = l.repo_key
 * ```
 */
export const summarizeTrendingSql = new PreparedQuery<ISummarizeTrendingSqlParams,ISummarizeTrendingSqlResult>(summarizeTrendingSqlIR);


