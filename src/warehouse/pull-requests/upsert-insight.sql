-- One insight per PR head commit; re-assessing the same commit replaces it.
-- $1 repo id, $2 number, $3 sha, $4 level, $5 summary, $6 recommendation, $7 factors
WITH replaced AS (
    DELETE FROM warehouse.insights
    WHERE repo_id = $1 AND pr_number = $2 AND commit_sha IS NOT DISTINCT FROM $3
)
INSERT INTO warehouse.insights (repo_id, pr_number, commit_sha, risk_level, summary, recommendation, factors, processed)
VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, false);
