-- Whether raw already holds repository, detail or star history answers for the day (a re-run). $1 snapshot_date
SELECT EXISTS (SELECT 1 FROM raw.github_repos WHERE snapshot_date = $1::date)
    OR EXISTS (SELECT 1 FROM raw.github_repo_details WHERE snapshot_date = $1::date)
    OR EXISTS (SELECT 1 FROM raw.github_star_history WHERE snapshot_date = $1::date) AS landed;
