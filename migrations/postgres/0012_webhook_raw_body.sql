-- Every delivery answered 2xx is stored, including bodies PostgreSQL's jsonb
-- refuses (a \u0000 escape, nesting deeper than its stack): those keep
-- payload NULL and the body, as received, in raw_body.
ALTER TABLE raw.webhook_deliveries
    ALTER COLUMN payload DROP NOT NULL,
    ADD COLUMN raw_body TEXT,
    ADD CONSTRAINT webhook_deliveries_body_kept CHECK (payload IS NOT NULL OR raw_body IS NOT NULL);
