/* @name ListInsightsSql */
-- Insights, newest first, one page (:limit, :offset); :processed true or false
-- for the processed or unprocessed ones, NULL for all. created_at is never
-- NULL ("created_at!"): the column defaults to now() and nothing writes NULL.
-- Bots' PRs (analytics.is_bot_author, the one rule of the PR metrics) only with
-- :includeBots; an insight whose PR is not stored counts as a person's.
-- :repository (owner/name, any case) and :prNumber narrow it to one PR's.
SELECT i.id, r.full_name AS repository, i.pr_number, i.commit_sha, i.risk_level, i.summary, i.recommendation,
       i.factors, i.processed, i.provider, i.model, i.llm_error,
       to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "created_at!",
       COALESCE(analytics.is_bot_author(p.author, p.author_type), false) AS "is_bot!"
FROM warehouse.insights i
JOIN warehouse.repositories r ON r.id = i.repo_id
LEFT JOIN warehouse.pull_requests p ON p.repo_id = i.repo_id AND p.pr_number = i.pr_number
WHERE (:processed::boolean IS NULL OR i.processed = :processed)
  AND (:repository::text IS NULL OR lower(r.full_name) = lower(:repository::text))
  AND (:prNumber::int IS NULL OR i.pr_number = :prNumber::int)
  AND (:includeBots!::boolean OR NOT COALESCE(analytics.is_bot_author(p.author, p.author_type), false))
ORDER BY i.created_at DESC
LIMIT :limit! OFFSET :offset!;
