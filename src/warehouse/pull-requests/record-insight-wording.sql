/* @name RecordInsightWordingSql */
-- An LLM's answer for an insight: its text, or on failure the error (the
-- deterministic text stands). New text hands the insight back to polling consumers.
-- :id the insight, :summary and :recommendation the new text (NULL on failure),
-- :provider, :model, :wording 'done' or 'failed', :latencyMs, :promptTokens,
-- :completionTokens, :error (NULL unless failed)
UPDATE warehouse.insights
SET summary = COALESCE(:summary, summary), recommendation = COALESCE(:recommendation, recommendation),
    provider = :provider!, model = :model, wording = :wording!, llm_latency_ms = :latencyMs,
    llm_prompt_tokens = :promptTokens, llm_completion_tokens = :completionTokens, llm_error = :error,
    processed = CASE WHEN :summary IS NULL THEN processed ELSE false END
WHERE id = :id! AND wording = 'pending';
