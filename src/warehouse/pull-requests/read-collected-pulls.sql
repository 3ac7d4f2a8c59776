-- The latest receipt of each PR a run collected, for tracked repositories.
-- $1 the raw rows' run ids, $2 snapshot_date
SELECT DISTINCT ON (g.repo_full_name, g.pr_number)
       d.repo_full_name, d.github_id, d.description, g.api_response AS pull
FROM raw.github_pulls g
JOIN warehouse.dim_repositories d ON lower(d.repo_full_name) = lower(g.repo_full_name) AND d.is_current
WHERE g.run_id = ANY($1::text[]) AND g.snapshot_date = $2::date
ORDER BY g.repo_full_name, g.pr_number, g.id DESC;
