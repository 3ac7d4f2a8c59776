/* @name RecordWebhookReviewsSql */
-- The batch twin of record-reviews.sql for pull_request_review events: each
-- submitted review once by its id, in the state of its last event (a
-- dismissal). Runs after upsert-webhook-pull-requests.sql. :deliveryIds the batch
WITH reviews AS (
    SELECT b.n, r.id AS repo_id, (b.pull_request ->> 'number')::int AS pr_number,
        (b.review ->> 'id')::bigint AS review_id, b.review #>> '{user,login}' AS reviewer,
        CASE WHEN b.action = 'dismissed' THEN 'dismissed' ELSE lower(b.review ->> 'state') END AS state,
        (b.review ->> 'submitted_at')::timestamptz AS submitted_at
    FROM warehouse.webhook_batch(:deliveryIds!::text[], ARRAY['pull_request_review']) b
    JOIN warehouse.repositories r ON r.github_id = (b.repository ->> 'id')::bigint
    WHERE jsonb_typeof(b.repository) = 'object'
)
INSERT INTO warehouse.pull_request_reviews AS r (repo_id, pr_number, review_id, reviewer, state, submitted_at)
SELECT DISTINCT ON (repo_id, pr_number, review_id) repo_id, pr_number, review_id, reviewer, state, submitted_at
FROM reviews
WHERE submitted_at IS NOT NULL AND state IN ('approved', 'changes_requested', 'commented', 'dismissed')
ORDER BY repo_id, pr_number, review_id, n DESC
ON CONFLICT (repo_id, pr_number, review_id) DO UPDATE SET state = EXCLUDED.state
WHERE r.state IS DISTINCT FROM EXCLUDED.state;
