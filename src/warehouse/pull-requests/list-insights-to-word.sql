/* @name ListInsightsToWordSql */
-- At most :limit insights waiting for an LLM's wording, oldest first, with what the
-- prompt needs: the PR, its files and line counts, the deterministic assessment.
-- The PR (LEFT JOIN) may be missing: title? says so (pgtyped #551).
SELECT i.id, r.full_name AS repository, i.pr_number, p.title AS "title?", i.risk_level, i.summary, i.recommendation,
       i.factors, p.files_changed AS files, p.additions, p.deletions
FROM warehouse.insights i
JOIN warehouse.repositories r ON r.id = i.repo_id
LEFT JOIN warehouse.pull_requests p ON p.repo_id = i.repo_id AND p.pr_number = i.pr_number
WHERE i.wording = 'pending'
ORDER BY i.created_at
LIMIT :limit!;
