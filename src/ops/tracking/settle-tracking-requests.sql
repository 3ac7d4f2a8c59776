/* @name SettleTrackingRequestsSql */
-- After a run's warehouse step, in its transaction: requests whose repository
-- the warehouse now tracks are 'tracked'; those GitHub answered 404 are
-- 'not_found'. :notFound the names GitHub did not find
WITH found AS (
    UPDATE ops.tracking_requests t SET status = 'tracked', updated_at = now()
    WHERE t.status = 'pending' AND EXISTS (
        SELECT 1 FROM warehouse.dim_repositories d
        WHERE d.is_current AND lower(d.repo_full_name) = lower(t.full_name))
    RETURNING 1
), missing AS (
    UPDATE ops.tracking_requests t SET status = 'not_found', updated_at = now()
    WHERE t.status = 'pending' AND lower(t.full_name) = ANY (SELECT lower(n) FROM unnest(:notFound!::text[]) AS n)
    RETURNING 1
)
SELECT (SELECT count(*) FROM found)::int AS "tracked!", (SELECT count(*) FROM missing)::int AS "not_found!";
