/* @name RecordReviewsSql */
-- The reviews of one PR (migrations/postgres/0014), one row per review id; a
-- review seen again updates its state (a dismissal) and nothing else.
-- :repoId and :prNumber the PR; one array element per review in :reviewIds,
-- :reviewers (elements may be NULL), :states, :submittedAt
INSERT INTO warehouse.pull_request_reviews AS r (repo_id, pr_number, review_id, reviewer, state, submitted_at)
SELECT :repoId!, :prNumber!, u.review_id, u.reviewer, u.state, u.submitted_at
FROM unnest(:reviewIds!::bigint[], :reviewers!::text[], :states!::text[], :submittedAt!::timestamptz[]) AS u (review_id, reviewer, state, submitted_at)
ON CONFLICT (repo_id, pr_number, review_id) DO UPDATE SET state = EXCLUDED.state
WHERE r.state IS DISTINCT FROM EXCLUDED.state;
