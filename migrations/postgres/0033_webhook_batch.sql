-- A stored delivery's payload as jsonb for the set-based processing of a batch
-- (src/warehouse/pull-requests/apply-webhook-batch.ts): the jsonb column, or for
-- a body kept as text (jsonb refused a \u0000 escape, src/raw/webhook-deliveries.ts)
-- the text with each such escape turned into U+FFFD, so the rest of the event can
-- still be modelled. An escaped backslash before "u0000" is left alone. A body
-- jsonb still refuses (nesting too deep) raises, and fails its own delivery.
CREATE FUNCTION raw.webhook_payload(payload jsonb, raw_body text) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(payload,
        regexp_replace(raw_body, '(?<!\\)((?:\\\\)*)\\u0000', '\1\\ufffd', 'g')::jsonb)
$$;

-- A batch of stored deliveries as the PR flow's set-based statements read it
-- (src/warehouse/pull-requests/apply-webhook-batch.ts): those of :events among
-- :delivery_ids, each with its payload and its place `n`, ordered by the time
-- the event itself carries (GitHub may deliver a PR's `closed` before its
-- `synchronize`), ties and events without a time in the order they were stored.
-- Each statement then keeps, per PR, the state of its last event.
CREATE FUNCTION warehouse.webhook_batch(delivery_ids text[], events text[])
RETURNS TABLE (delivery_id text, event text, n bigint, p jsonb)
LANGUAGE sql STABLE AS $$
    SELECT b.delivery_id, b.event,
        row_number() OVER (ORDER BY CASE b.event
            WHEN 'pull_request' THEN b.p #>> '{pull_request,updated_at}'
            WHEN 'pull_request_review' THEN COALESCE(b.p #>> '{pull_request,updated_at}', b.p #>> '{review,submitted_at}')
            WHEN 'check_suite' THEN b.p #>> '{check_suite,updated_at}'
            WHEN 'check_run' THEN COALESCE(b.p #>> '{check_run,completed_at}', b.p #>> '{check_run,started_at}')
            WHEN 'workflow_run' THEN b.p #>> '{workflow_run,updated_at}'
            WHEN 'status' THEN b.p ->> 'updated_at'
        END::timestamptz NULLS FIRST, b.id),
        b.p
    FROM (
        SELECT w.id, w.delivery_id, w.event, raw.webhook_payload(w.payload, w.raw_body) AS p
        FROM raw.webhook_deliveries w
        WHERE w.delivery_id = ANY (delivery_ids) AND w.event = ANY (events)
    ) b
$$;
