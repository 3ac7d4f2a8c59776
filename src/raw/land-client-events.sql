/* @name LandClientEventsSql */
-- A batch of client events as POST /api/events accepted them, one row per
-- user and client id: returns the ids this statement stored; the others were
-- stored before (a retried batch) or twice in the batch.
-- Arrays, one element per event: :eventIds, :types, :repositories,
-- :prNumbers (NULL where none), :occurredAt, :payloads (JSON text);
-- :userId, :userLogin, :clientName, :clientVersion for the whole batch.
INSERT INTO raw.client_events (event_id, user_id, user_login, type, repository, pr_number, occurred_at,
                               client_name, client_version, payload)
SELECT e.event_id, :userId!, :userLogin!, e.type, e.repository, e.pr_number, e.occurred_at,
       :clientName!, :clientVersion!, e.payload
FROM unnest(:eventIds!::text[], :types!::text[], :repositories!::text[], :prNumbers!::int[],
            :occurredAt!::timestamptz[], :payloads!::jsonb[])
    WITH ORDINALITY AS e (event_id, type, repository, pr_number, occurred_at, payload, n)
ORDER BY e.n
ON CONFLICT (user_id, event_id) DO NOTHING
RETURNING event_id AS "event_id!";
