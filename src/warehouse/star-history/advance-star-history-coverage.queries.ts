/** Types generated for queries found in "src/warehouse/star-history/advance-star-history-coverage.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'AdvanceStarHistoryCoverageSql' parameters type */
export interface IAdvanceStarHistoryCoverageSqlParams {
  notModified: numberArray;
  rawRunIds: stringArray;
  runId: string;
  snapshotDate: string;
}

/** 'AdvanceStarHistoryCoverageSql' return type */
export interface IAdvanceStarHistoryCoverageSqlResult {
  advanced: number;
  checked: number;
}

/** 'AdvanceStarHistoryCoverageSql' query type */
export interface IAdvanceStarHistoryCoverageSqlQuery {
  params: IAdvanceStarHistoryCoverageSqlParams;
  result: IAdvanceStarHistoryCoverageSqlResult;
}

const advanceStarHistoryCoverageSqlIR: any = {"usedParamSet":{"rawRunIds":true,"snapshotDate":true,"runId":true,"notModified":true},"params":[{"name":"rawRunIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":946,"b":956}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":989,"b":1002},{"a":1241,"b":1254},{"a":2417,"b":2430}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1211,"b":1217}]},{"name":"notModified","required":true,"transform":{"type":"scalar"},"locs":[{"a":2467,"b":2479}]}],"statement":"-- What the run's star history answers cover, per repository: a backfill is\n-- complete once a page without a next one was read; until then it resumes\n-- after the last page read. Page 1's ETag makes the next refresh\n-- conditional and its day is what the history is as of (page1_as_of), as\n-- for repositories whose page 1 answered 304 (:notModified): checked, unchanged.\n-- :rawRunIds the raw rows' run ids, :snapshotDate the run's date, :runId the run the\n-- staged rows belong to, :notModified the github ids answered 304\nWITH answered AS (\n    SELECT r.github_id,\n           bool_or(NOT r.has_next) AS reached_end,\n           max(r.page) AS last_page,\n           (array_agg(r.etag ORDER BY r.fetch_timestamp DESC) FILTER (WHERE r.page = 1))[1] AS page1_etag,\n           max(r.fetch_timestamp) AS fetched_at,\n           max(r.snapshot_date) FILTER (WHERE r.page = 1) AS page1_as_of\n    FROM raw.github_star_history r\n    WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date\n    GROUP BY r.github_id\n), first_days AS (\n    SELECT w.github_id, min((to_timestamp(w.week + 43200) AT TIME ZONE 'UTC')::date) AS first_day\n    FROM staging.star_history_weeks w\n    WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date\n    GROUP BY w.github_id\n), advanced AS (\n    INSERT INTO warehouse.star_history_coverage AS c\n        (github_id, complete, next_page, first_day, page1_etag, page1_as_of, fetched_at, checked_at)\n    SELECT a.github_id, a.reached_end, CASE WHEN a.reached_end THEN NULL ELSE a.last_page + 1 END,\n           f.first_day, a.page1_etag, a.page1_as_of, a.fetched_at, a.fetched_at\n    FROM answered a LEFT JOIN first_days f ON f.github_id = a.github_id\n    ON CONFLICT (github_id) DO UPDATE\n    SET complete = c.complete OR EXCLUDED.complete,\n        next_page = CASE WHEN c.complete OR EXCLUDED.complete THEN NULL\n                         ELSE GREATEST(c.next_page, EXCLUDED.next_page) END,\n        first_day = LEAST(c.first_day, EXCLUDED.first_day),\n        page1_etag = COALESCE(EXCLUDED.page1_etag, c.page1_etag),\n        page1_as_of = GREATEST(c.page1_as_of, EXCLUDED.page1_as_of),\n        fetched_at = GREATEST(c.fetched_at, EXCLUDED.fetched_at),\n        checked_at = GREATEST(c.checked_at, EXCLUDED.checked_at)\n    RETURNING 1\n), checked AS (\n    UPDATE warehouse.star_history_coverage c\n    SET checked_at = now(), page1_as_of = GREATEST(c.page1_as_of, :snapshotDate!::date)\n    WHERE c.github_id = ANY(:notModified!::bigint[]) AND NOT EXISTS (SELECT 1 FROM answered a WHERE a.github_id = c.github_id)\n    RETURNING 1\n)\nSELECT (SELECT count(*) FROM advanced)::int AS \"advanced!\", (SELECT count(*) FROM checked)::int AS \"checked!\""};

/**
 * Query generated from SQL:
 * ```
 * -- What the run's star history answers cover, per repository: a backfill is
 * -- complete once a page without a next one was read; until then it resumes
 * -- after the last page read. Page 1's ETag makes the next refresh
 * -- conditional and its day is what the history is as of (page1_as_of), as
 * -- for repositories whose page 1 answered 304 (:notModified): checked, unchanged.
 * -- :rawRunIds the raw rows' run ids, :snapshotDate the run's date, :runId the run the
 * -- staged rows belong to, :notModified the github ids answered 304
 * WITH answered AS (
 *     SELECT r.github_id,
 *            bool_or(NOT r.has_next) AS reached_end,
 *            max(r.page) AS last_page,
 *            (array_agg(r.etag ORDER BY r.fetch_timestamp DESC) FILTER (WHERE r.page = 1))[1] AS page1_etag,
 *            max(r.fetch_timestamp) AS fetched_at,
 *            max(r.snapshot_date) FILTER (WHERE r.page = 1) AS page1_as_of
 *     FROM raw.github_star_history r
 *     WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date
 *     GROUP BY r.github_id
 * ), first_days AS (
 *     SELECT w.github_id, min((to_timestamp(w.week + 43200) AT TIME ZONE 'UTC')::date) AS first_day
 *     FROM staging.star_history_weeks w
 *     WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date
 *     GROUP BY w.github_id
 * ), advanced AS (
 *     INSERT INTO warehouse.star_history_coverage AS c
 *         (github_id, complete, next_page, first_day, page1_etag, page1_as_of, fetched_at, checked_at)
 *     SELECT a.github_id, a.reached_end, CASE WHEN a.reached_end THEN NULL ELSE a.last_page + 1 END,
 *            f.first_day, a.page1_etag, a.page1_as_of, a.fetched_at, a.fetched_at
 *     FROM answered a LEFT JOIN first_days f ON f.github_id = a.github_id
 *     ON CONFLICT (github_id) DO UPDATE
 *     SET complete = c.complete OR EXCLUDED.complete,
 *         next_page = CASE WHEN c.complete OR EXCLUDED.complete THEN NULL
 *                          ELSE GREATEST(c.next_page, EXCLUDED.next_page) END,
 *         first_day = LEAST(c.first_day, EXCLUDED.first_day),
 *         page1_etag = COALESCE(EXCLUDED.page1_etag, c.page1_etag),
 *         page1_as_of = GREATEST(c.page1_as_of, EXCLUDED.page1_as_of),
 *         fetched_at = GREATEST(c.fetched_at, EXCLUDED.fetched_at),
 *         checked_at = GREATEST(c.checked_at, EXCLUDED.checked_at)
 *     RETURNING 1
 * ), checked AS (
 *     UPDATE warehouse.star_history_coverage c
 *     SET checked_at = now(), page1_as_of = GREATEST(c.page1_as_of, :snapshotDate!::date)
 *     WHERE c.github_id = ANY(:notModified!::bigint[]) AND NOT EXISTS (SELECT 1 FROM answered a WHERE a.github_id = c.github_id)
 *     RETURNING 1
 * )
 * SELECT (SELECT count(*) FROM advanced)::int AS "advanced!", (SELECT count(*) FROM checked)::int AS "checked!"
 * ```
 */
export const advanceStarHistoryCoverageSql = new PreparedQuery<IAdvanceStarHistoryCoverageSqlParams,IAdvanceStarHistoryCoverageSqlResult>(advanceStarHistoryCoverageSqlIR);


