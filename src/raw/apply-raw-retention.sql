/* @name ApplyRawRetentionSql */
-- Raw's share of retention (README "Retention"): answers older than :rawDays
-- before :referenceDate, the run's date, so replaying or backfilling old days
-- keeps them. Every landing table (raw.landing_tables(), migration 0026) is
-- named here; test/raw/retention-coverage.test.ts fails when one is not.
WITH raw_repos AS (
    DELETE FROM raw.github_repos WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
), raw_details AS (
    DELETE FROM raw.github_repo_details WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
), raw_pulls AS (
    DELETE FROM raw.github_pulls WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
), raw_star_history AS (
    -- an answer goes once it is old and none of its weeks is still the latest one staged: the
    -- answers a history stands on stay, so reprocess rebuilds it from the first day without GitHub
    DELETE FROM raw.github_star_history r WHERE r.snapshot_date < :referenceDate!::date - :rawDays!::int
      AND NOT EXISTS (SELECT 1 FROM staging.star_history_weeks s WHERE s.raw_id = r.id) RETURNING 1
), raw_delivery AS (
    DELETE FROM raw.github_delivery WHERE snapshot_date < :referenceDate!::date - :rawDays!::int RETURNING 1
), raw_webhooks AS (
    -- deliveries are bookkeeping in real time: counted back from now()
    DELETE FROM raw.webhook_deliveries
    WHERE received_at < now() - make_interval(days => :rawDays!::int) AND status IN ('processed', 'ignored') RETURNING 1
), raw_client_events AS (
    -- likewise, once copied to the events store (its position, run-client-events-export.ts)
    DELETE FROM raw.client_events
    WHERE received_at < now() - make_interval(days => :rawDays!::int)
      AND seq <= (SELECT COALESCE(max((s.cursor ->> 'lastSeq')::bigint), 0) FROM ops.ingestion_state s
                  WHERE s.source = 'events:client') RETURNING 1
)
SELECT (SELECT count(*) FROM raw_repos) + (SELECT count(*) FROM raw_details) + (SELECT count(*) FROM raw_pulls)
    + (SELECT count(*) FROM raw_star_history) + (SELECT count(*) FROM raw_delivery)
    + (SELECT count(*) FROM raw_webhooks) + (SELECT count(*) FROM raw_client_events) AS "deleted!";
