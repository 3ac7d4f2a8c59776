/* @name SettleTrackingRequestsSql */
-- After a run's warehouse step, in its transaction: requests whose repository
-- the warehouse now tracks are 'tracked'; those GitHub answered 404 are
-- 'not_found'. A request under a repository's old name is settled by the
-- name GitHub answered it under (it redirects a renamed repository's old name).
-- :notFound the names GitHub did not find, :movedFrom the names it answered
-- under another, :movedTo those others
WITH moved AS (
    SELECT lower(m.asked) AS asked, lower(m.full_name) AS full_name
    FROM unnest(:movedFrom!::text[], :movedTo!::text[]) AS m(asked, full_name)
), found AS (
    UPDATE ops.tracking_requests t SET status = 'tracked', updated_at = now()
    WHERE t.status = 'pending' AND EXISTS (
        SELECT 1 FROM warehouse.dim_repositories d
        WHERE d.is_current
          AND (lower(d.repo_full_name) = lower(t.full_name)
            OR lower(d.repo_full_name) IN (SELECT m.full_name FROM moved m WHERE m.asked = lower(t.full_name))))
    RETURNING 1
), missing AS (
    UPDATE ops.tracking_requests t SET status = 'not_found', updated_at = now()
    WHERE t.status = 'pending' AND lower(t.full_name) = ANY (SELECT lower(n) FROM unnest(:notFound!::text[]) AS n)
    RETURNING 1
)
SELECT (SELECT count(*) FROM found)::int AS "tracked!", (SELECT count(*) FROM missing)::int AS "not_found!";
