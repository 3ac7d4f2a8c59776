-- CI results (check_suite, check_run, workflow_run, status) for the PRs they
-- name, or else for the PRs whose head commit they ran on; a status already
-- stored changes nothing (processed stays as consumers left it).
-- $1 repo id, $2 PR numbers (may be empty), $3 head sha, $4 status
UPDATE warehouse.pipeline_runs
SET status_build = $4, processed = false, updated_at = now()
WHERE repo_id = $1
  AND (pr_number = ANY($2::int[]) OR (cardinality($2::int[]) = 0 AND commit_sha = $3))
  AND status_build IS DISTINCT FROM $4;
