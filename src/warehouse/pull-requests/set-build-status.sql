/* @name SetBuildStatusSql */
-- CI results (check_suite, check_run, workflow_run, status) for the PRs they
-- name, or else for the PRs whose head commit they ran on; a status already
-- stored changes nothing (processed stays as consumers left it).
-- :repoId the repository, :prNumbers the PRs named (may be empty), :headSha the
-- commit, :status the build status
UPDATE warehouse.pipeline_runs
SET status_build = :status!, processed = false, updated_at = now()
WHERE repo_id = :repoId!
  AND (pr_number = ANY(:prNumbers!::int[]) OR (cardinality(:prNumbers!::int[]) = 0 AND commit_sha = :headSha!))
  AND status_build IS DISTINCT FROM :status!;
