-- A pull request from a webhook; the file list comes from the latest REST
-- collection of that PR when gitpulse has one (webhooks carry only counts).
-- Any change sets processed = false for the polling API.
-- $1 repo id, $2 number, $3 title, $4 author, $5 avatar, $6 head sha, $7 branch, $8 state, $9 additions, $10 deletions, $11 repository full name
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
RETURNING files_changed;
