/** Types generated for queries found in "src/warehouse/star-history/merge-star-history.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'MergeStarHistorySql' parameters type */
export interface IMergeStarHistorySqlParams {
  runId: string;
  snapshotDate: string;
}

/** 'MergeStarHistorySql' return type */
export interface IMergeStarHistorySqlResult {
  cleared: number;
  written: number;
}

/** 'MergeStarHistorySql' query type */
export interface IMergeStarHistorySqlQuery {
  params: IMergeStarHistorySqlParams;
  result: IMergeStarHistorySqlResult;
}

const mergeStarHistorySqlIR: any = {"usedParamSet":{"runId":true,"snapshotDate":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1003,"b":1009},{"a":1503,"b":1509}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":1033,"b":1046}]}],"statement":"-- The run's staged weeks into warehouse.fact_star_history, one row per\n-- repository and day with stars. A day is the UTC calendar date of the middle\n-- of GitHub's day bucket (week + i × 86400 + 12 h): GitHub does not promise\n-- that its buckets start at UTC midnight, and the middle of a bucket falls on\n-- the bucket's own calendar date for any offset within ±12 h (README \"Star\n-- history\"). A later answer replaces the days it covers: a day it shows with\n-- fewer stars (one was removed since) is lowered, one it shows at zero is\n-- deleted; an older answer never overwrites a newer one.\n-- :runId the run the staged rows belong to, :snapshotDate its date\nWITH days AS (\n    SELECT DISTINCT ON (w.github_id, star_date)\n           w.github_id,\n           (to_timestamp(w.week + (d.i - 1) * 86400 + 43200) AT TIME ZONE 'UTC')::date AS star_date,\n           d.n, w.fetched_at\n    FROM staging.star_history_weeks w\n    CROSS JOIN LATERAL unnest(w.days) WITH ORDINALITY AS d(n, i)\n    WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date\n    ORDER BY w.github_id, star_date, w.fetched_at DESC\n), cleared AS (\n    DELETE FROM warehouse.fact_star_history f\n    USING days\n    WHERE days.n = 0 AND f.github_id = days.github_id AND f.star_date = days.star_date\n      AND f.fetched_at <= days.fetched_at\n    RETURNING 1\n), written AS (\n    INSERT INTO warehouse.fact_star_history AS f (github_id, star_date, stars_retained, fetched_at, run_id)\n    SELECT github_id, star_date, n, fetched_at, :runId! FROM days WHERE n > 0\n    ON CONFLICT (github_id, star_date) DO UPDATE\n    SET stars_retained = EXCLUDED.stars_retained, fetched_at = EXCLUDED.fetched_at, run_id = EXCLUDED.run_id\n    WHERE f.fetched_at <= EXCLUDED.fetched_at\n    RETURNING 1\n)\nSELECT (SELECT count(*) FROM written)::int AS \"written!\", (SELECT count(*) FROM cleared)::int AS \"cleared!\""};

/**
 * Query generated from SQL:
 * ```
 * -- The run's staged weeks into warehouse.fact_star_history, one row per
 * -- repository and day with stars. A day is the UTC calendar date of the middle
 * -- of GitHub's day bucket (week + i × 86400 + 12 h): GitHub does not promise
 * -- that its buckets start at UTC midnight, and the middle of a bucket falls on
 * -- the bucket's own calendar date for any offset within ±12 h (README "Star
 * -- history"). A later answer replaces the days it covers: a day it shows with
 * -- fewer stars (one was removed since) is lowered, one it shows at zero is
 * -- deleted; an older answer never overwrites a newer one.
 * -- :runId the run the staged rows belong to, :snapshotDate its date
 * WITH days AS (
 *     SELECT DISTINCT ON (w.github_id, star_date)
 *            w.github_id,
 *            (to_timestamp(w.week + (d.i - 1) * 86400 + 43200) AT TIME ZONE 'UTC')::date AS star_date,
 *            d.n, w.fetched_at
 *     FROM staging.star_history_weeks w
 *     CROSS JOIN LATERAL unnest(w.days) WITH ORDINALITY AS d(n, i)
 *     WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date
 *     ORDER BY w.github_id, star_date, w.fetched_at DESC
 * ), cleared AS (
 *     DELETE FROM warehouse.fact_star_history f
 *     USING days
 *     WHERE days.n = 0 AND f.github_id = days.github_id AND f.star_date = days.star_date
 *       AND f.fetched_at <= days.fetched_at
 *     RETURNING 1
 * ), written AS (
 *     INSERT INTO warehouse.fact_star_history AS f (github_id, star_date, stars_retained, fetched_at, run_id)
 *     SELECT github_id, star_date, n, fetched_at, :runId! FROM days WHERE n > 0
 *     ON CONFLICT (github_id, star_date) DO UPDATE
 *     SET stars_retained = EXCLUDED.stars_retained, fetched_at = EXCLUDED.fetched_at, run_id = EXCLUDED.run_id
 *     WHERE f.fetched_at <= EXCLUDED.fetched_at
 *     RETURNING 1
 * )
 * SELECT (SELECT count(*) FROM written)::int AS "written!", (SELECT count(*) FROM cleared)::int AS "cleared!"
 * ```
 */
export const mergeStarHistorySql = new PreparedQuery<IMergeStarHistorySqlParams,IMergeStarHistorySqlResult>(mergeStarHistorySqlIR);


