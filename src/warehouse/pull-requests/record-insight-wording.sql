-- An LLM's answer for an insight: its text, or on failure the error (the
-- deterministic text stands). New text hands the insight back to polling consumers.
-- $1 id, $2 summary or NULL, $3 recommendation or NULL, $4 provider, $5 model,
-- $6 'done' or 'failed', $7 latency ms, $8 prompt tokens, $9 completion tokens, $10 error
UPDATE warehouse.insights
SET summary = COALESCE($2, summary), recommendation = COALESCE($3, recommendation),
    provider = $4, model = $5, wording = $6, llm_latency_ms = $7,
    llm_prompt_tokens = $8, llm_completion_tokens = $9, llm_error = $10,
    processed = CASE WHEN $2 IS NULL THEN processed ELSE false END
WHERE id = $1 AND wording = 'pending';
