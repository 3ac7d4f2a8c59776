-- Which provider wrote an insight's text: the deterministic risk engine
-- always first; an optional LLM (LLM_BASE_URL) rewords it afterwards, off the
-- processing transaction. wording: 'pending' until the LLM answered ('done')
-- or failed ('failed': the deterministic text stands, the error is kept).
ALTER TABLE warehouse.insights
    ADD COLUMN provider TEXT NOT NULL DEFAULT 'deterministic',
    ADD COLUMN model TEXT,
    ADD COLUMN wording TEXT NOT NULL DEFAULT 'pending' CHECK (wording IN ('pending', 'done', 'failed')),
    ADD COLUMN llm_latency_ms INT,
    ADD COLUMN llm_prompt_tokens INT,
    ADD COLUMN llm_completion_tokens INT,
    ADD COLUMN llm_error TEXT;
CREATE INDEX idx_insights_wording_pending ON warehouse.insights (created_at) WHERE wording = 'pending';
