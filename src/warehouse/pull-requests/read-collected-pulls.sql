/* @name ReadCollectedPullsSql */
-- The latest receipt of each PR a run collected (the repository's fields ride
-- along in each, so PRs of repositories the warehouse does not track are
-- modelled too). :rawRunIds the raw rows' run ids, :snapshotDate the run's date
SELECT DISTINCT ON (g.repo_full_name, g.pr_number) g.api_response AS pull
FROM raw.github_pulls g
WHERE g.run_id = ANY(:rawRunIds!::text[]) AND g.snapshot_date = :snapshotDate!::date
ORDER BY g.repo_full_name, g.pr_number, g.id DESC;
