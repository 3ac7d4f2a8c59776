/* @name UpsertWebhookPullRequestsSql */
-- The batch twin of upsert-pull-request.sql for webhooks: each PR that a
-- batch's pull_request and pull_request_review events carry, in the state of
-- its last event (warehouse.webhook_batch's order); line counts, the opening
-- time, the merge commit and the author's type that event lacks come from the
-- latest event that had them, else stay as stored, as one upsert per delivery
-- would leave them. Webhooks carry no files: those stored stay. Handed back to
-- polling consumers (processed = false) only when the PR ends the batch changed.
-- Runs after upsert-repositories.sql. :deliveryIds the batch
WITH events AS (
    SELECT b.n, (b.repository ->> 'id')::bigint AS github_id, (pr ->> 'number')::int AS pr_number,
        pr ->> 'title' AS title, pr #>> '{user,login}' AS author, pr #>> '{user,avatar_url}' AS author_avatar,
        pr #>> '{head,sha}' AS head_sha, pr #>> '{head,ref}' AS branch,
        CASE WHEN pr ->> 'merged_at' IS NOT NULL THEN 'merged' ELSE pr ->> 'state' END AS state,
        (pr ->> 'additions')::int AS additions, (pr ->> 'deletions')::int AS deletions,
        (pr ->> 'created_at')::timestamptz AS opened_at, (pr ->> 'merged_at')::timestamptz AS merged_at,
        (pr ->> 'closed_at')::timestamptz AS closed_at,
        -- before the merge, GitHub's test merge commit: not a commit on the base branch
        CASE WHEN pr ->> 'merged_at' IS NOT NULL THEN pr ->> 'merge_commit_sha' END AS merge_commit_sha,
        pr #>> '{user,type}' AS author_type
    FROM warehouse.webhook_batch(:deliveryIds!::text[], ARRAY['pull_request', 'pull_request_review']) b,
        LATERAL (SELECT b.pull_request AS pr) x -- one name for the PR object
    WHERE jsonb_typeof(b.repository) = 'object'
), last_event AS (
    SELECT DISTINCT ON (github_id, pr_number) * FROM events ORDER BY github_id, pr_number, n DESC
), last_known AS (
    SELECT github_id, pr_number,
        (array_agg(additions ORDER BY n DESC) FILTER (WHERE additions IS NOT NULL))[1] AS additions,
        (array_agg(deletions ORDER BY n DESC) FILTER (WHERE deletions IS NOT NULL))[1] AS deletions,
        (array_agg(opened_at ORDER BY n DESC) FILTER (WHERE opened_at IS NOT NULL))[1] AS opened_at,
        (array_agg(merge_commit_sha ORDER BY n DESC) FILTER (WHERE merge_commit_sha IS NOT NULL))[1] AS merge_commit_sha,
        (array_agg(author_type ORDER BY n DESC) FILTER (WHERE author_type IS NOT NULL))[1] AS author_type
    FROM events GROUP BY github_id, pr_number
)
INSERT INTO warehouse.pull_requests AS p (
    repo_id, pr_number, title, author, author_avatar, commit_sha, branch_name, state,
    additions, deletions, files_changed, opened_at, merged_at, closed_at,
    merge_commit_sha, first_commit_at, author_type, processed)
SELECT r.id, e.pr_number, e.title, e.author, e.author_avatar, e.head_sha, e.branch, e.state,
    k.additions, k.deletions, NULL, k.opened_at, e.merged_at, e.closed_at,
    k.merge_commit_sha, NULL, k.author_type, false
FROM last_event e
JOIN last_known k USING (github_id, pr_number)
-- a repository without an id is not recorded: its PR fails on the missing repo_id
LEFT JOIN warehouse.repositories r ON r.github_id = e.github_id
ORDER BY r.id, e.pr_number
ON CONFLICT (repo_id, pr_number) DO UPDATE SET
    title = EXCLUDED.title, author = EXCLUDED.author, author_avatar = EXCLUDED.author_avatar,
    commit_sha = EXCLUDED.commit_sha, branch_name = EXCLUDED.branch_name, state = EXCLUDED.state,
    files_changed = COALESCE(EXCLUDED.files_changed, p.files_changed),
    additions = COALESCE(EXCLUDED.additions, p.additions), deletions = COALESCE(EXCLUDED.deletions, p.deletions),
    opened_at = COALESCE(EXCLUDED.opened_at, p.opened_at),
    merged_at = EXCLUDED.merged_at, closed_at = EXCLUDED.closed_at,
    merge_commit_sha = COALESCE(EXCLUDED.merge_commit_sha, p.merge_commit_sha),
    first_commit_at = COALESCE(EXCLUDED.first_commit_at, p.first_commit_at),
    author_type = COALESCE(EXCLUDED.author_type, p.author_type),
    -- the delivery columns (migration 0028) do not hand a PR back: the polling API shows none of them
    processed = COALESCE(p.processed, false) AND (p.title, p.author, p.author_avatar, p.commit_sha, p.branch_name, p.state, p.files_changed,
       p.additions, p.deletions, p.opened_at, p.merged_at, p.closed_at)
    IS NOT DISTINCT FROM (EXCLUDED.title, EXCLUDED.author, EXCLUDED.author_avatar, EXCLUDED.commit_sha,
       EXCLUDED.branch_name, EXCLUDED.state, COALESCE(EXCLUDED.files_changed, p.files_changed),
       COALESCE(EXCLUDED.additions, p.additions), COALESCE(EXCLUDED.deletions, p.deletions),
       COALESCE(EXCLUDED.opened_at, p.opened_at), EXCLUDED.merged_at, EXCLUDED.closed_at),
    updated_at = now()
WHERE (p.title, p.author, p.author_avatar, p.commit_sha, p.branch_name, p.state, p.files_changed,
       p.additions, p.deletions, p.opened_at, p.merged_at, p.closed_at,
       p.merge_commit_sha, p.first_commit_at, p.author_type)
    IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.author, EXCLUDED.author_avatar, EXCLUDED.commit_sha,
       EXCLUDED.branch_name, EXCLUDED.state, COALESCE(EXCLUDED.files_changed, p.files_changed),
       COALESCE(EXCLUDED.additions, p.additions), COALESCE(EXCLUDED.deletions, p.deletions),
       COALESCE(EXCLUDED.opened_at, p.opened_at), EXCLUDED.merged_at, EXCLUDED.closed_at,
       COALESCE(EXCLUDED.merge_commit_sha, p.merge_commit_sha),
       COALESCE(EXCLUDED.first_commit_at, p.first_commit_at),
       COALESCE(EXCLUDED.author_type, p.author_type));
