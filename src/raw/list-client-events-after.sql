/* @name ListClientEventsAfterSql */
-- Client events after a position, in the order they were stored: the copy to
-- the events store's next batch. :afterSeq the last one copied, :limit the batch size
SELECT seq, event_id, user_id, user_login, type, repository, pr_number, occurred_at, received_at,
       client_name, client_version, payload
FROM raw.client_events
WHERE seq > :afterSeq!
ORDER BY seq
LIMIT :limit!;
