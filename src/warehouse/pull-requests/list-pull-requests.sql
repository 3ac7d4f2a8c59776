/* @name ListPullRequestsSql */
-- PRs with their four stages and latest insight, one page (:limit, :offset);
-- :unprocessed for the unprocessed ones only; :repository (owner/name, any
-- case) and :prNumber narrow it to one repository or one PR. updated_at is never NULL
-- ("updated_at!"): the column defaults to now() and every update sets it.
-- deployed_at: when the first successful production deployment that shipped
-- its merge commit finished (README "Delivery metrics"), NULL until then.
SELECT r.full_name AS repository, p.pr_number, p.title, p.author, p.branch_name, p.commit_sha, p.state,
       p.additions, p.deletions, p.processed,
       to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updated_at!",
       pr.status_pr, pr.status_build, pr.status_approval, pr.status_merge,
       i.risk_level, i.summary AS risk_summary,
       'https://github.com/' || r.full_name || '/pull/' || p.pr_number AS "url!",
       to_char(dep.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS deployed_at
FROM warehouse.pull_requests p
JOIN warehouse.repositories r ON r.id = p.repo_id
LEFT JOIN warehouse.pipeline_runs pr ON pr.repo_id = p.repo_id AND pr.pr_number = p.pr_number
LEFT JOIN LATERAL (
    SELECT risk_level, summary FROM warehouse.insights x
    WHERE x.repo_id = p.repo_id AND x.pr_number = p.pr_number ORDER BY x.created_at DESC LIMIT 1
) i ON true
LEFT JOIN LATERAL (
    SELECT d.finished_at FROM warehouse.deployment_commits c
    JOIN warehouse.deployments d
      ON d.repo_id = c.repo_id AND d.source = c.source AND d.deployment_id = c.deployment_id
    WHERE p.merge_commit_sha IS NOT NULL AND c.repo_id = p.repo_id AND c.commit_sha = p.merge_commit_sha
      AND d.is_production AND d.status = 'success'
    ORDER BY d.finished_at LIMIT 1
) dep ON true
WHERE (NOT :unprocessed!::boolean OR NOT p.processed)
  AND (:repository::text IS NULL OR lower(r.full_name) = lower(:repository::text))
  AND (:prNumber::int IS NULL OR p.pr_number = :prNumber::int)
ORDER BY p.updated_at DESC
LIMIT :limit! OFFSET :offset!;
