/** Types generated for queries found in "src/staging/stage-star-history.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'StageStarHistorySql' parameters type */
export interface IStageStarHistorySqlParams {
  rawRunIds: stringArray;
  runId: string;
  snapshotDate: string;
}

/** 'StageStarHistorySql' return type */
export interface IStageStarHistorySqlResult {
  rejected: number;
  weeks: number;
}

/** 'StageStarHistorySql' query type */
export interface IStageStarHistorySqlQuery {
  params: IStageStarHistorySqlParams;
  result: IStageStarHistorySqlResult;
}

const stageStarHistorySqlIR: any = {"usedParamSet":{"rawRunIds":true,"snapshotDate":true,"runId":true},"params":[{"name":"rawRunIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":738,"b":748}]},{"name":"snapshotDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":781,"b":794},{"a":1655,"b":1668},{"a":1876,"b":1889},{"a":2352,"b":2365}]},{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1646,"b":1652},{"a":1867,"b":1873},{"a":2343,"b":2349}]}],"statement":"-- Validates the star history pages a run landed, week by week, with the rule\n--   star_history_week_shape  an answer is an array of weeks; a week has a\n--                            numeric \"week\" and \"days\" of 7 non-negative integers\n-- Failures go to staging.rejects with the reason (an answer that is not an\n-- array as a whole, a bad week by itself); the rest are upserted into\n-- staging.star_history_weeks, the latest answer per repository and week.\n-- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the run the staged rows belong to\nWITH answers AS (\n    SELECT r.id AS raw_id, r.repo_full_name, r.github_id, r.fetch_timestamp, r.api_response\n    FROM raw.github_star_history r\n    WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date\n), weeks AS (\n    SELECT a.raw_id, a.repo_full_name, a.github_id, a.fetch_timestamp, w.value AS week,\n           jsonb_typeof(w.value->'week') = 'number'\n           AND jsonb_typeof(w.value->'days') = 'array'\n           AND jsonb_array_length(w.value->'days') = 7\n           AND NOT jsonb_path_exists(w.value->'days', '$[*] ? (@.type() != \"number\" || @ < 0 || @ != @.floor())')\n           AS ok\n    FROM answers a\n    CROSS JOIN LATERAL jsonb_array_elements(a.api_response) AS w(value)\n    WHERE jsonb_typeof(a.api_response) = 'array'\n), rejected AS (\n    INSERT INTO staging.rejects (raw_table, raw_id, repo_full_name, rule, reason, api_response, run_id, snapshot_date)\n    SELECT 'github_star_history', raw_id, repo_full_name, 'star_history_week_shape',\n           'a week needs a numeric \"week\" and \"days\" of 7 non-negative integers', week, :runId!, :snapshotDate!::date\n    FROM weeks WHERE NOT ok\n    UNION ALL\n    SELECT 'github_star_history', raw_id, repo_full_name, 'star_history_week_shape',\n           'the answer is not an array of weeks', api_response, :runId!, :snapshotDate!::date\n    FROM answers WHERE jsonb_typeof(api_response) IS DISTINCT FROM 'array'\n    RETURNING 1\n), staged AS (\n    INSERT INTO staging.star_history_weeks AS s (github_id, week, days, fetched_at, raw_id, run_id, snapshot_date)\n    SELECT DISTINCT ON (github_id, (week->>'week')::bigint)\n           github_id, (week->>'week')::bigint,\n           ARRAY(SELECT (jsonb_array_elements_text(week->'days'))::numeric::int),\n           fetch_timestamp, raw_id, :runId!, :snapshotDate!::date\n    FROM weeks WHERE ok\n    ORDER BY github_id, (week->>'week')::bigint, fetch_timestamp DESC, raw_id DESC\n    ON CONFLICT (github_id, week) DO UPDATE\n    SET days = EXCLUDED.days, fetched_at = EXCLUDED.fetched_at, raw_id = EXCLUDED.raw_id,\n        run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date\n    WHERE s.fetched_at <= EXCLUDED.fetched_at\n    RETURNING 1\n)\nSELECT (SELECT count(*) FROM staged)::int AS \"weeks!\", (SELECT count(*) FROM rejected)::int AS \"rejected!\""};

/**
 * Query generated from SQL:
 * ```
 * -- Validates the star history pages a run landed, week by week, with the rule
 * --   star_history_week_shape  an answer is an array of weeks; a week has a
 * --                            numeric "week" and "days" of 7 non-negative integers
 * -- Failures go to staging.rejects with the reason (an answer that is not an
 * -- array as a whole, a bad week by itself); the rest are upserted into
 * -- staging.star_history_weeks, the latest answer per repository and week.
 * -- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the run the staged rows belong to
 * WITH answers AS (
 *     SELECT r.id AS raw_id, r.repo_full_name, r.github_id, r.fetch_timestamp, r.api_response
 *     FROM raw.github_star_history r
 *     WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date
 * ), weeks AS (
 *     SELECT a.raw_id, a.repo_full_name, a.github_id, a.fetch_timestamp, w.value AS week,
 *            jsonb_typeof(w.value->'week') = 'number'
 *            AND jsonb_typeof(w.value->'days') = 'array'
 *            AND jsonb_array_length(w.value->'days') = 7
 *            AND NOT jsonb_path_exists(w.value->'days', '$[*] ? (@.type() != "number" || @ < 0 || @ != @.floor())')
 *            AS ok
 *     FROM answers a
 *     CROSS JOIN LATERAL jsonb_array_elements(a.api_response) AS w(value)
 *     WHERE jsonb_typeof(a.api_response) = 'array'
 * ), rejected AS (
 *     INSERT INTO staging.rejects (raw_table, raw_id, repo_full_name, rule, reason, api_response, run_id, snapshot_date)
 *     SELECT 'github_star_history', raw_id, repo_full_name, 'star_history_week_shape',
 *            'a week needs a numeric "week" and "days" of 7 non-negative integers', week, :runId!, :snapshotDate!::date
 *     FROM weeks WHERE NOT ok
 *     UNION ALL
 *     SELECT 'github_star_history', raw_id, repo_full_name, 'star_history_week_shape',
 *            'the answer is not an array of weeks', api_response, :runId!, :snapshotDate!::date
 *     FROM answers WHERE jsonb_typeof(api_response) IS DISTINCT FROM 'array'
 *     RETURNING 1
 * ), staged AS (
 *     INSERT INTO staging.star_history_weeks AS s (github_id, week, days, fetched_at, raw_id, run_id, snapshot_date)
 *     SELECT DISTINCT ON (github_id, (week->>'week')::bigint)
 *            github_id, (week->>'week')::bigint,
 *            ARRAY(SELECT (jsonb_array_elements_text(week->'days'))::numeric::int),
 *            fetch_timestamp, raw_id, :runId!, :snapshotDate!::date
 *     FROM weeks WHERE ok
 *     ORDER BY github_id, (week->>'week')::bigint, fetch_timestamp DESC, raw_id DESC
 *     ON CONFLICT (github_id, week) DO UPDATE
 *     SET days = EXCLUDED.days, fetched_at = EXCLUDED.fetched_at, raw_id = EXCLUDED.raw_id,
 *         run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date
 *     WHERE s.fetched_at <= EXCLUDED.fetched_at
 *     RETURNING 1
 * )
 * SELECT (SELECT count(*) FROM staged)::int AS "weeks!", (SELECT count(*) FROM rejected)::int AS "rejected!"
 * ```
 */
export const stageStarHistorySql = new PreparedQuery<IStageStarHistorySqlParams,IStageStarHistorySqlResult>(stageStarHistorySqlIR);


