/* @name ListInsightsSql */
-- Insights, newest first, one page (:limit, :offset); :processed true or false
-- for the processed or unprocessed ones, NULL for all. created_at is never
-- NULL ("created_at!"): the column defaults to now() and nothing writes NULL.
SELECT i.id, r.full_name AS repository, i.pr_number, i.commit_sha, i.risk_level, i.summary, i.recommendation,
       i.factors, i.processed, i.provider, i.model, i.llm_error, to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "created_at!"
FROM warehouse.insights i
JOIN warehouse.repositories r ON r.id = i.repo_id
WHERE :processed::boolean IS NULL OR i.processed = :processed
ORDER BY i.created_at DESC
LIMIT :limit! OFFSET :offset!;
