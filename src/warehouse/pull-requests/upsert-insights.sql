/* @name UpsertInsightsSql */
-- The batch twin of upsert-insight.sql: one insight per PR head commit, each
-- commit once. Arrays, one element per head commit: :repoIds, :prNumbers,
-- :commitShas, :riskLevels, :summaries, :recommendations, :factors (JSON text)
INSERT INTO warehouse.insights AS i (repo_id, pr_number, commit_sha, risk_level, summary, recommendation, factors, processed)
SELECT u.repo_id, u.pr_number, u.commit_sha, u.risk_level, u.summary, u.recommendation, u.factors, false
FROM unnest(:repoIds!::uuid[], :prNumbers!::int[], :commitShas!::text[], :riskLevels!::text[], :summaries!::text[],
            :recommendations!::text[], :factors!::jsonb[])
    AS u (repo_id, pr_number, commit_sha, risk_level, summary, recommendation, factors)
ORDER BY u.repo_id, u.pr_number, u.commit_sha
ON CONFLICT (repo_id, pr_number, commit_sha) DO UPDATE SET
    risk_level = EXCLUDED.risk_level, summary = EXCLUDED.summary,
    recommendation = EXCLUDED.recommendation, factors = EXCLUDED.factors, processed = false,
    provider = 'deterministic', model = NULL, wording = 'pending', llm_error = NULL
WHERE (i.risk_level, i.factors) IS DISTINCT FROM (EXCLUDED.risk_level, EXCLUDED.factors);
