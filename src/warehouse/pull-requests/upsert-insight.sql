-- One insight per PR head commit (migrations/postgres/0013): re-assessing the
-- same commit keeps its id, and hands it back to polling consumers
-- (processed = false) only when the assessment changed.
-- $1 repo id, $2 number, $3 sha, $4 level, $5 summary, $6 recommendation, $7 factors
INSERT INTO warehouse.insights AS i (repo_id, pr_number, commit_sha, risk_level, summary, recommendation, factors, processed)
VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, false)
ON CONFLICT (repo_id, pr_number, commit_sha) DO UPDATE SET
    risk_level = EXCLUDED.risk_level, summary = EXCLUDED.summary,
    recommendation = EXCLUDED.recommendation, factors = EXCLUDED.factors, processed = false
WHERE (i.risk_level, i.summary, i.recommendation, i.factors)
    IS DISTINCT FROM (EXCLUDED.risk_level, EXCLUDED.summary, EXCLUDED.recommendation, EXCLUDED.factors);
