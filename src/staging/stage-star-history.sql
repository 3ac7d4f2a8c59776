/* @name StageStarHistorySql */
-- Validates the star history pages a run landed, week by week, with the rule
--   star_history_week_shape  an answer is an array of weeks; a week has a
--                            numeric "week" and "days" of 7 non-negative integers
-- Failures go to staging.rejects with the reason (an answer that is not an
-- array as a whole, a bad week by itself); the rest are upserted into
-- staging.star_history_weeks, the latest answer per repository and week.
-- :rawRunIds the raw rows' run ids, :snapshotDate the snapshot_date, :runId the run the staged rows belong to
WITH answers AS (
    SELECT r.id AS raw_id, r.repo_full_name, r.github_id, r.fetch_timestamp, r.api_response
    FROM raw.github_star_history r
    WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date
), weeks AS (
    SELECT a.raw_id, a.repo_full_name, a.github_id, a.fetch_timestamp, w.value AS week,
           jsonb_typeof(w.value->'week') = 'number'
           AND jsonb_typeof(w.value->'days') = 'array'
           AND jsonb_array_length(w.value->'days') = 7
           AND NOT jsonb_path_exists(w.value->'days', '$[*] ? (@.type() != "number" || @ < 0 || @ != @.floor())')
           AS ok
    FROM answers a
    CROSS JOIN LATERAL jsonb_array_elements(a.api_response) AS w(value)
    WHERE jsonb_typeof(a.api_response) = 'array'
), rejected AS (
    INSERT INTO staging.rejects (raw_table, raw_id, repo_full_name, rule, reason, api_response, run_id, snapshot_date)
    SELECT 'github_star_history', raw_id, repo_full_name, 'star_history_week_shape',
           'a week needs a numeric "week" and "days" of 7 non-negative integers', week, :runId!, :snapshotDate!::date
    FROM weeks WHERE NOT ok
    UNION ALL
    SELECT 'github_star_history', raw_id, repo_full_name, 'star_history_week_shape',
           'the answer is not an array of weeks', api_response, :runId!, :snapshotDate!::date
    FROM answers WHERE jsonb_typeof(api_response) IS DISTINCT FROM 'array'
    RETURNING 1
), staged AS (
    INSERT INTO staging.star_history_weeks AS s (github_id, week, days, fetched_at, raw_id, run_id, snapshot_date)
    SELECT DISTINCT ON (github_id, (week->>'week')::bigint)
           github_id, (week->>'week')::bigint,
           ARRAY(SELECT (jsonb_array_elements_text(week->'days'))::numeric::int),
           fetch_timestamp, raw_id, :runId!, :snapshotDate!::date
    FROM weeks WHERE ok
    ORDER BY github_id, (week->>'week')::bigint, fetch_timestamp DESC, raw_id DESC
    ON CONFLICT (github_id, week) DO UPDATE
    SET days = EXCLUDED.days, fetched_at = EXCLUDED.fetched_at, raw_id = EXCLUDED.raw_id,
        run_id = EXCLUDED.run_id, snapshot_date = EXCLUDED.snapshot_date
    WHERE s.fetched_at <= EXCLUDED.fetched_at
    RETURNING 1
)
SELECT (SELECT count(*) FROM staged)::int AS "weeks!", (SELECT count(*) FROM rejected)::int AS "rejected!";
