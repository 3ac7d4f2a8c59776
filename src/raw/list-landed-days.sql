/* @name ListLandedDaysSql */
-- Days raw holds GitHub answers for, with the runs that landed them, oldest
-- first: what reprocess rebuilds, from every landing table (migration 0026;
-- a `--only pulls` run lands only pull requests). :since first day, or NULL for every day.
SELECT snapshot_date AS "snapshot_date!", run_ids AS "run_ids!"
FROM raw.landed_days(:since::date);
