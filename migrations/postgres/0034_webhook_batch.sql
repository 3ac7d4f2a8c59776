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

-- A batch of stored deliveries as the set-based statements read it
-- (src/warehouse/pull-requests/apply-webhook-batch.ts): those of :events among
-- :delivery_ids, each with the parts of its payload the statements read and
-- its place `n`, ordered by the time the event itself carries (GitHub may
-- deliver a PR's `closed` before its `synchronize`), ties and events without
-- a time in the order they were stored. Each statement then keeps, per PR,
-- the state of its last event.
-- The payload is read once per delivery (jsonb_to_record): each -> on the
-- stored jsonb (compressed, out of line) would fetch and decompress the whole
-- of it again, and rebuilding a jsonb of its parts would copy them value by
-- value; the parts come out as they are, and the CTE is materialized so the
-- calling statement refers to them as often as it likes.
CREATE FUNCTION warehouse.webhook_batch(delivery_ids text[], events text[])
RETURNS TABLE (delivery_id text, event text, n bigint, action text, repository jsonb, pull_request jsonb,
               review jsonb, ci jsonb, sha text, state text, starred_at text)
LANGUAGE sql STABLE AS $$
    WITH b AS MATERIALIZED (
        SELECT w.id, w.delivery_id, w.event, x.action, x.repository, x.pull_request, x.review,
            CASE w.event WHEN 'check_suite' THEN x.check_suite WHEN 'check_run' THEN x.check_run
                         WHEN 'workflow_run' THEN x.workflow_run END AS ci,
            x.sha, x.state, x.updated_at, x.starred_at
        FROM raw.webhook_deliveries w,
            LATERAL jsonb_to_record(raw.webhook_payload(w.payload, w.raw_body)) AS x (
                action text, repository jsonb, pull_request jsonb, review jsonb, check_suite jsonb,
                check_run jsonb, workflow_run jsonb, sha text, state text, updated_at text, starred_at text)
        WHERE w.delivery_id = ANY (delivery_ids) AND w.event = ANY (events)
    )
    SELECT b.delivery_id, b.event,
        row_number() OVER (ORDER BY CASE b.event
            WHEN 'pull_request' THEN b.pull_request ->> 'updated_at'
            WHEN 'pull_request_review' THEN COALESCE(b.pull_request ->> 'updated_at', b.review ->> 'submitted_at')
            WHEN 'check_suite' THEN b.ci ->> 'updated_at'
            WHEN 'check_run' THEN COALESCE(b.ci ->> 'completed_at', b.ci ->> 'started_at')
            WHEN 'workflow_run' THEN b.ci ->> 'updated_at'
            WHEN 'status' THEN b.updated_at
        END::timestamptz NULLS FIRST, b.id),
        b.action, b.repository, b.pull_request, b.review, b.ci, b.sha, b.state, b.starred_at
    FROM b
$$;
