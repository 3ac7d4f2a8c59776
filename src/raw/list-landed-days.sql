/* @name ListLandedDaysSql */
-- Days raw holds GitHub answers for, with the runs that landed them, oldest
-- first: what reprocess rebuilds (repositories, their details, pull requests
-- and star history: a `--only pulls` run lands only those). :since first day, or NULL for every day.
SELECT snapshot_date AS "snapshot_date!", array_agg(DISTINCT run_id) AS "run_ids!"
FROM (SELECT snapshot_date, run_id FROM raw.github_repos
      UNION SELECT snapshot_date, run_id FROM raw.github_repo_details
      UNION SELECT snapshot_date, run_id FROM raw.github_pulls
      UNION SELECT snapshot_date, run_id FROM raw.github_star_history) r
WHERE run_id IS NOT NULL AND (:since::date IS NULL OR snapshot_date >= :since::date)
GROUP BY snapshot_date
ORDER BY snapshot_date;
