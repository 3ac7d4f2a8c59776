-- A pull request from a webhook or the pulls source; the file list comes from
-- the latest REST collection of that PR when gitpulse has one (webhooks carry
-- only counts). Only a real change sets processed = false for the polling API.
-- Returns the PR's files either way.
-- $1 repo id, $2 number, $3 title, $4 author, $5 avatar, $6 head sha, $7 branch, $8 state, $9 additions, $10 deletions, $11 repository full name
WITH upserted AS (
    INSERT INTO warehouse.pull_requests AS p (
        repo_id, pr_number, title, author, author_avatar, commit_sha, branch_name, state, files_changed, additions, deletions, processed)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
        (SELECT g.api_response->'files' FROM raw.github_pulls g
         WHERE lower(g.repo_full_name) = lower($11) AND g.pr_number = $2 ORDER BY g.id DESC LIMIT 1),
        $9, $10, false)
    ON CONFLICT (repo_id, pr_number) DO UPDATE SET
        title = EXCLUDED.title, author = EXCLUDED.author, author_avatar = EXCLUDED.author_avatar,
        commit_sha = EXCLUDED.commit_sha, branch_name = EXCLUDED.branch_name, state = EXCLUDED.state,
        files_changed = COALESCE(EXCLUDED.files_changed, p.files_changed),
        additions = COALESCE(EXCLUDED.additions, p.additions), deletions = COALESCE(EXCLUDED.deletions, p.deletions),
        processed = false, updated_at = now()
    WHERE (p.title, p.author, p.author_avatar, p.commit_sha, p.branch_name, p.state, p.files_changed, p.additions, p.deletions)
        IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.author, EXCLUDED.author_avatar, EXCLUDED.commit_sha, EXCLUDED.branch_name,
            EXCLUDED.state, COALESCE(EXCLUDED.files_changed, p.files_changed),
            COALESCE(EXCLUDED.additions, p.additions), COALESCE(EXCLUDED.deletions, p.deletions))
    RETURNING files_changed
)
SELECT files_changed FROM upserted
UNION ALL
SELECT files_changed FROM warehouse.pull_requests
WHERE repo_id = $1 AND pr_number = $2 AND NOT EXISTS (SELECT 1 FROM upserted);
