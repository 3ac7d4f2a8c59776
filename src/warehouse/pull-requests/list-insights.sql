-- $1 limit, $2 offset, $3 processed filter (NULL: all)
SELECT i.id, r.full_name AS repository, i.pr_number, i.commit_sha, i.risk_level, i.summary, i.recommendation,
       i.factors, i.processed, i.provider, i.model, i.llm_error, to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at
FROM warehouse.insights i
JOIN warehouse.repositories r ON r.id = i.repo_id
WHERE $3::boolean IS NULL OR i.processed = $3
ORDER BY i.created_at DESC
LIMIT $1 OFFSET $2;
