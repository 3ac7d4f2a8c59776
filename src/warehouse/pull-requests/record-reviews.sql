-- The reviews of one PR (migrations/postgres/0014), one row per review id; a
-- review seen again updates its state (a dismissal) and nothing else.
-- $1 repo id, $2 PR number, $3 review ids, $4 reviewers, $5 states, $6 submitted at
INSERT INTO warehouse.pull_request_reviews AS r (repo_id, pr_number, review_id, reviewer, state, submitted_at)
SELECT $1, $2, u.review_id, u.reviewer, u.state, u.submitted_at
FROM unnest($3::bigint[], $4::text[], $5::text[], $6::timestamptz[]) AS u (review_id, reviewer, state, submitted_at)
ON CONFLICT (repo_id, pr_number, review_id) DO UPDATE SET state = EXCLUDED.state
WHERE r.state IS DISTINCT FROM EXCLUDED.state;
