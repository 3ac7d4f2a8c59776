/* @name HasStaleClientEventsSql */
-- Whether a client event stored more than :seconds ago is still past the
-- position the copy to the events store reached (:afterSeq): the copy asked
-- for by its POST was lost (a server stopped, the store was down).
SELECT EXISTS (
    SELECT 1 FROM raw.client_events
    WHERE seq > :afterSeq! AND received_at < now() - make_interval(secs => :seconds!::int)
) AS "stale!";
