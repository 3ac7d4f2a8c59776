/* @name AdvanceStarHistoryCoverageSql */
-- What the run's star history answers cover, per repository: a backfill is
-- complete once a page without a next one was read; until then it resumes
-- after the last page read. Page 1's ETag makes the next refresh
-- conditional and its day is what the history is as of (page1_as_of), as
-- for repositories whose page 1 answered 304 (:notModified): checked, unchanged.
-- :rawRunIds the raw rows' run ids, :snapshotDate the run's date, :runId the run the
-- staged rows belong to, :notModified the github ids answered 304
WITH answered AS (
    SELECT r.github_id,
           bool_or(NOT r.has_next) AS reached_end,
           max(r.page) AS last_page,
           (array_agg(r.etag ORDER BY r.fetch_timestamp DESC) FILTER (WHERE r.page = 1))[1] AS page1_etag,
           max(r.fetch_timestamp) AS fetched_at,
           max(r.snapshot_date) FILTER (WHERE r.page = 1) AS page1_as_of
    FROM raw.github_star_history r
    WHERE r.run_id = ANY(:rawRunIds!::text[]) AND r.snapshot_date = :snapshotDate!::date
    GROUP BY r.github_id
), first_days AS (
    SELECT w.github_id, min((to_timestamp(w.week + 43200) AT TIME ZONE 'UTC')::date) AS first_day
    FROM staging.star_history_weeks w
    WHERE w.run_id = :runId! AND w.snapshot_date = :snapshotDate!::date
    GROUP BY w.github_id
), advanced AS (
    INSERT INTO warehouse.star_history_coverage AS c
        (github_id, complete, next_page, first_day, page1_etag, page1_as_of, fetched_at, checked_at)
    SELECT a.github_id, a.reached_end, CASE WHEN a.reached_end THEN NULL ELSE a.last_page + 1 END,
           f.first_day, a.page1_etag, a.page1_as_of, a.fetched_at, a.fetched_at
    FROM answered a LEFT JOIN first_days f ON f.github_id = a.github_id
    ON CONFLICT (github_id) DO UPDATE
    SET complete = c.complete OR EXCLUDED.complete,
        next_page = CASE WHEN c.complete OR EXCLUDED.complete THEN NULL
                         ELSE GREATEST(c.next_page, EXCLUDED.next_page) END,
        first_day = LEAST(c.first_day, EXCLUDED.first_day),
        page1_etag = COALESCE(EXCLUDED.page1_etag, c.page1_etag),
        page1_as_of = GREATEST(c.page1_as_of, EXCLUDED.page1_as_of),
        fetched_at = GREATEST(c.fetched_at, EXCLUDED.fetched_at),
        checked_at = GREATEST(c.checked_at, EXCLUDED.checked_at)
    RETURNING 1
), checked AS (
    UPDATE warehouse.star_history_coverage c
    SET checked_at = now(), page1_as_of = GREATEST(c.page1_as_of, :snapshotDate!::date)
    WHERE c.github_id = ANY(:notModified!::bigint[]) AND NOT EXISTS (SELECT 1 FROM answered a WHERE a.github_id = c.github_id)
    RETURNING 1
)
SELECT (SELECT count(*) FROM advanced)::int AS "advanced!", (SELECT count(*) FROM checked)::int AS "checked!";
