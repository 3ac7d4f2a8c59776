/* @name HasLandedDaySql */
-- Whether raw already holds repository, detail or star history answers for the day (a re-run): :snapshotDate
SELECT EXISTS (SELECT 1 FROM raw.github_repos WHERE snapshot_date = :snapshotDate!::date)
    OR EXISTS (SELECT 1 FROM raw.github_repo_details WHERE snapshot_date = :snapshotDate!::date)
    OR EXISTS (SELECT 1 FROM raw.github_star_history WHERE snapshot_date = :snapshotDate!::date) AS "landed!";
