/* @name UpsertInsightSql */
-- One insight per PR head commit (migrations/postgres/0013): re-assessing the
-- same commit keeps its id. Only a changed assessment (level or factors; the
-- deterministic text follows from them, an LLM's wording may differ) replaces
-- the text, hands it back to polling consumers and asks for new wording.
-- :repoId, :prNumber and :commitSha the PR head commit; :riskLevel, :summary,
-- :recommendation and :factors (JSON text) the assessment
INSERT INTO warehouse.insights AS i (repo_id, pr_number, commit_sha, risk_level, summary, recommendation, factors, processed)
VALUES (:repoId!, :prNumber!, :commitSha!, :riskLevel!, :summary!, :recommendation!, :factors!::jsonb, false)
ON CONFLICT (repo_id, pr_number, commit_sha) DO UPDATE SET
    risk_level = EXCLUDED.risk_level, summary = EXCLUDED.summary,
    recommendation = EXCLUDED.recommendation, factors = EXCLUDED.factors, processed = false,
    provider = 'deterministic', model = NULL, wording = 'pending', llm_error = NULL
WHERE (i.risk_level, i.factors) IS DISTINCT FROM (EXCLUDED.risk_level, EXCLUDED.factors);
