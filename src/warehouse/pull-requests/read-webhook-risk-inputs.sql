/* @name ReadWebhookRiskInputsSql */
-- What the risk of each PR head commit a batch's pull_request events opened,
-- reopened, synchronized, edited or made ready for review is assessed on
-- (assess-risk.ts): the line and file counts of the last such event for that
-- commit, and the files stored for the PR (webhooks carry none). Runs after
-- upsert-webhook-pull-requests.sql. :deliveryIds the batch
SELECT DISTINCT ON (r.id, pr_number, head_sha)
    r.id AS "repo_id!", pr_number AS "pr_number!", head_sha AS "head_sha!",
    COALESCE(additions, 0) AS "additions!", COALESCE(deletions, 0) AS "deletions!",
    COALESCE(changed_files, 0) AS "changed_files!",
    (SELECT p.files_changed FROM warehouse.pull_requests p WHERE p.repo_id = r.id AND p.pr_number = e.pr_number) AS files
FROM (
    SELECT b.n, (b.repository ->> 'id')::bigint AS github_id, (b.pull_request ->> 'number')::int AS pr_number,
        b.pull_request #>> '{head,sha}' AS head_sha, (b.pull_request ->> 'additions')::int AS additions,
        (b.pull_request ->> 'deletions')::int AS deletions,
        (b.pull_request ->> 'changed_files')::int AS changed_files
    FROM warehouse.webhook_batch(:deliveryIds!::text[], ARRAY['pull_request']) b
    WHERE jsonb_typeof(b.repository) = 'object'
      AND b.action IN ('opened', 'reopened', 'synchronize', 'edited', 'ready_for_review')
) e
JOIN warehouse.repositories r ON r.github_id = e.github_id
ORDER BY r.id, pr_number, head_sha, e.n DESC;
