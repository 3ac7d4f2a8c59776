/* @name ReadRepoIdentitySql */
-- A tracked repository's GitHub id and its first snapshot date. :fullName (owner/name)
SELECT d.github_id, d.repo_full_name,
       (SELECT min(f.snapshot_date)::text FROM warehouse.fact_repo_snapshots f WHERE f.github_id = d.github_id) AS tracked_since
FROM warehouse.dim_repositories d
WHERE lower(d.repo_full_name) = lower(:fullName!) AND d.is_current;
