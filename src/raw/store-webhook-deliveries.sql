-- The batch twin of store-webhook-delivery.sql: deliveries that arrived
-- together, stored in arrival order (their ids are the processing order), each
-- id once. Returns the ids this statement stored with their status, then the
-- rows stored before it (redeliveries) with theirs: a statement does not see
-- its own inserts, so the two parts never overlap.
-- $1 delivery ids, $2 events, $3 actions, $4 headers, $5 payloads, $6 statuses (arrays, one element per delivery)
WITH incoming AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::jsonb[], $6::text[])
        WITH ORDINALITY AS d (delivery_id, event, action, headers, payload, status, n)
), inserted AS (
    INSERT INTO raw.webhook_deliveries (delivery_id, event, action, headers, payload, status)
    SELECT delivery_id, event, action, headers, payload, status
    FROM (SELECT DISTINCT ON (delivery_id) * FROM incoming ORDER BY delivery_id, n) first_of_each
    ORDER BY n
    ON CONFLICT (delivery_id) DO NOTHING
    RETURNING delivery_id, status
)
SELECT delivery_id, true AS inserted, status FROM inserted
UNION ALL
SELECT delivery_id, false AS inserted, status FROM raw.webhook_deliveries WHERE delivery_id = ANY ($1::text[]);
