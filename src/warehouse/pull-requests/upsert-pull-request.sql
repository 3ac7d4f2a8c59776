/* @name UpsertPullRequestSql */
-- A pull request from a webhook or the pulls source. What a source does not
-- know (files and line counts in some webhooks) keeps what is stored; only a
-- real change sets processed = false for the polling API. Returns the PR's files.
-- :repoId and :prNumber the PR; :title, :author, :authorAvatar, :headSha, :branch, :state,
-- :additions, :deletions, :files (JSON text), :openedAt, :mergedAt, :closedAt (those
-- without ! may be NULL); for the delivery metrics (migration 0028) :mergeCommitSha,
-- :firstCommitAt and :authorType, NULL where the source does not know them (webhooks
-- carry no first commit time), which keeps what is stored.
-- The delivery columns are filled without handing the PR back to polling consumers
-- (processed stays as it was when only they change): the polling API shows none of them,
-- and the first run after upgrading would otherwise re-hand every PR.
WITH upserted AS (
    INSERT INTO warehouse.pull_requests AS p (
        repo_id, pr_number, title, author, author_avatar, commit_sha, branch_name, state,
        additions, deletions, files_changed, opened_at, merged_at, closed_at,
        merge_commit_sha, first_commit_at, author_type, processed)
    VALUES (:repoId!, :prNumber!, :title!, :author, :authorAvatar, :headSha!, :branch!, :state!, :additions, :deletions, :files::jsonb, :openedAt, :mergedAt, :closedAt,
            :mergeCommitSha, :firstCommitAt::timestamptz, :authorType, false)
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
           COALESCE(EXCLUDED.author_type, p.author_type))
    RETURNING files_changed
)
SELECT files_changed FROM upserted
UNION ALL
SELECT files_changed FROM warehouse.pull_requests
WHERE repo_id = :repoId! AND pr_number = :prNumber! AND NOT EXISTS (SELECT 1 FROM upserted);
