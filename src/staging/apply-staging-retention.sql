/* @name ApplyStagingRetentionSql */
-- Staging's share of retention (README "Retention"): rows older than
-- :stagingDays before :referenceDate. staging.star_history_weeks is kept: it
-- holds only the latest answer per repository and week (about 52 rows a
-- repository-year), and names the raw answers to keep.
WITH stg_repos AS (
    DELETE FROM staging.repos_validated WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
), stg_languages AS (
    DELETE FROM staging.repo_languages WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
), stg_render AS (
    DELETE FROM staging.render_services WHERE snapshot_date < :referenceDate!::date - :stagingDays!::int RETURNING 1
), stg_rejects AS (
    DELETE FROM staging.rejects WHERE COALESCE(snapshot_date, rejected_at::date) < :referenceDate!::date - :stagingDays!::int RETURNING 1
)
SELECT (SELECT count(*) FROM stg_repos) + (SELECT count(*) FROM stg_languages) + (SELECT count(*) FROM stg_render)
    + (SELECT count(*) FROM stg_rejects) AS "deleted!";
